import { callbackRoute } from '../../shared/http/callback-route.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import { parseForm, textResponse } from '../../shared/http/wire.js';
import { log } from '../../shared/log.js';
import { maskPhone } from '../../shared/text.js';
import { defaultCallbackToken } from '../callback-token.js';
import { UssdSessionEndSchema } from './schema.js';

/**
 * What kind of failure the gateway reported, from a fixed list: its `errorMessage` is free text that
 * may carry a number or what the caller typed, so it is never logged as it came.
 */
export function failureKind(errorMessage: string): string {
  const text = errorMessage.toLowerCase();
  if (/time ?out|timed out|expired/.test(text)) return 'timeout';
  if (/network|connect|unreachable|socket|dns/.test(text)) return 'network';
  if (/invalid|malformed|format|parse|response|length|too long/.test(text)) return 'invalid-response';
  if (/cancel|abort|hang|user/.test(text)) return 'ended-by-user';
  return 'other';
}

/**
 * `POST /ussd/events`: a session ended. Logged as a metric source (status, hops, duration); the
 * phone is masked and what the caller typed is never logged.
 */
export function makeHandler(token: CallbackTokenSource = OPEN_CALLBACKS) {
  return callbackRoute('ussd-events', token).handler(async (event) => {
    const end = parseForm(UssdSessionEndSchema, event);
    log.info('ussd session ended', {
      sessionId: end.sessionId,
      phone: end.phoneNumber ? maskPhone(end.phoneNumber) : undefined,
      status: end.status,
      hops: end.hopsCount,
      durationMs: end.durationInMillis,
      network: end.networkCode,
      failure: end.errorMessage ? failureKind(end.errorMessage) : undefined,
    });
    return textResponse(200, 'OK');
  });
}

export const handler = makeHandler(defaultCallbackToken());
