import { type Hotline, minutesOfHhmm, type WorkingHours } from '../content/hotlines.js';
import type { Lang } from '../lang.js';
import { toGsm7 } from '../text.js';
import {
  addDays,
  daysBetween,
  type HolidayCalendar,
  type IsoWeekday,
  isoWeekdayOf,
  wibDate,
} from './calendar.js';

/**
 * Which hotline is open at an instant, in WIB, and how to say so in one short line. Pure: the instant
 * and the holiday calendar are passed in.
 */

/** A wall-clock time in WIB on a calendar day. */
export interface WibTime {
  /** `YYYY-MM-DD` */
  ymd: string;
  /** `HH:MM` */
  hhmm: string;
}

/** When a closed line next opens. */
export interface Opening extends WibTime {
  isoWeekday: IsoWeekday;
}

/**
 * Why a line is closed. `weekend` is a Saturday or Sunday the schedule does not work, `day-off` any
 * other weekday it does not work; a holiday the line closes for is named even when it falls on a weekend.
 */
export type ClosedReason =
  | 'weekend'
  | 'day-off'
  | 'holiday'
  | 'cuti-bersama'
  | 'after-hours'
  | 'before-hours';

export type HotlineStatus =
  /** Around the clock. */
  | { open: true; until: null }
  | { open: true; until: WibTime }
  | {
      open: false;
      reason: ClosedReason;
      /** The day off's short name (`Idulfitri`) when `reason` is `holiday` or `cuti-bersama`. */
      holidayName?: string;
      opensAt: Opening;
    }
  /**
   * A line that closes on days off, on a day the holiday calendar does not cover (or whose next opening
   * would be on one): it may be a holiday, so the line is not said to be open, nor when it opens; only
   * its hours on working days. Callers needing someone now are offered a line known to be open.
   */
  | { open: false; reason: 'days-off-unknown'; hours: { open: string; close: string } };

/** How far ahead the next opening is looked for: longer than any run of days off. */
const SEARCH_DAYS = 30;

/** A status line in an SMS: about a third of a segment. */
export const HOTLINE_LINE_MAX = 60;
/** A line on the USSD hotline screen: four of them and the screen's title and options fit 160. */
export const HOTLINE_SHORT_MAX = 38;
/** The hotline screen's lines together: with its title and navigation line, one 160-character screen. */
export const HOTLINE_SCREEN_MAX = 120;

interface Closure {
  reason: 'weekend' | 'day-off' | 'holiday' | 'cuti-bersama';
  holidayName?: string;
}

/**
 * Why a working-hours line is shut all day on `ymd`, undefined when it works that day, or `unknown`
 * on one of its working weekdays in a year the calendar does not cover, when it closes for days off.
 */
function closureOn(
  schedule: WorkingHours,
  ymd: string,
  calendar: HolidayCalendar,
): Closure | 'unknown' | undefined {
  const holiday = calendar.holidayOn(ymd);
  if (holiday?.kind === 'libur_nasional' && schedule.closedOnHolidays) {
    return { reason: 'holiday', holidayName: holiday.shortName };
  }
  if (holiday?.kind === 'cuti_bersama' && schedule.closedOnCutiBersama) {
    return { reason: 'cuti-bersama', holidayName: holiday.shortName };
  }
  const weekday = isoWeekdayOf(ymd);
  if (!schedule.days.includes(weekday)) return { reason: weekday >= 6 ? 'weekend' : 'day-off' };
  const closesForDaysOff = schedule.closedOnHolidays || schedule.closedOnCutiBersama;
  if (closesForDaysOff && !calendar.covers(ymd)) return 'unknown';
  return undefined;
}

/** The next opening after `ymd`, or `unknown` when the first working day to try is not covered. */
function nextOpeningAfter(
  schedule: WorkingHours,
  ymd: string,
  calendar: HolidayCalendar,
): Opening | 'unknown' {
  for (let i = 1; i <= SEARCH_DAYS; i += 1) {
    const day = addDays(ymd, i);
    const closure = closureOn(schedule, day, calendar);
    if (closure === 'unknown') return closure;
    if (!closure) return { ymd: day, hhmm: schedule.open, isoWeekday: isoWeekdayOf(day) };
  }
  throw new RangeError(`No opening within ${SEARCH_DAYS} days after ${ymd}: check the schedule and calendar`);
}

/**
 * Whether a hotline is open at `instant`. Office hours are [open, close) in WIB: open from the opening
 * minute, closed from the closing minute. A closed line says why and when it next opens, skipping weekends, holidays
 * and cuti bersama it closes for.
 *
 * @throws RangeError when a working-hours line would not open within 30 days (a broken calendar).
 */
export function hotlineStatusAt(
  hotline: Pick<Hotline, 'schedule'>,
  instant: Date,
  calendar: HolidayCalendar,
): HotlineStatus {
  const { schedule } = hotline;
  if (schedule.kind === 'always') return { open: true, until: null };
  const now = wibDate(instant);
  const hoursOnly: HotlineStatus = {
    open: false,
    reason: 'days-off-unknown',
    hours: { open: schedule.open, close: schedule.close },
  };
  const closure = closureOn(schedule, now.ymd, calendar);
  if (closure === 'unknown') return hoursOnly;
  const closedUntilNext = (shut: { open: false; reason: ClosedReason; holidayName?: string }) => {
    const opensAt = nextOpeningAfter(schedule, now.ymd, calendar);
    return opensAt === 'unknown' ? hoursOnly : { ...shut, opensAt };
  };
  if (closure) return closedUntilNext({ open: false, ...closure });
  if (now.minutes < minutesOfHhmm(schedule.open)) {
    return {
      open: false,
      reason: 'before-hours',
      opensAt: { ymd: now.ymd, hhmm: schedule.open, isoWeekday: now.isoWeekday },
    };
  }
  if (now.minutes < minutesOfHhmm(schedule.close))
    return { open: true, until: { ymd: now.ymd, hhmm: schedule.close } };
  return closedUntilNext({ open: false, reason: 'after-hours' });
}

/** Each hotline, in the order given, with its status at `instant`. */
export function hotlinesStatusAt<H extends Pick<Hotline, 'schedule'>>(
  hotlines: readonly H[],
  instant: Date,
  calendar: HolidayCalendar,
): { hotline: H; status: HotlineStatus }[] {
  return hotlines.map((hotline) => ({ hotline, status: hotlineStatusAt(hotline, instant, calendar) }));
}

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const WORDS = {
  id: {
    open24: 'buka 24 jam',
    openUntil: 'buka s/d',
    closed: 'tutup',
    opens: 'buka',
    openWorkingDays: 'buka hari kerja',
    workingDays: 'hari kerja',
    tomorrow: 'besok',
    free: '(gratis)',
    weekend: ['(akhir pekan)'],
    // A cuti bersama is a day off to callers too: `libur` is the fallback when the longer words do not fit.
    holiday: (name?: string) => [...(name ? [`(libur ${name})`] : []), '(libur)'],
    cutiBersama: (name?: string) => [
      ...(name ? [`(cuti bersama ${name})`, `(libur ${name})`] : []),
      '(cuti bersama)',
      '(libur)',
    ],
  },
  en: {
    open24: 'open 24h',
    openUntil: 'open until',
    closed: 'closed',
    opens: 'opens',
    openWorkingDays: 'open working days',
    workingDays: 'working days',
    tomorrow: 'tomorrow',
    free: '(free)',
    weekend: ['(weekend)'],
    // Holiday names are Indonesian; English callers are told only that it is a day off.
    holiday: (_name?: string) => ['(holiday)'],
    cutiBersama: (_name?: string) => ['(holiday)'],
  },
} as const;

/**
 * Ways to name the day of `at` seen from `today`, most helpful first: nothing for today, `besok`, the
 * weekday within a week, and the date beyond (a weekday alone would be read as the coming one).
 */
function dayWords(at: Opening | WibTime, today: string, lang: Lang): string[] {
  const ahead = daysBetween(today, at.ymd);
  if (ahead === 0) return [''];
  const weekday = WEEKDAYS[lang][isoWeekdayOf(at.ymd) - 1] ?? '';
  if (ahead === 1) return [WORDS[lang].tomorrow, weekday];
  if (ahead > 1 && ahead < 7) return [weekday];
  const date = `${Number(at.ymd.slice(8, 10))} ${MONTHS[lang][Number(at.ymd.slice(5, 7)) - 1] ?? ''}`;
  return [`${weekday} ${date}`, date];
}

const joinWords = (...words: string[]): string => words.filter((w) => w !== '').join(' ');

function reasonWords(status: Extract<HotlineStatus, { opensAt: Opening }>, lang: Lang): string[] {
  const name = status.holidayName === undefined ? undefined : toGsm7(status.holidayName, { basicOnly: true });
  switch (status.reason) {
    case 'weekend':
      return [...WORDS[lang].weekend, ''];
    case 'holiday':
      return [...WORDS[lang].holiday(name), ''];
    case 'cuti-bersama':
      return [...WORDS[lang].cutiBersama(name), ''];
    default:
      return [''];
  }
}

/** Status texts, most informative first; the caller keeps the first that fits its line. */
function statusTexts(
  hotline: Pick<Hotline, 'free'>,
  status: HotlineStatus,
  lang: Lang,
  now: Date,
  detail: 'full' | 'short',
): string[] {
  const words = WORDS[lang];
  const today = wibDate(now).ymd;
  const withFree = (texts: string[]): string[] =>
    hotline.free ? [...texts.map((t) => `${t} ${words.free}`), ...texts] : texts;
  if (status.open && status.until === null) return withFree([words.open24]);
  if (status.open) {
    const until = dayWords(status.until, today, lang).map((day) =>
      joinWords(words.openUntil, day, status.until.hhmm),
    );
    return withFree(detail === 'full' ? [...until.map((t) => `${t} WIB`), ...until] : until);
  }
  if (status.reason === 'days-off-unknown') {
    // Hours only: `buka hari kerja HH:MM-HH:MM`, neither open nor closed.
    const hours = `${status.hours.open}-${status.hours.close}`;
    const texts = [`${words.openWorkingDays} ${hours}`, `${words.workingDays} ${hours}`];
    return withFree(detail === 'full' ? [`${texts[0]} WIB`, ...texts] : texts);
  }
  const reasons = detail === 'full' ? reasonWords(status, lang) : [''];
  const opens = dayWords(status.opensAt, today, lang).map((day) =>
    joinWords(words.opens, day, status.opensAt.hhmm),
  );
  const texts = reasons.flatMap((reason) =>
    opens.map((next) => `${joinWords(words.closed, reason)}, ${next}`),
  );
  // Last resort: `opens 25 Mar HH:MM` alone still says the line is closed now.
  return [...texts, ...opens];
}

/** The first line within `max` characters, or the shortest when none fits. */
function fitted(head: string, texts: readonly string[], max: number): string {
  const lines = texts.map((text) => `${head}: ${text}`);
  return lines.find((line) => line.length <= max) ?? lines.reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * One line for an SMS: name, number and status, e.g. `<name> <number>: buka s/d HH:MM WIB` or
 * `<name> <number>: tutup (akhir pekan), buka Sen HH:MM`. Details (the holiday's name, the
 * reason, `WIB`) are dropped one by one to keep within {@link HOTLINE_LINE_MAX} characters. GSM-7 basic.
 *
 * @param now the instant the text is read at: decides `besok`, a weekday or a date.
 */
export function formatHotlineStatus(
  hotline: Pick<Hotline, 'name' | 'number' | 'free'>,
  status: HotlineStatus,
  lang: Lang,
  now: Date,
): string {
  return fitted(
    `${hotline.name[lang]} ${hotline.number}`,
    statusTexts(hotline, status, lang, now, 'full'),
    HOTLINE_LINE_MAX,
  );
}

/**
 * One line for the USSD hotline screen, at most {@link HOTLINE_SHORT_MAX} characters: the short label
 * and the bare status, e.g. `112 Bwi: buka 24 jam (gratis)`, `<label>: tutup, buka Sen HH:MM`. The
 * screen's title carries the time and `WIB`. GSM-7 basic.
 *
 * @param now the instant the text is read at: decides `besok`, a weekday or a date.
 */
export function formatHotlineShort(
  hotline: Pick<Hotline, 'shortLabel' | 'free'>,
  status: HotlineStatus,
  lang: Lang,
  now: Date,
): string {
  return fitted(hotline.shortLabel, statusTexts(hotline, status, lang, now, 'short'), HOTLINE_SHORT_MAX);
}

/**
 * The USSD hotline screen's lines, one per hotline in the given order. When they would not fit one
 * screen together, `(gratis)` is dropped first: a number on a second page is easily missed.
 */
export function formatHotlineScreen(
  lines: readonly { hotline: Pick<Hotline, 'shortLabel' | 'free'>; status: HotlineStatus }[],
  lang: Lang,
  now: Date,
): string[] {
  const full = lines.map(({ hotline, status }) => formatHotlineShort(hotline, status, lang, now));
  if (full.join('\n').length <= HOTLINE_SCREEN_MAX) return full;
  return lines.map(({ hotline, status }) =>
    formatHotlineShort({ ...hotline, free: false }, status, lang, now),
  );
}
