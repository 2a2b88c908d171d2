import { InvokeStore, InvokeStoreBase } from '@aws/lambda-invoke-store';

/**
 * The local host answers many requests at once in one process, as a Lambda execution environment
 * with concurrency does. Like the Lambda runtime there, it runs each invocation in its own context of
 * the Lambda `InvokeStore`, which Powertools reads when `AWS_LAMBDA_MAX_CONCURRENCY` is set: each log
 * line then carries its own invocation's request id instead of whichever request set it last.
 *
 * The store is chosen once per process, by whoever asks first (the AWS SDK asks on its first
 * request), so the local host prepares it before anything else runs.
 */
let store: Promise<InvokeStoreBase> | undefined;

export function prepareInvocations(): Promise<InvokeStoreBase> {
  process.env.AWS_LAMBDA_MAX_CONCURRENCY ??= '1000';
  store ??= InvokeStore.getInstanceAsync(true);
  return store;
}

/** Runs `fn` as the invocation `requestId`. */
export async function asInvocation<T>(requestId: string, fn: () => Promise<T>): Promise<T> {
  const scope = await prepareInvocations();
  return scope.run({ [InvokeStoreBase.PROTECTED_KEYS.REQUEST_ID]: requestId }, fn);
}
