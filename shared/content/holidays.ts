import { z } from 'zod';
import { calendarDay, parseContentFile, shownText } from './load.js';

/**
 * The official holiday table: per year, the national holidays (libur nasional) and collective leave
 * days (cuti bersama) the government decreed. It is data so that next year's SKB is added by editing
 * `data/holidays.json`, not code; years missing here fall back to a computed calendar (see
 * `shared/line/calendar.ts`), which knows no cuti bersama.
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

/** Every year with an official table, keyed by the year (`"2026"`). */
export interface HolidayTable {
  readonly years: Readonly<Record<string, HolidayYear>>;
}

/** True when `ymd` is a real calendar day written `YYYY-MM-DD`. */
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

/** The whole table; each year's days lie in that year, in date order, each day once. */
export const HolidayTableSchema = z.strictObject({
  years: z
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
    }),
});

/**
 * Validates a holiday table (the parsed contents of `holidays.json`, or a test's modified copy).
 *
 * @throws Error naming the file, the path of each wrong field, and why.
 */
export function parseHolidayTable(data: unknown, path = 'holidays.json'): HolidayTable {
  return parseContentFile(path, HolidayTableSchema, data);
}
