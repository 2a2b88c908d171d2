import type { MessageKey, SlotValues } from '../../content/messages.js';
import type { Lang } from '../../lang.js';
import { type HospitalAnswer, hospitalAnswer, openAdviceLine, reportOutcome } from '../answers.js';
import type { LineContext } from '../line.js';
import type { Place, PlaceResolution } from '../places.js';
import { hospitalSmsText, reportScreenText, reportSmsText } from '../render.js';
import type { TriageAnswers } from '../triage.js';

/**
 * What the screens would otherwise work out again on every hop: Africa's Talking sends the whole path
 * each time, so a session's typed place would be resolved, and its sentences filled in, once a hop.
 * Each memo belongs to an object a line builds once (its `say`, its place resolver, its hospital list),
 * so two lines never share entries; all of them are pure functions of their keys, so an entry is never
 * stale. Each is bounded: once full it starts again, which a warm function reaches only after thousands
 * of distinct places or sentences.
 */
const LIMIT = 4096;

/** Memos by the line object they belong to; the last one asked for is at hand, as a process has one line. */
class PerLine<O extends object, K, V> {
  private readonly memos = new WeakMap<O, Map<K, V>>();
  private last: { owner: O; memo: Map<K, V> } | undefined;

  of(owner: O): Map<K, V> {
    if (this.last?.owner === owner) return this.last.memo;
    let memo = this.memos.get(owner);
    if (!memo) {
      memo = new Map();
      this.memos.set(owner, memo);
    }
    this.last = { owner, memo };
    return memo;
  }
}

function remembered<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  const found = memo.get(key);
  if (found !== undefined) return found;
  const value = compute();
  if (memo.size >= LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

type Say = LineContext['say'];
const SENTENCES = new PerLine<Say, string, string>();
/** Sentences without slots, by key and language: most of what a screen says. */
const FIXED_SENTENCES = new PerLine<Say, MessageKey, Partial<Record<Lang, string>>>();
const RESOLVED = new PerLine<LineContext['places'], string, PlaceResolution>();
const ANSWERS = new PerLine<LineContext['hospitals'], string, HospitalAnswer>();
const HOSPITAL_SMS = new PerLine<Say, string, string>();
const ENDINGS = new PerLine<Say, string, ReportEnding>();
const VIEWS = new PerLine<Say, string, unknown>();

/** `ctx.say`, remembered: filling a template normalises it to GSM-7, a character at a time. */
export function say(ctx: Pick<LineContext, 'say'>, key: MessageKey, lang: Lang, values?: SlotValues): string {
  if (values) {
    let id = `${key}\u0000${lang}`;
    for (const name in values) id += `\u0000${name}=${values[name]}`;
    return remembered(SENTENCES.of(ctx.say), id, () => ctx.say(key, lang, values));
  }
  // Without slots the key and language name the sentence: no key string to build and hash.
  const fixed = FIXED_SENTENCES.of(ctx.say);
  let both = fixed.get(key);
  if (!both) {
    both = {};
    fixed.set(key, both);
  }
  const found = both[lang];
  if (found !== undefined) return found;
  const sentence = ctx.say(key, lang);
  both[lang] = sentence;
  return sentence;
}

/**
 * A screen's view that depends on nothing but the line and the language (its words, and options that
 * lead to fixed places), built once: every hop replays the path from the home menu.
 */
export function keptView<V>(ctx: Pick<LineContext, 'say'>, screen: string, lang: Lang, build: () => V): V {
  return remembered(VIEWS.of(ctx.say) as Map<string, V>, `${screen}\u0000${lang}`, build);
}

/** `ctx.places.resolve`, remembered: a typed place is searched for once, not on every later hop. */
export function resolvePlace(ctx: Pick<LineContext, 'places'>, text: string): PlaceResolution {
  return remembered(RESOLVED.of(ctx.places), text, () => ctx.places.resolve(text));
}

/** The hospital answer for a place, remembered: the nearest hospitals are measured once a place. */
export function hospitalAnswerFor(ctx: Pick<LineContext, 'hospitals'>, place: Place): HospitalAnswer {
  return remembered(ANSWERS.of(ctx.hospitals), `${place.level}:${place.code}`, () =>
    hospitalAnswer(ctx, place),
  );
}

/** The hospital SMS for a place, remembered: the same for every caller who picks that place. */
export function hospitalSmsFor(ctx: LineContext, place: Place, lang: Lang): string {
  return remembered(HOSPITAL_SMS.of(ctx.say), `${place.level}:${place.code}\u0000${lang}`, () =>
    hospitalSmsText(ctx, hospitalAnswerFor(ctx, place), lang),
  );
}

/** How a symptom report ends: the screen shown and the SMS queued. */
export interface ReportEnding {
  text: string;
  message: string;
}

/**
 * The end of a report, remembered for its answers, place and language and the advice line open now:
 * everything its words depend on (the emergency numbers follow from the place).
 */
export function reportEndingFor(
  ctx: LineContext,
  answers: TriageAnswers,
  place: Place,
  lang: Lang,
): ReportEnding {
  const open = openAdviceLine(ctx, place.kabCode)?.id ?? '';
  const said = [
    answers.ageBand,
    answers.symptoms.join(','),
    answers.contactWithCase,
    answers.pregnantOrChronic,
  ];
  const key = [...said, place.level, place.code, lang, open].join('\u0000');
  return remembered(ENDINGS.of(ctx.say), key, () => {
    const outcome = reportOutcome(ctx, answers, place);
    return { text: reportScreenText(ctx, outcome, lang), message: reportSmsText(ctx, outcome, lang) };
  });
}
