import middy from '@middy/core';
import { type CallbackTokenSource, callbackToken, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import {
  formBody,
  type HttpEvent,
  type HttpResult,
  parseForm,
  textResponse,
  wireErrors,
} from '../../shared/http/wire.js';
import { maskPhone } from '../../shared/line/text.js';
import { log } from '../../shared/log.js';
import { defaultCallbackToken } from '../callback-token.js';
import { UssdSessionEndSchema } from './schema.js';

/**
 * `POST /ussd/events`: a session ended. Logged as a metric source (status, hops, duration); the
 * phone is masked and what the caller typed is never logged.
 */
export function makeHandler(token: CallbackTokenSource = OPEN_CALLBACKS) {
  return middy<HttpEvent, HttpResult>()
    .use(wireErrors('ussd-events', () => textResponse(500, 'Internal error')))
    .use(callbackToken('ussd-events', token))
    .use(formBody())
    .handler(async (event) => {
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
