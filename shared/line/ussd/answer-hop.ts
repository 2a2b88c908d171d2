import { DEFAULT_LANG, type Lang } from '../../lang.js';
import type {
  Clock,
  DraftStore,
  Metrics,
  OnceStore,
  Outbox,
  ReportDraft,
  ReportStore,
  SubscriberStore,
} from '../../ports.js';
import { wibDate } from '../calendar.js';
import type { Line } from '../line.js';
import { ClaimBusy, giveBack } from '../once.js';
import { buildReport } from '../reports.js';
import { type Effect, inputsOf, type Reply, replay } from './engine.js';
import { LINE_MENU } from './menu.js';

/** One hop of a USSD session as Africa's Talking sends it, already validated. */
export interface UssdHop {
  sessionId: string;
  serviceCode: string;
  /** E.164. */
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
  reports: ReportStore;
  drafts: DraftStore;
  metrics: Metrics;
  subscriberIdOf: (phone: string) => string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
/** Effects are remembered for a day: far longer than a USSD session lives. */
const EFFECT_CLAIM_MS = DAY;
/**
 * How long a try holds an effect it claimed. Longer than the function may run (8 s), so a lease never
 * runs out under a try still running it; a try that died holds its effects no longer than this.
 */
export const EFFECT_LEASE_MS = 30 * SECOND;
/** An unfinished report can be continued for this long. */
const DRAFT_TTL_MS = 10 * MINUTE;
/** A session's resume offer outlives any USSD session. */
const OFFER_TTL_MS = 60 * MINUTE;

/**
 * The draft this session may resume. Decided once, on the first hop, and remembered by session, so
 * that this session's own drafts never change what replaying its path shows.
 */
async function resumableDraft(deps: UssdDeps, hop: UssdHop, subscriberId: string, now: Date) {
  if (hop.text !== '') return deps.drafts.offerFor(hop.sessionId, now);
  const latest = await deps.drafts.latest(subscriberId, now);
  const offer = latest && latest.sessionId !== hop.sessionId ? latest : undefined;
  await deps.drafts.rememberOffer(hop.sessionId, offer, new Date(now.getTime() + OFFER_TTL_MS));
  return offer;
}

/**
 * Runs one effect under its claim `ctx.key` and marks the claim done: the report in the same write as
 * itself, anything else after it ran.
 */
async function runEffect(
  deps: UssdDeps,
  hop: UssdHop,
  ctx: { subscriberId: string; lang: Lang; now: Date; key: string },
  effect: Effect,
): Promise<void> {
  if (effect.kind === 'submit-report') return submitReport(deps, hop, ctx, effect);
  await runPlainEffect(deps, hop, ctx, effect);
  await deps.once.complete(ctx.key);
}

async function runPlainEffect(
  deps: UssdDeps,
  hop: UssdHop,
  ctx: { subscriberId: string; now: Date; key: string },
  effect: Exclude<Effect, { kind: 'submit-report' }>,
): Promise<void> {
  const { subscriberId, now } = ctx;
  switch (effect.kind) {
    case 'set-language':
      return deps.subscribers.setLanguage(subscriberId, effect.lang, now);
    case 'send-sms':
      return deps.outbox.enqueue({
        to: hop.phoneNumber,
        message: effect.message,
        dedupeKey: ctx.key,
        queuedAt: now.toISOString(),
      });
    case 'save-draft': {
      const draft: ReportDraft = {
        sessionId: hop.sessionId,
        screen: effect.screen,
        params: effect.params,
        updatedAt: now.toISOString(),
      };
      return deps.drafts.save(subscriberId, draft, new Date(now.getTime() + DRAFT_TTL_MS));
    }
    case 'discard-draft':
      return deps.drafts.discard(subscriberId);
  }
}

async function submitReport(
  deps: UssdDeps,
  hop: UssdHop,
  ctx: { subscriberId: string; lang: Lang; now: Date; key: string },
  effect: Extract<Effect, { kind: 'submit-report' }>,
): Promise<void> {
  const { now } = ctx;
  const line = deps.line.contextAt(now);
  const place = line.places.byCode(effect.report.place.level, effect.report.place.code);
  if (!place) throw new Error(`Report names an unknown place ${effect.report.place.code}`);
  const report = buildReport({
    subscriberId: ctx.subscriberId,
    reportedOn: wibDate(now).ymd,
    sessionId: hop.sessionId,
    channel: 'ussd',
    lang: ctx.lang,
    answers: effect.report.answers,
    place,
    contactConsent: effect.report.contactConsent,
    phone: hop.phoneNumber,
    at: now,
  });
  await deps.reports.save(report, new Date(now.getTime() + line.reportRetentionDays * DAY), ctx.key);
  deps.metrics.count({ name: 'Reports', riskLevel: report.risk.level, channel: 'ussd' });
}

/**
 * Answers one USSD hop: replays the session's path through the menu in the caller's remembered
 * language, then runs the last input's effects once per session and hop, however often the gateway
 * retries the hop, and only then gives the reply. Each effect is claimed, run, then marked done. A
 * failed effect is given back and the hop throws, so the handler apologises instead of showing a reply
 * (a risk level, say) whose effects did not all happen; a retry re-runs what is not done yet. An effect
 * another try holds also throws: that try may still fail it.
 */
export async function answerUssdHop(
  deps: UssdDeps,
  hop: UssdHop,
): Promise<{ reply: Reply; effects: Effect[] }> {
  const now = deps.clock.now();
  const subscriberId = deps.subscriberIdOf(hop.phoneNumber);
  const [stored, resumable] = await Promise.all([
    deps.subscribers.languageOf(subscriberId),
    resumableDraft(deps, hop, subscriberId, now),
  ]);
  const inputs = inputsOf(hop.text);
  const result = replay(LINE_MENU, deps.line.contextAt(now, { resumable }), stored ?? DEFAULT_LANG, inputs);

  const expiresAt = new Date(now.getTime() + EFFECT_CLAIM_MS);
  for (const [index, effect] of result.effects.entries()) {
    const key = `ussd:${hop.sessionId}:${inputs.length}:${index}`;
    const claim = await deps.once.claim(key, now, EFFECT_LEASE_MS, expiresAt);
    if (claim === 'done') continue;
    if (claim === 'busy') throw new ClaimBusy(key);
    try {
      await runEffect(deps, hop, { subscriberId, lang: result.state.lang, now, key }, effect);
    } catch (error) {
      await giveBack(deps.once, key);
      throw error;
    }
  }
  return { reply: result.reply, effects: result.effects };
}
