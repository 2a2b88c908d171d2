import { describe, expect, it } from 'vitest';
import {
  type FaqExamples,
  type FaqTopic,
  OPT_IN_ID,
  OPT_OUT_ID,
  OUT_OF_SCOPE_ID,
} from '../../shared/content/faq.js';
import { countExamples, createExampleRanker } from '../../shared/line/faq-examples.js';
import { countFaqExamples, createFaqSearch, type FaqMatch, faqTerms } from '../../shared/line/faq-search.js';
import { fixturePack } from '../support/packs.js';

/** The fixture pack's topics (symptoms, vaccine, masks), with questions people asked under some. */
const [symptoms, vaccine, masks] = fixturePack().faq;
if (!symptoms || !vaccine || !masks) throw new Error('the fixture pack has three topics');

/** A topic with the questions people asked of it (they live in `faq-examples.json`, by topic id). */
type Taught = FaqTopic & {
  readonly questions?: { readonly id: readonly string[]; readonly en: readonly string[] };
};

function taught(topic: FaqTopic, id: readonly string[], en: readonly string[] = []): Taught {
  return { ...topic, questions: { id, en } };
}

function questionsOf(topics: readonly Taught[]): FaqExamples {
  return Object.fromEntries(topics.flatMap((t) => (t.questions ? [[t.id, t.questions]] : [])));
}

/** The search over the topics, learning from their questions as the pack's counts would teach it. */
function searchOf(topics: readonly Taught[]) {
  return createFaqSearch(topics, { counts: countFaqExamples(topics, questionsOf(topics)) });
}

function rankerOf(topics: readonly Taught[]) {
  return createExampleRanker(topics, countExamples(questionsOf(topics), faqTerms), faqTerms);
}

const firstOffered = (match: FaqMatch) => (match.kind === 'suggest' ? match.topics[0]?.id : undefined);

describe('the example ranker', () => {
  it("names the topic whose examples share the question's words", () => {
    const ranker = rankerOf([
      taught(symptoms, ['badan pegal semua, tanda apa ya', 'lidah pahit terus, kena ga']),
      taught(vaccine, ['lengan pegal habis disuntik, wajar?', 'pegal habis booster normal?']),
      masks,
    ]);

    expect(ranker.likeliest(faqTerms('lengan pegal habis booster'))).toBe('vaccine');
    expect(ranker.likeliest(faqTerms('lidah pahit tanda apa'))).toBe('symptoms');
  });

  it('gives every topic its log-odds, the likeliest highest', () => {
    const ranker = rankerOf([
      taught(symptoms, ['lidah pahit terus']),
      taught(vaccine, ['lengan pegal habis booster']),
      masks,
    ]);

    const odds = ranker.logOdds(faqTerms('lengan pegal'));

    expect([...(odds?.keys() ?? [])].sort()).toEqual(['masks', 'symptoms', 'vaccine']);
    const highest = [...(odds ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(highest).toBe('vaccine');
    expect(ranker.logOdds(faqTerms('zzzz qqqq'))).toBe(undefined);
  });

  it('names nothing when no topic has examples, or no word of the question is in any', () => {
    expect(rankerOf([symptoms, vaccine, masks]).likeliest(faqTerms('vaksin'))).toBe(undefined);
    const ranker = rankerOf([taught(symptoms, ['badan pegal']), vaccine, masks]);
    expect(ranker.likeliest(faqTerms('zzzz qqqq'))).toBe(undefined);
  });
});

describe('FAQ search with examples', () => {
  // Only "tanda" (sign) is a keyword, of the symptoms topic. The examples say that a sore red arm
  // is asked of the vaccine topic.
  const question = 'lengan pegal ada tanda merah';
  const examples = [
    'lengan pegal habis booster',
    'lengan merah bengkak habis vaksin',
    'pegal di lengan wajar?',
  ];

  it('offers the topic the examples point to first when it is not sure', () => {
    const without = searchOf([symptoms, vaccine, masks]).search(question);
    expect(without.kind).toBe('suggest');
    expect(firstOffered(without)).not.toBe('vaccine');

    const match = searchOf([symptoms, taught(vaccine, examples), masks]).search(question);

    expect(match.kind).toBe('suggest');
    expect(firstOffered(match)).toBe('vaccine');
  });

  it("weighs the examples against the search: one example does not outrank the search's hit, several do", () => {
    // "tanda" is a symptoms keyword; "kuning" is in no keyword, only in the vaccine topic's examples.
    const once = searchOf([symptoms, taught(vaccine, ['tanda apa ya kalau kuning']), masks]);
    const often = searchOf([
      symptoms,
      taught(vaccine, ['tanda kuning pegal', 'kuning pegal wajar', 'pegal kuning']),
      masks,
    ]);

    expect(once.search('tanda kuning')).toMatchObject({
      kind: 'suggest',
      topics: [{ id: 'symptoms' }, { id: 'vaccine' }],
    });
    expect(firstOffered(often.search('tanda pegal kuning'))).toBe('vaccine');
  });

  it('leaves a sure answer as it is when the examples agree', () => {
    const search = searchOf([taught(symptoms, ['demam batuk pilek gejala apa']), vaccine, masks]);

    expect(search.search('gejala demam batuk pilek')).toMatchObject({
      kind: 'answer',
      topic: { id: 'symptoms' },
    });
  });

  it("offers both topics, the search's first, when the examples say a sure answer was meant for another", () => {
    // "masker" is a masks keyword; people asking the price of masks meant the vaccine topic here.
    const priceQuestion = 'harga masker medis berapa';
    expect(searchOf([symptoms, vaccine, masks]).search(priceQuestion)).toMatchObject({
      kind: 'answer',
    });
    const priced = ['harga masker medis', 'harga masker berapa sekarang', 'masker medis harganya berapa'];

    const match = searchOf([symptoms, taught(vaccine, priced), masks]).search(priceQuestion);

    expect(match.kind).toBe('suggest');
    expect(match.kind === 'suggest' && match.topics.map((t) => t.id)).toEqual(['masks', 'vaccine']);
  });

  it('offers first the topic the search and the examples favour together, though the search alone was sure', () => {
    // "masker kain" are masks keywords, "aman" (safe) a vaccine one; the examples ask about cloth masks at
    // the vaccination post.
    const question = 'masker kain aman';
    expect(searchOf([symptoms, vaccine, masks]).search(question)).toMatchObject({
      kind: 'answer',
      topic: { id: 'masks' },
    });
    const atThePost = [
      'masker kain boleh buat ke tempat vaksin',
      'masker kain di pos vaksin',
      'ke vaksin pakai masker kain',
      'masker kain antri vaksin',
    ];

    const match = searchOf([symptoms, taught(vaccine, atThePost), masks]).search(question);

    expect(match.kind === 'suggest' && match.topics.map((t) => t.id)).toEqual(['vaccine', 'masks']);
  });

  it("keeps a named audience's topic first, whatever the examples say", () => {
    const children: FaqTopic = {
      ...masks,
      id: 'children',
      title: { id: 'Anak', en: 'Children' },
      replyWord: { id: 'ANAK', en: 'CHILDREN' },
      keywords: { id: ['anak', 'bayi', 'balita'], en: ['child', 'children', 'toddler'] },
      audience: { id: ['balita'], en: ['toddler'] },
    };
    const boosted = ['balita boleh booster', 'booster buat balita aman', 'dosis booster balita'];
    const search = searchOf([symptoms, taught(vaccine, boosted), masks, children]);

    expect(search.search('balita perlu booster vaksin?')).toMatchObject({ topic: { id: 'children' } });
  });

  it('learns the same from the questions as from their counts', () => {
    const topics = [symptoms, taught(vaccine, examples), masks];
    const fromQuestions = createFaqSearch(topics, { questions: questionsOf(topics) });

    expect(fromQuestions.search(question)).toEqual(searchOf(topics).search(question));
    expect(firstOffered(fromQuestions.search(question))).toBe('vaccine');
  });

  it('offers a choice, never an answer, when the words are more like messages the line does not answer', () => {
    // "masker kain" are masks keywords; cloth masks for sale are not what the masks topic answers.
    const advert = 'jual masker kain';
    const topics = [symptoms, taught(vaccine, examples), taught(masks, ['masker kain boleh dipakai?'])];
    expect(searchOf(topics).search(advert)).toMatchObject({ kind: 'answer', topic: { id: 'masks' } });
    const outside = {
      id: ['jual kain batik murah', 'jual pulsa murah', 'jual sepeda bekas'],
      en: [],
    };

    const search = createFaqSearch(topics, {
      counts: countFaqExamples(topics, { ...questionsOf(topics), [OUT_OF_SCOPE_ID]: outside }),
    });

    expect(search.search(advert)).toMatchObject({ kind: 'suggest', topics: [{ id: 'masks' }] });
    expect(search.search('masker kain boleh dipakai?')).toMatchObject({ kind: 'answer' });
  });

  it('does not turn a question it cannot place into a suggestion', () => {
    const search = searchOf([symptoms, taught(vaccine, examples), masks]);

    expect(search.search('harga cabai rawit').kind).toBe('none');
  });
});

describe('reading a message as asking to stop, from the examples', () => {
  const topics = [
    taught(symptoms, ['demam batuk pilek, kena covid?', 'hidung mampet sama demam, gejala apa?']),
    taught(vaccine, ['vaksin booster dimana?', 'habis vaksin demam wajar?']),
    taught(masks, ['masker kain boleh?', 'maskernya ganti berapa jam sekali']),
  ];
  const stops = {
    id: [
      'jangan kirim sms lagi ke nomor saya',
      'tolong hentikan sms ini',
      'nomor saya hapus dari daftar sms',
      'sms terus, bikin ganggu, stop kirim',
      'ojo kirim sms maneh',
      'berhenti kirim sms ke hp saya',
    ],
    en: ['stop texting me', 'remove my number from your sms list'],
  };
  const starts = {
    id: ['kirim sms lagi dong, mau terima info', 'daftarkan nomor saya untuk sms info'],
    en: [],
  };
  const outside = {
    id: ['jual pulsa murah', 'mas, motor sudah diservis?', 'nanti sore hujan ga ya', 'harga cabai naik lagi'],
    en: ['wrong number sorry', 'see you at the market'],
  };
  const searchWith = (lists: Record<string, { id: readonly string[]; en: readonly string[] }>) =>
    createFaqSearch(topics, {
      counts: countFaqExamples(topics, { ...questionsOf(topics), [OUT_OF_SCOPE_ID]: outside, ...lists }),
    });

  it('reads a wording no rule lists as asking to stop, when it is far more like the messages asking so', () => {
    const search = searchWith({ [OPT_OUT_ID]: stops, [OPT_IN_ID]: starts });

    expect(search.readsAsOptOut('sms ganggu terus, hapus nomor sy')).toBe(true);
  });

  it('does not read a question, or a request to start, as asking to stop', () => {
    const search = searchWith({ [OPT_OUT_ID]: stops, [OPT_IN_ID]: starts });

    expect(search.readsAsOptOut('demam batuk, covid bukan?')).toBe(false);
    expect(search.readsAsOptOut('daftarkan nomor saya, mau terima info')).toBe(false);
  });

  it('reads nothing as asking to stop without such messages', () => {
    expect(searchWith({}).readsAsOptOut('sms ganggu terus, hapus nomor sy')).toBe(false);
  });
});

describe('knowing a word as the line’s own, from the topics and the examples', () => {
  const topics = [
    taught(symptoms, ['demam batuk pilek, kena covid?']),
    taught(masks, ['masker kain boleh?']),
  ];
  const outside = { id: ['motor sudah diservis di bengkel sebelah?'], en: ['see you at the market'] };
  const search = createFaqSearch(topics, {
    counts: countFaqExamples(topics, { ...questionsOf(topics), [OUT_OF_SCOPE_ID]: outside }),
  });

  it('knows words the topics or the examples use, and numbers', () => {
    expect(search.knowsWords('masker demam')).toBe(true);
    expect(search.knowsWords('bengkel sebelah')).toBe(true);
    expect(search.knowsWords('market 24')).toBe(true);
  });

  it('does not know a word none of them uses, such as a place’s name', () => {
    expect(search.knowsWords('bengkel Jakarta')).toBe(false);
    expect(search.knowsWords('kalibaru')).toBe(false);
  });
});
