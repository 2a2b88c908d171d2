import { callbackRoute } from '../../shared/http/callback-route.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import { parseForm, textResponse } from '../../shared/http/wire.js';
import { DEFAULT_LANG } from '../../shared/lang.js';
import { apologyText } from '../../shared/line/render.js';
import { answerUssdHop, type UssdDeps } from '../../shared/line/ussd/answer-hop.js';
import { log } from '../../shared/log.js';
import { maskPhone } from '../../shared/text.js';
import { defaultCallbackToken } from '../callback-token.js';
import { defaultLineDeps, sharedLine } from '../deps.js';
import { UssdHopSchema } from './schema.js';

/**
 * An apology that still ends the session properly: the gateway must never see an error. Its words and
 * numbers come from the content pack; only if the pack itself cannot be read is a bare END sent.
 */
function apology(): string {
  try {
    return `END ${apologyText(sharedLine().contextAt(new Date()), DEFAULT_LANG)}`;
  } catch {
    return 'END';
  }
}

/** `POST /ussd`: one hop of a USSD session, answered `CON ...` or `END ...` as text/plain. */
export function makeHandler(
  deps: UssdDeps | (() => Promise<UssdDeps>),
  token: CallbackTokenSource = OPEN_CALLBACKS,
) {
  const resolve = typeof deps === 'function' ? deps : async () => deps;
  return callbackRoute('ussd', token, () => textResponse(200, apology())).handler(async (event) => {
    const hop = parseForm(UssdHopSchema, event);
    const { reply } = await answerUssdHop(await resolve(), hop);
    log.info('ussd hop', {
      sessionId: hop.sessionId,
      phone: maskPhone(hop.phoneNumber),
      inputs: hop.text === '' ? 0 : hop.text.split('*').length,
      reply: reply.kind,
    });
    return textResponse(200, `${reply.kind} ${reply.text}`);
  });
}

export const handler = makeHandler(defaultLineDeps, defaultCallbackToken());
