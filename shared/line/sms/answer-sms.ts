import { DEFAULT_LANG, type Lang } from '../../lang.js';
import type {
  ChoiceStore,
  Clock,
  Metrics,
  OnceStore,
  Outbox,
  PendingChoice,
  ReportStore,
  SubscriberStore,
} from '../../ports.js';
import { hospitalAnswer, reportOutcome } from '../answers.js';
import { wibDate } from '../calendar.js';
import { hotlinesStatusAt } from '../hotlines.js';
import type { Line, LineContext } from '../line.js';
import { ClaimBusy, giveBack } from '../once.js';
import type { Place } from '../places.js';
import { buildReport } from '../reports.js';
import { AGE_BANDS, type TriageAnswers } from '../triage.js';
import {
  hospitalPlaceIn,
  parseReportText,
  parseSmsCommand,
  reportWords,
  type SmsCommand,
} from './commands.js';
import { messageLang } from './intents.js';
import {
  faqAnswerReply,
  faqSuggestReply,
  helpReply,
  hospitalAskPlaceReply,
  hospitalReply,
  hotlinesReply,
  languageReply,
  noMatchReply,
  placeChoicesReply,
  placeNotFoundReply,
  reportAdviceReply,
  reportMissingReply,
  startReply,
  stopAskReply,
  stopReply,
  withAlternative,
} from './replies.js';
import { tokensOf } from './tokens.js';

/** An inbound SMS as Africa's Talking posts it, already validated. */
export interface InboundSms {
  /** Africa's Talking's message id: the gateway retries for 12 hours until it gets a 200. */
  id: string;
  /** E.164 sender. */
  from: string;
  to: string;
  text: string;
}

export interface SmsDeps {
  line: Line;
  /** The last numbered list sent to each caller. */
  choices: ChoiceStore;
  clock: Clock;
  subscribers: SubscriberStore;
  outbox: Outbox;
  once: OnceStore;
  reports: ReportStore;
  metrics: Metrics;
  subscriberIdOf: (phone: string) => string;
}

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
const DAY = 24 * HOUR;
/** Longer than the gateway's 12 hours of retries. */
const DEDUPE_MS = 13 * HOUR;
/**
 * How long a try holds a message it claimed. Longer than the function may run (10 s), so a lease never
 * runs out under a try still answering; a try that died holds the message no longer than this.
 */
export const MESSAGE_LEASE_MS = 30 * SECOND;

interface Caller {
  subscriberId: string;
  phone: string;
  lang: Lang;
  /** Whether the caller chose a language (then replies keep it) or the line may follow the question's. */
  chosenLang: boolean;
  /** The language the message is written in, when its words say. */
  writtenLang: Lang | undefined;
  messageId: string;
  optedOut: boolean;
  /** The last numbered list sent, read only for a message of a number. */
  pending: PendingChoice | undefined;
}

/**
 * What answering changes for the caller, written once the reply is queued and in the same write that
 * marks the message answered: a list that a number can pick from, their language, their opt-out.
 */
type Change =
  | { kind: 'choice'; choice: PendingChoice }
  | { kind: 'language'; lang: Lang }
  | { kind: 'opted-out'; optedOut: boolean };

/** The reply to a message (none when nothing may be sent) and what it changes. */
interface Answer {
  reply: string | undefined;
  change?: Change;
}

/** How long a numbered list can be answered with a number. */
const CHOICE_TTL_MS = 30 * 60 * 1000;

/** Sends a numbered list, to be remembered so that a reply of a number picks its item. */
const offer = (choice: PendingChoice, reply: string): Answer => ({
  reply,
  change: { kind: 'choice', choice },
});

/** Places as a list remembers them. */
const placeRefs = (places: readonly Place[]) => places.map((p) => ({ level: p.level, code: p.code }));

/** The reply to a message of only a number: the item of the last list sent, if there is one. */
async function answerChoice(
  deps: SmsDeps,
  ctx: LineContext,
  caller: Caller,
  index: number,
): Promise<string | undefined> {
  const { pending } = caller;
  if (!pending) return undefined;
  if (pending.kind === 'topic') {
    const topic = ctx.faq.find((t) => t.id === pending.topicIds[index - 1]);
    return topic && faqAnswerReply(topic, caller.lang);
  }
  const ref = pending.places[index - 1];
  const place = ref && ctx.places.byCode(ref.level, ref.code);
  if (!place) return undefined;
  if (pending.for === 'hospital') return hospitalReply(ctx, hospitalAnswer(ctx, place), caller.lang);
  const understood = parseReportText(pending.understood, () => ({ kind: 'not-found' }));
  return saveReport(deps, ctx, caller, understood.answers, place);
}

/** The reply to a report texted in one message, storing it when it is complete. */
async function answerReport(deps: SmsDeps, ctx: LineContext, caller: Caller, text: string): Promise<Answer> {
  const { lang } = caller;
  const parsed = parseReportText(text, (q) => ctx.places.resolve(q));
  if (parsed.place?.kind === 'ambiguous') {
    const understood = reportWords(parsed.answers);
    const choice: PendingChoice = {
      kind: 'place',
      for: 'report',
      understood,
      places: placeRefs(parsed.place.candidates),
    };
    return offer(
      choice,
      placeChoicesReply(ctx, parsed.place.candidates, lang, 'report', understood, parsed.place.total),
    );
  }
  if (parsed.missing.length > 0 || parsed.place?.kind !== 'found') {
    return { reply: reportMissingReply(ctx, parsed.missing.length > 0 ? parsed.missing : ['place'], lang) };
  }
  return { reply: await saveReport(deps, ctx, caller, parsed.answers, parsed.place.place) };
}

/** Stores a complete report and gives its advice. */
async function saveReport(
  deps: SmsDeps,
  ctx: LineContext,
  caller: Caller,
  said: Partial<TriageAnswers>,
  place: Place,
): Promise<string> {
  const { lang } = caller;
  const answers: TriageAnswers = {
    // Age is optional in a text; without it the report is scored as an adult under 60.
    ageBand: said.ageBand ?? AGE_BANDS[1],
    symptoms: said.symptoms ?? [],
    contactWithCase: said.contactWithCase ?? false,
    pregnantOrChronic: said.pregnantOrChronic ?? false,
  };
  const advice = reportAdviceReply(ctx, reportOutcome(ctx, answers, place), lang);
  // The report has a claim of its own, completed in the same write: a retry after a later failure (the
  // reply not queued) gives the same advice without storing or counting the report again.
  const key = `sms:${caller.messageId}:report`;
  const claim = await deps.once.claim(
    key,
    ctx.now,
    MESSAGE_LEASE_MS,
    new Date(ctx.now.getTime() + DEDUPE_MS),
  );
  if (claim === 'done') return advice;
  if (claim === 'busy') throw new ClaimBusy(key);
  const report = buildReport({
    subscriberId: caller.subscriberId,
    reportedOn: wibDate(ctx.now).ymd,
    sessionId: `sms:${caller.messageId}`,
    channel: 'sms',
    lang,
    answers,
    place,
    contactConsent: false,
    phone: caller.phone,
    at: ctx.now,
  });
  try {
    await deps.reports.save(report, new Date(ctx.now.getTime() + ctx.reportRetentionDays * DAY), key);
  } catch (error) {
    await giveBack(deps.once, key);
    throw error;
  }
  deps.metrics.count({ name: 'Reports', riskLevel: report.risk.level, channel: 'sms' });
  return advice;
}

/** The reply to one inbound text, and what it changes for the caller. */
async function replyTo(
  deps: SmsDeps,
  ctx: LineContext,
  caller: Caller,
  command: SmsCommand,
): Promise<Answer> {
  const { lang, optedOut } = caller;
  if (command.kind === 'start') {
    const reply = startReply(ctx, lang);
    return optedOut ? { reply, change: { kind: 'opted-out', optedOut: false } } : { reply };
  }
  if (optedOut) return { reply: undefined };
  switch (command.kind) {
    case 'stop':
      // Opted out only once this confirmation is queued: opted out first, a retry after a failed
      // queuing would find the caller opted out, stay silent, and the confirmation would never be sent.
      return { reply: stopReply(ctx, lang), change: { kind: 'opted-out', optedOut: true } };
    case 'stop-ask':
      return { reply: stopAskReply(ctx, caller.chosenLang ? lang : (caller.writtenLang ?? lang)) };
    case 'help':
      return { reply: helpReply(ctx, lang) };
    case 'thanks':
      return { reply: ctx.say('sms.thanks', lang) };
    case 'off-topic':
      return { reply: noMatchReply(ctx, caller.chosenLang ? lang : (caller.writtenLang ?? lang)) };
    case 'language':
      return { reply: languageReply(ctx, command.lang), change: { kind: 'language', lang: command.lang } };
    case 'hotlines':
      return { reply: hotlinesReply(ctx, hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), lang) };
    case 'hospital': {
      if (command.place === '') return { reply: hospitalAskPlaceReply(ctx, lang) };
      const found = hospitalPlaceIn(command.place, (query) => ctx.places.resolve(query));
      if (found.kind === 'ambiguous') {
        const choice: PendingChoice = {
          kind: 'place',
          for: 'hospital',
          understood: '',
          places: placeRefs(found.candidates),
        };
        return offer(choice, placeChoicesReply(ctx, found.candidates, lang, 'hospital', '', found.total));
      }
      if (found.kind === 'not-found') {
        // "RS sing nampa pasien corona ndi", "rs terdekat dr sini dmn": words of the line's own, none
        // written as a name, follow RS: asked where, not told that they are no place ("RS Jakarta" is).
        const namesOne = /\p{Lu}\p{Ll}/u.test(command.place);
        if (!namesOne && ctx.faqSearch.knowsWords(command.place))
          return { reply: hospitalAskPlaceReply(ctx, lang) };
        return { reply: placeNotFoundReply(ctx, command.place, lang) };
      }
      // A kab/kota is what nearly everyone means by its name: no hint of a village that shares it.
      const others = found.place.level === 'kabkota' ? undefined : found.alternatives;
      const reply = hospitalReply(ctx, hospitalAnswer(ctx, found.place), lang);
      return { reply: withAlternative(ctx, reply, others, lang, 'RS') };
    }
    case 'report':
      return answerReport(deps, ctx, caller, command.text);
    case 'question': {
      // "2", after a numbered list: that item.
      const picked = picksFromList(command)
        ? await answerChoice(deps, ctx, caller, Number(command.text))
        : undefined;
      if (picked !== undefined) return { reply: picked };
      const match = ctx.faqSearch.search(command.text);
      const replyLang = caller.chosenLang ? lang : (caller.writtenLang ?? match.lang);
      if (match.kind === 'answer') return { reply: faqAnswerReply(match.topic, replyLang) };
      if (match.kind === 'suggest') {
        const choice: PendingChoice = { kind: 'topic', topicIds: match.topics.map((t) => t.id) };
        return offer(choice, faqSuggestReply(ctx, match.topics, replyLang));
      }
      return { reply: noMatchReply(ctx, replyLang) };
    }
  }
}

/** A message of only a number (`2`), which may pick an item of the last list sent. */
const picksFromList = (command: SmsCommand): boolean =>
  command.kind === 'question' && /^\d{1,2}$/.test(command.text);

/** Writes what answering changed and marks the message answered, in one write. */
function commit(deps: SmsDeps, caller: Caller, change: Change | undefined, key: string, now: Date) {
  switch (change?.kind) {
    case undefined:
      return deps.once.complete(key);
    case 'choice':
      return deps.choices.save(
        caller.subscriberId,
        change.choice,
        new Date(now.getTime() + CHOICE_TTL_MS),
        key,
      );
    case 'language':
      return deps.subscribers.setLanguage(caller.subscriberId, change.lang, now, key);
    case 'opted-out':
      return deps.subscribers.setOptedOut(caller.subscriberId, change.optedOut, now, key);
  }
}

/** The settled value, or the failure thrown. */
function settledValue<T>(settled: PromiseSettledResult<T>): T {
  if (settled.status === 'rejected') throw settled.reason;
  return settled.value;
}

/**
 * Answers one inbound SMS: once per Africa's Talking message id however often the gateway retries,
 * with the reply queued in the outbox. The message id is claimed, answered, then marked done; until
 * then a retry is refused (another try holds it) or answers it again (the try failed or died), so a
 * message is never taken for answered before its reply is queued. Two round trips to storage: the
 * claim with the caller's profile (and, for a number, the list it picks from), then what the answer
 * changed with the claim's completion; a texted report adds its own claim and its write.
 */
export async function answerSms(
  deps: SmsDeps,
  sms: InboundSms,
): Promise<'answered' | 'duplicate' | 'silent'> {
  const now = deps.clock.now();
  const key = `sms:${sms.id}`;
  const subscriberId = deps.subscriberIdOf(sms.from);
  const ctx = deps.line.contextAt(now);
  const command = parseSmsCommand(
    sms.text,
    ctx.faqSearch.mentionsTopic,
    ctx.faqSearch.readsAsOptOut,
    (query) => ctx.places.resolve(query),
  );
  const [claimed, profile, pending] = await Promise.allSettled([
    deps.once.claim(key, now, MESSAGE_LEASE_MS, new Date(now.getTime() + DEDUPE_MS)),
    deps.subscribers.profileOf(subscriberId),
    picksFromList(command) ? deps.choices.latest(subscriberId, now) : Promise.resolve(undefined),
  ]);
  const claim = settledValue(claimed);
  if (claim === 'done') return 'duplicate';
  // A 500, not a 200: the try that holds the message may yet fail, and only a retry would then answer.
  if (claim === 'busy') throw new ClaimBusy(key);
  try {
    const { lang: stored, optedOut } = settledValue(profile);
    // Without a stored choice, the reply follows the language the message is written in.
    const written = messageLang(tokensOf(sms.text));
    const caller: Caller = {
      subscriberId,
      phone: sms.from,
      lang: stored ?? written ?? DEFAULT_LANG,
      chosenLang: stored !== undefined,
      writtenLang: written,
      messageId: sms.id,
      optedOut,
      pending: settledValue(pending),
    };
    const { reply, change } = await replyTo(deps, ctx, caller, command);
    if (reply !== undefined) {
      await deps.outbox.enqueue({
        to: sms.from,
        message: reply,
        dedupeKey: key,
        queuedAt: now.toISOString(),
      });
    }
    await commit(deps, caller, change, key, now);
    return reply === undefined ? 'silent' : 'answered';
  } catch (error) {
    await giveBack(deps.once, key);
    throw error;
  }
}
