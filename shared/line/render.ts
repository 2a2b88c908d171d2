import type { ReferralHospital } from '../content/hospitals.js';
import type { Hotline } from '../content/hotlines.js';
import { fillTemplate } from '../content/messages.js';
import type { Lang } from '../lang.js';
import { fitsSms } from '../text.js';
import { emergencyLines, type HospitalAnswer, openAdviceLine, type ReportOutcome } from './answers.js';
import type { LineContext } from './line.js';

/**
 * How data becomes the words in a sentence's slots: the same for every channel, so a number shown on a
 * USSD screen and in an SMS is the one in the content data.
 */

/** Distances are rounded to whole kilometres: the centroids behind them are no more precise. */
export function formatKm(km: number): string {
  return km < 1 ? '<1 km' : `${Math.round(km)} km`;
}

/** `a`, `a atau b`, `a, b atau c`. */
export function joinOr(ctx: Pick<LineContext, 'say'>, items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${ctx.say('word.or', lang)} ${items.at(-1)}`;
}

/** A hospital as a caller dials it: `<name>, Telp <phone>`. */
export function hospitalWithPhone(
  ctx: Pick<LineContext, 'say'>,
  hospital: Pick<ReferralHospital, 'name' | 'phone'>,
  lang: Lang,
): string {
  return hospital.phone === ''
    ? hospital.name
    : `${hospital.name}, ${ctx.say('word.tel', lang)} ${hospital.phone}`;
}

/** A hospital on a crowded USSD screen: `<name> <phone>`. */
export function hospitalShort(hospital: Pick<ReferralHospital, 'name' | 'phone'>): string {
  return hospital.phone === '' ? hospital.name : `${hospital.name} ${hospital.phone}`;
}

/** A hotline named with its number: `<name> <number>`. */
export function hotlineWithNumber(hotline: Pick<Hotline, 'name' | 'number'>, lang: Lang): string {
  return `${hotline.name[lang]} ${hotline.number}`;
}

/** The emergency numbers for a caller: `119`, or `119 atau 112` in Banyuwangi. */
export function emergencySlot(ctx: LineContext, lang: Lang, area?: string): string {
  return joinOr(
    ctx,
    emergencyLines(ctx, area).map((h) => h.number),
    lang,
  );
}

/** The advice line open now, by name and number; the emergency numbers if none is (never, for a valid pack). */
export function adviceLineSlot(ctx: LineContext, lang: Lang, area?: string): string {
  const line = openAdviceLine(ctx, area);
  return line ? hotlineWithNumber(line, lang) : emergencySlot(ctx, lang, area);
}

/** A day as `27-11-2026`: read the same in both languages. */
export function formatDay(ymd: string): string {
  return `${ymd.slice(8, 10)}-${ymd.slice(5, 7)}-${ymd.slice(0, 4)}`;
}

/** The slots of a report's advice, for either channel. */
export function adviceSlots(ctx: LineContext, outcome: ReportOutcome, lang: Lang): Record<string, string> {
  const area = outcome.place.kabCode;
  return {
    hospital: hospitalWithPhone(ctx, outcome.hospital.hospital, lang),
    emergency: emergencySlot(ctx, lang, area),
    line: adviceLineSlot(ctx, lang, area),
  };
}

/** The report's advice as the USSD session ends with it. */
export function reportScreenText(ctx: LineContext, outcome: ReportOutcome, lang: Lang): string {
  return fillTemplate(ctx.advice[outcome.risk.advice].ussd[lang], adviceSlots(ctx, outcome, lang));
}

/** The report's advice as texted: the same advice, in full. */
export function reportSmsText(ctx: LineContext, outcome: ReportOutcome, lang: Lang): string {
  return fillTemplate(ctx.advice[outcome.risk.advice].sms[lang], adviceSlots(ctx, outcome, lang));
}

/**
 * The hospital answer texted after the USSD screen and as the reply to `RS <place>`: one segment when
 * the whole answer fits one (a hospital as `<name> <phone>`, as dialled), otherwise within two, where
 * hospitals past what fits are left off, then the main referral, then the emergency line.
 */
export function hospitalSmsText(ctx: LineContext, answer: HospitalAnswer, lang: Lang): string {
  const emergency = ctx.say('hospital.smsEmergency', lang, {
    emergency: emergencySlot(ctx, lang, answer.from.kabCode),
  });
  if (answer.kind === 'in-area') {
    const list = (count: number) =>
      ctx.say('hospital.smsInArea', lang, {
        place: answer.from.label,
        hospitals: answer.hospitals.slice(0, count).map(hospitalShort).join('; '),
      });
    for (let count = answer.hospitals.length; count >= 1; count -= 1) {
      const text = `${list(count)} ${emergency}`;
      if (fitsSms(text, 2)) return text;
    }
    return list(1);
  }
  const { from, nearest, main } = answer;
  const head = ctx.say('hospital.smsNearest', lang, {
    place: from.label,
    hospital: hospitalShort(nearest.hospital),
    km: formatKm(nearest.distanceKm),
  });
  const mainPart =
    main.hospital.code === nearest.hospital.code
      ? ''
      : ctx.say('hospital.smsMain', lang, {
          hospital: hospitalShort(main.hospital),
          km: formatKm(main.distanceKm),
        });
  const full = [head, mainPart, emergency].filter(Boolean).join(' ');
  if (fitsSms(full, 2)) return full;
  const withoutMain = `${head} ${emergency}`;
  return fitsSms(withoutMain, 2) ? withoutMain : head;
}

/** What a USSD caller sees when the line itself fails: a line to call that is open now. */
export function apologyText(ctx: LineContext, lang: Lang): string {
  return ctx.say('ussd.apology', lang, {
    line: adviceLineSlot(ctx, lang),
    emergency: emergencySlot(ctx, lang),
  });
}
