/**
 * How long an AWS call may take before it counts as failed. A USSD hop has about two seconds before
 * the gateway gives up on it, and an SMS callback should be refused quickly so the gateway retries
 * it, so the clients the line answers with fail fast: a stuck dependency costs a caller an apology
 * naming an open hotline, not a silent wait.
 *
 * One call: connect within `connectionTimeout`, answer within `requestTimeout`, tried `maxAttempts`
 * times with the SDK's back-off between (about 100 ms). Worst case for the first failing call of a
 * hop: 2 x 600 ms + back-off, about 1.3 s; the hop ends there with its apology. DynamoDB answers
 * in single-digit milliseconds in-region, so these limits only bite when something is wrong.
 */
export const CALLER_WAITING = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 500, requestTimeout: 600, throwOnRequestTimeout: true },
} as const;

/** Work nobody waits on by the second (the SMS sender, exports): the SDK's retries, bounded calls. */
export const BACKGROUND = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
} as const;

export type ClientBudget = typeof CALLER_WAITING | typeof BACKGROUND;
