import middy from '@middy/core';
import { lineTelemetry } from '../adapters/telemetry.js';
import { type CallbackTokenSource, callbackToken } from './callback-token.js';
import { formBody, type HttpEvent, type HttpResult, textResponse, wireErrors } from './wire.js';

/** A 500 makes Africa's Talking retry the callback, which is what a failed write wants. */
export const RETRY_LATER = (): HttpResult => textResponse(500, 'Internal error');

/**
 * The middleware every gateway callback shares, in order: Powertools logging context and metrics,
 * errors become responses, the callback token is checked before any work, then the form body is
 * decoded. The route adds its handler.
 */
export function callbackRoute(
  route: string,
  token: CallbackTokenSource,
  fallback: () => HttpResult = RETRY_LATER,
) {
  return middy<HttpEvent, HttpResult>()
    .use(lineTelemetry())
    .use(wireErrors(route, fallback))
    .use(callbackToken(route, token))
    .use(formBody());
}
