import Holidays from 'date-holidays';
import type { HolidayKind, HolidayTable } from '../content/holidays.js';
import { toGsm7 } from '../text.js';

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
  /** `official` from the decree table; `fallback` computed for a year the table does not have. */
  source: 'official' | 'fallback';
}

/** Answers whether a WIB calendar day is a day off. */
export interface HolidayCalendar {
  /** The day off on `ymd` (`YYYY-MM-DD`), or undefined on a normal day. */
  holidayOn(ymd: string): HolidayOnDay | undefined;
}

/** A public holiday from a computed calendar: always a national holiday, never cuti bersama. */
export interface FallbackHoliday {
  /** `YYYY-MM-DD` */
  date: string;
  name: string;
  shortName: string;
}

/** The public holidays of a year that the official table does not cover. */
export type HolidayFallback = (year: number) => readonly FallbackHoliday[];

/**
 * Builds the calendar the hotline hours are checked against. A year in the official table is answered
 * from the table alone (a computed calendar gets some Islamic holidays a day off and knows no cuti
 * bersama, so mixing the two would close the office on a working day); any other year asks `fallback`,
 * once per year.
 *
 * @param official the decree table, e.g. `loadOfficialHolidays()`.
 * @param fallback public holidays for other years; defaults to {@link dateHolidaysFallback}.
 */
export function createHolidayCalendar(
  official: HolidayTable,
  fallback: HolidayFallback = dateHolidaysFallback,
): HolidayCalendar {
  const byDay = new Map<string, HolidayOnDay>();
  for (const { holidays } of Object.values(official.years)) {
    for (const h of holidays) {
      byDay.set(h.date, { name: h.name_id, shortName: h.short_id, kind: h.kind, source: 'official' });
    }
  }
  const fallbackYears = new Map<string, ReadonlyMap<string, HolidayOnDay>>();
  const fallbackYear = (year: string): ReadonlyMap<string, HolidayOnDay> => {
    let days = fallbackYears.get(year);
    if (!days) {
      const map = new Map<string, HolidayOnDay>();
      for (const h of fallback(Number(year))) {
        // Two rules can land on one day (2027-12-25); the first keeps the day.
        if (!map.has(h.date)) {
          map.set(h.date, {
            name: h.name,
            shortName: h.shortName,
            kind: 'libur_nasional',
            source: 'fallback',
          });
        }
      }
      days = map;
      fallbackYears.set(year, days);
    }
    return days;
  };
  return {
    holidayOn(ymd) {
      const year = ymd.slice(0, 4);
      if (Object.hasOwn(official.years, year)) return byDay.get(ymd);
      return fallbackYear(year).get(ymd);
    },
  };
}

/**
 * Official-style names for the `date-holidays` rules: its Indonesian names are long for a status line,
 * and it calls 27 Rajab (Isra Mikraj) "Maulid Nabi Muhammad".
 */
const FALLBACK_NAMES: Readonly<Record<string, { name: string; shortName: string }>> = {
  '01-01': { name: 'Tahun Baru Masehi', shortName: 'Tahun Baru' },
  '27 Rajab': { name: 'Isra Mikraj Nabi Muhammad SAW', shortName: 'Isra Mikraj' },
  'chinese 01-0-01': { name: 'Tahun Baru Imlek', shortName: 'Imlek' },
  '1 Shawwal': { name: 'Idulfitri (hari 1)', shortName: 'Idulfitri' },
  '2 Shawwal': { name: 'Idulfitri (hari 2)', shortName: 'Idulfitri' },
  'easter -2': { name: 'Wafat Yesus Kristus', shortName: 'Wafat Yesus' },
  easter: { name: 'Kebangkitan Yesus Kristus (Paskah)', shortName: 'Paskah' },
  '05-01': { name: 'Hari Buruh Internasional', shortName: 'Hari Buruh' },
  'easter 39': { name: 'Kenaikan Yesus Kristus', shortName: 'Kenaikan Yesus' },
  '10 Dhu al-Hijjah': { name: 'Iduladha', shortName: 'Iduladha' },
  '06-01': { name: 'Hari Lahir Pancasila', shortName: 'Hari Pancasila' },
  '1 Muharram': { name: 'Tahun Baru Islam', shortName: 'Tahun Baru Islam' },
  '12 Rabi al-awwal': { name: 'Maulid Nabi Muhammad SAW', shortName: 'Maulid Nabi' },
  '08-17': { name: 'Proklamasi Kemerdekaan RI', shortName: 'HUT RI' },
  '12-25': { name: 'Kelahiran Yesus Kristus (Natal)', shortName: 'Natal' },
};
/** Nyepi and Waisak are listed by date, not by rule, so they are matched on the package's name. */
const FALLBACK_NAMES_BY_NAME: Readonly<Record<string, { name: string; shortName: string }>> = {
  'Hari Raya Nyepi': { name: 'Hari Suci Nyepi', shortName: 'Nyepi' },
  'Hari Raya Waisak': { name: 'Hari Raya Waisak', shortName: 'Waisak' },
};
const FALLBACK_SHORT_MAX = 16;

/** A name the table above does not know, cut at a word so it still fits a status line. */
function shortenedName(name: string): string {
  if (name.length <= FALLBACK_SHORT_MAX) return name;
  const cut = name.slice(0, FALLBACK_SHORT_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, FALLBACK_SHORT_MAX)).trim();
}

let indonesia: Holidays | undefined;

/**
 * Indonesia's public holidays for a year from the npm package `date-holidays`: the fallback for years
 * without an official table. Their dates are the package's (Islamic holidays may be a day off the
 * decree, Easter Sunday is missing); the package is only built on first use.
 */
export function dateHolidaysFallback(year: number): FallbackHoliday[] {
  indonesia ??= new Holidays('ID');
  return indonesia
    .getHolidays(year, 'id')
    .filter((h) => h.type === 'public')
    .map((h) => {
      const name = toGsm7(h.name, { basicOnly: true });
      const known = FALLBACK_NAMES[h.rule] ?? FALLBACK_NAMES_BY_NAME[h.name];
      // The package writes sunset-to-sunset holidays as `YYYY-MM-DD 00:00:00 -0600`: the day is the prefix.
      return { date: h.date.slice(0, 10), ...(known ?? { name, shortName: shortenedName(name) }) };
    });
}
