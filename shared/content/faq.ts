import { z } from 'zod';
import type { Lang, Localized } from '../lang.js';
import { nonGsmCharacters, smsSegments, toGsm7 } from '../text.js';
import faqData from './data/faq.json' with { type: 'json' };

/**
 * The FAQ topics, in menu order. The ids are stable: USSD paths, SMS commands and logged reports refer
 * to them, so a topic is reworded in place, never renamed or reordered without moving its callers.
 */
export const FAQ_TOPIC_IDS = [
  'about-covid',
  'symptoms',
  'transmission',
  'prevention',
  'masks',
  'isolation',
  'testing',
  'danger-signs',
  'status-terms',
  'hoax',
  'vaccine',
  'pregnancy-children',
  'elderly-comorbid',
  'treatment',
  'cost',
] as const;

export type FaqTopicId = (typeof FAQ_TOPIC_IDS)[number];

/** A menu label: `15 ` plus this must leave room on the screen, and the header adds ` (2/4)`. */
export const FAQ_TITLE_MAX = 18;
/**
 * An answer is read on USSD pages of about 100-120 characters: under the minimum it says too little to
 * be worth a menu entry, over the maximum callers give up paging (or the session times out).
 */
export const FAQ_ANSWER_MIN = 150;
export const FAQ_ANSWER_MAX = 420;
export const FAQ_KEYWORDS_MIN = 10;
export const FAQ_KEYWORDS_MAX = 25;

/** One FAQ topic: what the USSD menu shows, the one-segment SMS it texts, and what people ask with. */
export interface FaqTopic {
  readonly id: FaqTopicId;
  /** Menu label, at most {@link FAQ_TITLE_MAX} characters. */
  readonly title: Localized;
  /** The answer read on USSD screens, paged. */
  readonly answer: Localized;
  /** A condensed answer that fits one GSM-7 SMS segment. */
  readonly sms: Localized;
  /** Words and phrases people use when asking (lowercase), for FAQ search. */
  readonly keywords: Readonly<Record<Lang, readonly string[]>>;
  /** Where the facts come from, for reviewers. */
  readonly sources: readonly string[];
}

function codePoints(chars: readonly string[]): string {
  return chars
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}

/**
 * Text the line shows as it is: GSM-7 basic set only (one curly quote would halve a USSD screen) and
 * already in the form `toGsm7` gives, so what reviewers read is what phones show.
 */
function lineText(min: number, max: number) {
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

function localized<T extends z.ZodType<string>>(text: T) {
  return z.strictObject({ id: text, en: text });
}

const smsText = lineText(1, Number.MAX_SAFE_INTEGER).superRefine((text, ctx) => {
  const { encoding, segments, characters } = smsSegments(text);
  if (encoding !== 'GSM-7' || segments !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: `must fit one GSM-7 SMS segment, is ${segments} ${encoding} segments (${characters} characters)`,
    });
  }
});

const keywordList = z
  .array(
    z
      .string()
      .min(1)
      .refine((k) => k === k.trim().toLowerCase() && nonGsmCharacters(k).length === 0, {
        message: 'keywords are trimmed lowercase GSM-7',
      }),
  )
  .min(FAQ_KEYWORDS_MIN)
  .max(FAQ_KEYWORDS_MAX)
  .refine((list) => new Set(list).size === list.length, { message: 'keywords repeat' });

/** One topic as stored in `data/faq.json`. */
export const FaqTopicSchema = z.strictObject({
  id: z.enum(FAQ_TOPIC_IDS),
  title: localized(lineText(1, FAQ_TITLE_MAX)),
  answer: localized(lineText(FAQ_ANSWER_MIN, FAQ_ANSWER_MAX)),
  sms: localized(smsText),
  keywords: z.strictObject({ id: keywordList, en: keywordList }),
  sources: z.array(z.string().min(1)).min(1),
});

/** The whole pack: exactly the topics of {@link FAQ_TOPIC_IDS}, each once, in that order. */
export const FaqPackSchema = z.array(FaqTopicSchema).superRefine((topics, ctx) => {
  const ids = topics.map((t) => t.id);
  if (ids.length === FAQ_TOPIC_IDS.length && ids.every((id, i) => id === FAQ_TOPIC_IDS[i])) return;
  const missing = FAQ_TOPIC_IDS.filter((id) => !ids.includes(id));
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const problems = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    repeated.length > 0 ? `repeated ${repeated.join(', ')}` : '',
    missing.length === 0 && repeated.length === 0 ? 'out of order' : '',
  ].filter((p) => p !== '');
  ctx.addIssue({
    code: 'custom',
    message: `topics must be ${FAQ_TOPIC_IDS.join(', ')} in this order: ${problems.join('; ')}`,
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a FAQ pack (the parsed contents of `faq.json`, or a test's modified copy).
 *
 * @throws Error naming the file, the path of each wrong field, and why.
 */
export function parseFaq(data: unknown): FaqTopic[] {
  const result = FaqPackSchema.safeParse(data);
  if (!result.success) throw new Error(`shared/content/data/faq.json: ${z.prettifyError(result.error)}`);
  return result.data;
}

let cached: FaqTopic[] | undefined;

/**
 * The FAQ topics in menu order, validated on first use and cached for the life of the process (a warm
 * Lambda reuses them). The result is frozen: it is shared by every request.
 */
export function loadFaq(): FaqTopic[] {
  cached ??= deepFreeze(parseFaq(faqData));
  return cached;
}

/** True when `value` is one of the stable topic ids (a USSD parameter, an SMS keyword). */
export function isFaqTopicId(value: string): value is FaqTopicId {
  return (FAQ_TOPIC_IDS as readonly string[]).includes(value);
}
