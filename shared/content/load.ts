import * as z from 'zod';
import { nonGsmCharacters, toGsm7 } from '../text.js';

/**
 * The one way content is read: validate a file's parsed JSON against its schema, name the file and
 * field when it is wrong, and freeze what every request then shares.
 */

/** A content file that does not validate: the message names the file, each wrong field, and why. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}

/**
 * Validates one content file.
 *
 * @param file where the data came from, as an editor would find it (`shared/content/data/faq.json`).
 * @throws ContentError naming the file, the path of each wrong field, and why.
 */
export function parseContentFile<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Freezes a value and everything it holds: content is shared by every request of a warm function. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function codePoints(chars: readonly string[]): string {
  return chars
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}

/**
 * Text the line shows as it is: GSM-7 basic set only (one curly quote would halve a USSD screen) and
 * already in the form `toGsm7` gives, so what editors read is what phones show.
 */
export function shownText(min = 1, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const bad = nonGsmCharacters(text, { basicOnly: true });
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: `not in the GSM-7 basic set: ${codePoints(bad)}` });
      } else if (toGsm7(text, { basicOnly: true }) !== text) {
        ctx.addIssue({ code: 'custom', message: 'has repeated spaces or spaces at an end' });
      }
    });
}

/** The same text in both languages. */
export function localized<T extends z.ZodType<string>>(text: T) {
  return z.strictObject({ id: text, en: text });
}

/** A calendar day `YYYY-MM-DD` that exists. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day is YYYY-MM-DD', abort: true })
  .refine((ymd) => new Date(`${ymd}T00:00:00Z`).toISOString().startsWith(ymd), {
    message: 'no such calendar day',
  });

/** Where a statement comes from: a document by its title, with its address when it has one. */
export const SourceSchema = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export type Source = z.infer<typeof SourceSchema>;

/** What every entry that states a fact carries: its sources and the day they were last checked. */
export const sourced = {
  sources: z.array(SourceSchema).min(1),
  checked: calendarDay,
};
