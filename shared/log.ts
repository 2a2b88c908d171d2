import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import { TELEMETRY } from './telemetry.js';

/**
 * Structured one-line JSON logs through Powertools for AWS Lambda (CloudWatch parses them; each
 * function's `injectLambdaContext` middleware adds the request id and cold start). Callers pass masked
 * values only: a phone number goes through `maskPhone`, a user's text through `maskText`.
 * `LOG_LEVEL` is `debug`, `info` (default), `warn`, `error` or `silent`, in any case.
 */
export const log = new Logger({
  serviceName: TELEMETRY.service,
  logLevel: (process.env.LOG_LEVEL ?? 'INFO').toUpperCase() as LogLevel,
});

/** An error as loggable fields, without the request data some SDK errors carry. */
export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.name, reason: error.message } : { error: String(error) };
}
