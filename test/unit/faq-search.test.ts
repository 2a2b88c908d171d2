import { describe, expect, it } from 'vitest';
import type { FaqTopic } from '../../shared/content/faq.js';
import {
  ageOf,
  confidenceOf,
  createFaqSearch,
  type FaqMatch,
  faqTerms,
  repairTerms,
  simplifyText,
  stem,
} from '../../shared/line/faq-search.js';
import { FAQ_QUESTIONS } from '../fixtures/faq-questions.js';
import { eastJavaPack, fixturePack } from '../support/packs.js';

const faq = eastJavaPack().faq;
const topicIds = faq.map((t) => t.id);
const search = createFaqSearch(faq);

const inScope = FAQ_QUESTIONS.filter((q) => q.expect !== null);
const outOfScope = FAQ_QUESTIONS.filter((q) => q.expect === null);

/** The topic the search put first, whether it answered or only suggested. */
function firstTopic(match: FaqMatch): string | undefined {
  if (match.kind === 'answer') return match.topic.id;
  if (match.kind === 'suggest') return match.topics[0]?.id;
  return undefined;
}

describe('the labelled questions', () => {
  it('cover every topic at least four times, with 90+ in scope and some out of scope', () => {
    for (const id of topicIds) {
      expect(inScope.filter((q) => q.expect === id).length, id).toBeGreaterThanOrEqual(4);
    }
    // Topic ids are data now: a label naming no topic would count as a miss the search cannot avoid.
    expect(inScope.filter((q) => !topicIds.includes(q.expect ?? '')).map((q) => q.text)).toEqual([]);
    expect(inScope.length).toBeGreaterThanOrEqual(90);
    expect(outOfScope.length).toBeGreaterThanOrEqual(8);
    expect(new Set(FAQ_QUESTIONS.map((q) => q.text)).size).toBe(FAQ_QUESTIONS.length);
  });
});

describe('FAQ search on the labelled questions', () => {
  it('ranks the right topic first for at least 90% of in-scope questions', () => {
    // Act
    const results = inScope.map((q) => ({ q, match: search.search(q.text) }));

    // Assess
    const top1 = results.filter(({ q, match }) => firstTopic(match) === q.expect).length;
    const answered = results.filter(({ q, match }) => match.kind === 'answer' && match.topic.id === q.expect);
    const wrong = results.filter(({ q, match }) => match.kind === 'answer' && match.topic.id !== q.expect);
    expect(top1 / inScope.length).toBeGreaterThanOrEqual(0.9);
    // A confident wrong answer is worse than a suggestion: keep them rare.
    expect(wrong.length / inScope.length).toBeLessThanOrEqual(0.05);
    expect(answered.length / inScope.length).toBeGreaterThanOrEqual(0.85);
  });

  it.each(outOfScope.map((q) => [q.text]))('does not answer %j confidently', (text) => {
    expect(search.search(text).kind).not.toBe('answer');
  });

  it('replies in the language each question was asked in', () => {
    const wrong = FAQ_QUESTIONS.filter((q) => search.search(q.text).lang !== q.lang).map((q) => q.text);
    expect(wrong).toEqual([]);
  });
});

describe('FAQ search: outcomes', () => {
  it('answers a topic asked for in one word, through typos and repeated letters', () => {
    for (const [text, id] of [
      ['vaksin', 'vaccine'],
      ['VAKSINNN', 'vaccine'],
      ['masker', 'masks'],
      ['GEJALAAA', 'symptoms'],
      ['isoman', 'isolation'],
      ['covid', 'about-covid'],
      ['odp', 'status-terms'],
      ['booster', 'vaccine'],
    ] as const) {
      const match = search.search(text);
      expect(match.kind, text).toBe('answer');
      expect(firstTopic(match), text).toBe(id);
    }
  });

  it('suggests two or three topics, best first, when a question is too vague to answer', () => {
    // Prepare: an emergency sign asked about during isolation leans two ways.
    const question = 'isoman tapi saturasi turun';

    // Act
    const match = search.search(question);

    // Assess
    expect(match.kind).toBe('suggest');
    if (match.kind !== 'suggest') return;
    expect(match.topics.length).toBeGreaterThanOrEqual(2);
    expect(match.topics.length).toBeLessThanOrEqual(3);
    expect(match.topics.map((t) => t.id)).toContain('danger-signs');
    expect(match.lang).toBe('id');
  });

  it('finds nothing in an empty, punctuation-only or unknown message, in the language it was in', () => {
    expect(search.search('')).toEqual({ kind: 'none', lang: 'id' });
    expect(search.search(' ?!... ')).toEqual({ kind: 'none', lang: 'id' });
    expect(search.search('assalamualaikum')).toEqual({ kind: 'none', lang: 'id' });
    expect(search.search('hello')).toEqual({ kind: 'none', lang: 'en' });
  });

  it('reads only the start of a very long message and still answers', () => {
    const match = search.search(`vaksin booster aman? ${'tolong dijawab '.repeat(500)}`);
    expect(firstTopic(match)).toBe('vaccine');
  });

  it('weighs the words every question has ("covid", "corona") only when there is nothing else', () => {
    expect(firstTopic(search.search('gejala corona'))).toBe('symptoms');
    expect(firstTopic(search.search('corona'))).toBe('about-covid');
  });

  it('reads "bahaya" (dangerous) as asking about what it follows, and as the danger signs alone', () => {
    expect(firstTopic(search.search('diabetes kena covid bahaya?'))).toBe('elderly-comorbid');
    expect(firstTopic(search.search('hamil kena covid bahaya'))).toBe('pregnancy-children');
    expect(firstTopic(search.search('tanda bahaya covid'))).toBe('danger-signs');
  });
});

describe('FAQ search: a topic about a group of people', () => {
  // The fixture pack's vaccine and masks topics, and a topic about children that says what vaccines
  // and masks mean for them: its keywords name children only.
  const [, vaccine, masks] = fixturePack().faq;
  if (!vaccine || !masks) throw new Error('the fixture pack has a vaccine and a masks topic');
  const children = {
    ...vaccine,
    id: 'children',
    title: { id: 'Anak', en: 'Children' },
    replyWord: { id: 'ANAK', en: 'CHILDREN' },
    answer: { id: 'Anak dan bayi biasanya sakit ringan.', en: 'Children and babies are usually mildly ill.' },
    keywords: { id: ['anak', 'bayi', 'balita'], en: ['child', 'children', 'baby', 'toddler'] },
  };
  const withAudience = [
    vaccine,
    masks,
    { ...children, audience: { id: ['bayi', 'balita'], en: ['baby', 'toddler'] } },
  ];

  it.each([
    ['is the vaccine safe for my toddler', 'en'],
    ['bayi boleh pakai masker medis?', 'id'],
  ])('answers %j with the group topic, which the asked-about topic would answer without it', (text, lang) => {
    expect(firstTopic(createFaqSearch([vaccine, masks, children]).search(text))).not.toBe('children');

    const match = createFaqSearch(withAudience).search(text);

    expect(match).toMatchObject({ kind: 'answer', topic: { id: 'children' }, lang });
  });

  it('reads an age in its range as naming the group ("my 6 year old", "umur 3 bulan")', () => {
    const search = createFaqSearch([
      vaccine,
      masks,
      { ...children, audience: { id: ['balita'], en: ['toddler'], ages: [0, 17] as const } },
    ]);

    expect(firstTopic(search.search('does my 6 year old need a booster dose'))).toBe('children');
    expect(firstTopic(search.search('umur 3 bulan boleh pakai masker medis?'))).toBe('children');
    expect(firstTopic(search.search('umur 30 boleh vaksin booster?'))).toBe('vaccine');
  });

  it('leaves a question that names no one of the group to the topic it asks about', () => {
    expect(createFaqSearch(withAudience).search('apakah vaksin booster aman')).toMatchObject({
      kind: 'answer',
      topic: { id: 'vaccine' },
    });
  });

  it('leaves what COVID is to the topic that says it, whoever asks', () => {
    const about = {
      ...masks,
      id: 'about-covid',
      title: { id: 'Apa itu COVID-19', en: 'What is COVID-19' },
      replyWord: { id: 'COVID', en: 'COVID' },
      answer: { id: 'COVID-19 adalah penyakit menular.', en: 'COVID-19 is an infectious disease.' },
      keywords: { id: ['apa itu covid', 'corona'], en: ['what is covid'] },
    };
    const search = createFaqSearch([...withAudience, about]);

    expect(firstTopic(search.search('apa itu covid sebenarnya? saya punya balita'))).toBe('about-covid');
  });

  it('puts the group topic first only while it is among the three likeliest topics', () => {
    const [symptoms] = fixturePack().faq;
    if (!symptoms) throw new Error('the fixture pack has a symptoms topic');
    const search = createFaqSearch([symptoms, ...withAudience]);

    // Three other topics asked about, the group named once: the likeliest of them goes first.
    const many = search.search('masker kain atau masker medis, vaksin booster, gejala demam batuk, balita');
    // One other topic asked about for the group: the group topic.
    const one = search.search('gejala demam batuk pilek meriang pada balita');

    expect(firstTopic(many)).toBe('masks');
    expect(firstTopic(one)).toBe('children');
  });

  it('does not read an audience word that is two search words ("bumil", "ibu hamil") as its parts', () => {
    const search = createFaqSearch([
      vaccine,
      masks,
      { ...children, audience: { id: ['bumil'], en: ['toddler'] } },
    ]);

    expect(firstTopic(search.search('ibu saya perlu vaksin booster?'))).toBe('vaccine');
  });
});

describe('ageOf', () => {
  it.each<[string, number | undefined]>([
    ['my 6 year old has a fever', 6],
    ['anak 5yo batuk', 5],
    ['can I nurse my 2 month old', 0],
    ['umur 3 bulan', 0],
    ['pensiunan umur 70', 70],
    ['aged 80 and diabetic', 80],
    ['ibu sy 68 thn gula tinggi', 68],
    ['my grandpa is 82, should he get a booster', 82],
    // A reading is not an age.
    ['my oxygen level is 92', undefined],
    // Durations and counts are not ages.
    ['sudah 2 tahun belum booster', undefined],
    ['isoman 10 hari cukup?', undefined],
    ['masker 3 lapis', undefined],
    ['covid-19 sejak 2019', undefined],
  ])('reads %j as %s', (text, age) => {
    expect(ageOf(text)).toBe(age);
  });
});

describe('repairTerms', () => {
  const known = new Set([
    'tular',
    'gejala',
    'covid',
    'gula',
    'home',
    'stay',
    'cara',
    'obat',
    'cegah',
    'vaksin',
  ]);

  it.each<[string, string[]]>([
    // Javanese and krama endings the stemmer leaves, taken off when the word is then known.
    ['penularane', ['tular']],
    ['gejalanipun', ['gejala']],
    ['gulane', ['gula']],
    // Two words run together, split when both are known and the whole is long.
    ['gejalacovid', ['gejala', 'covid']],
    // Short compounds stay whole; so does a repair to a background word, and an unknown word.
    ['homestay', ['homestay']],
    ['carane', ['carane']],
    ['wedus', ['wedus']],
    // Spoken ke- and ter- without the ending the stemmer looks for.
    ['ketular', ['tular']],
    // Several words run together, stop words among them left out.
    ['caramencegahcovidgimana', ['cara', 'cegah', 'covid']],
    ['gejalanyaapasajaya', ['gejala']],
    ['gejalacovidxq', ['gejalacovidxq']],
    // One slip from exactly one known term, in a word of six letters or more.
    ['gejalq', ['gejala']],
    ['covidd19x', ['covidd19x']],
    ['gulaa', ['gulaa']],
    // A known term written without its vowels, in four letters or more ("ggl" could be too many).
    ['gjl', ['gjl']],
    ['obt', ['obt']],
    ['cgh', ['cgh']],
    ['vksn', ['vaksin']],
  ])('reads %j as %j', (word, terms) => {
    expect(repairTerms(faqTerms(word), known)).toEqual(terms);
  });

  it('keeps a known term as it is', () => {
    expect(repairTerms(['obat', 'covid'], known)).toEqual(['obat', 'covid']);
  });

  it('leaves a slip that is as near to two known terms as it is', () => {
    expect(repairTerms(['tulang'], new Set(['tulan', 'tulank']))).toEqual(['tulang']);
    expect(repairTerms(['tulang'], new Set(['tulan', 'kulang']))).toEqual(['tulan']);
  });
});

describe('FAQ search: typos', () => {
  const fixtureSearch = createFaqSearch(fixturePack().faq);

  it('guesses a typo in a word of five letters or more', () => {
    expect(firstTopic(fixtureSearch.search('vaksinn booster'))).toBe('vaccine');
  });

  it('does not read a short word as a typo of another ("shoe" is not "shot")', () => {
    expect(fixtureSearch.search('shoe').kind).toBe('none');
  });
});

describe('FAQ search: words that say little of the topic', () => {
  const [symptoms, vaccine, masks] = fixturePack().faq;
  if (!symptoms || !vaccine || !masks) throw new Error('the fixture pack has three topics');
  const isolation: FaqTopic = {
    ...masks,
    id: 'isolation',
    title: { id: 'Isolasi', en: 'Isolation' },
    replyWord: { id: 'ISOLASI', en: 'ISOLATION' },
    keywords: { id: ['isolasi', 'positif', 'hasil positif'], en: ['isolation', 'positive'] },
    answer: { id: 'Jika positif, tetap di rumah.', en: 'If positive, stay home.' },
  };
  const nursing: FaqTopic = {
    ...masks,
    id: 'nursing',
    title: { id: 'Menyusui', en: 'Breastfeeding' },
    replyWord: { id: 'SUSUI', en: 'NURSING' },
    keywords: { id: ['menyusui', 'asi'], en: ['breastfeeding'] },
    answer: { id: 'Ibu tetap boleh menyusui.', en: 'Mothers may breastfeed.' },
  };
  const search = createFaqSearch([symptoms, vaccine, masks, isolation, nursing]);

  it('answers what a positive person asks about, not the topic "positif" is a keyword of', () => {
    expect(search.search('aku positif, boleh menyusui?')).toMatchObject({
      kind: 'answer',
      topic: { id: 'nursing' },
    });
  });

  it('still finds that topic when the word is all there is to go on', () => {
    expect(search.search('hasil saya positif')).toMatchObject({ kind: 'answer', topic: { id: 'isolation' } });
  });
});

describe('FAQ search: normalisation', () => {
  it.each([
    ['Batukkkk TERUSSS!!', 'batuk terus'],
    ['ciri-ciri covid-19?', 'ciri covid'],
    ['ciri2 anak2', 'ciri anak'],
    ['ciri ciri batuk', 'ciri batuk'],
    ['SpO2 berapa', 'spo2 berapa'],
    ['COVID 19, Corona-19 & SARS-CoV-2', 'covid corona sarscov2'],
    ['Démam, “batuk”', 'demam batuk'],
    // An abbreviation spelled out letter by letter; not a run of more letters.
    ['O D P itu apa', 'odp itu apa'],
    ['apa itu o.d.p?', 'apa itu odp'],
    ['a b c d', 'a b c d'],
    // Digits for letters: one ending a word only when the text writes them elsewhere too.
    ['g4 usah l4gi', 'ga usah lagi'],
    ['masker kn95', 'masker kn95'],
    ['c0vid19 s70p', 'covid stop'],
    ['0b4t c0v1d 4p4', 'obat covid apa'],
    // A word said twice, run together.
    ['ciriciri covid', 'ciri covid'],
    ['ciricirinya apa', 'cirinya apa'],
  ])('simplifies %j to %j', (text, simplified) => {
    expect(simplifyText(text)).toBe(simplified);
  });

  it.each([
    // Texting abbreviations and Javanese become the words the content uses; stop words go.
    ['gmn cara isoman yg bener?', ['cara', 'isolasi', 'benar']],
    ['bumil blh vaksin gk', ['ibu', 'hamil', 'blh', 'vaksin']],
    ['mriyang karo watuk', ['demam', 'batuk']],
    ['what are the symptoms', ['symptom']],
    ['isoman 10 hari', ['isolasi']],
    // A purpose then a "not" asks how to prevent.
    ['biar gak ketularan', ['cegah', 'tular']],
    ['supaya keluarga tdk kena', ['keluarga', 'cegah']],
    // Not wanting to catch it asks the same: "ga mau ketularan", Osing "sing arep kena".
    ['ga mau ketularan', ['cegah', 'tular']],
    ['sing arep kena', ['cegah']],
    ['ta terro kena', ['cegah']],
    // The "not" after the wish, in Osing: "kepingin ora kenek".
    ['isun kepingin ora kenek corona', ['cegah', 'corona']],
    // Madurese "so that not": "sopaja ta' kenneng".
    ['sopaja ta kenneng', ['cegah']],
    // Krama and Osing words for what, still and old.
    ['punapa covid punika taksih wonten', ['covid']],
    ['emak wis tuwek', ['emak', 'tua']],
    // Javanese krama and ngoko.
    ['covid saged waras dewe mboten', ['covid', 'sembuh', 'sendiri']],
    // Javanese with "dh" or without meet; a year is read as an age elsewhere, not as a term.
    ['cedhak', faqTerms('cedak')],
    // Madurese "bh" likewise: "bhahaya" is "bahaya".
    ['bhahaya', faqTerms('bahaya')],
    ['bebaya', faqTerms('bahaya')],
    ['anak 5 taun', ['anak']],
    ['taun segini msh perlu vaksin?', ['vaksin']],
    // What it is, asked in krama with "actually" between.
    ['corona niku sejatine nopo', ['definisi', 'corona']],
    // Krama "if", and a price in Javanese.
    ['menawi regane pcr', ['harga', 'pcr']],
  ])('turns %j into the terms %j', (text, terms) => {
    expect(faqTerms(text)).toEqual(terms);
  });

  it.each([
    // Forms of one word meet at one stem.
    ['menular', 'tular'],
    ['tertular', 'tular'],
    ['penularan', 'tular'],
    ['ketularan', 'tular'],
    ['mencegah', 'cegah'],
    ['pencegahan', 'cegah'],
    ['divaksin', 'vaksin'],
    ['pengobatan', 'obat'],
    ['memakai', 'pakai'],
    ['menyusui', 'susui'],
    // Spoken forms: a nasal prefix without "me-", and "-in" for "-kan".
    ['nyembuhin', 'sembuh'],
    ['ngobatin', 'obat'],
    ['maskernya', 'masker'],
    ['bergejala', 'gejala'],
    ['kehamilan', 'hamil'],
    ['pemeriksaan', 'riksa'],
    ['diperiksa', 'riksa'],
    ['symptoms', 'symptom'],
    ['coughing', 'cough'],
    // Words that only look affixed keep enough of themselves, and short words are left alone.
    ['diare', 'diare'],
    ['pusing', 'pusing'],
    ['berita', 'berita'],
    ['bersin', 'bersin'],
    ['obat', 'obat'],
    ['virus', 'virus'],
  ])('stems %j to %j', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  it.each<[string, string[]]>([
    // When the pandemic ends is not how to stop it spreading, unless something else stops.
    ['kapan covid stop?', ['covid', 'akhir']],
    ['when will corona be over', ['corona', 'akhir']],
    ['when can i stop isolating', ['stop', 'isolat']],
    // A hospital is one word, whichever way it is written: "rumah" alone is home.
    ['harus ke rumah sakit?', ['rs']],
    ['dibawa ke RSUD', ['bawa', 'rs']],
    ['isoman di rumah', ['isolasi', 'rumah']],
    // Asking what COVID-19 is, in any order, is a term of its own; asking what its symptoms are is not.
    ['apa itu covid', ['definisi', 'covid']],
    ['what is covid exactly', ['definisi', 'covid']],
    ['corona iku opo to', ['definisi', 'corona']],
    ['gejala covid apa aja', ['gejala', 'covid']],
    ['covid itu bahaya apa nggak', ['covid', 'bahaya']],
    // What it is, asked in a part of its own after who asks.
    ['nenek saya tanya, covid itu apa', ['definisi', 'nenek', 'covid']],
    // "kaya apa" asks what something named before is like: its symptoms, not what it is.
    ['gejala kaya apa sih corona itu', ['gejala', 'corona']],
    // Osing "paran" is "what".
    ['paran iku covid', ['definisi', 'covid']],
    ["what is covid's incubation time", ['covid', 'incubation', 'time']],
    // "So that ... safe" asks how to prevent, as "so that ... not" does.
    ['biar aman dari covid', ['cegah', 'aman', 'covid']],
    ['so my parents dont catch it', ['parent', 'cegah', 'catch']],
    // "to not catch", "not to catch": a purpose too.
    ['how to not catch it', ['cegah', 'catch']],
    ['tips not to catch covid', ['cegah', 'catch', 'covid']],
    // "Work" after "does" is whether it works, not a job; a job stays.
    ['does the vaccine work', ['vaccine']],
    ['can i work while isolating', ['work', 'while', 'isolat']],
    // Something that goes on ("wont stop") is not how to stop the spread.
    ['my cough wont stop', ['cough']],
    ['batuk gak berhenti2', ['batuk']],
    // "Already stopped" asks whether it has ended.
    ['corona sudah stop?', ['corona', 'akhir']],
    // Spoken "ng-" before r and l.
    ['ga bisa ngrasain apa2', ['rasa']],
    // Digits written for letters inside a word, not in a name or a count.
    ['g3jala c0vid', ['gejala', 'covid']],
    ['c4r4 p4k3 m4sk3r', ['cara', 'pakai', 'masker']],
    ['masker kn95', ['masker', 'kn95']],
    // -ku and -mu ("my", "your") come off like -nya.
    ['lidahku mati rasa', ['lidah', 'mati', 'rasa']],
    // A word twice with a 2, then its ending.
    ['ciri2nya', ['ciri']],
  ])('reads %j as the terms %j', (text, terms) => {
    expect(faqTerms(text)).toEqual(terms);
  });

  it('scales confidence by the share of the question a topic matched', () => {
    // One strong word of two ("harga cabai") is worth a quarter of both words matching as strongly.
    expect(confidenceOf(20, 1, 1, 2)).toBe(5);
    expect(confidenceOf(40, 2, 2, 2)).toBe(20);
    expect(confidenceOf(0, 0, 0, 2)).toBe(0);
  });
});
