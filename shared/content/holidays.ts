import * as z from 'zod';
import { calendarDay, parseContentFile, shownText } from './load.js';

/**
 * The holiday tables: per year, the national holidays (libur nasional) and collective leave days (cuti
 * bersama) the government decreed. It is data so that next year's SKB is added by editing
 * `data/holidays.json`, not code. The years after the last decree have computed tables instead
 * (`npm run content:holidays`), which know no cuti bersama; a year in neither is not known (see
 * `shared/line/calendar.ts`).
 */

export const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** The short name is shown inside a hotline status line (`tutup (libur: Idulfitri)`), so it stays short. */
export const HOLIDAY_SHORT_MAX = 16;
export const HOLIDAY_NAME_MAX = 60;

/** One day off, as decreed. */
export interface OfficialHoliday {
  /** `YYYY-MM-DD`, the calendar day in Indonesia. */
  readonly date: string;
  readonly kind: HolidayKind;
  /** The name as the decree gives it, in Bahasa Indonesia. */
  readonly name_id: string;
  /** The name people use (`Idulfitri`, `Natal`), at most {@link HOLIDAY_SHORT_MAX} characters. */
  readonly short_id: string;
  /** For reviewers, e.g. where a computed calendar disagrees. */
  readonly note?: string;
}

/** One year's table and the decree it comes from. */
export interface HolidayYear {
  readonly source: string;
  readonly holidays: readonly OfficialHoliday[];
}

/** The holiday tables, each keyed by its year (`"2026"`). */
export interface HolidayTable {
  /** Official tables, from the decree (SKB 3 Menteri). */
  readonly years: Readonly<Record<string, HolidayYear>>;
  /**
   * Tables computed by the npm package `date-holidays` for the years after the last decree, written by
   * `npm run content:holidays`, never by hand: national holidays only (no cuti bersama), and some
   * Islamic holidays a day off the decree. A year is official or computed, never both.
   */
  readonly computed?: Readonly<Record<string, HolidayYear>>;
}

/** Names are shown to callers as they are: GSM-7 basic set, no stray spaces. */
const OfficialHolidaySchema = z.strictObject({
  date: calendarDay,
  kind: z.enum(HOLIDAY_KINDS),
  name_id: shownText(1, HOLIDAY_NAME_MAX),
  short_id: shownText(1, HOLIDAY_SHORT_MAX),
  note: z.string().min(1).optional(),
});

const HolidayYearSchema = z.strictObject({
  source: z.string().min(1),
  holidays: z.array(OfficialHolidaySchema).min(1),
});

/** Tables by year; each year's days lie in that year, in date order, each day once. */
const yearTables = z
  .record(z.string().regex(/^\d{4}$/, { message: 'year keys are four digits' }), HolidayYearSchema)
  .superRefine((years, ctx) => {
    for (const [year, { holidays }] of Object.entries(years)) {
      holidays.forEach((holiday, i) => {
        const path = [year, 'holidays', i, 'date'];
        if (!holiday.date.startsWith(`${year}-`)) {
          ctx.addIssue({ code: 'custom', path, message: `${holiday.date} is not in ${year}` });
        }
        const previous = holidays[i - 1];
        if (previous && previous.date >= holiday.date) {
          // One entry per day keeps `holidayOn` unambiguous: a day is either libur or cuti, never both.
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${holiday.date} repeats or is out of date order`,
          });
        }
      });
    }
  });

/** The whole table: official years, and computed ones (national holidays only) for other years. */
export const HolidayTableSchema = z
  .strictObject({ years: yearTables, computed: yearTables.optional() })
  .superRefine(({ years, computed = {} }, ctx) => {
    for (const [year, { holidays }] of Object.entries(computed)) {
      if (Object.hasOwn(years, year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['computed', year],
          message: `${year} has an official table: run npm run content:holidays to drop the computed one`,
        });
      }
      holidays.forEach((holiday, i) => {
        if (holiday.kind !== 'libur_nasional') {
          ctx.addIssue({
            code: 'custom',
            path: ['computed', year, 'holidays', i, 'kind'],
            message: 'a computed table has national holidays only: cuti bersama come from a decree',
          });
        }
      });
    }
  });

/**
 * Validates a holiday table (the parsed contents of `holidays.json`, or a test's modified copy).
 *
 * @throws Error naming the file, the path of each wrong field, and why.
 */
export function parseHolidayTable(data: unknown, path = 'holidays.json'): HolidayTable {
  return parseContentFile(path, HolidayTableSchema, data);
}
