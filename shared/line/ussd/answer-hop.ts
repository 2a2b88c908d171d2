import type { Clock, OnceStore, Outbox, SubscriberStore } from '../../ports.js';
import { DEFAULT_LANG } from '../lang.js';
import type { Line } from '../line.js';
import { type Effect, inputsOf, type Reply, replay } from './engine.js';
import { LINE_MENU } from './menu.js';

/** One hop of a USSD session as Africa's Talking sends it, already validated. */
export interface UssdHop {
  sessionId: string;
  serviceCode: string;
  phoneNumber: string;
  networkCode?: string | undefined;
  /** Every input so far joined by `*`; empty on the first hop. */
  text: string;
}

export interface UssdDeps {
  line: Line;
  clock: Clock;
  subscribers: SubscriberStore;
  outbox: Outbox;
  once: OnceStore;
  subscriberIdOf: (phone: string) => string;
}

/** Effects are claimed for a day: far longer than a USSD session lives. */
const EFFECT_CLAIM_MS = 24 * 60 * 60 * 1000;

/**
 * Answers one USSD hop: replays the session's path through the menu in the caller's remembered
 * language, then runs the last input's effects once per session and hop, however often the gateway
 * retries the hop.
 */
export async function answerUssdHop(
  deps: UssdDeps,
  hop: UssdHop,
): Promise<{ reply: Reply; effects: Effect[] }> {
  const now = deps.clock.now();
  const subscriberId = deps.subscriberIdOf(hop.phoneNumber);
  const lang = (await deps.subscribers.languageOf(subscriberId)) ?? DEFAULT_LANG;
  const inputs = inputsOf(hop.text);
  const result = replay(LINE_MENU, deps.line.contextAt(now), lang, inputs);

  const expiresAt = new Date(now.getTime() + EFFECT_CLAIM_MS);
  for (const [index, effect] of result.effects.entries()) {
    const key = `ussd:${hop.sessionId}:${inputs.length}:${index}`;
    if (!(await deps.once.claim(key, expiresAt))) continue;
    switch (effect.kind) {
      case 'set-language':
        await deps.subscribers.setLanguage(subscriberId, effect.lang, now);
        break;
      case 'send-sms':
        await deps.outbox.enqueue({
          to: hop.phoneNumber,
          message: effect.message,
          dedupeKey: key,
          queuedAt: now.toISOString(),
        });
        break;
    }
  }
  return { reply: result.reply, effects: result.effects };
}
