import type { HolidayKind, HolidayTable } from '../content/holidays.js';

/**
 * Calendar days in Western Indonesian Time (WIB) and the days off that close an office line. Pure:
 * every instant is passed in, and WIB is computed from UTC, so the machine's time zone never matters.
 */

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
import type { IsoWeekday } from '../content/hotlines.js';

export type { IsoWeekday };

/** An instant as a wall clock in East Java shows it. */
export interface WibDate {
  /** `YYYY-MM-DD` */
  ymd: string;
  /** `HH:MM`, 24-hour */
  hhmm: string;
  /** Minutes since midnight WIB, 0..1439. */
  minutes: number;
  isoWeekday: IsoWeekday;
}

/** WIB is UTC+7 all year: Indonesia has no daylight saving time. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoWeekdayOfUtcDay(date: Date): IsoWeekday {
  return (((date.getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

function ymdOfUtcDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * The WIB calendar day, wall-clock time and weekday of an instant.
 *
 * @throws RangeError for an invalid Date.
 */
export function wibDate(instant: Date): WibDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('wibDate: invalid Date');
  // Shifting the instant by the offset and reading it as UTC gives the wall clock in WIB.
  const wall = new Date(ms + WIB_OFFSET_MS);
  const hours = wall.getUTCHours();
  const mins = wall.getUTCMinutes();
  return {
    ymd: ymdOfUtcDay(wall),
    hhmm: `${pad2(hours)}:${pad2(mins)}`,
    minutes: hours * 60 + mins,
    isoWeekday: isoWeekdayOfUtcDay(wall),
  };
}

/** Midnight UTC of a `YYYY-MM-DD` day: a neutral anchor for calendar arithmetic. */
function utcDayOf(ymd: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!date || ymdOfUtcDay(date) !== ymd) throw new RangeError(`Not a calendar day YYYY-MM-DD: ${ymd}`);
  return date;
}

/**
 * The calendar day `days` after (or, negative, before) `ymd`.
 *
 * @throws RangeError when `ymd` is not a calendar day `YYYY-MM-DD`.
 */
export function addDays(ymd: string, days: number): string {
  return ymdOfUtcDay(new Date(utcDayOf(ymd).getTime() + days * DAY_MS));
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws RangeError when either is not a calendar day `YYYY-MM-DD`.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDayOf(to).getTime() - utcDayOf(from).getTime()) / DAY_MS);
}

/**
 * The ISO weekday of a calendar day.
 *
 * @throws RangeError when `ymd` is not a calendar day `YYYY-MM-DD`.
 */
export function isoWeekdayOf(ymd: string): IsoWeekday {
  return isoWeekdayOfUtcDay(utcDayOf(ymd));
}

/** A day off as the calendar answers it. */
export interface HolidayOnDay {
  /** Full name in Bahasa Indonesia. */
  name: string;
  /** The name people use (`Idulfitri`), short enough for a status line. */
  shortName: string;
  kind: HolidayKind;
  /** `official` from a decree's table; `computed` from a table computed for a year with no decree yet. */
  source: 'official' | 'computed';
}

/** Answers whether a WIB calendar day is a day off. */
export interface HolidayCalendar {
  /** The day off on `ymd` (`YYYY-MM-DD`), or undefined on a normal day or one the tables do not cover. */
  holidayOn(ymd: string): HolidayOnDay | undefined;
  /** Whether a table covers `ymd`'s year: if not, nothing is known of its days off. */
  covers(ymd: string): boolean;
}

/**
 * Builds the calendar the hotline hours are checked against, from the pack's tables. A year with an
 * official table is answered from it alone; a year without one from its computed table (national
 * holidays only: a computed calendar gets some Islamic holidays a day off and knows no cuti bersama, so
 * mixing the two would close the office on a working day). A year in neither is not covered: the line
 * then does not say whether an office line is open (see `hotlineStatusAt`).
 *
 * @param table the pack's holiday tables, e.g. `pack.holidays`.
 */
export function createHolidayCalendar(table: HolidayTable): HolidayCalendar {
  const byDay = new Map<string, HolidayOnDay>();
  const covered = new Set<string>();
  const add = (years: HolidayTable['years'], source: HolidayOnDay['source']) => {
    for (const [year, { holidays }] of Object.entries(years)) {
      if (covered.has(year)) continue;
      covered.add(year);
      for (const h of holidays) {
        byDay.set(h.date, { name: h.name_id, shortName: h.short_id, kind: h.kind, source });
      }
    }
  };
  add(table.years, 'official');
  add(table.computed ?? {}, 'computed');
  return {
    holidayOn: (ymd) => byDay.get(ymd),
    covers: (ymd) => covered.has(ymd.slice(0, 4)),
  };
}
