import { describe, expect, it } from 'vitest';
import {
  FAQ_ANSWER_MAX,
  FAQ_ANSWER_MIN,
  FAQ_TITLE_MAX,
  FAQ_TOPIC_IDS,
  FaqPackSchema,
  type FaqTopic,
  isFaqTopicId,
  loadFaq,
  parseFaq,
} from '../../shared/content/faq.js';
import { LANGS } from '../../shared/lang.js';
import { isGsm7Basic, nonGsmCharacters, smsSegments, toGsm7, wrapToPages } from '../../shared/text.js';

const faq = loadFaq();
const byLang = faq.flatMap((topic) => LANGS.map((lang) => [topic.id, lang, topic] as const));

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
    expect(FAQ_TOPIC_IDS).toHaveLength(15);
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
    expect(topic.keywords[lang].length).toBeGreaterThanOrEqual(10);
    expect(topic.keywords[lang].length).toBeLessThanOrEqual(25);
    expect(new Set(topic.keywords[lang]).size).toBe(topic.keywords[lang].length);
    expect(topic.sources.length).toBeGreaterThan(0);
  });

  it('gives every topic its own menu label in each language', () => {
    for (const lang of LANGS) expect(new Set(faq.map((t) => t.title[lang])).size).toBe(faq.length);
  });

  it('points to emergency numbers where a caller may be in danger', () => {
    const danger = faq.find((t) => t.id === 'danger-signs');
    for (const lang of LANGS) {
      expect(danger?.answer[lang]).toMatch(/119/);
      expect(danger?.answer[lang]).toMatch(/112/);
      expect(danger?.answer[lang]).toMatch(/118/);
      expect(danger?.sms[lang]).toMatch(/119/);
    }
  });

  it('is loaded once and cannot be changed by a caller', () => {
    expect(loadFaq()).toBe(faq);
    expect(Object.isFrozen(faq[0]?.title)).toBe(true);
  });

  it('knows its ids', () => {
    expect(isFaqTopicId('symptoms')).toBe(true);
    expect(isFaqTopicId('gejala')).toBe(false);
  });
});

describe('the FAQ schema', () => {
  it('accepts the shipped pack', () => {
    expect(FaqPackSchema.safeParse(copyOfPack()).success).toBe(true);
  });

  it('rejects a pack missing a topic, naming it', () => {
    const pack = copyOfPack().filter((t) => t.id !== 'hoax');
    expect(() => parseFaq(pack)).toThrow(/missing hoax/);
  });

  it('rejects a pack with topics out of order or repeated', () => {
    const pack = copyOfPack();
    const [first, second, ...rest] = pack;
    expect(() => parseFaq([second, first, ...rest])).toThrow(/out of order/);
    expect(() => parseFaq([...pack, first])).toThrow(/repeated about-covid/);
  });

  it('rejects an unknown topic id', () => {
    const pack = copyOfPack().map((t) => (t.id === 'cost' ? { ...t, id: 'price' } : t));
    expect(FaqPackSchema.safeParse(pack).success).toBe(false);
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
    expect(() => parseFaq(pack)).toThrow(reason);
    expect(() => parseFaq(pack)).toThrow(/faq\.json/);
  });

  it('rejects a topic without keywords or sources', () => {
    const pack = copyOfPack();
    const topic = pack[2] as FaqTopic;
    expect(() => parseFaq(pack.with(2, { ...topic, keywords: { ...topic.keywords, en: [] } }))).toThrow(
      /keywords\.en/,
    );
    expect(() => parseFaq(pack.with(2, { ...topic, sources: [] }))).toThrow(/sources/);
  });
});
