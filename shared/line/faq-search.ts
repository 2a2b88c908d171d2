import MiniSearch from 'minisearch';
import {
  type FaqExampleCounts,
  type FaqExamples,
  type FaqTopic,
  type FaqTopicId,
  NOT_TOPIC_IDS,
  OPT_IN_ID,
  OPT_OUT_ID,
  OUT_OF_SCOPE_ID,
} from '../content/faq.js';
import { DEFAULT_LANG, type Lang } from '../lang.js';
import { countExamples, createExampleRanker, type ExampleRanker, likeliestOf } from './faq-examples.js';
import { consonantsOf, editDistance, inOrder, unLeet, writesLeet } from './sms/tokens.js';

/**
 * FAQ search for questions typed by SMS: "gmn cara isoman yg bener", "vaksin bayar ga?", "what are
 * the symptoms". Questions arrive in texting Indonesian with typos, a little Javanese, or English; the
 * topics' titles, keywords and answers are indexed in both languages with MiniSearch, after the same
 * normalisation as the question (slang expanded, stop words dropped, light stemming). Pure: the index
 * is built once from the content pack and every search is in memory.
 */

/** What a question found: an answer, a short list to choose from, or nothing. */
export type FaqMatch =
  | { kind: 'answer'; topic: FaqTopic; score: number; lang: Lang }
  /**
   * The closest two or three topics, best first (one when only one matched at all): the question was
   * too vague, or off the topics, to answer outright.
   */
  | { kind: 'suggest'; topics: FaqTopic[]; lang: Lang }
  | { kind: 'none'; lang: Lang };

export interface FaqSearch {
  /** Finds the topic a question is about; never throws. `lang` is the language it was asked in. */
  search(question: string): FaqMatch;
  /**
   * Whether the text names a subject of the topics: a word of a topic's title or keywords, after the
   * same normalisation as a question ("isoman", "vaksinnya", "demam"). "Thanks heaps" and "numpang
   * tanya" name none; "makasih, anak saya demam" does.
   */
  mentionsTopic(text: string): boolean;
  /**
   * Whether the examples say the text asks the line to stop sending ({@link OPT_OUT_ID}): what the SMS
   * commands ask of a message their rules read as a question.
   */
  readsAsOptOut(text: string): boolean;
  /**
   * Whether every word of the text is one the topics or the examples use, or one the search passes
   * over ("sing nampa pasien corona ndi", "dr sini dmn"): words of the line's own, not a place's name.
   * Numbers are passed over too; a text with no word of its own is known.
   */
  knowsWords(text: string): boolean;
}

/**
 * The least confidence (see {@link confidenceOf}) that answers straight away; below it the caller gets
 * suggestions. Tuned on the labelled questions in `test/fixtures/faq-questions.ts`: the out-of-scope
 * message that scores highest ("harga cabai hari ini", about 5.2) stays under it, and about nine in
 * ten in-scope questions clear it.
 */
export const ANSWER_THRESHOLD = 5.5;
/** Two suggestions always (when two topics matched at all); a third only if it is this close to the best. */
const SUGGEST_MIN = 2;
const SUGGEST_MAX = 3;
const THIRD_SUGGESTION_SHARE = 0.35;
/** How many of the search's hits the examples may reorder when the search is not sure. */
const POOL_SIZE = 6;
/**
 * The share of the best score a topic the search did not match is counted with, when the examples
 * weigh the choices: small, so that the examples must be much surer of it than of the search's hits.
 */
const UNMATCHED_SHARE = 0.01;
/**
 * A named audience's topic goes first when it is among this many likeliest topics: "lansia perlu
 * booster?" is theirs, "sy mau jenguk bayi sodara, biar gk bawa virus hrs ngapain" is prevention's
 * (on the labelled sets, each read with the other sets' examples, 3 keeps 2 more questions right
 * than always putting the audience first and answers 3 fewer wrongly).
 */
const AUDIENCE_RANK = 3;

/** Longer messages are not questions; the cap also bounds the work per search. */
const MAX_QUESTION_CHARS = 300;

/**
 * Texting abbreviations, slang and Javanese words, mapped to the word the content uses (or to a stop
 * word, so that they are dropped like their full form). Keys are single words as {@link simplifyText}
 * leaves them; a value may be several words.
 */
const SLANG_LIST: Readonly<Record<string, string>> = {
  // question words and fillers
  gmn: 'bagaimana',
  gmna: 'bagaimana',
  gimana: 'bagaimana',
  bgmn: 'bagaimana',
  bgm: 'bagaimana',
  piye: 'bagaimana',
  pripun: 'bagaimana',
  yg: 'yang',
  gk: 'tidak',
  ga: 'tidak',
  gak: 'tidak',
  gag: 'tidak',
  nggak: 'tidak',
  ngga: 'tidak',
  nggk: 'tidak',
  engga: 'tidak',
  enggak: 'tidak',
  kagak: 'tidak',
  ndak: 'tidak',
  tdk: 'tidak',
  tak: 'tidak',
  ora: 'tidak',
  sy: 'saya',
  aq: 'saya',
  ak: 'saya',
  gue: 'saya',
  gw: 'saya',
  bs: 'bisa',
  bsa: 'bisa',
  iso: 'bisa',
  isa: 'bisa',
  isok: 'bisa',
  utk: 'untuk',
  untk: 'untuk',
  dgn: 'dengan',
  dg: 'dengan',
  dng: 'dengan',
  krn: 'karena',
  krna: 'karena',
  karna: 'karena',
  org: 'orang',
  wong: 'orang',
  sdh: 'sudah',
  udh: 'sudah',
  udah: 'sudah',
  uda: 'sudah',
  wis: 'sudah',
  wes: 'sudah',
  blm: 'belum',
  blum: 'belum',
  durung: 'belum',
  hrs: 'harus',
  kudu: 'harus',
  jg: 'juga',
  tp: 'tapi',
  tpi: 'tapi',
  // `dr` is far more often "dari" than "dokter" in texts; doctors are spelled out or `dok`.
  dr: 'dari',
  dok: 'dokter',
  bgt: 'banget',
  klo: 'kalau',
  kl: 'kalau',
  kalo: 'kalau',
  klau: 'kalau',
  nek: 'kalau',
  lek: 'kalau',
  skrg: 'sekarang',
  skrang: 'sekarang',
  brp: 'berapa',
  brapa: 'berapa',
  pinten: 'berapa',
  piro: 'berapa',
  kpn: 'kapan',
  dmn: 'mana',
  dimana: 'mana',
  endi: 'mana',
  knp: 'kenapa',
  opo: 'apa',
  ap: 'apa',
  sm: 'sama',
  ama: 'sama',
  karo: 'sama',
  jd: 'jadi',
  aja: 'saja',
  ae: 'saja',
  lg: 'lagi',
  emg: 'memang',
  emang: 'memang',
  nang: 'di',
  neng: 'di',
  ndek: 'di',
  kyk: 'seperti',
  kayak: 'seperti',
  kaya: 'seperti',
  koyok: 'seperti',
  ato: 'atau',
  atw: 'atau',
  tlg: 'tolong',
  mksd: 'maksud',
  // health words
  pake: 'pakai',
  pk: 'pakai',
  kenek: 'kena',
  seppo: 'lansia',
  majar: 'bayar',
  punapa: 'apa',
  tuwek: 'tua',
  ngennep: 'rawat',
  positip: 'positif',
  pos: 'positif',
  isoman: 'isolasi',
  mandri: 'mandiri',
  prokes: 'protokol kesehatan',
  vaksn: 'vaksin',
  vaksen: 'vaksin',
  faksin: 'vaksin',
  suwab: 'swab',
  swap: 'swab',
  dites: 'tes',
  diswab: 'swab',
  antigent: 'antigen',
  tst: 'tes',
  bumil: 'ibu hamil',
  meteng: 'hamil',
  ngandung: 'hamil',
  manula: 'lansia',
  simbah: 'mbah',
  penderita: 'pengidap',
  tnda: 'tanda',
  saiki: 'sekarang',
  ortu: 'orang tua',
  ngelantur: 'bingung',
  niku: 'itu',
  kuwi: 'itu',
  napa: 'apa',
  ilat: 'lidah',
  ngrasakne: 'rasa',
  tandane: 'tanda',
  supados: 'supaya',
  njagi: 'jaga',
  kulawarga: 'keluarga',
  ngindari: 'hindari',
  mantun: 'sembuh',
  kedah: 'harus',
  nembe: 'baru',
  jarene: 'katanya',
  rawan: 'rentan',
  kakung: 'kakek',
  nularin: 'menular',
  don: 'tidak',
  dont: 'tidak',
  sakniki: 'sekarang',
  ponapa: 'apa',
  sepuh: 'lansia',
  tuwo: 'tua',
  komorbit: 'komorbid',
  beresiko: 'risiko',
  berisiko: 'risiko',
  resiko: 'risiko',
  byr: 'bayar',
  mbayar: 'bayar',
  larang: 'mahal',
  nafas: 'napas',
  kerasa: 'rasa',
  terasa: 'rasa',
  ngrasa: 'rasa',
  th: 'tahun',
  thn: 'tahun',
  taun: 'tahun',
  msh: 'masih',
  rega: 'harga',
  regane: 'harga',
  opname: 'rawat',
  mondok: 'rawat',
  nfas: 'napas',
  npas: 'napas',
  bernafas: 'bernapas',
  sesek: 'sesak',
  skt: 'sakit',
  loro: 'sakit',
  mskr: 'masker',
  maskr: 'masker',
  msker: 'masker',
  ank: 'anak',
  anakku: 'anak',
  arek: 'anak',
  rmh: 'rumah',
  omah: 'rumah',
  puskes: 'puskesmas',
  pkm: 'puskesmas',
  hr: 'hari',
  bnr: 'benar',
  bener: 'benar',
  beneran: 'benar',
  ktnya: 'katanya',
  jare: 'katanya',
  brita: 'berita',
  hoaxs: 'hoaks',
  pamol: 'parasetamol',
  panadol: 'parasetamol',
  sanmol: 'parasetamol',
  pct: 'parasetamol',
  ivermektin: 'ivermectin',
  antibiotic: 'antibiotik',
  vit: 'vitamin',
  watuk: 'batuk',
  mriyang: 'demam',
  meriang: 'demam',
  ngelu: 'pusing',
  suwe: 'lama',
  ngambu: 'cium',
  nyium: 'cium',
  ngobrol: 'bicara',
  cilik: 'kecil',
  tulung: 'tolong',
  luwih: 'lebih',
  gampang: 'mudah',
  korona: 'corona',
  kopid: 'covid',
  kopit: 'covid',
  wae: 'saja',
  covid19: 'covid',
  // Javanese, krama and ngoko, for the words above
  nopo: 'apa',
  menapa: 'apa',
  menopo: 'apa',
  punika: 'itu',
  menika: 'itu',
  taksih: 'masih',
  kemawon: 'saja',
  mawon: 'saja',
  kados: 'seperti',
  pundi: 'mana',
  wonten: 'ada',
  saged: 'bisa',
  kenging: 'kena',
  mboten: 'tidak',
  dereng: 'belum',
  mari: 'sembuh',
  waras: 'sembuh',
  dewe: 'sendiri',
  tamba: 'obat',
  ngombe: 'minum',
  mumet: 'pusing',
  lara: 'sakit',
  nular: 'menular',
  isih: 'masih',
  ono: 'ada',
  ngobati: 'mengobati',
  nambani: 'mengobati',
  // Madurese
  panyakeh: 'penyakit',
  oreng: 'orang',
  reya: 'ini',
  ria: 'ini',
  tadha: 'tidak',
  bede: 'ada',
  kenneng: 'kena',
  nolar: 'menular',
  nolarra: 'menular',
  kaula: 'saya',
  caranah: 'cara',
  deri: 'dari',
  putra: 'anak',
  ngunjuk: 'minum',
  tandana: 'tanda',
  nyegah: 'cegah',
  pratanda: 'tanda',
  pratandanipun: 'tanda',
  lare: 'anak',
  ngosan: 'sesak',
  tandha: 'tanda',
  berempa: 'berapa',
  ongkossa: 'ongkos',
  bebaya: 'bahaya',
  tandhane: 'tanda',
  tandhana: 'tanda',
  mencret: 'diare',
  tambana: 'obat',
  tambane: 'obat',
  gejalane: 'gejala',
  cvd: 'covid',
  gejalana: 'gejala',
  ngos2an: 'sesak',
  ngosngosan: 'sesak',
  // "rumah sakit" is "rs", one word, so that "rumah" (home) does not pull a question about going
  // to hospital to isolation at home ("rumahsakit" would still be found from "rumah" by prefix).
  rsu: 'rs',
  rsud: 'rs',
};

/** Looked up by what a caller typed: a Map, so `constructor` or `__proto__` are just words. */
const SLANG: ReadonlyMap<string, string> = new Map(Object.entries(SLANG_LIST));

/**
 * Words that say nothing about which topic is meant: function words, greetings, forms of address and
 * time words, in Indonesian and Javanese, then English. Dropped from questions and the index alike.
 */
const STOP_WORDS_ID = (
  'yang di ke dari apa apakah bagaimana kah itu ini iku saya aku kalau jika bila apabila dong sih ' +
  'ya yah tidak bukan dan atau dengan untuk buat karena ada adalah akan bisa boleh harus juga tapi ' +
  'sudah belum mau ingin pengen pingin perlu banget sekarang saja lagi memang sama jadi kenapa ' +
  'mengapa mana seperti nih deh kok lho kan pun lah nya to ta tah kok rek cak pak bu bapak mas ' +
  'mbak kak min admin tanya nanya mohon tolong info informasi terima kasih makasih halo hai ' +
  'selamat pagi siang sore malam permisi maaf hari besok kemarin tadi nanti anda kamu sampeyan ' +
  'awakmu kami kita dia mereka ia oleh pada dalam secara agar supaya biar sebaiknya sebenarnya ' +
  'sebenernya masih sangat paling lebih cuma hanya terus maksudnya maksud dll dsb kah apa2 berapa kena ' +
  'tahun tips orang kapan jelaskan jelasin terangkan awam na nyuwun pirsa tanglet nderek badhe kulo kula ' +
  'panjenengan menawi segini sejatine sing arep terro isun paran kepingin sopaja'
).split(' ');
const STOP_WORDS_EN = (
  'the is are was be what whats how a an of to do does i my me you your we our it its he she they ' +
  'them this that and or for in on at with from by can could should would will must if not no so ' +
  'about please hi there have has had get any which when where who why am exactly really myself ' +
  'year years old someone mean means still explain describe tell layman m s re ve ll d t wont'
).split(' ');
const STOP_WORDS = new Set([...STOP_WORDS_ID, ...STOP_WORDS_EN]);

/** "So that" in Indonesian and Javanese; see {@link faqTerms}. */
const PURPOSE_WORDS = new Set(['biar', 'agar', 'supaya', 'spy', 'supoyo', 'sopaja', 'ben', 'so']);
/** How many words a "not" may follow its "so that" by ("supaya keluarga saya tidak ..."). */
const PURPOSE_REACH = 4;
/** After a purpose: what prevention brings about ("biar tidak ...", "supaya aman"). */
const PREVENTED = new Set(['tidak', 'ta', 'aman', 'safe']);
/** Being caught by it, after not wanting: "ga mau ketularan", "sing arep kena", "don't want to catch it". */
const CAUGHT = new Set(['kena', 'ketularan', 'tertular', 'tular', 'catch', 'infected', 'sakit']);
const NOT_WANT = new Set(['tidak', 'ora', 'sing', 'ta', 'not', 'dont', 'gak', 'ga', 'nggak', 'emoh']);
const WANT = new Set(['mau', 'ingin', 'pengen', 'pingin', 'kepingin', 'gelem', 'arep', 'terro', 'want']);
/** How many words before being caught the "not" and the wish may stand. */
const WANT_REACH = 3;
function notWanted(before: readonly string[]): boolean {
  // "ga mau kena" and "kepingin ora kenek": the "not" before the wish or after it.
  return before.some((w) => WANT.has(w)) && before.some((w) => NOT_WANT.has(w));
}

/**
 * The term a question asking what COVID-19 is gets, and so does the keyword "apa itu covid": the
 * disease's name is a background word (see {@link BACKGROUND_TERMS}), so without it "what is covid
 * exactly? my grandma keeps asking" is pulled wherever the other words point.
 */
const DEFINITION = 'definisi';
const WHAT_WORDS = new Set(['apa', 'opo', 'what', 'whats', 'napa', 'ponapa', 'menapa', 'apaan', 'paran']);
const ITS_NAME = new Set(['covid', 'corona', 'coronavirus', 'sarscov2', 'pandemi', 'pandemic']);
/** "Like" before "what": "kaya apa" asks what something is like. */
const LIKE = new Set(['kaya', 'kayak', 'kyk', 'seperti', 'spt', 'koyo', 'koyok', 'kados', 'like']);
/** "apa nggak", "or not": a yes-or-no question, not what it is. */
const NEGATIONS = new Set(['tidak', 'bukan', 'not', 'no', 'ora', 'ndak', 'enggak']);
/** What may stand between "what" and the name: "apa itu", "what exactly is", "penyakit apa". */
const COPULA = new Set(
  'itu iku niku is exactly sebenarnya sebenernya sebetulnya sakjane jane sejatine sih reya ini penyakit sejenis jenis virus disease the actually'.split(
    ' ',
  ),
);

/**
 * "apa itu covid", "what is covid exactly", "covid itu sebenernya penyakit apa sih", "corona iku
 * opo": the name and "what" with nothing between but "is" ("covid itu bahaya apa nggak" asks
 * something else, and "apa nggak" is yes or no); with "what" after the name, nothing asked before it.
 */
function asksWhatItIs(words: readonly string[]): boolean {
  return words.some((word, i) => {
    if (!ITS_NAME.has(word)) return false;
    const before = words.slice(0, i);
    const at = before.findLastIndex((w) => !COPULA.has(w));
    // "what is covid's incubation period" asks about something of covid's; "gejala kaya apa sih corona
    // itu" asks what its symptoms are like.
    const possessive = words[i + 1] === 's';
    const likeWhat = LIKE.has(before[at - 1] ?? '');
    if (at >= 0 && at < i - 1 && WHAT_WORDS.has(before[at] ?? '') && !possessive && !likeWhat) return true;
    // "gejala covid apa aja" asks what the symptoms are: with "what" after it, the name comes first.
    if (!before.every((w) => STOP_WORDS.has(w) || COPULA.has(w))) return false;
    const after = words.slice(i + 1);
    const what = after.findIndex((w) => !COPULA.has(w));
    return what >= 0 && WHAT_WORDS.has(after[what] ?? '') && !NEGATIONS.has(after[what + 1] ?? '');
  });
}

/** A "not" before stopping: something goes on ("wont stop", "gak berhenti"). */
const GOES_ON = new Set([
  ...NOT_WANT,
  'wont',
  'doesnt',
  'never',
  'cant',
  'nggak',
  'ndak',
  'belum',
  'blm',
  'tdk',
  'gk',
]);

/** "Already" before stopping: whether the pandemic has ended ("sudah stop"). */
const ALREADY = new Set(['sudah', 'udah', 'wis', 'wes', 'already', 'sdh', 'udh']);

/** "Work" after "does" or "do" is whether something works ("does the vaccine work"), not a job. */
const WORK = new Set(['work', 'works', 'working']);
const DOES = new Set(['does', 'do', 'did']);
const WORK_REACH = 3;

/** "When", and the words that after it ask when the pandemic ends; see {@link faqTerms}. */
const WHEN_WORDS = new Set(['kapan', 'when', 'kapankah', 'sampai']);
const ENDING_WORDS = new Set(['stop', 'end', 'over', 'berhenti', 'usai']);
const WHEN_REACH = 4;

/** Tokens that look like a reduplication (`ciri2`) but are names. */
const NOT_REDUPLICATED = new Set(['spo2', 'sarscov2']);

/** Lowercase letters and digits only, accents dropped, runs of three or more letters collapsed. */
export function simplifyText(text: string): string {
  const leetText = writesLeet(text);
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // "g3jala c0vid": digits written for letters inside a word.
      .replace(/[01347]*[a-z][a-z0-9]*/g, (word) => unLeet(word, leetText))
      // "covid-19", "covid 19", "sars-cov-2": the numbers are part of the name, not a count.
      .replace(/\b(covid|kopid|korona|corona)[\s-]*19\b/g, '$1')
      .replace(/\bsars[\s-]*cov[\s-]*2\b/g, 'sarscov2')
      // Reduplication, written out or with a 2: "ciri-ciri", "anak2" mean the same as the word once.
      .replace(/\b([a-z]{3,})[- ]\1\b/g, '$1')
      .replace(/\b([a-z]{3,})2\b/g, (token, word: string) => (NOT_REDUPLICATED.has(token) ? token : word))
      // "ciriciri", "ciricirinya": the word twice, run together, then maybe its ending.
      .replace(/\b([a-z]{3,})\1(nya|ne|e)?\b/g, '$1$2')
      // "ciri2nya", "tondo2ne": the word twice, then its ending.
      .replace(/\b([a-z]{3,})2([a-z]{1,3})\b/g, '$1$2')
      .replace(/[^a-z0-9]+/g, ' ')
      // Javanese written with "dh" or without: "ngandhut" and "ngandut", "cedhak" and "cedak"; Madurese
      // "bh" likewise: "bhahaya" is "bahaya".
      .replace(/dh/g, 'd')
      .replace(/bh/g, 'b')
      // "O D P", "o.d.p", "p c r": an abbreviation spelled out letter by letter.
      .replace(/(?<!\b[a-z] )\b([a-z]) ([a-z]) ([a-z])\b(?! [a-z]\b)/g, '$1$2$3')
      // "batukkkk", "tolonggg": nobody means three of a letter.
      .replace(/([a-z])\1{2,}/g, '$1')
      .trim()
  );
}

const VOWEL = /^[aeiou]/;

/** `rest` is long enough to be a word of its own: shorter stems would run into each other. */
const longEnough = (rest: string): boolean => rest.length >= 4;

/**
 * One derivational prefix off, with the nasal sound change undone: `menular` -> `tular`, `memakai`
 * -> `pakai`, `menyusui` -> `susui`, `pencegah` -> `cegah`. Undefined when the word has none.
 */
function withoutPrefix(word: string): string | undefined {
  const nasal = /^(me|pe)(ng|ny|n|m)(.*)$/.exec(word);
  if (nasal) {
    const [, , n = '', rest = ''] = nasal;
    let root: string | undefined;
    if (n === 'ny' && VOWEL.test(rest)) root = `s${rest}`;
    else if (n === 'ng' && (VOWEL.test(rest) || /^[ghk]/.test(rest))) root = rest;
    else if (n === 'n' && VOWEL.test(rest)) root = `t${rest}`;
    else if (n === 'n' && /^[cdjt]/.test(rest)) root = rest;
    else if (n === 'm' && VOWEL.test(rest)) root = `p${rest}`;
    else if (n === 'm' && /^[bfpv]/.test(rest)) root = rest;
    if (root !== undefined && longEnough(root)) return root;
  }
  const plain = /^(?:me|pe)([lrwy][aeiou].*)$/.exec(word) ?? /^(?:di|ter|ber)(.+)$/.exec(word);
  const rest = plain?.[1];
  return rest !== undefined && longEnough(rest) ? rest : undefined;
}

/**
 * A light stemmer for Indonesian with a little English: particles and possessive `-nya`, suffixes
 * `-kan` and `-an` (and `ke-...-an` together), then up to two prefixes (`di-per-iksa`). It is applied
 * to the question and the index alike, so what matters is that the forms of a word meet, not that
 * the stem is a dictionary word. English `-ing`, `-ed` and plural `-s` go too.
 */
export function stem(word: string): string {
  if (word.length < 5) return word;
  let w = word;
  const strip = (suffix: string): boolean => {
    if (w.endsWith(suffix) && longEnough(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      return true;
    }
    return false;
  };
  strip('nya') || strip('lah') || strip('kah') || strip('ku') || strip('mu');
  // Spoken Indonesian and Javanese: "nyembuhin", "ngobatin" (-in for -kan, no "me-"); not "divaksin".
  const spoken = /^(?:ny|ng)[aeiou]/.test(w) || /^ng[lr][aeiou]/.test(w);
  const hadAn = strip('kan') || strip('an') || (spoken && strip('in'));
  if (!hadAn) {
    strip('ing') || strip('ed') || (/[^aiusy]s$/.test(w) && strip('s'));
  }
  if (hadAn && w.startsWith('ke') && longEnough(w.slice(2))) return w.slice(2);
  if (spoken) w = /^ng[lr]/.test(w) && longEnough(w.slice(2)) ? w.slice(2) : (withoutPrefix(`me${w}`) ?? w);
  for (let i = 0; i < 2; i += 1) {
    const next = withoutPrefix(w);
    if (next === undefined) break;
    w = next;
  }
  return w;
}

/** The words of a text as the search reads them: simplified, "rumah sakit" as "rs", slang expanded. */
function searchWordsOf(text: string): string[] {
  return simplifyText(text)
    .replace(/\brumah sakit\b/g, 'rs')
    .split(' ')
    .filter((token) => token !== '')
    .flatMap((token) => (SLANG.get(token) ?? token).split(' '));
}

/**
 * The search terms of a text: simplified, slang expanded, stop words and bare numbers dropped,
 * stemmed. Questions and the index go through the same function, so they meet in the middle.
 */
export function faqTerms(text: string): string[] {
  const words = searchWordsOf(text);
  // "mbah kulo tanglet, penyakit korona niku menapa to?": what it is, asked in a part of its own.
  const parts = text.split(/[,.;:!?\n]+/);
  const definition =
    asksWhatItIs(words) || (parts.length > 1 && parts.some((part) => asksWhatItIs(searchWordsOf(part))));
  const terms: string[] = definition ? [DEFINITION] : [];
  let sincePurpose = Number.POSITIVE_INFINITY;
  let sinceWhen = Number.POSITIVE_INFINITY;
  for (const [i, word] of words.entries()) {
    sincePurpose += 1;
    sinceWhen += 1;
    if (PURPOSE_WORDS.has(word)) sincePurpose = 0;
    if (WHEN_WORDS.has(word)) sinceWhen = 0;
    // "biar gak ketularan", "supaya keluarga tdk kena", "biar aman dari covid": a purpose then a
    // "not" or "safe" asks how to prevent.
    if (PREVENTED.has(word) && sincePurpose <= PURPOSE_REACH) terms.push('cegah');
    // "ga mau ketularan", "sing arep kena covid", "don't want to catch it": not wanting it asks how to prevent.
    if (CAUGHT.has(word) && notWanted(words.slice(Math.max(0, i - WANT_REACH), i))) terms.push('cegah');
    // "what should i do to not catch covid", "how not to get infected": a "not" with "to", as a purpose.
    const notTo = new Set([words[i - 1], words[i - 2]]);
    if (CAUGHT.has(word) && notTo.has('to') && [...notTo].some((w) => NOT_WANT.has(w ?? '')))
      terms.push('cegah');
    // "kapan corona stop", "when will covid be over": when it ends, not how to stop it spreading;
    // "when can I stop isolating" names what stops.
    const ending = ENDING_WORDS.has(word) && sinceWhen <= WHEN_REACH;
    if (ending && words.slice(i + 1).every((w) => STOP_WORDS.has(w))) {
      terms.push(stem('berakhir'));
      continue;
    }
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    // "my cough wont stop", "batuk gak berhenti2": what goes on, not how to stop the spread.
    if (ENDING_WORDS.has(word) && GOES_ON.has(words[i - 1] ?? '')) continue;
    // "corona itu sudah stop atau masih ada": whether it has ended.
    if (ENDING_WORDS.has(word) && ALREADY.has(words[i - 1] ?? '')) {
      terms.push(stem('berakhir'));
      continue;
    }
    // "how does it work", "do masks work": whether or how something works, not a job.
    if (WORK.has(word) && words.slice(Math.max(0, i - WORK_REACH), i).some((w) => DOES.has(w))) continue;
    terms.push(stem(word));
  }
  return terms;
}

const YEARS = 'tahun|thn|th|taun|tahunan|year|years|yr|yrs';
const MONTHS = 'bulan|bln|month|months|mo';
/** "my grandma is 80", "mbah sudah 75": someone's lifetime said without years, from {@link AGE_ALONE_MIN}. */
const AGE_IS =
  /\b(?:grandma|grandpa|grandmother|grandfather|mother|father|mom|dad|nenek|kakek|mbah|simbah|ibu|bapak)\s+(?:is|sudah|udah|wis|already)\s+(\d{2,3})\b/;
/** "umur 70", "usia 5 tahun", "aged 8". */
const AGE_AFTER_WORD =
  /\b(?:umur|umure|umurnya|usia|usianya|berumur|berusia|age|aged)\s+(\d{1,3})(?:\s+([a-z]+))?/;
/** "my 6 year old", "a 2 month old", "anak 5yo". */
const AGE_OLD = new RegExp(`\\b(\\d{1,3})\\s*(?:(${YEARS}|${MONTHS})\\s+old|(yo))\\b`);
/** "bapak 72 thn": years alone say an age only when that many years is a lifetime. */
const AGE_ALONE = new RegExp(`\\b(\\d{2,3})\\s*(?:${YEARS})\\b`);
const AGE_ALONE_MIN = 50;

/**
 * The age a question gives someone, in whole years (a baby's months are 0), or undefined when it
 * gives none. "sudah 2 tahun" or "isoman 10 hari" are durations, not ages: years count alone only
 * from {@link AGE_ALONE_MIN}, when nothing but a lifetime is that long.
 */
export function ageOf(text: string): number | undefined {
  const simple = simplifyText(text);
  const inYears = (n: string | undefined, unit: string | undefined): number | undefined => {
    if (n === undefined) return undefined;
    return unit !== undefined && new RegExp(`^(?:${MONTHS})$`).test(unit) ? 0 : Number(n);
  };
  const afterWord = AGE_AFTER_WORD.exec(simple);
  if (afterWord) return inYears(afterWord[1], afterWord[2]);
  const old = AGE_OLD.exec(simple);
  if (old) return inYears(old[1], old[2]);
  const alone = AGE_ALONE.exec(simple) ?? AGE_IS.exec(simple);
  if (alone && Number(alone[1]) >= AGE_ALONE_MIN) return Number(alone[1]);
  return undefined;
}

/** English words that mark a question as English (the index's own English words are added). */
const ENGLISH_MARKERS = (
  'what whats how is are the a an of to do does i my me you can should when where which who why it ' +
  'get have has and or for with from hello hi please thanks thank she he mean'
).split(' ');

interface Lexicons {
  id: ReadonlySet<string>;
  en: ReadonlySet<string>;
}

function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => simplifyText(t).split(' ')).filter((w) => w !== ''));
}

/**
 * Words that occur on only one language's side of the content, plus each language's stop words and
 * the slang; words both sides share ("covid", "booster") say nothing about the language.
 */
function lexiconsOf(topics: readonly FaqTopic[]): Lexicons {
  const id = wordsOf([
    ...topics.flatMap((t) => [t.title.id, t.answer.id, t.sms.id, ...t.keywords.id]),
    ...SLANG.keys(),
    ...SLANG.values(),
  ]);
  for (const word of STOP_WORDS_ID) id.add(word);
  const en = wordsOf([
    ...topics.flatMap((t) => [t.title.en, t.answer.en, t.sms.en, ...t.keywords.en]),
    ...STOP_WORDS_EN,
    ...ENGLISH_MARKERS,
  ]);
  const shared = [...id].filter((w) => en.has(w));
  for (const word of shared) {
    id.delete(word);
    en.delete(word);
  }
  // The markers decide short English questions ("is it safe"), even where a word is also Indonesian.
  for (const word of ENGLISH_MARKERS) en.add(word);
  for (const word of ENGLISH_MARKERS) id.delete(word);
  return { id, en };
}

/** English when more of the question's words are English-only than Indonesian-only. */
function languageOf(question: string, lexicons: Lexicons): Lang {
  let id = 0;
  let en = 0;
  for (const word of simplifyText(question).split(' ')) {
    if (lexicons.en.has(word)) en += 1;
    else if (lexicons.id.has(word)) id += 1;
  }
  return en > id ? 'en' : DEFAULT_LANG;
}

interface FaqDocument {
  id: number;
  title: string;
  keywords: string;
  answer: string;
}

/**
 * Keywords say what people ask with; a title is the topic's name; answers only back them up (every
 * answer mentions symptoms, hospitals and masks in passing).
 */
const FIELD_BOOST = { title: 2, keywords: 4, answer: 1 } as const;

/**
 * Words nearly every question to this line contains ("covid", "corona", "virus"). They are the
 * about-covid topic's own keywords, so at full weight they pull every question there; they count
 * only when the question has nothing else ("kopid iku opo?"). "Cara" (how) is one too: it opens
 * half the questions and the transmission topic's title ("Cara penularan"), so "cara isoman yang
 * benar" would otherwise be read as a question about transmission.
 * "Bahaya" (dangerous) too: "diabetes kena covid bahaya?" asks about diabetes, not about the danger
 * signs, whose keyword it also is; alone ("tanda bahaya", "covid bahaya gak") it still counts.
 * "Positif" says the asker or someone near has COVID, not what they ask about it ("aku positif,
 * boleh nyusui?"); "ibu" is a mother or a form of address, not only a pregnant woman.
 */
const BACKGROUND_TERMS = new Set(
  faqTerms(
    'covid corona virus sarscov2 penyakit disease cara bahaya berbahaya dangerous ibu positif positive',
  ),
);
const BACKGROUND_WEIGHT = 0.15;

/** Javanese and krama endings a word may carry that the stemmer leaves: -e, -ne, -ipun, -nipun, -na. */
const SPOKEN_ENDINGS = ['nipun', 'ipun', 'ne', 'na', 'e'];
const SPOKEN_PREFIXES = ['ke', 'ter', 'ka'];
/** How long a word must be before it is read as three or more words run together. */
const RUN_ON_MANY_MIN = 12;

/**
 * The fewest known terms (of three letters or more) and stop words that spell `word` when run
 * together, the stop words left out; undefined when none do.
 */
function runOnWords(word: string, known: ReadonlySet<string>): string[] | undefined {
  const termOf = (piece: string): string | undefined => {
    const spelled = SLANG.get(piece) ?? piece;
    if (STOP_WORDS.has(piece) || STOP_WORDS.has(spelled)) return '';
    if (spelled.includes(' ')) return undefined;
    const stemmed = stem(spelled);
    return known.has(stemmed) ? stemmed : undefined;
  };
  // best[i]: the fewest pieces spelling word[0, i), and their terms.
  const best: ({ pieces: number; terms: string[] } | undefined)[] = [{ pieces: 0, terms: [] }];
  for (let end = 2; end <= word.length; end += 1) {
    for (let start = 0; start <= end - 2; start += 1) {
      const before = best[start];
      if (!before) continue;
      const piece = word.slice(start, end);
      // Two letters are a stop word at most ("ya", "di"): too short to be a term.
      const term = piece.length < 3 ? (STOP_WORDS.has(piece) ? '' : undefined) : termOf(piece);
      if (term === undefined) continue;
      const current = best[end];
      if (!current || before.pieces + 1 < current.pieces)
        best[end] = { pieces: before.pieces + 1, terms: term ? [...before.terms, term] : before.terms };
    }
  }
  return best[word.length]?.terms;
}
/** A run-on word is split only this long, into two parts of at least four letters ("homestay" stays). */
const RUN_ON_MIN = 9;
const RUN_ON_PART_MIN = 4;

/**
 * Terms the index does not know, read as one it does: a Javanese or krama ending taken off
 * ("penularane", "gejalanipun", "gulane"), or two words run together split apart ("gejalacovid").
 * Known terms, and unknown ones that are neither, are kept as they are; so is a word whose repair
 * would be a background word ("carane" is "cara", which says nothing of the topic).
 */
export function repairTerms(terms: readonly string[], known: ReadonlySet<string>): string[] {
  const useful = (term: string) => known.has(term) && !BACKGROUND_TERMS.has(term);
  return terms.flatMap((term) => {
    if (known.has(term)) return [term];
    for (const ending of SPOKEN_ENDINGS) {
      if (!term.endsWith(ending)) continue;
      const base = stem(term.slice(0, -ending.length));
      if (base.length >= 3 && useful(base)) return [base];
    }
    // "ketular", "kebawa": spoken ke- and ter- without the ending the stemmer looks for.
    for (const prefix of SPOKEN_PREFIXES) {
      if (!term.startsWith(prefix)) continue;
      const base = stem(term.slice(prefix.length));
      if (base.length >= 4 && useful(base)) return [base];
    }
    // "caramencegahcovidgimana": several words run together, read as the fewest known words.
    if (term.length >= RUN_ON_MANY_MIN) {
      const words = runOnWords(term, known);
      if (words?.some(useful)) return words;
    }
    if (term.length >= RUN_ON_MIN) {
      for (let i = RUN_ON_PART_MIN; i <= term.length - RUN_ON_PART_MIN; i += 1) {
        const head = stem(term.slice(0, i));
        const tail = stem(term.slice(i));
        if (known.has(head) && known.has(tail) && (useful(head) || useful(tail))) return [head, tail];
      }
    }
    // "vksn", "grts": a known term written without its vowels.
    if (!/[aeiou]/.test(term) && term.length >= VOWELLESS_MIN) {
      const full = (byConsonants(known).get(consonantsOf(term)) ?? []).filter(
        (k) => k[0] === term[0] && useful(k) && inOrder(term, k),
      );
      if (full.length === 1 && full[0] !== undefined) return [full[0]];
    }
    // "symtoms", "isolsi": one slip from exactly one known term, in a word long enough to tell.
    if (term.length < SLIP_MIN) return [term];
    const near = byFirstLetter(known)
      .get(term[0] ?? '')
      ?.filter((k) => editDistance(term, k, 1) <= 1);
    if (near === undefined) return [term];
    return near.length === 1 && near[0] !== undefined && useful(near[0]) ? [near[0]] : [term];
  });
}

/** The shortest unknown term a slip is repaired in: shorter ones are one letter from too many others. */
const SLIP_MIN = 6;

/** The shortest term without vowels read as a known term ("vksn", "grts"): "tgl" could be too many. */
const VOWELLESS_MIN = 4;

/** The known terms by their consonants, once per set: a word written without vowels is looked up here. */
const consonantIndex = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function byConsonants(known: ReadonlySet<string>): Map<string, string[]> {
  let found = consonantIndex.get(known);
  if (!found) {
    found = new Map();
    for (const term of known) {
      const key = consonantsOf(term);
      found.set(key, [...(found.get(key) ?? []), term]);
    }
    consonantIndex.set(known, found);
  }
  return found;
}

/** The known terms by their first letter, once per set: a slip is looked for among these. */
const firstLetters = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function byFirstLetter(known: ReadonlySet<string>): Map<string, string[]> {
  let found = firstLetters.get(known);
  if (!found) {
    found = new Map();
    for (const term of known) {
      const letter = term[0] ?? '';
      const terms = found.get(letter) ?? [];
      terms.push(term);
      found.set(letter, terms);
    }
    firstLetters.set(known, found);
  }
  return found;
}

/** Each topic's log odds from the examples, or undefined when no term of the question is in any. */
type TopicOdds = ReadonlyMap<FaqTopicId, number> | undefined;

/** A topic the question matched: MiniSearch's score ranks, the confidence decides. */
interface Hit {
  topic: FaqTopic;
  score: number;
  confidence: number;
}

/**
 * How sure a hit is. MiniSearch multiplies the summed term scores by the number of question terms
 * matched; dividing that back out leaves the summed evidence, which is then scaled by the square of
 * the share of the question the topic matched (each term weighted): "harga cabai" matches the cost
 * topic on "harga" alone and says nothing about "cabai", so it must not be answered like "harga pcr".
 *
 * @param matchedWeight the weights of the question's terms that the topic matched
 * @param questionWeight the weights of all the question's terms
 */
export function confidenceOf(
  score: number,
  matchedTerms: number,
  matchedWeight: number,
  questionWeight: number,
): number {
  if (matchedTerms === 0 || questionWeight <= 0) return 0;
  return (score / matchedTerms) * (matchedWeight / questionWeight) ** 2;
}

/** What the search learns from the questions people asked: their counts, or the questions themselves. */
export interface FaqSearchExamples {
  /** Counted ahead (`faq-example-counts.json`): what the functions carry. */
  readonly counts?: FaqExampleCounts;
  /** The questions, counted when the first question needs them (tests, and the counting itself). */
  readonly questions?: FaqExamples;
}

/**
 * Whether terms are at least as likely in a question the topics answer as in a message the line does
 * not answer: naive Bayes over the topics' questions pooled, and the messages under
 * {@link OUT_OF_SCOPE_ID}, each term counted once per text. On the labelled sets, each read with the
 * other sets' examples, the search alone answers 25 out-of-scope messages instead of 90, and answers
 * 4,482 questions rightly instead of 4,514 (the others become a choice); none is answered wrongly
 * that was not before. Always true when there are no such messages.
 */
function scopeOf(counts: FaqExampleCounts): (terms: readonly string[]) => boolean {
  const outside = Object.hasOwn(counts, OUT_OF_SCOPE_ID) ? counts[OUT_OF_SCOPE_ID] : undefined;
  if (!outside || outside.examples === 0) return () => true;
  let insideExamples = 0;
  const inside = new Map<string, number>();
  for (const [id, topic] of Object.entries(counts)) {
    if (NOT_TOPIC_IDS.includes(id)) continue;
    insideExamples += topic.examples;
    for (const [term, n] of Object.entries(topic.terms)) inside.set(term, (inside.get(term) ?? 0) + n);
  }
  const outsideOf = (term: string) => (Object.hasOwn(outside.terms, term) ? (outside.terms[term] ?? 0) : 0);
  return (terms) => {
    let odds = 0;
    for (const term of new Set(terms)) {
      const [a, b] = [inside.get(term) ?? 0, outsideOf(term)];
      if (a === 0 && b === 0) continue;
      odds += Math.log((a + 1) / (insideExamples + 2)) - Math.log((b + 1) / (outside.examples + 2));
    }
    return odds >= 0;
  };
}

/**
 * How much more likely a message is to ask the line to stop than to be anything else, as a log odds,
 * before the caller is asked whether they want to stop. On the labelled sets, each read with the
 * other sets' messages and asked of what the SMS commands read as a question: when it was added, of
 * the 22 opt-outs the commands missed in blind25 and optout-g it found 9, and 1 other message; now,
 * of the 27 they miss in all 45 tuning sets, 6, and 7 others (4 out-of-scope messages and 3 asking to
 * join; no question). On the three sets then held out, measured once while it still stopped such
 * callers outright, it found 2 of the 20 opt-outs the commands missed and took 3 other messages (2
 * out-of-scope, 1 asking to join): too unsure to stop anyone on.
 */
export const OPT_OUT_ODDS = 6;

/** Additive smoothing of the opt-out odds: how much a term never seen in a class still counts there. */
const OPT_OUT_SMOOTHING = 0.5;

/**
 * Whether terms ask the line to stop sending: naive Bayes over three classes of messages, those under
 * {@link OPT_OUT_ID}, those under {@link OPT_IN_ID} and all the others (the topics' questions and
 * the messages the line does not answer) pooled, each term counted once per text and only the terms
 * the text holds weighed. Asking to stop must be at least {@link OPT_OUT_ODDS} more likely than
 * anything else, and more likely than asking to start. Always false when there are no such messages.
 */
function optOutOf(counts: FaqExampleCounts): (terms: readonly string[]) => boolean {
  const listed = (id: string) => (Object.hasOwn(counts, id) ? counts[id] : undefined);
  const pooled = { examples: 0, terms: new Map<string, number>() };
  for (const [id, list] of Object.entries(counts)) {
    if (id === OPT_OUT_ID || id === OPT_IN_ID) continue;
    pooled.examples += list.examples;
    for (const [term, n] of Object.entries(list.terms))
      pooled.terms.set(term, (pooled.terms.get(term) ?? 0) + n);
  }
  const asClass = (list: FaqExampleCounts[string] | undefined) => ({
    examples: list?.examples ?? 0,
    terms: new Map(Object.entries(list?.terms ?? {})),
  });
  const [out, into, other] = [asClass(listed(OPT_OUT_ID)), asClass(listed(OPT_IN_ID)), pooled];
  if (out.examples === 0) return () => false;
  const all = out.examples + into.examples + other.examples;
  const classes = [out, into, other];
  return (terms) => {
    const known = [...new Set(terms)].filter((term) => classes.some((c) => c.terms.has(term)));
    const [stop = 0, start = 0, rest = 0] = classes.map((c) =>
      known.reduce(
        (sum, term) =>
          sum +
          Math.log(((c.terms.get(term) ?? 0) + OPT_OUT_SMOOTHING) / (c.examples + 2 * OPT_OUT_SMOOTHING)),
        Math.log((c.examples + 1) / (all + classes.length)),
      ),
    );
    return stop - rest >= OPT_OUT_ODDS && stop >= start;
  };
}

/** The search terms of a text as the search over these topics reads them, unknown words repaired. */
function searchTerms(topics: readonly FaqTopic[]): {
  subjects: ReadonlySet<string>;
  termsOf: (text: string) => string[];
  vocabulary: ReadonlySet<string>;
} {
  const subjects = new Set(
    topics.flatMap((t) =>
      [t.title.id, t.title.en, ...t.keywords.id, ...t.keywords.en].flatMap((text) => faqTerms(text)),
    ),
  );
  /** Every term the index holds: what an unknown word of a question is repaired towards. */
  const vocabulary = new Set([
    ...subjects,
    ...topics.flatMap((t) => [t.answer.id, t.answer.en].flatMap((text) => faqTerms(text))),
  ]);
  return { subjects, termsOf: (text) => repairTerms(faqTerms(text), vocabulary), vocabulary };
}

/** The counts `faq-example-counts.json` holds: the questions read as the search over `topics` reads them. */
export function countFaqExamples(topics: readonly FaqTopic[], questions: FaqExamples): FaqExampleCounts {
  return countExamples(questions, searchTerms(topics).termsOf);
}

/**
 * Builds the FAQ index over every topic's title, keywords and answer in both languages (a few
 * milliseconds, once per process); a search then takes well under a millisecond.
 */
export function createFaqSearch(topics: readonly FaqTopic[], learned: FaqSearchExamples = {}): FaqSearch {
  const index = new MiniSearch<FaqDocument>({
    fields: ['title', 'keywords', 'answer'],
    tokenize: (text) => faqTerms(text),
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      // Prefix matching finds `vaksinasi` from `vaksin`. A typo is guessed in words of five letters or
      // more: shorter ones are one letter from too many others ("take" and "fake", "shoe" and "shot").
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // The question is already in terms: split it on spaces only, not again through `faqTerms`.
      tokenize: (text) => text.split(' ').filter((t) => t !== ''),
      processTerm: (term) => term,
    },
  });
  index.addAll(
    topics.map((topic, i) => ({
      id: i,
      title: `${topic.title.id} ${topic.title.en}`,
      // Separate phrases so that the end of one and the start of the next are not read as one.
      keywords: [...topic.keywords.id, ...topic.keywords.en].join(' . '),
      answer: `${topic.answer.id} ${topic.answer.en}`,
    })),
  );
  const lexicons = lexiconsOf(topics);
  // Built by the first question the search finds a topic for.
  let counted: FaqExampleCounts | undefined;
  const counts = () => {
    counted ??= learned.counts ?? countExamples(learned.questions ?? {}, termsOf);
    return counted;
  };
  let ranker: ExampleRanker | undefined;
  const examples = (): ExampleRanker => {
    ranker ??= createExampleRanker(topics, counts(), termsOf);
    return ranker;
  };
  let scope: ((terms: readonly string[]) => boolean) | undefined;
  const inScope = (terms: readonly string[]) => {
    scope ??= scopeOf(counts());
    return scope(terms);
  };
  let optOut: ((terms: readonly string[]) => boolean) | undefined;
  const { subjects, termsOf, vocabulary } = searchTerms(topics);
  let known: ReadonlySet<string> | undefined;

  /**
   * Each topic's audience as search terms. A word whose terms are more than one ("bumil", read as
   * "ibu hamil") is left out: "ibu" alone is any mother, not a pregnant one.
   */
  const audiences = topics.map((topic) => {
    const words = topic.audience ? [...topic.audience.id, ...topic.audience.en] : [];
    return new Set(words.map((word) => faqTerms(word)).flatMap((terms) => (terms.length === 1 ? terms : [])));
  });

  /**
   * A question that names a topic's audience is about them: that topic goes first, as sure as the
   * best hit ("lansia perlu booster?" is the elderly topic, which says what boosters mean for them,
   * not the vaccine topic). Of two audiences named, the better-ranked topic wins.
   */
  function audienceOf(terms: readonly string[], age: number | undefined, hits: Hit[]): FaqTopic | undefined {
    const ofAge = (ages: readonly [number, number] | undefined) =>
      age !== undefined && ages !== undefined && age >= ages[0] && age <= ages[1];
    const named = topics.flatMap((topic, i) =>
      terms.some((term) => audiences[i]?.has(term)) || ofAge(topic.audience?.ages) ? [topic] : [],
    );
    const rank = (topic: FaqTopic) => {
      const at = hits.findIndex((h) => h.topic === topic);
      return at === -1 ? hits.length : at;
    };
    return [...named].sort((a, b) => rank(a) - rank(b))[0];
  }

  /**
   * Whether the audience's topic is among the {@link AUDIENCE_RANK} likeliest on the search's and
   * the examples' evidence together, as it is when the question is about them.
   */
  function audienceLikely(topic: FaqTopic, odds: TopicOdds, found: Hit[]): boolean {
    const evidence = evidenceOf(odds, found);
    const pool = [...new Set([...found.slice(0, POOL_SIZE).map((h) => h.topic), topic])];
    return pool.sort((a, b) => evidence(b) - evidence(a)).indexOf(topic) < AUDIENCE_RANK;
  }

  /**
   * How strongly the search's hits and the examples' odds together point to a topic: the odds, and
   * the topic's score as a share of the best hit's (a topic the search missed counts a little).
   */
  function evidenceOf(odds: TopicOdds, hits: Hit[]): (topic: FaqTopic) => number {
    const top = hits[0]?.score ?? 1;
    const scoreOf = (topic: FaqTopic) => hits.find((h) => h.topic === topic)?.score ?? 0;
    return (topic) => (odds?.get(topic.id) ?? 0) + Math.log(scoreOf(topic) / top + UNMATCHED_SHARE);
  }

  /** The hits with the audience's topic first, as sure as the best hit. */
  function forAudience(topic: FaqTopic | undefined, hits: Hit[]): Hit[] {
    const [best] = hits;
    if (!best || !topic || topic === best.topic) return hits;
    const own = hits.find((h) => h.topic === topic);
    const first: Hit = {
      topic,
      score: Math.max(own?.score ?? 0, best.score),
      confidence: Math.max(own?.confidence ?? 0, best.confidence),
    };
    return [first, ...hits.filter((h) => h.topic !== topic)];
  }

  /** The topics the terms match, best first. */
  function hitsFor(terms: readonly string[]): Hit[] {
    const unique = [...new Set(terms)];
    const focused = unique.some((t) => !BACKGROUND_TERMS.has(t));
    const weight = (term: string): number => (focused && BACKGROUND_TERMS.has(term) ? BACKGROUND_WEIGHT : 1);
    const questionWeight = unique.reduce((sum, t) => sum + weight(t), 0);
    if (unique.length === 0) return [];
    return index.search(unique.join(' '), { boostTerm: weight }).flatMap((result) => {
      const topic = topics[result.id as number];
      if (!topic) return [];
      const matched = result.queryTerms;
      const matchedWeight = matched.reduce((sum, t) => sum + weight(t), 0);
      const confidence = confidenceOf(result.score, matched.length, matchedWeight, questionWeight);
      return [{ topic, score: result.score, confidence }];
    });
  }

  return {
    search(question) {
      const asked = question.slice(0, MAX_QUESTION_CHARS);
      const lang = languageOf(asked, lexicons);
      const terms = termsOf(asked);
      const found = hitsFor(terms);
      // "corona niku sejatine nopo? kulo tiyang sepuh": what COVID is, whoever asks it.
      // "sy mau jenguk bayi sodara, biar gk bawa virus hrs ngapain": an audience named, the question
      // clearly of another topic (the audience's is not among the likeliest) is that topic's.
      if (found.length === 0) return { kind: 'none', lang };
      const odds = examples().logOdds(terms);
      const named = terms.includes(DEFINITION) ? undefined : audienceOf(terms, ageOf(asked), found);
      const audience = named && audienceLikely(named, odds, found) ? named : undefined;
      const hits = forAudience(audience, found);
      const [best] = hits;
      if (!best) return { kind: 'none', lang };
      // The search's and the examples' evidence together rank the topics (the examples' likeliest
      // is ranked even when the search missed it), a named audience first: the content's own rule.
      const likeliest = audience ?? topics.find((t) => t.id === likeliestOf(odds));
      const scoreOf = (topic: FaqTopic) => hits.find((h) => h.topic === topic)?.score ?? 0;
      const evidence = evidenceOf(odds, hits);
      const pool = [
        ...new Set([...hits.slice(0, POOL_SIZE).map((h) => h.topic), ...(likeliest ? [likeliest] : [])]),
      ];
      const ranked = pool.sort(
        (a, b) => Number(b === audience) - Number(a === audience) || evidence(b) - evidence(a),
      );
      if (best.confidence >= ANSWER_THRESHOLD) {
        // One word ("COVID", a reply word) is what the keywords are for: the examples judge a question.
        const question = new Set(terms).size > 1;
        // Sure, unless the evidence together ranks another topic first (both are offered, that one
        // first), or the examples alone point to another ("harga masker n95" could ask about masks
        // or about costs: both are offered, the search's first).
        const [first] = ranked;
        if (question && first && first !== best.topic)
          return { kind: 'suggest', topics: [first, best.topic], lang };
        if (question && likeliest && likeliest !== best.topic)
          return { kind: 'suggest', topics: [best.topic, likeliest], lang };
        // "Maaf pak, besok saya izin tidak masuk kerja": words more like the messages the line does
        // not answer than like the questions it does are offered a choice, never answered outright.
        if (!inScope(terms)) {
          const next = ranked.find((topic) => topic !== best.topic);
          return { kind: 'suggest', topics: next ? [best.topic, next] : [best.topic], lang };
        }
        return { kind: 'answer', topic: best.topic, score: best.confidence, lang };
      }
      // Not sure: offered in that order.
      const offered = ranked.filter(
        (topic, i) => i < SUGGEST_MIN || scoreOf(topic) >= best.score * THIRD_SUGGESTION_SHARE,
      );
      return { kind: 'suggest', topics: offered.slice(0, SUGGEST_MAX), lang };
    },
    mentionsTopic(text) {
      return termsOf(text.slice(0, MAX_QUESTION_CHARS)).some((term) => subjects.has(term));
    },
    readsAsOptOut(text) {
      optOut ??= optOutOf(counts());
      return optOut(termsOf(text.slice(0, MAX_QUESTION_CHARS)));
    },
    knowsWords(text) {
      known ??= new Set([
        ...vocabulary,
        ...Object.values(counts()).flatMap((topic) => Object.keys(topic.terms)),
      ]);
      const vocabularyOf = known;
      return termsOf(text.slice(0, MAX_QUESTION_CHARS)).every(
        (term) => /^\d+$/.test(term) || vocabularyOf.has(term),
      );
    },
  };
}
