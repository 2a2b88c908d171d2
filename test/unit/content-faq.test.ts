import { describe, expect, it } from 'vitest';
import {
  FAQ_AGE_MAX,
  FAQ_ANSWER_MAX,
  FAQ_ANSWER_MIN,
  FAQ_AUDIENCE_MAX,
  FAQ_EXAMPLE_MAX,
  FAQ_KEYWORDS_MAX,
  FAQ_KEYWORDS_MIN,
  FAQ_REPLY_WORD_MAX,
  FAQ_TITLE_MAX,
  FaqExamplesSchema,
  FaqPackSchema,
  type FaqTopic,
} from '../../shared/content/faq.js';
import { EAST_JAVA_PACK_DIR } from '../../shared/content/index.js';
import { ContentError, parseContentFile } from '../../shared/content/load.js';
import { loadContentPackFromDir, PACK_FILES } from '../../shared/content/pack.js';
import { LANGS } from '../../shared/lang.js';
import { countFaqExamples, faqTerms } from '../../shared/line/faq-search.js';
import { isGsm7Basic, nonGsmCharacters, smsSegments, toGsm7, wrapToPages } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

const faq = eastJavaPack().faq;
/** The questions themselves: the bundled pack carries only their counts. */
const questions = loadContentPackFromDir(EAST_JAVA_PACK_DIR).faqExamples;
const byLang = faq.flatMap((topic) => LANGS.map((lang) => [topic.id, lang, topic] as const));

/** Where an editor finds the topics: every message about a wrong field starts with it. */
const FAQ_FILE = `${EAST_JAVA_PACK_DIR}/${PACK_FILES.faq}`;
const parseFaq = (data: unknown): FaqTopic[] => parseContentFile(FAQ_FILE, FaqPackSchema, data);

/** A deep, mutable copy of the shipped pack for the schema to reject. */
function copyOfPack(): FaqTopic[] {
  return structuredClone(faq) as FaqTopic[];
}

describe('the FAQ pack', () => {
  it('has the 15 stable topic ids, in menu order', () => {
    expect(faq.map((t) => t.id)).toEqual([
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
    ]);
  });

  it.each(byLang)('%s (%s): every text is plain GSM-7 a phone shows as written', (_id, lang, topic) => {
    for (const text of [topic.title[lang], topic.answer[lang], topic.sms[lang]]) {
      expect(nonGsmCharacters(text, { basicOnly: true }), text).toEqual([]);
      expect(isGsm7Basic(text)).toBe(true);
      expect(toGsm7(text, { basicOnly: true })).toBe(text);
    }
  });

  it.each(byLang)('%s (%s): fits the menu, a few USSD pages and one SMS', (_id, lang, topic) => {
    expect(topic.title[lang].length).toBeLessThanOrEqual(FAQ_TITLE_MAX);
    expect(topic.answer[lang].length).toBeGreaterThanOrEqual(FAQ_ANSWER_MIN);
    expect(topic.answer[lang].length).toBeLessThanOrEqual(FAQ_ANSWER_MAX);
    expect(wrapToPages(topic.answer[lang], 120).length).toBeLessThanOrEqual(4);
    expect(smsSegments(topic.sms[lang])).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(topic.sms[lang]).toMatch(/[.!?0-9]$/);
  });

  it.each(byLang)('%s (%s): has keywords people ask with and names its sources', (_id, lang, topic) => {
    expect(topic.keywords[lang].length).toBeGreaterThanOrEqual(FAQ_KEYWORDS_MIN);
    expect(topic.keywords[lang].length).toBeLessThanOrEqual(FAQ_KEYWORDS_MAX);
    expect(new Set(topic.keywords[lang]).size).toBe(topic.keywords[lang].length);
    expect(topic.sources.length).toBeGreaterThan(0);
    for (const source of topic.sources) {
      expect(source.title.length).toBeGreaterThanOrEqual(3);
      if (source.url !== undefined) expect(source.url).toMatch(/^https?:\/\//);
    }
    expect(topic.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(byLang)(
    '%s (%s): is suggested by one word in capitals, short enough to type back',
    (_id, lang, topic) => {
      expect(topic.replyWord[lang]).toMatch(/^[A-Z0-9-]+$/);
      expect(topic.replyWord[lang].length).toBeGreaterThanOrEqual(2);
      expect(topic.replyWord[lang].length).toBeLessThanOrEqual(FAQ_REPLY_WORD_MAX);
    },
  );

  it('names each audience in single words the search reads as one word, in both languages', () => {
    const withAudience = faq.filter((t) => t.audience !== undefined);
    expect(withAudience.map((t) => t.id)).toEqual(['pregnancy-children', 'elderly-comorbid']);
    for (const topic of withAudience) {
      for (const lang of LANGS) {
        const words = topic.audience?.[lang] ?? [];
        expect(words.length, `${topic.id} ${lang}`).toBeGreaterThan(0);
        expect(words.length).toBeLessThanOrEqual(FAQ_AUDIENCE_MAX);
        expect(words.filter((w) => faqTerms(w).length !== 1)).toEqual([]);
      }
    }
    // Children are 17 and under; older people, in the elderly topic's answer, 60 and over.
    expect(withAudience.map((t) => t.audience?.ages)).toEqual([
      [0, 17],
      [60, FAQ_AGE_MAX],
    ]);
  });

  it.each(byLang)('%s (%s): has questions people asked as examples', (id, lang) => {
    const examples = questions[id]?.[lang] ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.filter((e) => e.length > FAQ_EXAMPLE_MAX || e !== e.trim())).toEqual([]);
  });

  it('carries the counts of its questions as the search reads them now (else: npm run content:examples)', () => {
    expect(eastJavaPack().faqExampleCounts).toEqual(countFaqExamples(faq, questions));
  });

  it('gives every topic its own menu label in each language', () => {
    for (const lang of LANGS) expect(new Set(faq.map((t) => t.title[lang])).size).toBe(faq.length);
  });

  it('gives every topic its own reply word, so a word sent back finds one topic whatever the language', () => {
    const owners = new Map<string, Set<string>>();
    for (const topic of faq) {
      for (const lang of LANGS)
        owners.set(topic.replyWord[lang], (owners.get(topic.replyWord[lang]) ?? new Set()).add(topic.id));
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([word]) => word);
    expect(shared).toEqual([]);
  });

  it('points to emergency numbers where a caller may be in danger', () => {
    const danger = faq.find((t) => t.id === 'danger-signs');
    for (const lang of LANGS) {
      expect(danger?.answer[lang]).toMatch(/119/);
      expect(danger?.answer[lang]).toMatch(/112/);
      expect(danger?.sms[lang]).toMatch(/119/);
      expect(danger?.sms[lang]).toMatch(/112/);
    }
  });

  it('is loaded once and cannot be changed by a caller', () => {
    expect(eastJavaPack().faq).toBe(faq);
    expect(Object.isFrozen(faq[0]?.title)).toBe(true);
  });
});

describe('the FAQ schema', () => {
  it('accepts the shipped pack', () => {
    expect(FaqPackSchema.safeParse(copyOfPack()).success).toBe(true);
  });

  it('rejects a topic id given twice, naming it', () => {
    const pack = copyOfPack();
    const first = pack[0] as FaqTopic;
    expect(() => parseFaq([...pack, { ...first, replyWord: { id: 'LAGI', en: 'AGAIN' } }])).toThrow(
      /ids repeat: about-covid/,
    );
  });

  it('rejects a topic id a USSD path or log could not carry', () => {
    const pack = copyOfPack();
    const topic = pack[1] as FaqTopic;
    expect(() => parseFaq(pack.with(1, { ...topic, id: 'Gejala Covid' }))).toThrow(/kebab-case/);
  });

  it('rejects a reply word two topics share, naming it', () => {
    const pack = copyOfPack();
    const [first, second] = pack as [FaqTopic, FaqTopic];
    expect(() =>
      parseFaq(pack.with(1, { ...second, replyWord: { ...second.replyWord, en: first.replyWord.en } })),
    ).toThrow(new RegExp(`reply words repeat: ${first.replyWord.en}`));
  });

  it.each([
    ['two words', 'KENA COVID'],
    ['lower case', 'gejala'],
    ['one letter', 'G'],
    ['too long to type back', 'PENCEGAHANCOVID'],
  ])('rejects a reply word in %s, naming the field', (_case, word) => {
    const pack = copyOfPack();
    const topic = pack[1] as FaqTopic;
    expect(() => parseFaq(pack.with(1, { ...topic, replyWord: { ...topic.replyWord, id: word } }))).toThrow(
      /replyWord\.id/,
    );
  });

  it.each([
    ['a curly quote in an answer', 'answer', 'Jangan \u201cpanik\u201d. '.repeat(10), /U\+201C U\+201D/],
    ['an em dash in a title', 'title', 'Gejala \u2014 ciri', /U\+2014/],
    ['an extension character in an SMS', 'sms', 'Info [resmi]: 119.', /U\+005B U\+005D/],
    ['an emoji in an SMS', 'sms', 'Pakai masker \ud83d\ude37.', /U\+1F637/],
    ['a title too long for the menu', 'title', 'Apa itu virus corona baru', /at \[1\]\.title\.id/],
    ['an answer too short to help', 'answer', 'Demam dan batuk.', /at \[1\]\.answer\.id/],
    ['an SMS of two segments', 'sms', 'Demam dan batuk. '.repeat(10), /one GSM-7 SMS segment/],
    ['double spaces', 'sms', 'Demam  dan batuk.', /repeated spaces/],
  ] as const)('rejects %s, naming the field', (_case, field, text, reason) => {
    const pack = copyOfPack();
    const topic = pack[1] as FaqTopic;
    pack[1] = { ...topic, [field]: { ...topic[field], id: text } };
    expect(() => parseFaq(pack)).toThrow(ContentError);
    expect(() => parseFaq(pack)).toThrow(reason);
    expect(() => parseFaq(pack)).toThrow(/^shared\/content\/data\/faq\.json: /);
  });

  it('rejects a topic without keywords or sources', () => {
    const pack = copyOfPack();
    const topic = pack[2] as FaqTopic;
    expect(() => parseFaq(pack.with(2, { ...topic, keywords: { ...topic.keywords, en: [] } }))).toThrow(
      /keywords\.en/,
    );
    expect(() => parseFaq(pack.with(2, { ...topic, sources: [] }))).toThrow(/sources/);
  });

  it('rejects a question given as an example of two topics, naming it', () => {
    const twice = {
      'about-covid': { id: ['covid itu apa'], en: [] },
      symptoms: { id: [], en: ['COVID itu apa'] },
    };
    const file = `${EAST_JAVA_PACK_DIR}/${PACK_FILES.faqExamples}`;

    expect(() => parseContentFile(file, FaqExamplesSchema, twice)).toThrow(
      /faq-examples\.json.*examples under two topics: covid itu apa/s,
    );
  });

  it('rejects an audience whose ages run backwards, naming the field', () => {
    const pack = copyOfPack();
    const topic = pack[2] as FaqTopic;
    const backwards = { id: ['lansia'], en: ['elderly'], ages: [80, 60] as const };
    expect(() => parseFaq(pack.with(2, { ...topic, audience: backwards }))).toThrow(/audience\.ages/);
  });

  it('rejects an audience of phrases or with no words, naming the field', () => {
    const pack = copyOfPack();
    const topic = pack[2] as FaqTopic;
    const phrase = { id: ['ibu hamil'], en: ['pregnant'] };
    expect(() => parseFaq(pack.with(2, { ...topic, audience: phrase }))).toThrow(/audience\.id\[0\]/);
    expect(() => parseFaq(pack.with(2, { ...topic, audience: { id: [], en: ['baby'] } }))).toThrow(
      /audience\.id/,
    );
  });

  it.each<[string, (topic: Record<string, unknown>) => void, RegExp]>([
    ['a source as bare text', (t) => Object.assign(t, { sources: ['WHO Q&A'] }), /sources\[0\]/],
    [
      'a source without a title',
      (t) => Object.assign(t, { sources: [{ url: 'https://www.who.int/' }] }),
      /title/,
    ],
    [
      'a source link that is not a web address',
      (t) => Object.assign(t, { sources: [{ title: 'WHO Q&A', url: 'www.who.int' }] }),
      /url/,
    ],
    ['no day checked', (t) => Object.assign(t, { checked: undefined }), /checked/],
    [
      'a checked day written the other way round',
      (t) => Object.assign(t, { checked: '27-11-2026' }),
      /YYYY-MM-DD/,
    ],
    ['a checked day that does not exist', (t) => Object.assign(t, { checked: '2026-02-30' }), /calendar day/],
  ])('rejects %s, naming the file', (_case, spoil, reason) => {
    const pack = copyOfPack() as unknown as Record<string, unknown>[];
    spoil(pack[2] as Record<string, unknown>);
    expect(() => parseFaq(pack)).toThrow(ContentError);
    expect(() => parseFaq(pack)).toThrow(reason);
    expect(() => parseFaq(pack)).toThrow(/^shared\/content\/data\/faq\.json: /);
  });
});
