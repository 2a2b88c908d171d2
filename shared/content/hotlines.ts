import * as z from 'zod';
import type { Localized } from '../lang.js';
import { localized, type Source, shownText, sourced } from './load.js';

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The hotlines the line points callers to, with their opening hours. Hours are data: an admin changes
 * `data/hotlines.json` (and the tests check the result still fits a phone screen), never the code.
 */

/** Long enough for `Call Center Banyuwangi`, short enough for a 60-character status line. */
export const HOTLINE_NAME_MAX = 22;
/** What a USSD line starts with; fits a mobile number written `08xx-xxxx-xxxx`. */
export const HOTLINE_SHORT_LABEL_MAX = 14;
export const HOTLINE_NOTE_MAX = 40;

/** A line answered around the clock, holidays included. */
export interface AlwaysOpen {
  readonly kind: 'always';
}

/**
 * Office hours on some weekdays. The open interval is [open, close) in WIB on the same day: no hours
 * across midnight (use `24:00` to close at midnight).
 */
export interface WorkingHours {
  readonly kind: 'working-hours';
  /** ISO weekdays the line works: 1 = Monday .. 7 = Sunday. */
  readonly days: readonly IsoWeekday[];
  /** `HH:MM` WIB, 00:00..23:59 */
  readonly open: string;
  /** `HH:MM` WIB, after `open`, up to 24:00 */
  readonly close: string;
  /** Closed on libur nasional. */
  readonly closedOnHolidays: boolean;
  /** Closed on cuti bersama (government offices are). */
  readonly closedOnCutiBersama: boolean;
}

export type HotlineSchedule = AlwaysOpen | WorkingHours;

/**
 * What the line points callers to a hotline for: `emergency` lines are named wherever a caller may be
 * in danger (short of breath), `advice` lines where a caller needs a health worker's advice or a test.
 */
export const HOTLINE_ROLES = ['emergency', 'advice'] as const;
export type HotlineRole = (typeof HOTLINE_ROLES)[number];

/** One hotline as callers see it. */
export interface Hotline {
  /** Stable: reports and USSD routes may refer to it. */
  readonly id: string;
  /** At most {@link HOTLINE_NAME_MAX} characters. */
  readonly name: Localized;
  /** The line's label on a crowded USSD screen (`112 Bwi`), at most {@link HOTLINE_SHORT_LABEL_MAX}. */
  readonly shortLabel: string;
  /** As dialled and shown, e.g. `0xx-xxxxxxx`, `112`, `119 ext 9`. */
  readonly number: string;
  /** Free of charge to call. */
  readonly free: boolean;
  /** Kemendagri kab/kota code (`35.10`) of the callers it serves, or null for province-wide or national. */
  readonly area: string | null;
  /** At most {@link HOTLINE_NOTE_MAX} characters. */
  readonly note: Localized;
  readonly schedule: HotlineSchedule;
  /** What replies name this line for; a line with no role is listed only on the hotline screen. */
  readonly roles: readonly HotlineRole[];
  /** Where the number and hours come from, for the admin who checks them. */
  readonly sources: readonly Source[];
  /** The day the number and hours were last checked, `YYYY-MM-DD`. */
  readonly checked: string;
}

/** Minutes since midnight of a validated `HH:MM` (`24:00` is 1440). */
export function minutesOfHhmm(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const openTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM, 00:00 to 23:59' });
const closeTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'must be HH:MM, 00:01 to 24:00' });

const WorkingHoursSchema = z
  .strictObject({
    kind: z.literal('working-hours'),
    days: z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7]))
      .min(1)
      .refine((days) => new Set(days).size === days.length, { message: 'days repeat' }),
    open: openTime,
    close: closeTime,
    closedOnHolidays: z.boolean(),
    closedOnCutiBersama: z.boolean(),
  })
  .refine((s) => minutesOfHhmm(s.open) < minutesOfHhmm(s.close), {
    message: 'close must be after open on the same day (no hours across midnight)',
    path: ['close'],
  });

const ScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  WorkingHoursSchema,
]);

/** One hotline as stored in `data/hotlines.json`. */
export const HotlineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'ids are kebab-case' }),
  name: localized(shownText(1, HOTLINE_NAME_MAX)),
  shortLabel: shownText(1, HOTLINE_SHORT_LABEL_MAX),
  number: z.string().regex(/^\d+(-\d+)*( ext \d+)?$/, {
    message: 'digits and dashes, as dialled: 0xx-xxxxxxx, 08xx-xxxx-xxxx or 112',
  }),
  free: z.boolean(),
  area: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { message: 'a kab/kota code like 35.10' })
    .nullable(),
  note: localized(shownText(1, HOTLINE_NOTE_MAX)),
  schedule: ScheduleSchema,
  roles: z
    .array(z.enum(HOTLINE_ROLES))
    .refine((roles) => new Set(roles).size === roles.length, { message: 'roles repeat' }),
  ...sourced,
});

/** The list in display order; ids and labels are unique so a caller can tell the lines apart. */
export const HotlinePackSchema = z
  .array(HotlineSchema)
  .min(1)
  .superRefine((hotlines, ctx) => {
    for (const field of ['id', 'shortLabel'] as const) {
      const values = hotlines.map((h) => h[field]);
      const repeated = values.filter((v, i) => values.indexOf(v) !== i);
      if (repeated.length > 0)
        ctx.addIssue({ code: 'custom', message: `${field} repeats: ${repeated.join(', ')}` });
    }
  });
