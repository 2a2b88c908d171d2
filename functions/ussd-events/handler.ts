import { callbackRoute } from '../../shared/http/callback-route.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import { parseForm, textResponse } from '../../shared/http/wire.js';
import { log } from '../../shared/log.js';
import { maskPhone } from '../../shared/text.js';
import { defaultCallbackToken } from '../callback-token.js';
import { UssdSessionEndSchema } from './schema.js';

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
      failure: end.errorMessage ? end.errorMessage.slice(0, 120) : undefined,
    });
    return textResponse(200, 'OK');
  });
}

export const handler = makeHandler(defaultCallbackToken());
