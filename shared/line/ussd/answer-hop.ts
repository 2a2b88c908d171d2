import { DEFAULT_LANG, type Lang } from '../../lang.js';
import { errorFields, log } from '../../log.js';
import type {
  Clock,
  DraftStore,
  Metrics,
  OnceStore,
  Outbox,
  ReportDraft,
  ReportStore,
  SessionOffer,
  SubscriberStore,
  UssdCaller,
} from '../../ports.js';
import { wibDate } from '../calendar.js';
import type { CallerContext, Line } from '../line.js';
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
/** A session's resume offer outlives any USSD session, and any draft it names. */
const OFFER_TTL_MS = 60 * MINUTE;

/**
 * The draft this session may resume. The first hop that shows the report menu decides it, and it is
 * remembered for the session from then on (`kept`), so that neither this session's own drafts nor the
 * offered draft running out change what replaying its path shows. Until then it is the caller's latest
 * draft, if an earlier session left it.
 */
function offerOf(caller: UssdCaller, sessionId: string): { draft: ReportDraft | undefined; kept: boolean } {
  if (caller.offer?.sessionId === sessionId) return { draft: caller.offer.draft, kept: true };
  const draft = caller.draft && caller.draft.sessionId !== sessionId ? caller.draft : undefined;
  return { draft, kept: false };
}

interface EffectContext {
  subscriberId: string;
  lang: Lang;
  now: Date;
  /** What this session was offered, written with every change of the draft item. */
  offer: SessionOffer;
}

/**
 * Runs one effect. Queuing an SMS and storing a report happen once per session and hop however often
 * the hop is retried: each is claimed under `ussd:<session>:<inputs>:<index>`, run, and marked done (the
 * report in the same write as itself). The other effects set a value, so running one again is harmless
 * and they need no claim.
 */
async function runEffect(
  deps: UssdDeps,
  hop: UssdHop,
  ctx: EffectContext,
  effect: Effect,
  key: string,
): Promise<void> {
  const { subscriberId, now } = ctx;
  switch (effect.kind) {
    case 'set-language':
      return deps.subscribers.setLanguage(subscriberId, effect.lang, now);
    case 'save-draft': {
      const draft: ReportDraft = {
        sessionId: hop.sessionId,
        screen: effect.screen,
        params: effect.params,
        updatedAt: now.toISOString(),
      };
      return deps.drafts.save(subscriberId, draft, ctx.offer, {
        draft: new Date(now.getTime() + DRAFT_TTL_MS),
        offer: new Date(now.getTime() + OFFER_TTL_MS),
      });
    }
    case 'discard-draft':
      return deps.drafts.discard(subscriberId, ctx.offer, new Date(now.getTime() + OFFER_TTL_MS));
    case 'send-sms':
    case 'submit-report':
      return once(deps, now, key, async () => {
        if (effect.kind === 'submit-report') return submitReport(deps, hop, ctx, effect, key);
        await deps.outbox.enqueue({
          to: hop.phoneNumber,
          message: effect.message,
          dedupeKey: key,
          queuedAt: now.toISOString(),
        });
        await deps.once.complete(key);
      });
  }
}

/**
 * Runs `action` under the once-claim `key`, which the action marks done: skipped when it is done, refused
 * while another try holds it, and given back when the action fails.
 */
async function once(deps: UssdDeps, now: Date, key: string, action: () => Promise<void>): Promise<void> {
  const claim = await deps.once.claim(key, now, EFFECT_LEASE_MS, new Date(now.getTime() + EFFECT_CLAIM_MS));
  if (claim === 'done') return;
  if (claim === 'busy') throw new ClaimBusy(key);
  try {
    await action();
  } catch (error) {
    await giveBack(deps.once, key);
    throw error;
  }
}

async function submitReport(
  deps: UssdDeps,
  hop: UssdHop,
  ctx: EffectContext,
  effect: Extract<Effect, { kind: 'submit-report' }>,
  key: string,
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
  await deps.reports.save(report, new Date(now.getTime() + line.reportRetentionDays * DAY), key);
  deps.metrics.count({ name: 'Reports', riskLevel: report.risk.level, channel: 'ussd' });
}

/**
 * Remembers the offer a session was just shown, so its later hops replay the same screens even if the
 * draft runs out meanwhile. Best effort: only a draft running out in the next minutes could change a
 * replay, and that is no reason to end the caller's session with an apology.
 */
async function keepOffer(
  deps: UssdDeps,
  subscriberId: string,
  offer: SessionOffer,
  now: Date,
): Promise<void> {
  try {
    await deps.drafts.keepOffer(subscriberId, offer, new Date(now.getTime() + OFFER_TTL_MS));
  } catch (error) {
    log.warn('resume offer not remembered', { sessionId: offer.sessionId, ...errorFields(error) });
  }
}

/**
 * Answers one USSD hop: reads the caller's language and draft in one round trip, replays the session's
 * path through the menu, then runs the last input's effects and only then gives the reply. A hop that
 * changes nothing writes nothing. A failed effect is given back and the hop throws, so the handler
 * apologises instead of showing a reply (a risk level, say) whose effects did not all happen; a retry
 * re-runs what is not done yet. An effect another try holds also throws: that try may still fail it.
 */
export async function answerUssdHop(
  deps: UssdDeps,
  hop: UssdHop,
): Promise<{ reply: Reply; effects: Effect[] }> {
  const now = deps.clock.now();
  const subscriberId = deps.subscriberIdOf(hop.phoneNumber);
  const caller = await deps.drafts.callerOf(subscriberId, now);
  const offer = offerOf(caller, hop.sessionId);
  // Whether the replay read the offer: only a session that saw the report menu needs it remembered.
  let offerShown = false;
  const session: CallerContext = {
    get resumable() {
      offerShown = true;
      return offer.draft;
    },
  };
  const inputs = inputsOf(hop.text);
  const result = replay(LINE_MENU, deps.line.contextAt(now, session), caller.lang ?? DEFAULT_LANG, inputs);

  const sessionOffer: SessionOffer = { sessionId: hop.sessionId, draft: offer.draft };
  const ctx: EffectContext = { subscriberId, lang: result.state.lang, now, offer: sessionOffer };
  for (const [index, effect] of result.effects.entries()) {
    await runEffect(deps, hop, ctx, effect, `ussd:${hop.sessionId}:${inputs.length}:${index}`);
  }
  // A draft saved or discarded this hop carried the offer with it.
  const written = result.effects.some((e) => e.kind === 'save-draft' || e.kind === 'discard-draft');
  if (offerShown && offer.draft && !offer.kept && !written) {
    await keepOffer(deps, subscriberId, sessionOffer, now);
  }
  return { reply: result.reply, effects: result.effects };
}
