import * as z from 'zod';
import { cachedSecret, readSecret } from '../shared/adapters/secrets.js';
import { type CallbackTokenSource, CallbackTokenUnavailable } from '../shared/http/callback-token.js';

/**
 * The part of the configuration a token check needs (functions without a table have no `TABLE_NAME`).
 * Kept apart from `deps.ts` so that functions which only need the token do not bundle the content pack.
 */
const TokenConfigSchema = z.object({
  // Blank counts as missing: an ARN of spaces names no secret.
  CALLBACK_TOKEN_SECRET_ARN: z
    .string()
    .optional()
    .transform((arn) => arn?.trim() || undefined),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  // Set by Lambda in every function's environment: tells a deployed function from an import elsewhere.
  AWS_LAMBDA_FUNCTION_NAME: z.string().min(1).optional(),
});

/** The message of a deployed function started without its token secret. */
export const MISSING_TOKEN_SECRET =
  'Invalid configuration: CALLBACK_TOKEN_SECRET_ARN is not set, so callbacks cannot be checked; ' +
  'the stack sets it on every callback function (infra/line-stack.ts).';

/**
 * The deployed functions' callback token, read from Secrets Manager (`CALLBACK_TOKEN_SECRET_ARN`) on
 * the first callback and kept, re-read after a mismatch at most once a minute. It never opens the
 * callbacks: without the variable,
 * - on Lambda it throws, so the module fails to load, Lambda reports an init error and no callback is
 *   served;
 * - elsewhere (a handler module imported by the local host or a test, which pass their own source to
 *   `makeHandler`) it gives a source that refuses every callback.
 */
export function defaultCallbackToken(env: NodeJS.ProcessEnv = process.env): CallbackTokenSource {
  const config = TokenConfigSchema.parse(env);
  const arn = config.CALLBACK_TOKEN_SECRET_ARN;
  if (!arn) {
    if (config.AWS_LAMBDA_FUNCTION_NAME) throw new Error(MISSING_TOKEN_SECRET);
    const refuse = async (): Promise<never> => {
      throw new CallbackTokenUnavailable(MISSING_TOKEN_SECRET);
    };
    return { get: refuse, refresh: refuse };
  }
  const secret = cachedSecret(() => readSecret(arn, config.AWS_REGION));
  return { get: () => secret.get(), refresh: () => secret.refresh() };
}
