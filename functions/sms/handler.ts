import { callbackRoute } from '../../shared/http/callback-route.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import { parseForm, textResponse } from '../../shared/http/wire.js';
import { answerSms, type SmsDeps } from '../../shared/line/sms/answer-sms.js';
import { log } from '../../shared/log.js';
import { maskPhone } from '../../shared/text.js';
import { defaultCallbackToken } from '../callback-token.js';
import { defaultSmsDeps } from '../deps.js';
import { InboundSmsSchema } from './schema.js';

/**
 * `POST /sms`: an incoming SMS. Answers 200 once the message id is claimed and the reply is queued;
 * a failure answers 500 so Africa's Talking retries it.
 */
export function makeHandler(
  deps: SmsDeps | (() => Promise<SmsDeps>),
  token: CallbackTokenSource = OPEN_CALLBACKS,
) {
  const resolve = typeof deps === 'function' ? deps : async () => deps;
  return callbackRoute('sms', token).handler(async (event) => {
    const sms = parseForm(InboundSmsSchema, event);
    const outcome = await answerSms(await resolve(), sms);
    log.info('sms in', { id: sms.id, phone: maskPhone(sms.from), length: sms.text.length, outcome });
    return textResponse(200, 'OK');
  });
}

export const handler = makeHandler(defaultSmsDeps, defaultCallbackToken());
