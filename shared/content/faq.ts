import * as z from 'zod';
import type { Lang, Localized } from '../lang.js';
import { smsSegments } from '../text.js';
import { localized, type Source, shownText, sourced } from './load.js';

/**
 * The FAQ topics, in menu order. A topic's id is stable once live: USSD paths, suggestions and logged
 * searches refer to it, so a topic is reworded in place, never renamed.
 */
export type FaqTopicId = string;

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
/** The word a topic is suggested by: one word, capitals, short enough to type back. */
export const FAQ_REPLY_WORD_MAX = 12;

/** Who a topic is about: the words that name them, and the ages they are, if an age says it. */
export interface FaqAudience {
  readonly id: readonly string[];
  readonly en: readonly string[];
  /**
   * The ages in whole years, first and last, that belong to this audience: "my 6 year old", "ibu
   * umur 70" name it as surely as "balita" or "lansia". A baby's age in months counts as 0.
   */
  readonly ages?: readonly [number, number];
}

/** One FAQ topic: what the USSD menu shows, the one-segment SMS it texts, and what people ask with. */
export interface FaqTopic {
  readonly id: FaqTopicId;
  /** Menu label, at most {@link FAQ_TITLE_MAX} characters. */
  readonly title: Localized;
  /** The answer read on USSD screens, paged. */
  readonly answer: Localized;
  /** A condensed answer that fits one GSM-7 SMS segment. */
  readonly sms: Localized;
  /** The one word a suggestion offers for this topic; sent back alone, it finds the topic. */
  readonly replyWord: Localized;
  /** Words and phrases people use when asking (lowercase), for FAQ search. */
  readonly keywords: Readonly<Record<Lang, readonly string[]>>;
  /**
   * Who the topic is about, if it is about a group of people (lowercase words: "hamil", "lansia").
   * A question naming one of them is about them: "hamil, boleh vaksin?" is answered by this topic,
   * which says what vaccines, masks or isolation mean for them, rather than by the vaccine topic.
   */
  readonly audience?: FaqAudience;
  /** Where each statement comes from. */
  readonly sources: readonly Source[];
  /** The day the answer was last checked against its sources, `YYYY-MM-DD`. */
  readonly checked: string;
}

const smsText = shownText().superRefine((text, ctx) => {
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
      .refine((k) => k === k.trim().toLowerCase(), { message: 'keywords are trimmed lowercase' })
      .pipe(shownText()),
  )
  .min(FAQ_KEYWORDS_MIN)
  .max(FAQ_KEYWORDS_MAX)
  .refine((list) => new Set(list).size === list.length, { message: 'keywords repeat' });

/** An example is a question as texted: at most this long (the search reads no more of a question). */
export const FAQ_EXAMPLE_MAX = 300;

const exampleList = z
  .array(
    z
      .string()
      .min(1)
      .max(FAQ_EXAMPLE_MAX)
      .refine((text) => text === text.trim(), { message: 'examples are trimmed' }),
  )
  .refine((list) => new Set(list).size === list.length, { message: 'examples repeat' });

/** The oldest age an audience may name, in years. */
export const FAQ_AGE_MAX = 120;

/** At most this many audience words per language: the few words that name the group itself. */
export const FAQ_AUDIENCE_MAX = 12;

const audienceList = z
  .array(z.string().regex(/^[a-z]+$/, { message: 'audience words are single lowercase words' }))
  .min(1)
  .max(FAQ_AUDIENCE_MAX)
  .refine((list) => new Set(list).size === list.length, { message: 'audience words repeat' });

const replyWord = z.string().regex(new RegExp(`^[A-Z0-9-]{2,${FAQ_REPLY_WORD_MAX}}$`), {
  message: 'one word in capitals, e.g. GEJALA',
});

/** One topic as stored in `faq.json`. */
export const FaqTopicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'ids are kebab-case' }),
  title: localized(shownText(1, FAQ_TITLE_MAX)),
  answer: localized(shownText(FAQ_ANSWER_MIN, FAQ_ANSWER_MAX)),
  sms: localized(smsText),
  replyWord: localized(replyWord),
  keywords: z.strictObject({ id: keywordList, en: keywordList }),
  audience: z
    .strictObject({
      id: audienceList,
      en: audienceList,
      ages: z
        .tuple([z.int().min(0).max(FAQ_AGE_MAX), z.int().min(0).max(FAQ_AGE_MAX)])
        .refine(([first, last]) => first <= last, { message: 'ages run from the first to the last' })
        .optional(),
    })
    .optional(),
  ...sourced,
});

/** The topics in menu order: ids and reply words each once, so every menu path and reply finds one topic. */
export const FaqPackSchema = z
  .array(FaqTopicSchema)
  .min(1)
  .superRefine((topics, ctx) => {
    const repeats = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    const ids = repeats(topics.map((t) => t.id));
    if (ids.length > 0) ctx.addIssue({ code: 'custom', message: `ids repeat: ${ids.join(', ')}` });
    const words = repeats(
      topics.flatMap((t) => [t.replyWord.id, t.replyWord.en].filter((w, i, a) => a.indexOf(w) === i)),
    );
    if (words.length > 0)
      ctx.addIssue({ code: 'custom', message: `reply words repeat: ${words.join(', ')}` });
  });

/**
 * Questions people asked, as they wrote them (typos, Javanese, English), under the topic that answers
 * each (`faq-examples.json`). They teach the search which topic to offer first when it is not sure,
 * and when to ask rather than answer; a text is under one topic. Beside the topics, under
 * {@link OUT_OF_SCOPE_ID}, are messages the line does not answer (a wrong number, a bank, another
 * illness): a question more like them than like the topics' questions is offered a choice, never
 * answered outright. Under {@link OPT_OUT_ID} and {@link OPT_IN_ID} are messages asking the line to
 * stop sending, and to send again: a message the SMS commands read as a question, far more like the
 * first than like any other, is taken as asking to stop.
 */
export type FaqExamples = Readonly<Record<FaqTopicId, Readonly<Record<Lang, readonly string[]>>>>;

/** Where `faq-examples.json` keeps the messages the line does not answer, beside the topics' questions. */
export const OUT_OF_SCOPE_ID = 'out-of-scope';

/** Where `faq-examples.json` keeps messages asking the line to stop sending. */
export const OPT_OUT_ID = 'opt-out';

/** Where `faq-examples.json` keeps messages asking the line to send again. */
export const OPT_IN_ID = 'opt-in';

/** The example lists of `faq-examples.json` that are not topics, in the order the file keeps them. */
export const NOT_TOPIC_IDS: readonly string[] = [OUT_OF_SCOPE_ID, OPT_OUT_ID, OPT_IN_ID];

/** The questions, by topic id; no question under two topics. */
export const FaqExamplesSchema = z
  .record(z.string(), z.strictObject({ id: exampleList, en: exampleList }))
  .superRefine((byTopic, ctx) => {
    // One question cannot teach two topics: the same text under two is a labelling mistake.
    const texts = Object.values(byTopic).flatMap((lists) => [
      ...new Set([...lists.id, ...lists.en].map((e) => e.toLowerCase())),
    ]);
    const twice = texts.filter((t, i) => texts.indexOf(t) !== i);
    if (twice.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `examples under two topics: ${twice.slice(0, 5).join(' | ')}`,
      });
  });

/**
 * What the search learns from the questions, computed from `faq-examples.json` by `npm run
 * content:examples` (`faq-example-counts.json`): for each topic, how many questions it holds and in
 * how many of them each search term occurs. The functions carry these counts, not the questions:
 * a fifth of the size, and nothing to read into terms at a cold start.
 */
export type FaqExampleCounts = Readonly<
  Record<FaqTopicId, { readonly examples: number; readonly terms: Readonly<Record<string, number>> }>
>;

export const FaqExampleCountsSchema = z.record(
  z.string(),
  z.strictObject({
    examples: z.int().min(0),
    terms: z.record(z.string().regex(/^[a-z0-9]+$/), z.int().min(1)),
  }),
);
