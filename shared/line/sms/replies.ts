import type { FaqTopic } from '../../content/faq.js';
import type { Hotline } from '../../content/hotlines.js';
import type { Lang } from '../../lang.js';
import { fitsSms, toGsm7 } from '../../text.js';
import type { HospitalAnswer, ReportOutcome } from '../answers.js';
import { wibDate } from '../calendar.js';
import { formatHotlineStatus, type HotlineStatus } from '../hotlines.js';
import type { LineContext } from '../line.js';
import type { Place } from '../places.js';
import { adviceLineSlot, emergencySlot, formatDay, hospitalSmsText, reportSmsText } from '../render.js';

/**
 * The SMS channel's replies: the pack's sentences with the line's decisions filled in. Each is GSM-7
 * basic (one stray character would halve a segment) and at most two segments; the help, stop, start
 * and FAQ answer replies are one. The template test walks every reply with the longest data.
 */

/** Normalises to the GSM-7 basic set: an echoed place or a hospital name may carry anything. */
function sms(text: string): string {
  return toGsm7(text, { basicOnly: true });
}

/** What people can send, and the day the information was checked: one segment. */
export function helpReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('sms.help', lang, { checked: formatDay(ctx.checkedOn) });
}

/**
 * Which hotline is open now, one line each with its name (`formatHotlineStatus`), under the time in
 * WIB: one SMS segment where the lines fit, else two, lines that would pass two left off. The
 * emergency numbers close it when no emergency line is listed already. (The USSD screen's short
 * labels would fit one segment, but a caller who asked for a line by name should read that name.)
 */
export function hotlinesReply(
  ctx: LineContext,
  lines: readonly {
    hotline: Pick<Hotline, 'name' | 'number' | 'free' | 'roles'>;
    status: HotlineStatus;
  }[],
  lang: Lang,
): string {
  const head = ctx.say('hotlines.smsHead', lang, { time: wibDate(ctx.now).hhmm });
  const tail = lines.some(({ hotline }) => hotline.roles.includes('emergency'))
    ? undefined
    : ctx.say('hotlines.smsEmergency', lang, { emergency: emergencySlot(ctx, lang) });
  const withTail = (body: string) => (tail === undefined ? body : `${body}\n${tail}`);
  let text = head;
  for (const { hotline, status } of lines) {
    const next = `${text}\n${formatHotlineStatus(hotline, status, lang, ctx.now)}`;
    if (!fitsSms(sms(next), 2)) break;
    text = next;
  }
  return sms(fitsSms(sms(withTail(text)), 2) ? withTail(text) : text);
}

/** The hospital answer for a place (the same SMS the USSD menu sends). */
export function hospitalReply(ctx: LineContext, answer: HospitalAnswer, lang: Lang): string {
  return hospitalSmsText(ctx, answer, lang);
}

/** `RS` without a place: how to ask. */
export function hospitalAskPlaceReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('hospital.askPlace', lang, { emergency: emergencySlot(ctx, lang) });
}

/** Which command a place was typed for, so the reply says how to send it again. */
export type PlaceFor = 'hospital' | 'report';

/**
 * What a caller types to name a place exactly: the label without its level words and commas, except
 * that a kab/kota keeps its own ("Kota Malang": "Malang" alone is Kab. and Kota Malang both).
 */
export function typedName(place: Place): string {
  const label = place.level === 'kabkota' ? place.label.replace(/^Kab\.\s*/, 'Kab ') : place.label;
  return label
    .replace(/\b(?:Kec|Kab|Ds|Kel)\.\s*/g, '')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A place name several places share: `Maksud Anda: 1) Kec. Sempu, Kab. Banyuwangi 2) Ds. Sempu,
 * Pacitan ... Balas: RS <nama lengkap>, mis. RS Sempu Banyuwangi`. Candidates are listed in the
 * resolver's order (best first) and the list is cut where it would pass two segments; the example is
 * dropped before any candidate is.
 */
export function placeChoicesReply(
  ctx: LineContext,
  candidates: readonly Place[],
  lang: Lang,
  placeFor: PlaceFor = 'hospital',
  /** For a report: what was understood besides the place (`reportWords`), repeated in the example. */
  understood = '',
  /** How many places have the name, when more than the candidates. */
  total = candidates.length,
): string {
  const reply = ctx.say(
    placeFor === 'hospital' ? 'place.choicesReplyHospital' : 'place.choicesReplyReport',
    lang,
  );
  const [first] = candidates;
  const command = placeFor === 'hospital' ? 'RS' : ['LAPOR', understood].filter(Boolean).join(' ');
  const example = first
    ? ctx.say('place.choicesExample', lang, { example: `${command} ${typedName(first)}` })
    : '';
  const build = (count: number, withExample: boolean): string => {
    const list = candidates
      .slice(0, count)
      .map((place, i) => `${i + 1}) ${place.label}`)
      .join(' ');
    const more = total > count ? ` ${ctx.say('place.more', lang, { total: String(total) })}` : '';
    return sms(`${ctx.say('place.choicesHead', lang)} ${list}.${more} ${reply}${withExample ? example : ''}`);
  };
  for (let count = candidates.length; count >= 1; count -= 1) {
    for (const withExample of [true, false]) {
      const text = build(count, withExample);
      if (fitsSms(text, 2)) return text;
    }
  }
  return build(1, false);
}

/**
 * The answer for a place, with a line for the place of that name the caller may have meant instead
 * ("Bukan Ds. Sempu, Pacitan? Balas RS Sempu Pacitan."), when it still fits two segments.
 */
export function withAlternative(
  ctx: LineContext,
  reply: string,
  alternatives: readonly Place[] | undefined,
  lang: Lang,
  command: string,
): string {
  const [other] = alternatives ?? [];
  if (!other) return reply;
  const hint = ctx.say('place.notThis', lang, {
    place: other.label,
    example: `${command} ${typedName(other)}`,
  });
  const text = sms(`${reply} ${hint}`);
  return fitsSms(text, 2) ? text : reply;
}

/** The longest echo of what was typed: enough to recognise, short enough for the rest to fit. */
const ECHO_MAX = 30;

/** No place of that name: says what was looked for and how to write a place. */
export function placeNotFoundReply(
  ctx: LineContext,
  query: string,
  lang: Lang,
  placeFor: PlaceFor = 'hospital',
): string {
  const example = ctx.say(placeFor === 'hospital' ? 'place.exampleHospital' : 'place.exampleReport', lang);
  const echo = sms(query).replace(/"/g, "'").replace(/\s+/g, ' ');
  const shown = echo.length > ECHO_MAX ? `${echo.slice(0, ECHO_MAX - 3).trimEnd()}...` : echo;
  if (shown === '') return ctx.say('place.notFoundNoQuery', lang, { example });
  return ctx.say('place.notFound', lang, { query: shown, example });
}

/** A FAQ topic's answer: the topic's own one-segment SMS. */
export function faqAnswerReply(topic: FaqTopic, lang: Lang): string {
  return sms(topic.sms[lang]);
}

/**
 * The closest topics, numbered, by the word that fetches each: `Mungkin maksud Anda: 1) GEJALA
 * 2) MASKER 3) VAKSIN. ...`; the number or the word, sent back, answers that topic.
 */
export function faqSuggestReply(
  ctx: LineContext,
  topics: readonly Pick<FaqTopic, 'replyWord'>[],
  lang: Lang,
): string {
  return ctx.say('sms.suggest', lang, {
    words: topics.map((t, i) => `${i + 1}) ${t.replyWord[lang]}`).join(' '),
  });
}

/** Nothing matched: where to look instead, and a line that is open now. */
export function noMatchReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('sms.noMatch', lang, { line: adviceLineSlot(ctx, lang) });
}

/** After STOP: confirmed, and how to come back. One segment. */
export function stopReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('sms.stop', lang, { emergency: emergencySlot(ctx, lang) });
}

/**
 * Words like asking to stop, though no rule reads them so: asked whether they want to, with how to
 * ask a question instead. Nobody is stopped on a guess, so nobody is silenced who did not ask. One segment.
 */
export function stopAskReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('sms.stopAsk', lang);
}

/** After START: welcome, and what to send. One segment. */
export function startReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('sms.start', lang);
}

/** After a language change, in the new language, with the way back in the other. */
export function languageReply(ctx: LineContext, lang: Lang): string {
  return ctx.say('language.changed', lang);
}

/** A one-message report that lacks symptoms, a place, or both: one reply asks for all of it. */
export function reportMissingReply(
  ctx: LineContext,
  missing: readonly ('symptoms' | 'place')[],
  lang: Lang,
): string {
  const symptoms = missing.includes('symptoms');
  const place = missing.includes('place');
  const emergency = { emergency: emergencySlot(ctx, lang) };
  if (symptoms && place) return ctx.say('report.missingBoth', lang, emergency);
  if (symptoms) return ctx.say('report.missingSymptoms', lang, emergency);
  return ctx.say('report.missingPlace', lang, emergency);
}

/** The advice after a report: the same advice, naming the same hospital, as the USSD report texts. */
export function reportAdviceReply(ctx: LineContext, outcome: ReportOutcome, lang: Lang): string {
  return reportSmsText(ctx, outcome, lang);
}
