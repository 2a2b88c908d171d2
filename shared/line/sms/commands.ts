import type { Lang } from '../../lang.js';
import { homeServiceAt } from '../home-menu.js';
import type { PlaceResolution } from '../places.js';
import type { AgeBand, Symptom, TriageAnswers } from '../triage.js';
import {
  asksAboutHospitalCare,
  canonical,
  caseToldPlainly,
  hospitalPlaceWords,
  intentOf,
  type MentionsTopic,
  namesOtherIllness,
  namesSymptoms,
  onlyCourtesy,
  reportsElsewhere,
} from './intents.js';
import { editDistance, fold, foldedSet, type Token, tokensOf } from './tokens.js';

/**
 * Reading an inbound SMS: which command it is (`RS sempu`, `JAM`, `LAPOR demam batuk genteng`,
 * `STOP`...) or, failing that, a question for the FAQ search; and what a one-message symptom report
 * says. Pure: no storage, no clock; the place resolver is passed in.
 */

/** What an inbound SMS asks for. */
export type SmsCommand =
  /** INFO, MENU, BANTUAN, HELP, `?`, or only a greeting. */
  | { kind: 'help' }
  /** JAM, HOTLINE. */
  | { kind: 'hotlines' }
  /** RS <place>; `place` is '' when none was given, and is not yet resolved. */
  | { kind: 'hospital'; place: string }
  /** LAPOR <symptoms, exposure, risk, place>: see {@link parseReportText}. */
  | { kind: 'report'; text: string }
  /** STOP, BERHENTI, UNREG. */
  | { kind: 'stop' }
  /** No rule reads an opt-out, but the words are far more like messages asking to stop than anything else. */
  | { kind: 'stop-ask' }
  /** START, MULAI, REG. */
  | { kind: 'start' }
  /** ENGLISH, INGGRIS, EN / INDONESIA, BAHASA, ID. */
  | { kind: 'language'; lang: Lang }
  /** Only thanks: "makasih min", "matur nuwun", "thanks". */
  | { kind: 'thanks' }
  /** About something the line does not cover: answered with where to ask instead. */
  | { kind: 'off-topic' }
  /** Anything else, as typed (trimmed): a question for the FAQ search. */
  | { kind: 'question'; text: string };

/** SMS are at most a few hundred characters; anything longer is cut before it is read. */
const MAX_SMS_CHARS = 480;

type Keyword = 'help' | 'hotlines' | 'hospital' | 'report' | 'stop' | 'start' | 'en' | 'id';

/**
 * Keywords and the misspellings people make of them, folded (`inggris` is `ingris` once its double
 * letter collapses). Short keywords list their variants here rather than matching loosely: `lapar`
 * is one letter from `lapor`, and `bahaya` (a FAQ word) one letter from `bahasa`.
 */
const KEYWORD_LIST: Readonly<Record<string, Keyword>> = {
  info: 'help',
  inf: 'help',
  ifno: 'help',
  menu: 'help',
  mnu: 'help',
  meny: 'help',
  menyu: 'help',
  mneu: 'help',
  emnu: 'help',
  manu: 'help',
  bantuan: 'help',
  bantu: 'help',
  bantuin: 'help',
  bntuan: 'help',
  help: 'help',
  hlp: 'help',
  halp: 'help',
  hepl: 'help',
  helep: 'help',
  jam: 'hotlines',
  hotline: 'hotlines',
  hotlines: 'hotlines',
  hotlen: 'hotlines',
  rs: 'hospital',
  rsu: 'hospital',
  rsud: 'hospital',
  lapor: 'report',
  lapr: 'report',
  lpr: 'report',
  lpor: 'report',
  lapur: 'report',
  laport: 'report',
  laporan: 'report',
  report: 'report',
  stop: 'stop',
  stp: 'stop',
  sotp: 'stop',
  stpo: 'stop',
  setop: 'stop',
  berhenti: 'stop',
  brhenti: 'stop',
  unreg: 'stop',
  unsub: 'stop',
  start: 'start',
  strat: 'start',
  mulai: 'start',
  mlai: 'start',
  reg: 'start',
  english: 'en',
  englis: 'en',
  inglish: 'en',
  ingris: 'en',
  inggris: 'en',
  en: 'en',
  eng: 'en',
  indonesia: 'id',
  indonesian: 'id',
  indo: 'id',
  id: 'id',
  ind: 'id',
  bahasa: 'id',
};

const KEYWORDS = new Map(Object.entries(KEYWORD_LIST).map(([word, keyword]) => [fold(word), keyword]));

/** Long keywords also match one edit away (`berhentii`, `hotlinr`, `indonesai`): no FAQ word is that close. */
const LOOSE_KEYWORDS = (
  [
    ['bantuan', 'help'],
    ['berhenti', 'stop'],
    ['hotline', 'hotlines'],
    ['english', 'en'],
    ['indonesia', 'id'],
  ] as const
).map(([word, keyword]) => [fold(word), keyword] as const);

function keywordOf(key: string | undefined): Keyword | undefined {
  if (key === undefined) return undefined;
  const exact = KEYWORDS.get(key);
  if (exact) return exact;
  if (key.length < 6) return undefined;
  return LOOSE_KEYWORDS.find(([word]) => editDistance(key, word, 1) <= 1)?.[1];
}

/** Greetings and forms of address people open a message with: "min, rs sempu", "selamat pagi". */
const GREETINGS = foldedSet(
  'halo hallo helo hello hai hi hy hey hei p pagi siang sore malam met selamat salamet selamet kenal assalamualaikum asalamualaikum ' +
    'assalamu alaikum asslm aslm askum salam wr wb warahmatullahi wabarakatuh permisi maaf min admin pak bu kak mas ' +
    'mbak dok dik cak ning sugeng enjing enjang siyang sonten dalu ndalu wengi kulonuwun punten sampurasun good morning ' +
    'afternoon evening there anyone around slmt malem ass spada asslmkm kabare howdy woy woi rek lur bro oi swastiastu om shalom',
);

/** Checking that the line answers: "cek", "coba", "mic check 123". */
const LINE_CHECK = foldedSet('cek check coba mic');
/** "Menu" as people type it, before a home-menu number: "menu 2", "mnu 2". */
const MENU_WORDS = foldedSet('menu mnu meny menyu mneu emnu manu');
/** "tes tes", "test 123": checking the line, when said more than once or with a number. */
const TESTING = foldedSet('tes test testing');
/** "tes tes masuk ga?": asking whether the message got through. */
const CHECK_FILLER = foldedSet('masuk ga gak nggak sampai nyampe received ok');

/** Words that may follow a help or language keyword without making it a question: "help me", "english pls". */
const COURTESY = foldedSet(
  'me please pls plz dong ya yah min saja aja ae only language lang mode version versi bahasa utama nggih kak mas mbak',
);

/** "Let's", before START: "ayo mulai". */
const LETS = foldedSet('ayo ayok ayuk yuk yok');

/** What may follow START or MULAI: "mulai lagi", "start again". Anything else makes it a question. */
const START_WORDS = foldedSet(
  'lagi lg again ulang sms info infonya covid please pls dong ya kirim send sending me messages updates pesan min kak ' +
    'admin',
);

/** What `JAM` is followed by when the hotline hours are meant, not a question about some other time. */
const HOURS_WORDS = foldedSet('buka layanan operasional hotline telepon telpon tlp call center kerja');

/** What may follow `JAM buka`: the line itself and courtesy ("jam buka hotline covid dong"). */
const HOURS_FOLLOWERS = new Set([
  ...HOURS_WORDS,
  ...COURTESY,
  ...foldedSet('covid corona cacak jatim ini layanan berapa brp apa kapan sampai hari'),
]);

/**
 * Words that wrap a place after `RS` ("rs rujukan covid di sempu", "rs mana yg dekat genteng"): they
 * are trimmed from either end of the place, never from its middle.
 */
const PLACE_WRAPPERS = foldedSet(
  'rujukan covid corona terdekat dekat di dari ke untuk utk yang yg dimana mana apa ada daerah wilayah ' +
    'sekitar saja aja ya dong terima pasien nya near nearest in at the for hospital referral msh masih kamar kosong ' +
    'dkt deket bisa bs nerima menerima ngobati merawat',
);

/** The text after token `i`, from the original message, without leading punctuation. */
function restAfter(text: string, tokens: readonly Token[], i: number): string {
  const next = tokens[i + 1];
  return next ? text.slice(next.start).trim() : '';
}

function placeAfter(text: string, tokens: readonly Token[], i: number): string {
  let first = i + 1;
  let last = tokens.length - 1;
  while (first <= last && PLACE_WRAPPERS.has(tokens[first]?.key ?? '')) first += 1;
  while (last >= first && PLACE_WRAPPERS.has(tokens[last]?.key ?? '')) last -= 1;
  const from = tokens[first];
  const to = tokens[last];
  return from && to && first <= last ? text.slice(from.start, to.end).trim() : '';
}

/** True when every token after `i` is in `words`. */
function onlyFollowedBy(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  return tokens.slice(i + 1).every((t) => words.has(t.key));
}

/**
 * Reads an inbound SMS. Case, spaces, punctuation (`RS:`, `rs.`, `R S`), a leading greeting and
 * common misspellings of the keywords are forgiven. A keyword alone is that command; some also lead
 * a longer message (`RS <place>`, `LAPOR <...>`, `STOP ...`, `UNREG ...`, `REG ...`). Anything else
 * is a question, passed on as typed. Never throws.
 *
 * @param readsAsOptOut whether the examples say a message asks the line to stop: asked only of a
 *   message the rules read as a question, which is then asked whether to stop (`stop-ask`), not
 *   stopped. One they read as about something else ("my bank keeps sending me sms") stays so: on the
 *   labelled sets the examples took 8 such messages for opt-outs, and 2 opt-outs.
 * @param resolvePlace where a place named in the message is: symptoms told with a place and nothing
 *   asked ("demam batuk Sempu") are a report, though no one is named as sick.
 */
export function parseSmsCommand(
  text: string,
  mentionsTopic?: MentionsTopic,
  readsAsOptOut?: (text: string) => boolean,
  resolvePlace?: (query: string) => PlaceResolution,
): SmsCommand {
  const message = text.normalize('NFKC').slice(0, MAX_SMS_CHARS).trim();
  const all = tokensOf(message);
  const questionMark = message.endsWith('?');
  // "cek cek", "mic check 123", "tes tes": checking the line works, answered with what it offers.
  // ("TES" alone is the testing topic's reply word.)
  const checks = all.length > 1 ? [LINE_CHECK, TESTING, CHECK_FILLER] : [LINE_CHECK];
  if (
    all.some((t) => checks.some((set) => set.has(t.key))) &&
    all.every((t) => checks.some((set) => set.has(t.key)) || /^\d+$/.test(t.key))
  )
    return { kind: 'help' };
  let at = 0;
  // "kulo nuwun" (may I come in) and "nuwun sewu" (excuse me) greet, though "nuwun" alone thanks.
  // "apa kabar", "ponapa kabar": how are you.
  const kuloNuwun = (i: number) =>
    (['kulo', 'kula'].includes(all[i]?.key ?? '') && all[i + 1]?.key === 'nuwun') ||
    (all[i]?.key === 'nuwun' && all[i + 1]?.key === 'sewu') ||
    (['apa', 'ponapa', 'piye', 'pripun'].includes(all[i]?.key ?? '') &&
      ['kabar', 'kabare'].includes(all[i + 1]?.key ?? ''));
  while (at < all.length && (GREETINGS.has(all[at]?.key ?? '') || kuloNuwun(at))) at += kuloNuwun(at) ? 2 : 1;
  // "assalamu alaikum" or "selamat pagi" alone, "?" alone, or nothing: what can they send?
  if (at === all.length) return { kind: 'help' };
  // "ayo mulai", "yuk start lagi": "let's" before START.
  if (LETS.has(all[at]?.key ?? '') && keywordOf(all[at + 1]?.key) === 'start') at += 1;

  const tokens = all.slice(at);
  const [head, second] = tokens;
  // `R S sempu`: the two letters spaced out.
  const rsSpaced = head?.key === 'r' && second?.key === 's';
  // "rmh sakit rujukan", Madurese "roma saket".
  const rumahSakit = HOUSE.has(head?.key ?? '') && SICK.has(second?.key ?? '');
  // "rumah sakit jiwa di lawang", "rumah sakit hewan": someone else's hospital.
  const keyword = keywordOf(head?.key);
  if (rsSpaced || rumahSakit || keyword === 'hospital') {
    // "rumah sakit jiwa di lawang", "rs yg ada dokter gigi": someone else's hospital.
    if (intentOf(tokens, questionMark)?.kind === 'off-topic') return { kind: 'off-topic' };
    // "rs minta bayar perawatan covid, bukannya gratis?": what care costs is the FAQ's.
    if (asksAboutHospitalCare(tokens)) return { kind: 'question', text: message };
    // "RS terdekat dmn", "rumah sakit rujukan covid terdekat dmn": only words of the request follow, no
    // place. What else follows is the place as typed, and one not found is said to be ("RS Jakarta").
    const after = tokens.slice(keyword === 'hospital' ? 1 : 2);
    if (resolvePlace && hospitalPlaceWords(after) === '') return { kind: 'hospital', place: '' };
    return { kind: 'hospital', place: placeAfter(message, tokens, keyword === 'hospital' ? 0 : 1) };
  }
  const alone = tokens.length === 1;
  // "ON", "ON lagi": switched back on, said alone (not "hello there, anyone on?").
  const onAgain = at === 0 && !questionMark && head?.key === 'on' && tokens.length <= 2;
  if (onAgain && tokens.slice(1).every((t) => SWITCHED_AGAIN.has(t.key))) return { kind: 'start' };
  switch (keyword) {
    case 'report':
      // "lapor kehilangan motor", "lapor jalan rusak": a report for someone else; a symptom named keeps
      // it a report ("lapor demam batuk, harga obat mahal"), unless another illness has it ("lapor, 3
      // anak kena demam berdarah, minta fogging").
      if (
        intentOf(tokens.slice(1), questionMark)?.kind === 'off-topic' &&
        (!namesSymptoms(tokens) || namesOtherIllness(tokens))
      )
        return { kind: 'off-topic' };
      // "lapor ke hrd dulu atau isolasi?": a report to someone else is a question.
      if (reportsElsewhere(tokens)) break;
      return { kind: 'report', text: restAfter(message, tokens, 0) };
    // "stop demam pakai obat apa" and "unreg sim card caranya" are questions: STOP, BERHENTI and
    // UNREG lead an opt-out when the rest is about the messages or the line ("UNREG COVID").
    case 'stop':
      if (alone || intentOf(tokens, questionMark)?.kind === 'stop') {
        return { kind: 'stop' };
      }
      break;
    case 'start':
      // "mulai kapan vaksin booster?" is a question; `REG COVID` is how Indonesian services subscribe.
      // `REG OFF` is how the same services unsubscribe.
      if (head?.key === 'reg' && second?.key === fold('off')) return { kind: 'stop' };
      // "reg stop untuk paket nelpon gimana": an operator's package stopped, asked; "REG STOP COVID" stops.
      if (head?.key === 'reg' && keywordOf(second?.key) === 'stop') {
        if (intentOf(tokens.slice(1), questionMark)?.kind === 'stop') return { kind: 'stop' };
        break;
      }
      if (head?.key === 'reg' || onlyFollowedBy(tokens, 0, START_WORDS)) return { kind: 'start' };
      break;
    case 'hotlines':
      // "hotline bank bri": someone else's line.
      if (intentOf(tokens.slice(1), questionMark)?.kind === 'off-topic') return { kind: 'off-topic' };
      // "jam buka kantor pos": the hours of something else named after them are not the hotlines'.
      if (alone || head?.key !== 'jam') return { kind: 'hotlines' };
      if (HOURS_WORDS.has(second?.key ?? '') && onlyFollowedBy(tokens, 1, HOURS_FOLLOWERS))
        return { kind: 'hotlines' };
      break;
    case 'help': {
      // "menu 2", "menu 2 hotline": the home menu's service by its number, as the FAQ answers point to
      // it ("hotline (menu 2)"); the FAQ and the language are what the help reply explains.
      const service = MENU_WORDS.has(head?.key ?? '') ? homeServiceAt(second?.key ?? '') : undefined;
      if (service === 'hotlines') return { kind: 'hotlines' };
      if (service === 'hospital') return { kind: 'hospital', place: '' };
      if (service === 'report') return { kind: 'report', text: '' };
      if (service !== undefined) return { kind: 'help' };
      // "bantuan menu", "info menu": help keywords and courtesy only.
      if (tokens.slice(1).every((t) => COURTESY.has(t.key) || keywordOf(t.key) === 'help'))
        return { kind: 'help' };
      break;
    }
    case 'en':
    case 'id': {
      // "bahasa inggris", "bahasa indonesia": the second word says which.
      const next = keywordOf(second?.key);
      const lang: Lang = head?.key === 'bahasa' && next === 'en' ? 'en' : keyword;
      const named = head?.key === 'bahasa' && (next === 'en' || next === 'id') ? 1 : 0;
      if (onlyFollowedBy(tokens, named, COURTESY)) return { kind: 'language', lang };
      break;
    }
    case undefined:
      break;
  }
  // No command word first: what do the words ask for?
  const intent = intentOf(tokens, questionMark, mentionsTopic)?.kind;
  // "hi there", "permisi numpang tanya": a greeting, and nothing asked.
  if (intent === undefined && at > 0 && mentionsTopic && onlyCourtesy(tokens, mentionsTopic))
    return { kind: 'help' };
  switch (intent) {
    case 'stop':
      return { kind: 'stop' };
    case 'start':
      return { kind: 'start' };
    case 'thanks':
      return { kind: 'thanks' };
    case 'help':
      return { kind: 'help' };
    case 'language-en':
      return { kind: 'language', lang: 'en' };
    case 'language-id':
      return { kind: 'language', lang: 'id' };
    case 'hotlines':
      return { kind: 'hotlines' };
    case 'hospital': {
      // "mohon info rumah sakit rujukan covid terdekat", "omah sakit sing nompo pasien covid nang ndi
      // lur": the words left beside the request may name no place at all, and then none was given
      // (the caller is asked where they are, not told that "mohon" is no place).
      const place = hospitalPlaceWords(tokens);
      return { kind: 'hospital', place: namesAPlace(place, resolvePlace) ? place : '' };
    }
    case 'report':
      return { kind: 'report', text: message };
    case 'off-topic':
      return { kind: 'off-topic' };
    case undefined: {
      // "demam batuk Sempu", "anak panas 3 hari, Kalibaru", "ana' sengko' positif swab, e Socah":
      // symptoms or a positive result told with where the caller is.
      if (resolvePlace && caseToldPlainly(canonical(tokens), questionMark)) {
        const place = parseReportText(message, resolvePlace).place;
        if (place !== undefined && place.kind !== 'not-found') return { kind: 'report', text: message };
      }
      return readsAsOptOut?.(message) ? { kind: 'stop-ask' } : { kind: 'question', text: message };
    }
  }
}

/**
 * Whether the words a hospital request carries name a place the resolver knows (always, without a
 * resolver): when they do not, the caller is asked where they are rather than told that "sini dmn" or
 * "mohon" is no place.
 */
function namesAPlace(words: string, resolvePlace?: (query: string) => PlaceResolution): boolean {
  return !resolvePlace || words === '' || hospitalPlaceIn(words, resolvePlace).kind !== 'not-found';
}

/** "Rumah sakit" as people write its two words, leading a request. */
const HOUSE = foldedSet('rumah rmh roma');
const SICK = foldedSet('sakit skt saket');

/** After "on": "ON lagi", "on again". */
const SWITCHED_AGAIN = foldedSet('lagi lg again maneh meneh');

/** What a one-message report said, and what it still lacks. */
export interface ParsedReport {
  /** Only what the message said; a field it did not mention is left out. */
  answers: Partial<TriageAnswers>;
  /** The place the leftover words name, or undefined when no words were left. */
  place: PlaceResolution | undefined;
  /** What to ask for: no symptoms (nor "sehat") were named, or no place was found. */
  missing: ('symptoms' | 'place')[];
}

type Finding =
  | { kind: 'symptom'; symptom: Symptom }
  | { kind: 'no-symptoms' }
  | { kind: 'contact' }
  | { kind: 'travel' }
  | { kind: 'chronic' }
  | { kind: 'elderly' }
  | { kind: 'negation' }
  /** Words that are not a place and say nothing the triage uses ("orang tua": parents, not old age). */
  | { kind: 'noise' };

/** Spelling variants, Javanese and English, turned into the words the phrases below are written in. */
const REPORT_SLANG_LIST: Readonly<Record<string, string>> = {
  gk: 'tidak',
  ga: 'tidak',
  gak: 'tidak',
  ngak: 'tidak',
  nga: 'tidak',
  enga: 'tidak',
  engak: 'tidak',
  tdk: 'tidak',
  tak: 'tidak',
  ora: 'tidak',
  ndak: 'tidak',
  no: 'tidak',
  not: 'tidak',
  tanpa: 'tidak',
  without: 'tidak',
  bs: 'bisa',
  iso: 'bisa',
  nafas: 'napas',
  nfas: 'napas',
  bernafas: 'napas',
  bernapas: 'napas',
  breath: 'napas',
  breathe: 'napas',
  breathing: 'napas',
  mencium: 'cium',
  nyium: 'cium',
  ngambu: 'cium',
  penciuman: 'cium',
  smell: 'cium',
  watuk: 'batuk',
  batok: 'batuk',
  bhatok: 'batuk',
  cough: 'batuk',
  coughing: 'batuk',
  mriyang: 'demam',
  meriang: 'demam',
  fever: 'demam',
  sumeng: 'demam',
  sesek: 'sesak',
  bumil: 'hamil',
  meteng: 'hamil',
  pregnant: 'hamil',
  positip: 'positif',
  positive: 'positif',
  contact: 'kontak',
  manula: 'lansia',
  sepuh: 'lansia',
  elderly: 'lansia',
  tuwo: 'tua',
  old: 'tua',
  symptoms: 'gejala',
  symptom: 'gejala',
};

const REPORT_SLANG = new Map(Object.entries(REPORT_SLANG_LIST).map(([from, to]) => [fold(from), fold(to)]));

/**
 * Phrases of a report, longest first where one contains another. Each says what it finds;
 * "tidak" before a symptom or an exposure cancels it ("demam tapi tidak sesak").
 */
const REPORT_PHRASES: readonly [string, Finding][] = [
  ['tidak ada gejala', { kind: 'no-symptoms' }],
  ['tidak gejala', { kind: 'no-symptoms' }],
  ['tidak bergejala', { kind: 'no-symptoms' }],
  ['tidak bisa cium', { kind: 'symptom', symptom: 'smell-taste' }],
  ['tidak cium', { kind: 'symptom', symptom: 'smell-taste' }],
  ['tidak bisa merasa', { kind: 'symptom', symptom: 'smell-taste' }],
  ['tidak ada rasa', { kind: 'symptom', symptom: 'smell-taste' }],
  ['hilang cium', { kind: 'symptom', symptom: 'smell-taste' }],
  ['hilang rasa', { kind: 'symptom', symptom: 'smell-taste' }],
  ['hilang perasa', { kind: 'symptom', symptom: 'smell-taste' }],
  ['mati rasa', { kind: 'symptom', symptom: 'smell-taste' }],
  ['lidah hambar', { kind: 'symptom', symptom: 'smell-taste' }],
  ['anosmia', { kind: 'symptom', symptom: 'smell-taste' }],
  ['cium', { kind: 'symptom', symptom: 'smell-taste' }],
  ['hambar', { kind: 'symptom', symptom: 'smell-taste' }],
  ['taste', { kind: 'symptom', symptom: 'smell-taste' }],
  ['sakit tenggorokan', { kind: 'symptom', symptom: 'sore-throat' }],
  ['tenggorokan sakit', { kind: 'symptom', symptom: 'sore-throat' }],
  ['nyeri telan', { kind: 'symptom', symptom: 'sore-throat' }],
  ['sakit menelan', { kind: 'symptom', symptom: 'sore-throat' }],
  ['sore throat', { kind: 'symptom', symptom: 'sore-throat' }],
  ['tenggorokan', { kind: 'symptom', symptom: 'sore-throat' }],
  ['radang', { kind: 'symptom', symptom: 'sore-throat' }],
  ['throat', { kind: 'symptom', symptom: 'sore-throat' }],
  ['sesak napas', { kind: 'symptom', symptom: 'breathing' }],
  ['susah napas', { kind: 'symptom', symptom: 'breathing' }],
  ['sulit napas', { kind: 'symptom', symptom: 'breathing' }],
  ['sesak', { kind: 'symptom', symptom: 'breathing' }],
  ['napas', { kind: 'symptom', symptom: 'breathing' }],
  ['breathless', { kind: 'symptom', symptom: 'breathing' }],
  ['bibir biru', { kind: 'symptom', symptom: 'breathing' }],
  ['blue lips', { kind: 'symptom', symptom: 'breathing' }],
  ['lips blue', { kind: 'symptom', symptom: 'breathing' }],
  ['short of napas', { kind: 'symptom', symptom: 'breathing' }],
  // Chest pain or pressure ("dada agak berat", "nyeri dada", "chest pain"): WHO names it with
  // difficulty breathing as needing care at once, so it is triaged, and kept, with it.
  ['dada', { kind: 'symptom', symptom: 'breathing' }],
  ['chest', { kind: 'symptom', symptom: 'breathing' }],
  ['badan panas', { kind: 'symptom', symptom: 'fever' }],
  ['demam', { kind: 'symptom', symptom: 'fever' }],
  ['panas', { kind: 'symptom', symptom: 'fever' }],
  ['batuk', { kind: 'symptom', symptom: 'cough' }],
  ['kontak erat', { kind: 'contact' }],
  ['close kontak', { kind: 'contact' }],
  ['kontak', { kind: 'contact' }],
  ['positif', { kind: 'contact' }],
  ['luar kota', { kind: 'travel' }],
  ['luar negeri', { kind: 'travel' }],
  ['luar pulau', { kind: 'travel' }],
  ['pulang dari', { kind: 'travel' }],
  ['mudik dari', { kind: 'travel' }],
  ['datang dari', { kind: 'travel' }],
  ['balik dari', { kind: 'travel' }],
  ['baru dari', { kind: 'travel' }],
  ['back from', { kind: 'travel' }],
  ['perjalanan', { kind: 'travel' }],
  ['bepergian', { kind: 'travel' }],
  ['mudik', { kind: 'travel' }],
  ['travel', { kind: 'travel' }],
  ['traveled', { kind: 'travel' }],
  ['hamil', { kind: 'chronic' }],
  ['darah tinggi', { kind: 'chronic' }],
  ['sakit gula', { kind: 'chronic' }],
  ['kencing manis', { kind: 'chronic' }],
  ['diabetes', { kind: 'chronic' }],
  ['hipertensi', { kind: 'chronic' }],
  ['jantung', { kind: 'chronic' }],
  ['asma', { kind: 'chronic' }],
  ['asthma', { kind: 'chronic' }],
  ['komorbid', { kind: 'chronic' }],
  ['ginjal', { kind: 'chronic' }],
  ['kanker', { kind: 'chronic' }],
  ['hiv', { kind: 'chronic' }],
  ['tbc', { kind: 'chronic' }],
  // Parents, not old age: "orang tua saya demam".
  ['orang tua', { kind: 'noise' }],
  ['lansia', { kind: 'elderly' }],
  ['tua', { kind: 'elderly' }],
  ['sehat', { kind: 'no-symptoms' }],
  ['tidak', { kind: 'negation' }],
];

/**
 * Words a report or a hospital request carries that are not places (and say nothing the triage
 * uses). The place resolver guesses generously ("batuk" is one letter from Kota Batu, "teman" from
 * Kec. Taman), so the words around a place must be taken out before it is looked up.
 */
const NOT_PLACE_WORDS = foldedSet(
  'lapor saya sy aku gue anak istri suami ibu bapak ayah adik kakak mbah keluarga teman tetangga dan ' +
    'juga tapi tp sama karo dengan dgn plus serta agak sedikit sangat banget bgt parah ringan sudah udah ' +
    'sdh sejak dari dr sekitar hari minggu bulan lalu kemarin kemaren tadi pagi siang sore malam ini sekarang ' +
    'pilek flu pusing lemas lemes mual muntah diare pegal pegel capek lelah badan sakit kepala nyeri ' +
    'gejala ada bisa merasa rasa erat umur usia tahun th thn age years yo ya di ke yang yg tinggal rumah ' +
    'alamat kerja kantor pasar pulang dengan bau hilang i my have has and with a the from in at am is ' +
    // Words a place is never read from, though one is a slip from a desa's name ("tolong" and Tolang,
    // "tunggu" and Tunggur): asking, urging, waiting, and who is sick.
    'tolong tlg help urgent darurat segera cepat cepetan tunggu nunggu ngenteni langsung periksa atau ato aja saja ' +
    // Being told to: "pak RT suruh lapor ke sini" (not Kec. Suruh).
    'suruh disuruh nyuruh ' +
    // Rooms of a house: "pingsan di kamar mandi" (not Kec. Kamal).
    'kamar mandi dapur ' +
    // Who and what is told: "tangga sebelah omah panas", "pegawai saya di warung 2 orang".
    'tangga pegawai karyawan warung orang panas ' +
    'dikit sitik positif covid corona napas nafas sesak susah gimana bagaimana piye apa opo harus perlu boleh ' +
    'dokter kakek nenek eyang ibuk bojo bojoku anakku suamiku istriku kudu bareng kampung kampungku rumah omah ' +
    'butuh need tunjukno tunjukkan show paling deket dekat cedak cerak parek terdekat nearest ndi endi rek ap',
);

/** An age band from a number of years; undefined for what cannot be an age. */
function ageBandOf(years: number): AgeBand | undefined {
  if (!Number.isInteger(years) || years < 0 || years > 120) return undefined;
  if (years < 18) return '0-17';
  if (years < 40) return '18-39';
  if (years < 60) return '40-59';
  return '60+';
}

const AGE_BEFORE = new Set(['umur', 'usia', 'age', 'umure', 'umurnya']);
const AGE_AFTER = new Set(['th', 'thn', 'tahun', 'taun', 'tahunan', 'yo', 'y', 'yr', 'yrs', 'year', 'years']);

/** The age a report gives, as `umur 65`, `65 th`, `65th`, `65thn`; with where it was said. */
function ageIn(keys: readonly string[]): { band: AgeBand; used: number[] } | undefined {
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    const glued = /^(\d{1,3})(th|thn|tahun|taun|yo|y|yr|yrs)$/.exec(key);
    const band = glued ? ageBandOf(Number(glued[1])) : undefined;
    if (band) return { band, used: [i] };
    if (!/^\d{1,3}$/.test(key)) continue;
    const before = AGE_BEFORE.has(keys[i - 1] ?? '');
    const after = AGE_AFTER.has(keys[i + 1] ?? '');
    const years = ageBandOf(Number(key));
    if (years && (before || after)) {
      return { band: years, used: [...(before ? [i - 1] : []), i, ...(after ? [i + 1] : [])] };
    }
  }
  return undefined;
}

const PHRASES = REPORT_PHRASES.map(([phrase, finding]) => ({
  words: phrase.split(' ').map((word) => fold(word)),
  finding,
}));

/** How many words on a "tidak" reaches: "tidak demam", "tidak ada kontak". */
const NEGATION_REACH = 2;

/** The longest place query tried: a desa, kecamatan and kab/kota of two words each, and level words. */
const MAX_PLACE_WORDS = 8;

/** How many words a travel origin may take ("pulang dari kota malang"). */
const ORIGIN_MAX_WORDS = 2;

/** The words after "pulang dari" up to a comma or full stop, at most {@link ORIGIN_MAX_WORDS}. */
function originAfter(tokens: readonly Token[], from: number): number[] {
  const origin: number[] = [];
  for (let k = from; k < tokens.length && origin.length < ORIGIN_MAX_WORDS; k += 1) {
    origin.push(k);
    const here = tokens[k];
    const next = tokens[k + 1];
    if (!here || !next || /[,.;:\n]/.test(next.gap)) break;
  }
  return origin;
}

/**
 * The place named by the longest run of words that resolves to a place one of them names, the last
 * of equal length first ("... ladang sempu banyuwangi": `sempu banyuwangi`; "batu please my friend
 * sick": `batu`). The resolver guesses generously, so a run that only resembles a name is no place.
 */
function placeIn(
  words: readonly string[],
  resolvePlace: (query: string) => PlaceResolution,
): PlaceResolution | undefined {
  if (words.length === 0) return undefined;
  // The resolver reads at most eight words; a place is at most a desa, kecamatan and kab/kota. The
  // longest run first, the last of equal length first: people end with where they are. Only a run
  // that names its place outright: a slip of a story's word ("since" for Kec. Sine, "mandiri" for Ds.
  // Mandiro) is no place, and the caller is asked for one.
  for (let length = Math.min(MAX_PLACE_WORDS, words.length); length > 0; length -= 1) {
    for (let start = words.length - length; start >= 0; start -= 1) {
      const run = words.slice(start, start + length);
      const found = resolvePlace(run.join(' '));
      // "bekerja keras selama pandemi" is not Ds. Keras: a desa alone is read only where a place is
      // written, at the end.
      if (onlyDesa(found) && start + length < words.length) continue;
      if (found.kind !== 'not-found' && namedOutright(found, run)) return found;
    }
  }
  return { kind: 'not-found' };
}

/** Words after which a report says where the sick are: "di", Javanese "nang", krama "wonten", "alamat", "in". */
const PLACE_MARKERS = foldedSet(
  'di nang ning neng wonten ing ring in at alamat alamatnya domisili omah omahku omahe rumahku saking staying living',
);

/** Level words, read with the name after them: "ds. Sawoo", "kec Paciran", "desa Tlogosari". */
const LEVEL_MARKERS = foldedSet('desa ds kel kelurahan kec kecamatan kab kabupaten kota dusun dsn');

/** A hamlet, below the desa: "dusun", "dsn". */
const HAMLETS = foldedSet('dusun dsn');

/** How many words after a marker may name the place. */
const MARKED_PLACE_WORDS = 5;

/**
 * The place named after the last word that says where ("tinggal di desa Tlogosari", "omahku
 * Singosari", "staying in Malang, where do I report"): the longest run of words from there that
 * resolves, up to a comma or a sentence's end. Undefined when no marker is followed by a place.
 */
function placeAfterMarker(
  tokens: readonly Token[],
  resolvePlace: (query: string) => PlaceResolution,
): PlaceResolution | undefined {
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const key = tokens[i]?.key ?? '';
    const level = LEVEL_MARKERS.has(key);
    if (!level && !PLACE_MARKERS.has(key)) continue;
    // "dusun krajan desa sumberagung kec pesanggaran": levels written one after another name the
    // smallest place in the larger, read together from the first.
    const chained = level ? placeOfLevels(tokens, i, resolvePlace) : undefined;
    if (chained) return chained;
    // "Dsn Krajan Bakung Blitar", "dusun Bendo": a hamlet, which the regions do not list (its name is
    // often another place's), then the places it lies in.
    const from = HAMLETS.has(key) ? i + 2 : level ? i : i + 1;
    const words: string[] = [];
    for (let k = from; k < tokens.length && words.length < MARKED_PLACE_WORDS; k += 1) {
      const token = tokens[k];
      if (!token) break;
      if (k > from && placeEndsBefore(tokens, k)) break;
      words.push(token.word);
    }
    for (let n = words.length; n > 0; n -= 1) {
      const run = words.slice(0, n);
      if (n === 1 && LEVEL_MARKERS.has(fold(run[0] ?? ''))) break;
      if (n === 1 && NOT_PLACE_WORDS.has(fold(run[0] ?? ''))) break;
      const found = resolvePlace(run.join(' '));
      // A run of words is a place when one of them is its name; a word alone may be one misspelt
      // ("di Gentng"), but "di rumah demam batuk" is not Kota Batu.
      if (found.kind !== 'not-found' && (n === 1 || namedOutright(found, run))) return found;
    }
  }
  return undefined;
}

/**
 * Whether a mark before the token at `k` ends the words a place may take: any mark but the full stop
 * of a level word's short form ("ds. Sawoo", "kec. Kadur").
 */
function placeEndsBefore(tokens: readonly Token[], k: number): boolean {
  const gap = tokens[k]?.gap ?? '';
  return /[,;:!?\n]/.test(gap) || (/\./.test(gap) && !LEVEL_MARKERS.has(tokens[k - 1]?.key ?? ''));
}

/**
 * The place named by level words written one after another, ending with the one at `last` ("desa
 * Tegalrejo kec Selopuro Blitar", "kel. Kebonsari kec. Jambangan Surabaya"), read from the first of
 * them in the same part of the message; undefined when `last` is the only one, or the run names
 * nothing.
 */
function placeOfLevels(
  tokens: readonly Token[],
  last: number,
  resolvePlace: (query: string) => PlaceResolution,
): PlaceResolution | undefined {
  // "rumah di Sumberagung kec Plaosan": a word that says where begins the run as well.
  let first = last;
  for (let k = last - 1; k >= 0 && last - k <= LEVELS_REACH; k -= 1) {
    if (placeEndsBefore(tokens, k + 1)) break;
    if (LEVEL_MARKERS.has(tokens[k]?.key ?? '')) first = k;
    else if (PLACE_MARKERS.has(tokens[k]?.key ?? '')) {
      if (k + 1 < first) first = k + 1;
      break;
    }
  }
  if (first === last) return undefined;
  const words: string[] = [];
  for (let k = first; k < tokens.length && words.length < LEVELS_WORDS; k += 1) {
    if (k > first && placeEndsBefore(tokens, k)) break;
    words.push(tokens[k]?.word ?? '');
  }
  // From the last level word's name on, one word more at a time while the words may still be a
  // place's ("... kec Gandusari Trenggalek"), not what is told after it ("... kec Pandaan demam
  // batuk"): the longest run that names one place, else the first that names several.
  let found: PlaceResolution | undefined;
  let maybe: PlaceResolution | undefined;
  for (let n = last - first + 2; n <= words.length; n += 1) {
    const run = words.slice(0, n);
    if (n > last - first + 2 && NOT_PLACE_WORDS.has(fold(run.at(-1) ?? ''))) break;
    const read = resolvePlace(run.join(' '));
    if (read.kind === 'found' && namedOutright(read, run)) found = read;
    if (read.kind === 'ambiguous' && namedOutright(read, run)) maybe ??= read;
  }
  return found ?? maybe;
}
/** How far before the last level word an earlier one may stand: "dusun krajan desa sumberagung kec". */
const LEVELS_REACH = 6;
/** How many words a run of level words and their names may take. */
const LEVELS_WORDS = 12;

/** Whether what was found is a desa, or desa only. */
function onlyDesa(found: PlaceResolution): boolean {
  if (found.kind === 'found') return found.place.level === 'desa';
  return found.kind === 'ambiguous' && found.candidates.every((p) => p.level === 'desa');
}

/** Whether a place's own name is among the words, as typed or folded: "Genteng" in "demam genteng". */
function namedOutright(place: PlaceResolution | undefined, words: readonly string[]): boolean {
  // A level word names no place ("kota probolinggo" is not Kec. Kota), unless a level word comes
  // before it ("kec kota").
  const folded = words.map((w) => fold(w));
  const typed = new Set(
    folded.filter((w, i) => !LEVEL_MARKERS.has(w) || LEVEL_MARKERS.has(folded[i - 1] ?? '')),
  );
  const named = (p: { readonly name: string }) =>
    p.name
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '')
      .some((w) => typed.has(fold(w)));
  if (place?.kind === 'found') return named(place.place);
  if (place?.kind === 'ambiguous') return place.candidates.some(named);
  return false;
}

/**
 * The tokens without a place refused: "Sidoarjo, jangan yg di Surabaya", "... to Banyuwangi? Don't send
 * me to Surabaya" leave out the words after "jangan", "don't", "bukan", up to the end of their part
 * and at most {@link REFUSED_REACH} of them ("bukan yg di surabaya tapi malang" keeps Malang).
 */
function withoutRefused(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let skipping = 0;
  for (const token of tokens) {
    if (skipping > 0 && !/[,;:!?.\n]/.test(token.gap)) {
      skipping -= 1;
      continue;
    }
    skipping = 0;
    if (REFUSED.has(token.key)) skipping = REFUSED_REACH;
    else kept.push(token);
  }
  return kept;
}

/** "Not" said of a place: "jangan yg di Surabaya", "don't send me to Surabaya", "bukan Sempu". */
const REFUSED = foldedSet('dont jangan jgn ojo bukan');
const REFUSED_REACH = 4;

/**
 * The place a hospital request names, from the words after RS or the request ("nang tuban sing iso
 * ngerawat", "ruang isolasi covid di lamongan"): the words resolved whole when one of them names the
 * place, or a single word (a typo is forgiven: "gentng"); else the place after the last word that says
 * where; else the longest run of words that names its place outright. Not found otherwise.
 */
export function hospitalPlaceIn(
  words: string,
  resolvePlace: (query: string) => PlaceResolution,
): PlaceResolution {
  const tokens = withoutRefused(tokensOf(words.normalize('NFKC').slice(0, MAX_SMS_CHARS)));
  const left = tokens.map((t) => t.word).filter((w) => !NOT_PLACE_WORDS.has(fold(w)) && !/^\d+$/.test(w));
  if (left.length === 0) return { kind: 'not-found' };
  const whole = resolvePlace(left.join(' '));
  const named = whole.kind !== 'not-found' && (left.length === 1 || namedOutright(whole, left));
  if (named && whole.kind === 'found') return whole;
  // "anak kejang demam tinggi, kota madiun": the words around a level word may settle what all the
  // words together leave open.
  const marked = placeAfterMarker(tokens, resolvePlace);
  if (named) return marked?.kind === 'found' ? marked : whole;
  return marked ?? placeIn(left, resolvePlace) ?? { kind: 'not-found' };
}

/**
 * Reads a report sent in one message, e.g. `demam batuk sempu banyuwangi` or `sehat, kontak erat,
 * umur 67, genteng`: symptoms (negations honoured: `demam tidak sesak`), contact with a case or
 * travel, age (`umur 65`, `65th`, `lansia`), pregnancy or a chronic illness, and the place: after the
 * last word that says where (`di`, `nang`, `alamat`, `ds.`), else named by the words left over (the
 * longest run that resolves to a place it names outright), resolved with `resolvePlace`.
 */
export function parseReportText(
  text: string,
  resolvePlace: (query: string) => PlaceResolution,
): ParsedReport {
  const tokens = tokensOf(text.normalize('NFKC').slice(0, MAX_SMS_CHARS));
  const keys = tokens
    .map((t) => t.key)
    // "batuk2": the reduplicated word once.
    .map((key) => key.replace(/^(\p{L}{3,})2$/u, '$1'))
    .map((key) => REPORT_SLANG.get(key) ?? key);
  const used = new Set<number>();
  const age = ageIn(keys);
  for (const i of age?.used ?? []) used.add(i);

  const symptoms = new Set<Symptom>();
  let noSymptoms = false;
  let contact: boolean | undefined;
  let chronic = false;
  let elderly = false;
  /** Where the last "tidak" was, until a finding or a comma uses it up. */
  let negatedAt: number | undefined;

  for (let i = 0; i < keys.length; i += 1) {
    // "gak demam, batuk": the comma ends what the "not" reached.
    if (/[,.;:!?\n]/.test(tokens[i]?.gap ?? '')) negatedAt = undefined;
    if (used.has(i)) continue;
    const match = PHRASES.find(({ words }) => words.every((w, k) => keys[i + k] === w && !used.has(i + k)));
    if (!match) continue;
    for (let k = 0; k < match.words.length; k += 1) used.add(i + k);
    const { finding } = match;
    const negated = negatedAt !== undefined && i - negatedAt <= NEGATION_REACH && finding.kind !== 'negation';
    // A "not" negates the one finding after it: "tidak demam dan batuk" still reports the cough.
    if (negated || finding.kind !== 'noise') negatedAt = undefined;
    if (finding.kind === 'travel' && (match.words.at(-1) === 'dari' || match.words.at(-1) === 'from')) {
      // "pulang dari surabaya": where they came from, not where they are.
      for (const k of originAfter(tokens, i + match.words.length)) used.add(k);
    }
    switch (finding.kind) {
      case 'negation':
        negatedAt = i;
        break;
      case 'symptom':
        if (!negated) symptoms.add(finding.symptom);
        break;
      case 'no-symptoms':
        noSymptoms = true;
        break;
      case 'contact':
        contact = !negated;
        break;
      case 'travel':
        // Travel words are read so the origin is not taken for the place; the triage does not score travel.
        break;
      case 'chronic':
        if (!negated) chronic = true;
        break;
      case 'elderly':
        if (!negated) elderly = true;
        break;
      case 'noise':
        break;
    }
    i += match.words.length - 1;
  }

  const answers: Partial<TriageAnswers> = {};
  if (symptoms.size > 0 || noSymptoms) answers.symptoms = [...symptoms];
  if (contact !== undefined) answers.contactWithCase = contact;
  if (chronic) answers.pregnantOrChronic = true;
  const ageBand = age?.band ?? (elderly ? '60+' : undefined);
  if (ageBand) answers.ageBand = ageBand;

  // Place names are looked up as typed: folding "Tanggul" to "tangul" would cost the resolver a typo.
  const left = tokens.flatMap((token, i) => {
    const key = keys[i] ?? '';
    const hamlet = HAMLETS.has(key) || HAMLETS.has(keys[i - 1] ?? '');
    return used.has(i) || hamlet || NOT_PLACE_WORDS.has(key) || /^\d+$/.test(key) ? [] : [token.word];
  });
  // Where a word says where, the place after it; else the words left over.
  const place = placeAfterMarker(tokens, resolvePlace) ?? placeIn(left, resolvePlace);

  const missing: ('symptoms' | 'place')[] = [];
  if (answers.symptoms === undefined) missing.push('symptoms');
  if (place === undefined || place.kind === 'not-found') missing.push('place');
  return { answers, place, missing };
}

/** One word or phrase `parseReportText` reads back as each symptom. */
const SYMPTOM_WORDS: Readonly<Record<Symptom, string>> = {
  fever: 'demam',
  cough: 'batuk',
  'sore-throat': 'sakit tenggorokan',
  breathing: 'sesak',
  'smell-taste': 'anosmia',
};

/**
 * A report's answers written back as the words `parseReportText` reads, so a reply asking for the
 * place again can show the whole message to send: `demam batuk kontak` for what was understood.
 */
export function reportWords(answers: Partial<TriageAnswers>): string {
  const words: string[] = [];
  if (answers.symptoms !== undefined) {
    words.push(
      ...(answers.symptoms.length === 0 ? ['sehat'] : answers.symptoms.map((s) => SYMPTOM_WORDS[s])),
    );
  }
  if (answers.contactWithCase) words.push('kontak');
  if (answers.pregnantOrChronic) words.push('komorbid');
  if (answers.ageBand === '60+') words.push('lansia');
  return words.join(' ');
}
