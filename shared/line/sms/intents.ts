import type { Lang } from '../../lang.js';
import { faqTerms } from '../faq-search.js';
import { consonantsOf, editDistance, fold, foldedSet, inOrder, type Token } from './tokens.js';

/**
 * What a message asks for when it does not start with a command word: people write "no telp cacak
 * jatim", "dimana rumah sakit covid terdekat", "jangan kirim sms lagi", "makasih min". Each intent is
 * a small rule over the message's words, checked in order; a message none of them claims goes to the
 * FAQ search. Words are first put in the spelling the rules are written in ({@link canonical}:
 * texting, Javanese and Madurese forms, affixes, slips). Strict rules come first, each over the whole
 * message or one of its parts between punctuation marks; then looser readings that allow a word or
 * two of their own when those name no FAQ subject (`MentionsTopic`), so a stray word does not hide a
 * request and a question is never taken for courtesy. The rules are tuned on labelled sets of
 * messages as people write them and measured on the latest set, never tuned on
 * (`test/unit/labelled-sets.test.ts`).
 */

/** An intent found in the words of a message. */
export type Intent =
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'thanks' }
  | { kind: 'help' }
  | { kind: 'language-en' }
  | { kind: 'language-id' }
  | { kind: 'hotlines' }
  | { kind: 'hospital' }
  | { kind: 'report' }
  /** About something the line does not cover (dengue, a toothache, the price of chillies). */
  | { kind: 'off-topic' };

/**
 * Whether words name a subject of the FAQ topics (`FaqSearch.mentionsTopic`): a message that does is a
 * question, whatever courtesy comes with it.
 */
export type MentionsTopic = (text: string) => boolean;

const words = foldedSet;

/**
 * Texting spellings and Javanese forms of the words the rules below are written in: `pake` is `pakai`,
 * `bhs` is `bahasa`, `jgn` is `jangan`, `mboten` is `tidak`. Folded like every key (`ngga` for `nggak`).
 */
const SPELLING_LIST: Readonly<Record<string, string>> = {
  pake: 'pakai',
  pakek: 'pakai',
  nganggo: 'pakai',
  gunakan: 'pakai',
  menggunakan: 'pakai',
  bhs: 'bahasa',
  bhsa: 'bahasa',
  bahsa: 'bahasa',
  basa: 'bahasa',
  boso: 'bahasa',
  jgn: 'jangan',
  mw: 'mau',
  ud: 'udah',
  ckp: 'cukup',
  saket: 'sakit',
  // Madurese "alapor" (to report).
  alapor: 'lapor',
  sesek: 'sesak',
  dmm: 'demam',
  btk: 'batuk',
  plk: 'pilek',
  keno: 'kena',
  // A work contract, not a contact.
  contract: 'kontrak',
  trma: 'terima',
  trm: 'terima',
  jangn: 'jangan',
  jgan: 'jangan',
  maw: 'mau',
  aj: 'saja',
  psn: 'pesan',
  psn2: 'pesan',
  dksh: 'dikasih',
  dikasi: 'dikasih',
  diuripno: 'uripno',
  diterusno: 'terusno',
  diurupno: 'urupno',
  numer: 'nomer',
  jngn: 'jangan',
  ojok: 'ojo',
  aja: 'saja',
  ae: 'saja',
  mboten: 'tidak',
  mpun: 'jangan',
  ampun: 'jangan',
  // Krama "sampun" before a verb is "don't" ("sampun dikintuni malih"); "already" needs no rule here.
  sampun: 'jangan',
  mawon: 'saja',
  pesen: 'pesan',
  pesene: 'pesan',
  malih: 'lagi',
  maleh: 'lagi',
  neh: 'lagi',
  maneh: 'lagi',
  meneh: 'lagi',
  maning: 'lagi',
  lg: 'lagi',
  udh: 'sudah',
  sdh: 'sudah',
  uda: 'sudah',
  wes: 'sudah',
  dr: 'dari',
  yg: 'yang',
  sy: 'saya',
  aq: 'aku',
  kulo: 'saya',
  kula: 'saya',
  purun: 'mau',
  pengen: 'mau',
  pingin: 'mau',
  kepingin: 'mau',
  pgn: 'mau',
  hub: 'hubungi',
  hubungin: 'hubungi',
  tlpn: 'telpon',
  tilp: 'telpon',
  tilpon: 'telpon',
  telfon: 'telpon',
  ditelpon: 'telpon',
  ditelepon: 'telpon',
  dihubungi: 'hubungi',
  nmer: 'nomer',
  nomere: 'nomer',
  nomernya: 'nomer',
  nomornya: 'nomor',
  hp: 'nomor',
  ilang: 'hilang',
  gmn: 'gimana',
  gmna: 'gimana',
  bgmn: 'bagaimana',
  u: 'you',
  yu: 'you',
  pls: 'please',
  plz: 'please',
  plis: 'please',
  tolongin: 'tolong',
  tulung: 'tolong',
  saking: 'dari',
  ampon: 'sudah',
  griya: 'rumah',
  // Madurese.
  roma: 'rumah',
  sakek: 'sakit',
  dimma: 'dimana',
  dhimma: 'dimana',
  semma: 'dekat',
  semmak: 'dekat',
  paleng: 'paling',
  kaula: 'saya',
  pole: 'lagi',
  parlo: 'perlu',
  terro: 'mau',
  ja: 'jangan',
  ambu: 'stop',
  ekerem: 'kirim',
  kerem: 'kirim',
  // Krama.
  kintun: 'kirim',
  nampi: 'terima',
  tampi: 'terima',
  kersa: 'mau',
  teko: 'dari',
  stahp: 'stop',
  cr: 'cara',
  carane: 'cara',
  // Madurese "ngarte" (understand), and "bh" as Madurese writes it: "bhasa ingghris".
  ngarte: 'ngerti',
  bhasa: 'bahasa',
  prnh: 'pernah',
  trs: 'terus',
  // Madurese passive "e-": "epositif" (found positive).
  epositif: 'positif',
  ingghris: 'inggris',
  supados: 'supaya',
  trima: 'terima',
  busak: 'hapus',
  nyuwun: 'minta',
  badhe: 'mau',
  ngertos: 'ngerti',
  mangertos: 'ngerti',
  dipun: 'di',
  // Slips of the commonest verbs.
  brenti: 'berhenti',
  krm: 'kirim',
  cekap: 'cukup',
  jha: 'jangan',
  sengko: 'saya',
  stopsms: 'stop',
  kopit: 'covid',
  sake: 'sakit',
  seko: 'dari',
  nderek: 'ikut',
  sapa: 'siapa',
  romah: 'rumah',
  gausah: 'jangan',
  gausa: 'jangan',
  ndausah: 'jangan',
  nggausah: 'jangan',
  usa: 'usah',
  matiin: 'matikan',
  entuk: 'dapat',
  niki: 'ini',
  nopo: 'apa',
  napa: 'apa',
  saged: 'bisa',
  kangge: 'untuk',
  korona: 'corona',
  kopid: 'covid',
  covid19: 'covid',
  bls: 'balas',
  cokop: 'cukup',
  osa: 'usah',
  bs: 'bisa',
  wae: 'saja',
  pripun: 'gimana',
  ngginakaken: 'pakai',
  menika: 'ini',
  punika: 'ini',
  kabare: 'kabar',
  kirm: 'kirim',
  krim: 'kirim',
  lgganan: 'langganan',
  lgnan: 'langganan',
  lganan: 'langganan',
  ingin: 'mau',
  hosptal: 'hospital',
  hospitl: 'hospital',
  hopital: 'hospital',
  brhenti: 'berhenti',
  unsubcribe: 'unsubscribe',
  unsubscibe: 'unsubscribe',
  unsuscribe: 'unsubscribe',
  tlg: 'tolong',
  berenti: 'berhenti',
  rmh: 'rumah',
  skt: 'sakit',
  trdkt: 'terdekat',
  dkt: 'dekat',
  unscribe: 'unsubscribe',
  unstop: 'start',
  // Krama "kendel", "dipun kendelaken": stop, be stopped.
  kendel: 'berhenti',
  kendelaken: 'hentikan',
  // Krama "dipunmedalaken": be taken out.
  medalaken: 'keluarkan',
  metu: 'keluar',
  dlm: 'dalam',
  brentiin: 'berhenti',
  nggunakne: 'pakai',
  nggunakke: 'pakai',
  lebokno: 'masukkan',
  lebokke: 'masukkan',
  dilebokno: 'masukkan',
  hidupin: 'hidupkan',
  idupin: 'hidupkan',
  idupno: 'hidupkan',
  isun: 'saya',
  positip: 'positif',
  // Javanese "sms-e", "sms-ne": the messages.
  smse: 'sms',
  smsne: 'sms',
  positf: 'positif',
  postif: 'positif',
  pstf: 'positif',
  hmbr: 'hambar',
  // Javanese "ambune" (its smell), not Madurese "ambu" (stop) with -ne.
  ambune: 'mambu',
  antgen: 'antigen',
  hslnya: 'hasilnya',
  jarene: 'jare',
  osah: 'usah',
  kmbali: 'kembali',
  biayanipun: 'biaya',
  brsedia: 'bersedia',
  blg: 'bilang',
  punapa: 'apa',
  narema: 'terima',
  engko: 'saya',
  mbales: 'bales',
  mbalas: 'balas',
  endha: 'mau',
  endhak: 'mau',
  // Madurese -na (its): "informasina".
  informasina: 'informasi',
  nyalain: 'nyalakan',
  lebetaken: 'masukkan',
  dpt: 'dapat',
  bsk: 'besok',
  rasah: 'ojo',
  gamau: 'emoh',
  gakmau: 'emoh',
  gakusah: 'ojo',
  sakitnya: 'sakit',
  cll: 'call',
  krna: 'corona',
  dhateng: 'ke',
  dateng: 'ke',
  keluarin: 'keluarkan',
  mohom: 'mohon',
  dri: 'dari',
  mandeg: 'mandek',
  memerlukan: 'perlu',
  perlukan: 'perlu',
  membutuhkan: 'butuh',
  kaule: 'saya',
  tarema: 'terima',
  etelpon: 'telpon',
  cerak: 'dekat',
  rmhskt: 'rs',
  lebokne: 'masukkan',
  metokno: 'keluarkan',
  metokne: 'keluarkan',
  tekani: 'datang',
  ditekani: 'datang',
  engkok: 'saya',
  je: 'jangan',
  jhe: 'jangan',
  ush: 'usah',
  hps: 'hapus',
  pateni: 'mateni',
  ogah: 'emoh',
  dpet: 'dapat',
  // Madurese and Javanese "buwang" (throw out), "ebuwang" (be thrown out).
  buwang: 'buang',
  ngapunten: 'maaf',
  pelaporan: 'laporan',
  numbers: 'number',
  antijen: 'antigen',
  pnas: 'panas',
  tggrkn: 'tenggorokan',
  kirin: 'kirim',
  stob: 'stop',
  // Malang's words said backwards: "kadit" is "tidak".
  kadit: 'tidak',
  '5top': 'stop',
  '5ms': 'sms',
};
const SPELLINGS = new Map(Object.entries(SPELLING_LIST).map(([from, to]) => [fold(from), fold(to)]));

/**
 * The verb or noun inside a word the rules do not list, as Indonesian, Javanese and texting affixes
 * wrap it: `berhentiin`, `kirimin`, `kirimono`, `dikirimi`, `ngirim`, `hapusen`. Undefined when no
 * form of it is listed; the bare word must keep three letters.
 */
function listedStem(word: string): string | undefined {
  // Affixes are taken off the word as typed: folding first would make `berhentiin` `berhentin`.
  // Javanese "dh" is read as "d" ("mandheko" is "mandeko").
  // "nomerkuuu": a letter held three times or more is one ("berhentiin" keeps its two).
  const typed = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})\1{2,}/gu, '$1');
  const key = typed.replace(/dh/g, 'd');
  // "dkrm": a short word may still be a listed one without its vowels.
  // "dhps": di- texted as d before "hps" (hapus).
  const dhShort = /^dh[^aeiou]/.test(typed) ? vowelsDropped(fold(typed.slice(1))) : undefined;
  // "sdhi": "sudahi" without its vowels, its "dh" two letters.
  if (key.length < 5)
    return swappedStop(fold(key)) ?? vowelsDropped(fold(key)) ?? dhShort ?? vowelsDropped(fold(typed));
  // Passive di-, and krama dipun- ("dipunkintuni": be sent).
  const bases = [
    key,
    ...(key.startsWith('di') ? [key.slice(2)] : []),
    ...(key.startsWith('dipun') ? [key.slice(5)] : []),
    // Madurese passive e-: "ekerem" (be sent).
    ...(/^e[^aeiou]/.test(key) ? [key.slice(1)] : []),
  ];
  // "tanya2", "tiba2": the word said twice, written with a 2.
  if (/^\p{L}{3,}2$/u.test(key)) bases.push(key.slice(0, -1));
  // Javanese nasal forms: `ngirim` is `kirim`, `ngestop` is `stop`.
  if (/^ng[aeiou]/.test(key)) bases.push(`k${key.slice(2)}`);
  if (key.startsWith('nge')) bases.push(key.slice(3));
  // "nglaporin", "ngrasani": ng before a consonant adds to the verb; so does n before d, j, t ("ndaftar").
  if (/^ng[^aeiou]/.test(key)) bases.push(key.slice(2));
  // "dkluarin", "dkirim": di- texted as d.
  if (/^d[^aeiou]/.test(key)) bases.push(key.slice(1));
  // "dhentikn", "dhapus": di- texted as dh before a vowel.
  if (/^dh[aeiou]/i.test(typed)) bases.push(typed.slice(1).replace(/dh/g, 'd'));
  if (/^n[djt][aeiour]/.test(key)) bases.push(key.slice(1));
  // Indonesian me- with its nasal: `mengirim` is `kirim`, `menghentikan` is `hentikan`, `menerima` is `terima`.
  const nasal = /^me(ng|ny|n|m)([aeiou].*)$/.exec(key);
  if (nasal) {
    const [, n, rest = ''] = nasal;
    bases.push(`${n === 'ng' ? 'k' : n === 'ny' ? 's' : n === 'n' ? 't' : 'p'}${rest}`);
  }
  if (/^meng[^aeiou]/.test(key)) bases.push(key.slice(4));
  // "mengakhiri": meng- before a vowel keeps the verb whole ("akhiri").
  if (/^meng[aeiou]/.test(key)) bases.push(key.slice(4));
  if (/^mem[bp]/.test(key)) bases.push(key.slice(3));
  // "mendapat", "menjawab": men- before d, j or c keeps the verb's first letter.
  if (/^men[cdj]/.test(key)) bases.push(key.slice(3));
  for (const base of bases) {
    // "dihpaus": a stop or removal verb, two letters swapped after its prefix.
    const swappedBase = base !== key ? swappedStop(fold(base)) : undefined;
    if (swappedBase) return swappedBase;
    for (const suffix of SUFFIXES) {
      if (!base.endsWith(suffix)) continue;
      const typedBare = base.slice(0, base.length - suffix.length);
      const bare = fold(typedBare);
      const spelled = SPELLINGS.get(bare) ?? bare;
      if (suffix === 'ed' && !PAST_OK.has(spelled)) continue;
      // "sendi" is not "send" with -i: an ending of one vowel comes off a word of five letters or more.
      const long = suffix.length > 1 || suffix === '' || typedBare.length >= SHORT_ENDING_MIN;
      if (typedBare.length >= 3 && long && LISTED.has(spelled)) return spelled;
      // "dftrkn", "dihpus": the word without its vowels, with its ending or prefix (not "tlogo", a
      // place, as "tolong").
      // Not "dinkes", a word of its own, as "di" and "nakes" without its vowel.
      // "brhntiin", "kluarin", "dkluarin": with an ending of two letters or more, some vowels may be
      // written, with or without a prefix (not "tlogo", a place, as "tolong" with -o).
      const affixed =
        base !== key
          ? (suffix === '' && !VOWEL_KNOWN.has(fold(key))) || suffix.length > 1
          : suffix.length > 1 || (suffix !== '' && !/[aeiou]/.test(bare));
      const voweless = affixed ? vowelsDropped(bare) : undefined;
      if (voweless) return voweless;
    }
  }
  const folded = fold(key);
  // "stpo": two letters swapped in a short stop word.
  const swapped = swappedStop(folded);
  if (swapped) return swapped;
  // "brkenan", "mnrima": a listed word written without some of its vowels.
  const dropped = vowelsDropped(folded);
  if (dropped) return dropped;
  // A slip in a long word ("berhnti", "langganna", "unsubscrbe"): one edit from a listed word of
  // six letters or more that starts with the same letter.
  if (folded.length < SLIP_MIN_LENGTH) return undefined;
  // "reports" is the plural, not a slip: it says something else ("the covid reports").
  const slipped = LONG_LISTED.find(
    (listed) => listed[0] === folded[0] && folded !== `${listed}s` && editDistance(folded, listed, 1) <= 1,
  );
  // "berhnetu": two slips in a long stop verb as long (letters swapped, one mistyped); not "terminal".
  return (
    slipped ??
    (folded.length >= TWO_SLIPS_MIN_LENGTH
      ? LONG_STOP_VERBS.find(
          (verb) =>
            verb[0] === folded[0] && verb.length === folded.length && editDistance(folded, verb, 2) <= 2,
        )
      : undefined)
  );
}
/** The shortest word two slips are guessed in, and only of a stop verb as long. */
const TWO_SLIPS_MIN_LENGTH = 8;

/** The shortest word an ending of one vowel (-i, -e, -o) is taken off: "kirimi", not "sendi". */
const SHORT_ENDING_MIN = 5;

/** The shortest word a slip is guessed in: shorter words are one letter from too many others. */
const SLIP_MIN_LENGTH = 6;

/**
 * Endings taken off a word to find the listed word inside it, longest first where one ends another:
 * Jakarta -in, -kan, krama -aken, Javanese -ken, -kan texted -kn, -ono, -ana, -no, -en, -ne and -e, krama -nipun
 * and -ipun, -nya, English -ing, -ku, -mu,
 * English -ed, emphatic -lah, -i, Javanese imperative -o.
 */
const SUFFIXES = [
  '',
  ...'in kan aken ken kn ke ono ana no en ne e nya nipun ipun ing ed ku mu lah i o'.split(' '),
];
/** Words -ed may come off: "added" is a wish; "stopped" tells what was done, not what is asked. */
const PAST_OK = foldedSet('add register subscribe');

/** The tokens with each key in the spelling the rules are written in (`pake` as `pakai`, `kirimin` as `kirim`). */
/** Someone else, after sending: "sms dia", "kirim doi". */
const THIRD_PERSON = words('dia doi beliau deweke mereka her him');
/** Who declares a result or gives care, after "oleh" (by). */
const AGENTS = words(
  'puskesmas rs rsud dokter dr bidan petugas nakes perawat klinik lab laboratorium dinkes satgas pihak',
);
/** The messages called a nuisance: "ganggu", "berisik", "spam". */
const NUISANCE = words('ganggu mengganggu gangguin ngganggu berisik spam nyepam nyepem nyampah annoying');
/** Reached, of a number asked for: "nomor yg bisa dihubungi". */
const REACHED_BY_PHONE = words('dihubungi hubungi menghubungi hubungin');
/** Joining, after "never": "ga pernah daftar", "never signed up", "never registered". */
const JOINED = words(
  'daftar mendaftar didaftarkan registrasi register registered signed subscribed subscribe',
);
/** Scams sent by others: "sms penipuan ganggu terus". */
const SCAMS = words('penipuan penipu tipu tipuan scam scammer phishing undian hadiah');
/** Before "ganggu", a courtesy: "maaf mengganggu", "ngapunten ganggu". */
const COURTESY_BEFORE = words('maaf ngapunten sewu sorry mohon');
/** "His", "her": before a number, the one the caller writes for. */
const HIS_OR_HER = words('his her');
/** Whose a phone is, before it: "his phone", "this number", "ini nomor". */
const PHONE_OWNERS = words('his her their this ini iki');
/** A phone or its number, whose owner is named after it: "hp dia", "his phone". */
const PHONES_AND_NUMBERS = words('hp handphone phone nomor nomer nomore nmr number');
/** "Don't", said to someone: "jangan", "ojo". */
const DONT = words('jangan ojo');

/** What follows "UU" when it names a law: an acronym ("PDP", "ITE"), or "perlindungan", "nomor". */
const LAW_NAMES = /^(?:[b-df-hj-np-tv-z]{2,4}|ite|perlindungan|nomor|no)$/;

/** Cancelling, before a registration: "batalkan pendaftaran". */
const CANCEL = words('batalkan batalin cancel pembatalan selesaikan');
/** A registration, after "cancel": "batalkan pendaftaran". */
const REGISTRATION = words(
  'pendaftaran registrasi langganan berlangganan langganannya subscription registration',
);
/** A count of days, weeks or months run onto its unit: "3hr", "2minggu", "5days" (folded: "2mingu"). */
const DAYS_COUNTED = /^(\d{1,2})(hr|hari|hri|dino|dina|mgu|mingu|mg|bln|bulan|days?|weks?)$/;
/** Machines that run hot: "hp sy panas", "mesin diesel panas". */
const MACHINES = words('hp handphone laptop mesin mesine mesinnya diesel motor mobil kompor charger');
/** Asking, before what is asked: "tolong", "mohon". */
const PLEAS = words('tolong mohon please pls');
/** A line to call, asked open: "which lines are open now". */
const LINES_TO_CALL = words('line lines');
const OPENED = words('open opened buka');
/** A house, before whose owner "ambruk" is the house's collapse: "rumah tetangga ambruk". */
const HOUSES = words('rumah omah griya');
/** "I" and "you" in Osing. */
const OSING_PERSONS = words('isun reang sira riko');
/** A stage, after "demam": stage fright. */
const STAGE = words('panggung');
/** Lost, of a sense: "ilang bau". */
const LOST_SENSE = words('ilang hilang kelangan kilangan');
/** What is subscribed to, after "tutup": "tutup langganan". */
const SUBSCRIBED = words('langganan berlangganan sms pesan notif notifikasi');
/** Sending, with -nya: "kirimnya". */
const SEND_VERBS_AND_FORMS = words('kirim kirimnya kirimi ngirim ngirimnya sms smsnya');
/** Felt, before "weak": "feel very weak". */
const FELT = words('feel feeling felt very so');

/** A time of day after Javanese "mau" (earlier): "mau bengi", "mau isuk". */
const EARLIER_OF = words('bengi isuk esuk awan sore subuh');

/** Sick, after "omah" (house): Javanese "lara", "loro", and "sakit" ("omah sakit" is a hospital). */
const SICK = words('lara loro sakit');

/** "Active" after "non": "non aktifkan". */
const ACTIVE = words('aktif aktifkan aktifin aktifkn');

export function canonical(typed: readonly Token[]): Token[] {
  const tokens = spelledOut(typed);
  // Osing "ring" is "at" or "to" ("ring endi panggonane ring Banyuwangi"); English "ring" is a call.
  const osingRing = messageLang(tokens) === 'id';
  // Osing "sing" is "not" ("isun sing arep sms iki maning"), where Javanese "sing" is "which", and
  // Osing "aja" is "don't"; an Osing "I" or "you" tells which.
  const osing = tokens.some((t) => OSING_PERSONS.has(t.key));
  return forbiddingAja(
    tokens
      .flatMap((t, i) => {
        // "gejala: dmm, diare, lemes": "symptoms" as the label of a list.
        if (i === 0 && SIGNS.has(t.key) && tokens[i + 1]?.gap.includes(':')) return [];
        // "mriyang kabeh sak omah": the whole household.
        if (t.key === 'sak' && words('omah rumah').has(tokens[i + 1]?.key ?? ''))
          return [{ ...t, key: 'sekeluarga' }];
        if (words('omah rumah').has(t.key) && tokens[i - 1]?.key === 'sak') return [];
        // "non aktifkan": "nonaktifkan" written apart.
        if (t.key === 'non' && ACTIVE.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'nonaktifkan' }];
        if (tokens[i - 1]?.key === 'non' && ACTIVE.has(t.key)) return [];
        // Javanese "omah lara", "omah loro": a hospital, as "rumah sakit".
        if (t.key === 'omah' && SICK.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'rumah' }];
        if (SICK.has(t.key) && tokens[i - 1]?.key === 'omah') return [{ ...t, key: 'sakit' }];
        // "UU PDP", "UU ITE": a law ("undang-undang") by its name, not "you".
        if (t.word === 'uu' && LAW_NAMES.test(tokens[i + 1]?.word ?? ''))
          return [{ ...t, word: 'undang', key: 'undang' }];
        // Madurese "nyo'on" (please), written with its apostrophe: not "on" (switch on), and no more
        // than a courtesy.
        if (
          (t.key === 'nyo' && tokens[i + 1]?.key === 'on') ||
          (t.key === 'on' && tokens[i - 1]?.key === 'nyo')
        )
          return [];
        // "which lines are open now", "is the covid line open on sunday": a line asked open, a hotline.
        if (LINES_TO_CALL.has(t.key) && nextWithin(tokens, i, 2, OPENED) >= 0)
          return [{ ...t, key: 'hotline' }];
        // "demam panggung": stage fright, no fever.
        if (t.key === 'demam' && STAGE.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'grogi' }];
        // "please unsubscribe her number", "remove his phone": the number of the one the caller writes for,
        // as the caller's own.
        if (HIS_OR_HER.has(t.key) && PHONES_AND_NUMBERS.has(tokens[i + 1]?.key ?? ''))
          return [{ ...t, key: 'my' }];
        // "dinyatakan positif oleh puskesmas": Indonesian "oleh" (by) before who did it, not Javanese
        // "oleh" (may).
        if (t.key === 'oleh' && AGENTS.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'by' }];
        // Madurese "tolong ampon ngirim" (please, enough sending), asked as krama "sampun dikintuni":
        // don't send; not "ampon ekirimi", already sent, told.
        if (
          t.key === 'ampon' &&
          SEND_VERBS_AND_FORMS.has(tokens[i + 1]?.key ?? '') &&
          PLEAS.has(tokens[i - 1]?.key ?? '')
        )
          return [{ ...t, word: 'jangan', key: 'jangan' }];
        // "saya pamit dari layanan ini": taking leave of the service, as leaving it.
        if (t.key === 'pamit' && tokens[i + 1]?.key === 'dari')
          return [{ ...t, word: 'keluar', key: 'keluar' }];
        // "stop and go": traffic that crawls, not a stop.
        if (t.key === 'stop' && tokens[i + 1]?.key === 'and' && tokens[i + 2]?.key === 'go')
          return [{ ...t, key: 'stopandgo' }];
        if (
          (t.key === 'and' && tokens[i - 1]?.key === 'stop' && tokens[i + 1]?.key === 'go') ||
          (t.key === 'go' && tokens[i - 1]?.key === 'and' && tokens[i - 2]?.key === 'stop')
        )
          return [];
        // "lapor.go.id": the government's complaints portal, one name.
        if (t.key === 'go' && tokens[i - 1]?.key === 'lapor' && tokens[i + 1]?.key === 'id')
          return [{ ...t, word: 'laporgoid', key: 'laporgoid' }];
        if (t.key === 'id' && tokens[i - 1]?.key === 'go' && tokens[i - 2]?.key === 'lapor') return [];
        // "ilang bau", "ga bisa nyium": smell lost, a symptom.
        // Osing "ilang ambu": smell lost, not Madurese "ambu" (stop).
        if (words('bau ambu').has(t.key) && LOST_SENSE.has(tokens[i - 1]?.key ?? ''))
          return [{ ...t, key: 'anosmia' }];
        // "bapak ambruk": a person collapsed, as fainting; a building's collapse stays another matter.
        if (
          t.key === 'ambruk' &&
          WHO_OR_SINCE.has(tokens[i - 1]?.key ?? '') &&
          !HOUSES.has(tokens[i - 2]?.key ?? '')
        )
          return [{ ...t, word: 'pingsan', key: 'pingsan' }];
        // "hp sy panas bgt trus mati", "mesin diesel sawah sy panas": a machine's heat, not a fever.
        if (t.key === 'panas' && tokens.slice(Math.max(0, i - 3), i).some((u) => MACHINES.has(u.key)))
          return [{ ...t, key: 'hot' }];
        // "panas banget cuaca hari ini": the weather's heat, not a fever.
        if (t.key === 'panas' && tokens.some((u) => WEATHER.has(u.key))) return [{ ...t, key: 'cuaca' }];
        // "panas banget hari ini, surabaya 36 derajat": a heat read in degrees no fever reaches.
        const airReading = (u: Token, k: number) =>
          /^[1-3]\d$/.test(u.key) && Number(u.key) < 37 && DEGREES.has(tokens[k + 1]?.key ?? '');
        if (t.key === 'panas' && tokens.some(airReading)) return [{ ...t, key: 'cuaca' }];
        // "demamnya", "batuknya", "tenggorokanku", "watuke": the symptom with -nya, -ku, -ne or -e.
        const bare = SYMPTOM_ENDINGS.map((end) =>
          t.key.endsWith(end) ? t.key.slice(0, -end.length) : '',
        ).find((key) => key.length >= 4 && SYMPTOM_WORDS.has(key));
        // "-ku" also says whose: "my".
        if (bare)
          return t.key.endsWith('ku')
            ? [
                { ...t, key: bare },
                { ...t, gap: '', key: 'ku' },
              ]
            : [{ ...t, key: bare }];
        if (SMELLING.has(t.key) && tokens.slice(Math.max(0, i - 3), i).some((u) => NEGATORS.has(u.key)))
          return [{ ...t, key: 'anosmia' }];
        // "batalkan pendaftaran nomor ini": a registration cancelled, as a subscription stopped.
        if (CANCEL.has(t.key) && REGISTRATION.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'stop' }];
        if (REGISTRATION.has(t.key) && CANCEL.has(tokens[i - 1]?.key ?? ''))
          return [{ ...t, key: fold('langganan') }];
        // "buka lagi langganan saya": a subscription opened again, as switched on.
        if (t.key === 'buka' && nextWithin(tokens, i, 2, words('langganan berlangganan langganannya')) >= 0)
          return [{ ...t, key: 'aktifkan' }];
        // "libur aja kirimnya ke sy": sending given a holiday, as stopped.
        if (t.key === 'libur' && nextWithin(tokens, i, 2, SEND_VERBS_AND_FORMS) >= 0)
          return [{ ...t, key: 'stop' }];
        // "tutup langganan": a subscription closed, as stopped.
        // Not "tutup layanan jam berapa": when a service closes.
        if (t.key === 'tutup' && SUBSCRIBED.has(tokens[i + 1]?.key ?? '')) return [{ ...t, key: 'stop' }];
        // "keluar dari grup sms covid": the line's list called a group of the messages it sends.
        if (GROUP.has(t.key) && TEXTS.has(tokens[i + 1]?.key ?? '')) return [];
        // "es krim": ice cream, not "kirim" (send) without its i.
        if (t.key === 'krim' && tokens[i - 1]?.key === 'es') return [{ ...t, word: 'eskrim', key: 'eskrim' }];
        // "COVID-19": the 19 is part of the name, not a number.
        if (t.key === '19' && THE_LINE.has(tokens[i - 1]?.key ?? '')) return [];
        // "3hr", "2minggu", "5days": a count run onto its unit of time, as the two words.
        const counted = DAYS_COUNTED.exec(t.key);
        if (counted?.[1] && counted[2]) {
          const at = counted[1].length;
          return [
            { ...t, word: t.word.slice(0, at), key: counted[1], end: t.start + at },
            { ...t, word: t.word.slice(at), key: counted[2], gap: '', start: t.start + at },
          ];
        }
        return runOn(t);
      })
      .map((t, i, all) => {
        if (osingRing && t.key === 'ring') return { ...t, key: 'ning' };
        if (osing && t.key === 'sing') return { ...t, key: 'ora' };
        // Osing "aja" is "don't" ("hp isun aja dikirimi sms maning"), not Indonesian "just".
        if (osing && t.key === 'aja') return { ...t, word: 'jangan', key: 'jangan' };
        return canonicalToken(t, i, all);
      }),
  );
}

/** "s t o p", "S.T.O.P": a word spelled out letter by letter, three letters or more, as the word. */
function spelledOut(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && /^\p{L}$/u.test(tokens[j]?.word ?? '')) j += 1;
    const first = tokens[i];
    const last = tokens[j - 1];
    if (j - i >= SPELLED_MIN && first && last) {
      const letters = tokens.slice(i, j);
      out.push({
        ...first,
        word: letters.map((t) => t.word).join(''),
        key: letters.map((t) => t.key).join(''),
        end: last.end,
      });
      i = j;
    } else {
      out.push(...tokens.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
    }
  }
  return out;
}
const SPELLED_MIN = 3;

/**
 * Two listed words run together ("ikutlangganan", "stopsms"), as the two words; a word the rules
 * do not list is kept whole.
 */
function runOn(t: Token): Token[] {
  if (t.key.length < RUN_ON_MIN || LISTED.has(t.key) || SPELLINGS.has(t.key)) return [t];
  // "rsrujukan", "rsrujukanterdekat": "rs" run onto what is asked of it, one or two words.
  if (t.key.startsWith('rs')) {
    const asked = (key: string) => [HOSPITAL_WORDS, WHERE_WORDS, THE_DISEASE].some((set) => set.has(key));
    const rest = t.key.slice(2);
    const cut = [rest.length, ...Array.from({ length: rest.length - 5 }, (_, i) => i + 3)].find(
      (at) => asked(rest.slice(0, at)) && (at === rest.length || asked(rest.slice(at))),
    );
    if (cut !== undefined) {
      const part = (from: number, to: number, key: string, gap: string): Token => ({
        ...t,
        word: t.word.slice(from, to),
        key,
        gap,
        start: t.start + from,
        end: t.start + to,
      });
      const rs = part(0, 2, 'rs', t.gap);
      const first = part(2, 2 + cut, rest.slice(0, cut), '');
      return cut === rest.length
        ? [rs, first]
        : [rs, first, part(2 + cut, t.key.length, rest.slice(cut), '')];
    }
  }
  for (let i = RUN_ON_PART; i <= t.key.length - RUN_ON_PART; i += 1) {
    const head = t.key.slice(0, i);
    const tail = t.key.slice(i);
    if (LISTED.has(head) && (LISTED.has(tail) || listedStem(tail) !== undefined))
      return [
        { ...t, word: t.word.slice(0, i), key: head, end: t.start + i },
        { ...t, word: t.word.slice(i), key: tail, gap: '', start: t.start + i },
      ];
  }
  // "jangankirimsmslagi": more words run together, each one the rules list or a "not" or "again".
  // "janganngirimlagi": read as typed too, where folding made one letter of the two that end one
  // word and start the next.
  const typed = /^[a-z]+$/.test(t.word) && t.word !== t.key ? t.word : undefined;
  const keyCuts = runOnCuts(t.key, 0, RUN_ON_MAX_PARTS);
  const cuts = keyCuts ?? (typed ? runOnCuts(typed, 0, RUN_ON_MAX_PARTS, fold) : undefined);
  if (!cuts || cuts.length < 2) return [t];
  const spelled = keyCuts ? t.key : (typed ?? t.key);
  return cuts.map((end, k) => {
    const from = k === 0 ? 0 : (cuts[k - 1] ?? 0);
    return {
      ...t,
      word: keyCuts ? t.word.slice(from, end) : spelled.slice(from, end),
      key: fold(spelled.slice(from, end)),
      gap: k === 0 ? t.gap : '',
      start: t.start + from,
      end: t.start + end,
    };
  });
}

/** Two-letter words a run-on word may hold: "gausah", "smslg", "kesaya". */
const SHORT_NOTS = words('ga gk ra lg ke sy me my ini iki dari dr aq of');

/** How many words run together are read apart at most. */
const RUN_ON_MAX_PARTS = 9;

/**
 * Where to cut `key` from `from` into at most `parts` words of {@link RUN_ON_WORDS}, each of
 * {@link RUN_ON_PART} letters or more or a short "not" or "again" ("ga", "lg"): the ends of the
 * words, longest first; undefined when it cannot be cut so.
 */
function runOnCuts(
  key: string,
  from: number,
  parts: number,
  spelling: (part: string) => string = (part) => part,
  stems = new Map<string, boolean>(),
  failed = new Set<string>(),
): number[] | undefined {
  // "wisojongirimsmsmaneh": a listed word with its affixes ("ngirim") is one too; each part is looked
  // up once, and a tail that cannot be cut is not tried again.
  const affixed = (part: string) => {
    if (part.length < RUN_ON_AFFIXED || part.length > RUN_ON_AFFIXED_MAX) return false;
    const found = stems.get(part) ?? listedStem(part) !== undefined;
    stems.set(part, found);
    return found;
  };
  const known = (typed: string) => {
    const part = spelling(typed);
    return (part.length >= RUN_ON_PART && RUN_ON_WORDS.has(part)) || SHORT_NOTS.has(part) || affixed(part);
  };
  // "...smscovidnya": a word with -nya.
  const word = (part: string) => known(part) || (part.endsWith('nya') && known(part.slice(0, -3)));
  if (word(key.slice(from))) return [key.length];
  if (parts <= 1 || failed.has(`${from}:${parts}`)) return undefined;
  for (let end = key.length - 2; end >= from + 2; end -= 1) {
    if (!word(key.slice(from, end))) continue;
    const rest = runOnCuts(key, end, parts - 1, spelling, stems, failed);
    if (rest) return [end, ...rest];
  }
  failed.add(`${from}:${parts}`);
  return undefined;
}
const RUN_ON_MIN = 7;
/** The shortest and longest part of a run-on word read through its affixes. */
const RUN_ON_AFFIXED = 6;
const RUN_ON_AFFIXED_MAX = 14;
const RUN_ON_PART = 3;

/** What "isolasi" means beside these: tape ("isolasi kabel"). */
const TAPE = words('kabel listrik lakban selotip solasi hitam atap pipa');

/** Whom "aja" (don't) is said to, before it: Osing "riko aja ngirim", Javanese "kowe aja". */
const YOU = words('riko kowe koen sampeyan sampean awakmu panjenengan sira kamu you');

/**
 * Javanese "aja" (don't) starting a part, said to someone or of the messages, before sending: "aja
 * dikirimi", "riko aja ngirim sms", "sms-e aja dikirim"; elsewhere it is "just".
 */
function forbiddingAja(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    // "sms-e aja dikirim meneh": said of the messages just named, too.
    const before = tokens[i - 1]?.key ?? '';
    const ofMessages =
      MESSAGE_NOUNS.has(before) ||
      (words('e ne nya').has(before) && MESSAGE_NOUNS.has(tokens[i - 2]?.key ?? ''));
    const starts = i === 0 || /[,.;:!?\n]/.test(t.gap) || YOU.has(before) || ofMessages;
    const next = tokens[i + 1]?.key ?? '';
    return t.word === 'aja' && starts && (SEND_VERBS.has(next) || MESSAGE_WORDS.has(next))
      ? { ...t, key: 'ojo' }
      : t;
  });
}

/**
 * How many words before the stop at `i` forbid or call it off: 1 for "jangan distop", 2 for "gak
 * sido mandek", 3 for "don't want to stop"; 0 when none do. Not "enough" (krama "sampun cukup" is
 * "enough already").
 */
function stopCalledOff(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined || /[,.;:!?\n]/.test(t.gap) || !isOptOutVerb(t.key) || ENOUGH_STOPS.has(t.key))
    return 0;
  const key = (k: number) => {
    const typed = tokens[k]?.key ?? '';
    return SPELLINGS.get(typed) ?? typed;
  };
  if (FORBID.has(key(i - 1)) && tokens[i - 1]?.key !== 'sampun') return 1;
  if (words('sido jadi').has(key(i - 1)) && NEGATORS.has(key(i - 2))) return 2;
  // "saya batal berhenti": the stop cancelled.
  if (words('batal cancel').has(key(i - 1))) return 1;
  if (key(i - 1) === 'to' && key(i - 2) === 'want' && words('dont not').has(key(i - 3))) return 3;
  return 0;
}

/** Cancelled, said after what is: "dibatalkan", "dibatalin". */
const CANCELLED = /^dibatal/;

/** Stops that say "enough": never forbidden ("jangan cukup" is not said). */
const ENOUGH_STOPS = words('cukup enough udahan sudahi');
/** Verbs whose "-ed" form still stops the messages: "stopped", "cancelled", "unsubscribed". */
const STOPPED = words('stop cancel block mute disable unsubscribe halt cease terminate discontinue');
/** Said of an answer found enough: "cukup sekian", "cukup itu aja infonya", "enough info for me". */
const ENOUGH_OF_THE_ANSWER = words(
  'sekian itu saja info penjelasan penjelasannya jawaban jawabannya answer answers explanation me that s is it',
);

/** One token in the spelling the rules are written in, read with its neighbours. */
function canonicalToken(t: Token, i: number, tokens: readonly Token[]): Token {
  // "turn off", "take me off": folding makes "off" "of", so it is read before; "cut off" is not it.
  if (t.word === 'off' && !words('cut sign log show kick drop').has(tokens[i - 1]?.key ?? ''))
    return { ...t, key: 'matikan' };
  // "feel very weak": weak in body ("lemas"), not "my english is weak".
  if (t.key === 'weak' && FELT.has(tokens[i - 1]?.key ?? '')) return { ...t, key: 'lemas' };
  // Javanese "mau bengi", "mau isuk": earlier tonight or this morning, not "want".
  if (t.key === 'mau' && EARLIER_OF.has(tokens[i + 1]?.key ?? '')) return { ...t, key: 'tadi' };
  // Suroboyoan "mari ngene", "mari iki": "from now on", not "recovered".
  if (t.key === 'mari' && words('ngene kene iki iku').has(tokens[i + 1]?.key ?? ''))
    return { ...t, key: 'sekarang' };
  // "jangan distop", "ojok mandek", "gak sido mandek": a stop forbidden or called off is a wish to go
  // on ("please continue").
  if (stopCalledOff(tokens, i) > 0) return { ...t, key: 'lanjut' };
  // "unreg saya dibatalkan aja", "berhentinya dibatalkan": the stop cancelled after it is named.
  const cancelledLater = [1, 2].some((k) => CANCELLED.test(tokens[i + k]?.word ?? ''));
  if (cancelledLater && isOptOutVerb(t.key)) return { ...t, key: 'lanjut' };
  const cancelsBefore = [1, 2].some((k) => isOptOutVerb(tokens[i - k]?.key ?? ''));
  if (CANCELLED.test(t.word) && cancelsBefore) return { ...t, key: 'tolong' };
  if ([1, 2, 3].some((k) => stopCalledOff(tokens, i + k) >= k)) return { ...t, key: 'tolong' };
  // "call centre", written apart: the line, one word.
  if (CALL.has(t.key) && CENTER.has(tokens[i + 1]?.key ?? '')) return { ...t, key: fold('callcenter') };
  // "test pack": a pregnancy test, written apart.
  if (t.key === 'pack' && words('test tes').has(tokens[i - 1]?.key ?? '')) return { ...t, key: 'testpack' };
  // "no ini", "no sy": "no" short for "nomor" before whose or which number, not "not".
  if (
    t.key === 'no' &&
    words('ini iki itu saya sy aku kula kulo hp wa telp tlp telpon telepon').has(tokens[i + 1]?.key ?? '')
  )
    return { ...t, key: 'nomor' };
  // "nomor baru", "new number": the number the caller now has, "this number".
  if (words('baru new').has(t.key) && NUMBER_WORDS.has(tokens[i - 1]?.key ?? '')) return { ...t, key: 'ini' };
  // "bebas pulsa", "tanpa pulsa": free to call, not phone credit.
  if (t.key === 'pulsa' && words('bebas tanpa gratis free').has(tokens[i - 1]?.key ?? ''))
    return { ...t, key: 'gratis' };
  // "isolasi kabel", "lakban isolasi": tape, not isolation.
  if (t.key === 'isolasi' && [tokens[i - 1], tokens[i + 1]].some((u) => TAPE.has(u?.key ?? '')))
    return { ...t, key: 'lakban' };
  // Krama "kados pundi" is "how", not "where".
  if (t.key === 'pundi' && tokens[i - 1]?.key === 'kados') return { ...t, key: 'gimana' };
  // Osing "sing usah", "sing butuh": "not", before a wish; elsewhere Javanese "sing" is "which".
  if (t.key === 'sing' && WANTING_NOT.has(tokens[i + 1]?.key ?? '')) return { ...t, key: 'ora' };
  // "I'd like to", written "id like": not the language code.
  if (t.key === 'id' && words('like love want rather').has(tokens[i + 1]?.key ?? ''))
    return { ...t, key: 'i' };
  // "okemakasih": thanks run onto "ok".
  const thanked = /^(?:okay|okey|oke|ok)(\p{L}{3,})$/u.exec(t.key)?.[1];
  if (thanked && THANKS.has(thanked)) return { ...t, key: thanked };
  // "turn it back on", not "anyone on?".
  if (t.word === 'on' && words('back turn switch it them').has(tokens[i - 1]?.key ?? ''))
    return { ...t, key: 'aktifkan' };
  // "on kan lagi sms nya": "onkan" (switch on) written apart.
  if (t.word === 'on' && tokens[i + 1]?.key === 'kan') return { ...t, key: 'aktifkan' };
  if (t.key === 'kan' && tokens[i - 1]?.word === 'on') return { ...t, key: 'nya' };
  // "pa-apa", Madurese "anything": not "what".
  if (t.key === 'pa' && tokens[i + 1]?.key === 'apa') return { ...t, key: 'apapun' };
  if (t.key === 'apa' && tokens[i - 1]?.key === 'pa') return { ...t, key: 'apapun' };
  // "benar-benar": "really", not whether something is true.
  if (words('benar bener').has(t.key) && (tokens[i + 1]?.key === t.key || tokens[i - 1]?.key === t.key))
    return { ...t, key: fold('sungguh') };
  // "jangan2 berita covid naik lagi cuma akal2an?", "jangan-jangan": "could it be that", not "don't".
  // Not "jangan jangan kirim lagi": "don't" said twice before sending.
  const pairEnd = tokens[i + 1]?.key === 'jangan' ? i + 2 : i + 1;
  const maybe =
    (t.key === 'jangan2' ||
      (t.key === 'jangan' && (tokens[i + 1]?.key === 'jangan' || tokens[i - 1]?.key === 'jangan'))) &&
    !SEND_VERBS.has(tokens[pairEnd]?.key ?? '');
  if (maybe) return { ...t, key: 'mungkin' };
  // "rajin kirim sms tiap hari, kyk mantan": an ex named in a likeness, not the caller's matter.
  if (PARTNERS.has(t.key) && words('kyk kayak kaya kek seperti like').has(tokens[i - 1]?.key ?? ''))
    return { ...t, key: 'itu' };
  // "opo2", "apa-apa": "anything", not "what".
  const twiceAsked =
    words('apa opo').has(t.key) && (tokens[i + 1]?.key === t.key || tokens[i - 1]?.key === t.key);
  if (/^(?:apa|opo)2$/.test(t.key) || twiceAsked) return { ...t, key: 'apapun' };
  // "tiba2", "kirim2": a word said twice, written with a 2, is the word ("sms2" is listed as it is).
  const twice = /^([a-z]{3,})2(?:nya|ne|e|an)?$/.exec(t.key);
  if (!LISTED.has(t.key) && twice?.[1]) {
    const once = twice[1];
    return { ...t, key: SPELLINGS.get(once) ?? once };
  }
  // "pesan-pesan ini tidak diteruskan lagi ke nomor saya": passed on no more, after the messages, as sent.
  const passedOn =
    words('teruskan diteruskan').has(t.key) &&
    NEGATORS.has(tokens[i - 1]?.key ?? '') &&
    AGAIN_OR_MORE.has(tokens[i + 1]?.key ?? '') &&
    tokens.slice(0, i).some((u) => MESSAGE_WORDS.has(u.key));
  if (passedOn) return { ...t, key: 'dikirim' };
  // "3 anak kos demam", "anak buah sy positif": lodgers and staff, not children.
  if (t.key === 'anak' && words('kos kost kosan buah').has(tokens[i + 1]?.key ?? ''))
    return { ...t, key: 'penghuni' };
  // "mondok nang rs entek piro", "habis berapa": what it costs, not "habis berapa hari", how long after.
  const spent =
    words('entek habis abis').has(t.key) &&
    words('piro berapa brp pinten').has(tokens[i + 1]?.key ?? '') &&
    !TIME_UNITS.has(tokens[i + 2]?.key ?? '');
  if (spent) return { ...t, key: 'biaya' };
  // "stop notifikasi sms mandiri": a bank named after the messages it sends, not "isolasi mandiri".
  if (t.key === 'mandiri' && SUBSCRIBED.has(tokens[i - 1]?.key ?? '')) return { ...t, key: 'bank' };
  // "bbrp": "beberapa" (several), not "brp" (how many), which folding it would make it.
  if (t.word === 'bbrp') return { ...t, key: 'beberapa' };
  // "sangat membantu", "very helpful": thanks.
  if (
    words('membantu helpful').has(t.key) &&
    words('sangat sgt banget very so really').has(tokens[i - 1]?.key ?? '')
  )
    return { ...t, key: 'thanks' };
  // A word of someone else's matter, of the disease or of a symptom is not a slip of a listed one
  // ("hubungan" is not "hubungin", "testing" not "texting", "mencret" not "coret").
  const own =
    LISTED.has(t.key) ||
    OFF_TOPIC.has(t.key) ||
    COVID_WORDS.has(t.key) ||
    TEST_WORDS.has(t.key) ||
    SYMPTOM_WORDS.has(t.key);
  const key = SPELLINGS.get(t.key) ?? (own ? undefined : listedStem(t.word));
  return key === undefined ? t : { ...t, key };
}

/** Units of time: "habis berapa hari". */
const TIME_UNITS = words(
  'hari hr dino dina minggu mgg week weeks bulan bln month jam hour hours tahun thn year menit',
);

/** Privacy, and its being intruded on: "mengganggu privasi", "pelanggaran privasi". */
const PRIVACY = words('privasi privacy');
const INTRUDED = words(
  'ganggu mengganggu pelanggaran melanggar langgar violation violate violates invade invasion',
);
/** From where: "dapat nomor saya dari mana", "where did you get my number". */
const WHERE_FROM = words('mana mn where');
/** Permission given: "tidak pernah kasih izin", "never gave permission", "never consented". */
const ALLOWED = words('izin ijin permission consent consented persetujuan setuju');
/** Why, asked as a complaint: "ngapain", "kok", "why". */
const WHY_ASKED = words('ngapain ngapaen kenapa knp kok why lapo ngopo');
/** Whom messages are for: "bukan sasaran", "bukan orang yang tepat". */
const RECIPIENTS = words('orang sasaran penerima target tujuan');

/** Whose numbers are not the caller's own: "hapus nomor dinkes dari hp". */
const PHONE_SUBJECTS_ELSE = words('dinkes puskesmas dokter kontak contacts');

/** How far after a stop a word of someone else's matter is still what is stopped ("stop sms promo indosat"). */
const OFF_TOPIC_REACH = 5;

/** Village health posts, whose schedules the line does not know: "jadwal posyandu". */
const HEALTH_POSTS = words('posyandu posbindu');

/** Parcels and orders: "jangan kirim paket ke alamat lama". */
const PARCELS = words('paket pesanan orderan');

/** Goods and money, sent: not these messages. */
const GOODS = words(
  'barang barangnya barange paket uang duit pesanan orderan kiriman2 calls undangan undangane sayur galon pesse katalog ' +
    'meme memes stiker sticker stickers video videos foto photo photos',
);

/** Verbs that end a subscription when said of the messages: "stop sms", "berhenti langganan". */
const OPT_OUT_VERBS = words(
  'stop stp setop berhenti brhenti henti hentikan penghentian unreg unsub unsubs unsubscribe cancel cancl batal batalkan keluar quit ' +
    'udahan sudahi cukup berhentikan matikan mateni nonaktifkan nonaktif mandeg mandek leren cabut akhiri end endelaken kendelaken ' +
    'marekno marekne epaambu paambu putusin ' +
    'disable halt terminate enough unregister deregister blokir block discontinue finish cease tolak menolak mute skip',
);
/** Wanting, and "any more": "don't want it anymore". */
const WANT_WORDS = words(
  'want mau pengen pengin pingin kepingin kepengin gelem ingin need butuh terro wish arep',
);
const AGAIN_OR_MORE = words('anymore again lagi lg maneh meneh maning more pole longer');
/** A stop told as a slip: "kepencet berhenti", "unsubscribed by mistake". */
const BY_MISTAKE = words('kepencet kepenyet mistake accidentally accident sengaja');
/** Removing, said alone: "REMOVE". */
const REMOVE_ALONE = words('remove delete hapus');
/** A whole message that asks to stop: "out", "no more". */
const STOPS_SAID_ALONE = new Set(['out', 'exit', 'no more']);
/** "Enough", then a particle that makes it a request: "udah dong", "wis yo", "cukup ya". */
const ENOUGH = words('udah sudah wis wes cukup');
const REQUEST_PARTICLES = words('dong ya yo deh ah lah toh');
/** Taking a number off the list: "hapus nomor saya", "remove me from this list". */
const REMOVE_VERBS = words(
  'hapus hapuskan keluarkan remove delete take drop coret copot lepas lepaskan busek buang cabut wedalaken wedalke culno uculno uculke apos exclude ' +
    'wetokno jupuk jupuken jupukno enyahkan busak busaken ghapos blacklist blacklis',
);
const REMOVE_OBJECTS = words('nomor nomer nmr no number saya aku me daftar list');
/** Receiving the messages: "ga mau dapet sms ini lagi", "aku gelem nampa sms maneh". */
const RECEIVE = words(
  'dapat dapet terima nerima menerima nampa nompo nampi tampi receive receiving get getting gelem oleh masuk datang nyampe ' +
    'coming olle olea entuk mlebu',
);
/** The messages themselves, and sending them. */
const MESSAGE_WORDS = words(
  'sms sms2 smsnya smsan pesan pesannya kirim kirim2 kirimi dikirimi dikirim ngirim ngirimi ganggu mengganggu spam nyepam nyepem send ' +
    'sending sent text texting texts txt message messages messaging msg msgs langganan berlangganan langganannya ' +
    'subscription subscribe notif notifikasi layanan service broadcast info informasi information updates alerts ' +
    'hubungi dihubungi hubungin menghubungi contact contacted contacting penerima list daftar daily news berita ' +
    'alert alerts kabar kiriman pemantauan monitoring notification notifications dikasih broadcasts ' +
    'pengiriman mailing these ngabari kabari kabarin',
);
/** The line itself: "unreg covid", "stop info covid jatim". */
const THE_LINE = words('covid corona jatim virus');
/** "Don't", in the ways people write it. */
const NEGATORS = words(
  'jangan jgn jngn gak ga gk g nggak ngga enggak tidak tdk tak ta ora ra ojo dont don not no never ndak emoh cant dudu ' +
    'wegah ' +
    'mboten boten mbotten',
);
/** "Don't" as a request: what a "not" means before messages only when said this way. */
const FORBID = words('jangan ojo dont never emoh wegah ampun keberatan');
/** A "not" before one of these is a wish ("ga usah", "tidak mau", "no more"), not a fact. */
const WANTING_NOT = words(
  'usah sah perlu mau want need more pengen pengin gelem purun sudi butoh berkenan bersedia willing butuh butuhkan kersa berminat ' +
    'interested susah wish',
);
/** Words that may stand around an opt-out without changing it. */
const OPT_OUT_FILLER = words(
  'tolong please pls plz saya aku ku sy gue gw me my i ke lagi banget bgt mugi deh talah tah berisik cok sya lg again maneh meneh maning aja saja ae ya yo dong min admin nya ' +
    'wis udah sudah your our for of with us turn iki terus trus lewat via by like tiap setiap every do ' +
    'nomer nmr kene sini nang neng mohon harap minta pokoknya jg kan pole spt sampon yg yang kemarin kemaren krn karena because soalnya dong lah rek e d m ll skrg sekarang now minggu hari week day bulan month dari ' +
    'how cara caranya gimana phone hp handphone it yo cak cuk ok yes way there is make keep ketik type ' +
    // Words a man or woman is addressed by ("bang", short for "abang", is not "buang" without its u).
    'bang bro sis gan bos om kang lur nak sir madam maam ' +
    // "re-subscribe" written apart.
    're ' +
    // "y", texted for "ya"; Osing "baen", Madurese "bein": "just".
    'y baen bein ' +
    'ipun bilang dibilang dibilangin sampai sampe ka begini ever pernah kesehatan health really ' +
    'system sistem database data ' +
    'usah perlu need want mau pengen pingin anymore more any from this ini itu these all semua nomor number ' +
    'to us we you kami kalian the nggih njih mas mbak pak bu kak kersa malih di reg kindly line already juga ' +
    'also dulu kyk kayak seperti biasa before teko seko soko switch biar agar supaya pangapunten maaf wonten nyang ' +
    'menyang kata bosen bosan bored jenuh regards ah mind just utk untuk ne dgn dengan repot mbok mugi dhateng dateng o am ' +
    'saiki en reya them sungguh napa ada lo lu lho engko engkok sengko kaula ' +
    // Insults thrown with the stop: "STOP IDIOT", "stop it you morons".
    'idiot idiots moron morons stupid bodoh goblok goblog tolol bego dungu kampret bangsat brengsek sialan asu jancok ' +
    'jancuk dancok ' +
    // Called out: "STOP NYEPAM WOY".
    'woy woi oi',
);

/** "Subscribe again". */
const OPT_IN_VERBS = words(
  'daftar subscribe resubscribe langganan berlangganan aktifkan aktif register gabung join ikut signup sign up ' +
    'hidupkan nyalakan uripno urupno terusno diterusno resume lanjut lanjutkan masukkan masukin tambahkan add rejoin put start melu kembalikan sambungkan ' +
    'balikin pulihkan restore mulai',
);
/** Verbs that say subscribe on their own; `daftar` is also "a list" and needs "again" or the messages. */
const OPT_IN_SURE = words(
  'subscribe resubscribe langganan berlangganan aktifkan register gabung join signup sign hidupkan nyalakan daftarkan ' +
    'resume nomor number',
);
const AGAIN = words(
  'lagi lg again kembali balik maneh meneh maning pole ulang back tiap setiap every rutin regularly masih msh still tetap',
);
/** Asking to be sent the messages: "kirimi aku info maneh", "send me updates again". */
const SEND_VERBS = words('kirim kirimi dikirim dikirimi send');

/** Thanks in Indonesian, Javanese, English and texting short forms. */
const THANKS = words(
  'terima kasih terimakasih trimakasih trimakasi terimakasi trima trims makasih makasi mksh mksih mkasih maksih kasih ' +
    'matur nuwun maturnuwun maturnuwon suwun suwon thanks thank thanx thnks thx tq ty tks tengkyu tengkiu sankyu nuhun ' +
    'sakalangkong kalangkong jazakallah appreciated appreciate cheers',
);
/** What may come with thanks and still be only thanks. */
const THANKS_FILLER = words(
  'banyak byk ya yaa min admin infonya informasinya atas info informasi bantuannya sudah udah ok oke okey okay sip ' +
    'siap mantap you very much so lot a for the help pak bu kak mas mbak dok sehat selalu semoga tetap sanget lur ' +
    'nggih njih nggeh yo hatur sangat ok petugas dinkes bannyak khair khairan mate all sembah wangsuli di ' +
    'alhamdulillah jelas clear skrg sekarang now bnyk many',
);

/** Lines and numbers people ask for. */
const HOTLINE_WORDS = words('hotline hotlen hotlain callcenter cc cacak ambulans ambulan ambulance helpline');
/** Asking whom to call: "hubungi siapa", "who do i call". */
const WHOM = words('siapa who whom person human manusia petugas operator sopo sapa sinten');
const CONTACT_VERBS = words('hubungi menghubungi nelpon telpon telepon call ring talk speak bicara ngomong');
/** Words after which "who" tells about someone rather than asks: "someone who is just talking". */
const TOLD_OF = words('someone somebody anyone anybody people person those one orang org wong');

/** Asking whom: "who do i call", "hubungi siapa"; not "can you get covid from someone who is talking". */
function asksWhom(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) => WHOM.has(t.key) && !(t.key === 'who' && TOLD_OF.has(tokens[i - 1]?.key ?? '')),
  );
}
/** The line itself, as what is open: "layanan ini buka jam brp?". */
const THIS_LINE = words('layanan line service hotline ini this nomor number');
/** Signs of something: asking when, not whom to call. */
const SIGNS = words('signs tanda tandanya tandha gejala symptoms');
/** "For", before what a call is for: "buat konsultasi", "to ask a doctor". */
const FOR = words('buat untuk utk for to kanggo nggo gawe');
/** What a line is called for: to consult, ask or report. */
const CALLED_FOR = words(
  'konsultasi konsul consult consultation tanya nanya bertanya ask takon lapor report',
);

/**
 * A line or number asked for, with what it is for: "minta no hotline covid jatim buat konsultasi gejala",
 * "is there a phone number to ask a doctor about covid symptoms?".
 */
function callFor(tokens: readonly Token[]): boolean {
  const line = tokens.some(
    (t) =>
      (t.word.length > 1 && HOTLINE_WORDS.has(t.key)) || NUMBER_WORDS.has(t.key) || PHONE_WORDS.has(t.key),
  );
  // "nelpon kmn kl mau konsultasi gejala": wanting to consult, as what the call is for.
  const purpose = (key: string) => FOR.has(key) || WANT_WORDS.has(key);
  return line && tokens.some((t, i) => purpose(t.key) && CALLED_FOR.has(tokens[i + 1]?.key ?? ''));
}
/** A phone number, and calling written short: "nomor dinkes", "telp kemana". */
const NUMBER_WORDS = words('nomor nomer nmr number');
const SHORT_CALLS = words('telp tlp tilpun');
/** "Where to", of a call: "telp kemana". */
const WHERE_TO = words('kemana kmn kemane nengdi pundi where endi ngendi');
/** "is there a 24 hour covid line", "layanan 24 jam", "24hr helpline": a line open round the clock. */
function roundTheClock(tokens: readonly Token[]): boolean {
  const allDay = tokens.some(
    (t, i) =>
      (t.key === '24' && ROUND_THE_CLOCK.has(tokens[i + 1]?.key ?? '')) || /^24(?:h|hr|hrs|jam)$/.test(t.key),
  );
  return allDay && (has(tokens, THIS_LINE) || has(tokens, HOTLINE_WORDS));
}

/** Open, of a line: "aktif", "active". */
const ACTIVE_NOW = words('aktif active');
/** Now, after "open": "yang aktif saat ini", "active now". */
const NOW_WORDS = words('saat sekarang skrg saiki now today tonight');
/** "Which" or "that", before "open": "nomor yang aktif". */
const WHICH_IS = words('yang yg sing which that');

/**
 * A number or line asked for that is open ("aktif") now: "nomor pengaduan yang aktif saat ini",
 * "which hotline is active now"; not the messages switched on.
 */
function openNow(tokens: readonly Token[]): boolean {
  const open = tokens.some(
    (t, i) =>
      ACTIVE_NOW.has(t.key) &&
      (WHICH_IS.has(tokens[i - 1]?.key ?? '') || NOW_WORDS.has(tokens[i + 1]?.key ?? '')),
  );
  return open && (has(tokens, HOTLINE_WORDS) || has(tokens, NUMBER_WORDS)) && !has(tokens, TEXTS);
}

/** Being asked or called: "nomer sing iso ditakoni". */
const ASKED_OF = words('ditakoni ditanya ditanyain ditakokno ditakoki dihubungi ditelpon ditelp ditelepon');

/** Phone credit, said of calling a line: "pulsa sy tipis". */
const CALL_CREDIT = words('pulsa kuota');
/** The phone's own credit and card, which the messages cost or reach. */
const THE_PHONES_OWN = new Set([...CALL_CREDIT, ...words('sim card simcard kartu')]);

/** Asking when: "kapan harus telp 1xx" asks when to call a short line, which the danger signs answer. */
const WHEN_ASKED = words('kapan kpn when');

/** Money after a number: "150 ribu" is a price, not a line. */
const MONEY = words('ribu rb rebu k jt juta rupiah rp');

/** A three-digit number starting with 1 at `i`, not a price or a share: how short lines are written. */
function isShortLine(tokens: readonly Token[], i: number): boolean {
  // "100%": a share, not a line.
  const percent = tokens[i + 1]?.gap.startsWith('%') === true;
  return /^1\d\d$/.test(tokens[i]?.key ?? '') && !MONEY.has(tokens[i + 1]?.key ?? '') && !percent;
}

/** Whether a line works, or may be used: "is 1xx working", "1xx bisa dipake". */
const LINE_WORKS = words('work works berfungsi aktif active bisa can pakai use nyambung');

/** After "24": a line open around the clock. */
const ROUND_THE_CLOCK = words('hour hours hr hrs jam');
/** Calling by phone, not talking ("ketularan dr org yg ngomong"). */
const PHONE_CALLS = words('telpon telepon nelpon call ring');
/** Open or closed, and when: the hotline hours. */
const OPEN_WORDS = words('buka bukak open opened tutup closed aktif active');
const WHEN_OPEN = words(
  'jam hour hours weekend weekends minggu sabtu libur holiday malam night now today kapan when',
);
/** "call center", "call centre", written apart. */
const CALL = words('call');
const CENTER = words('center centre senter');
/** Asking for a number to call. */
const PHONE_WORDS = words(
  'nomor nomer nmr no telp telpon telepon tlp tilpun kontak contact phone number call hubungi nelpon menghubungi',
);
const CONTACT_WORDS = words('kontak contact');
/** A hospital needed or looked for, or one near, or to be taken to: "butuh rs", "need a hospital ... near", "mau dibawa ke RS". */
const SOUGHT = words('butuh perlu need cari carikan find dekat deket near dibawa');
/** Working somewhere: "kerja di rs". */
const WORK = words('kerja bekerja kerjo nyambut work works');
/** The phone as a thing, typed: "hp", "handphone". */
const DEVICE = words('hp handphone');
const BLOCK = words('blokir block');
const TO = words('ke to nang neng');

/** "jangan kontak saya lagi": the contact word at `i` is being contacted, not contact with a case. */
function contactedAt(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && !EXPOSURE_NEXT.has(tokens[i + 1]?.key ?? '');
}
const EXPOSURE_NEXT = words('erat sama sm dengan dgn with karo kalih');
const BRIEFLY = words('sebentar singkat brief briefly');
const ONLY = words('cuma cuman hanya mung only');
/** "a close contact": contact with a case. */
const CLOSE = words('close closest dekat');
/** "With", after "kontak": "kontak karo dulur", "kontak sama teman". */
const CONTACT_WITH = words('karo dengan dgn sama sm ambek with');
/** What a number is asked for: the line's subjects. */
const PHONE_SUBJECTS = words(
  'covid corona dinkes dinas kesehatan satgas darurat emergency gawat bantuan dokter petugas konsultasi info ' +
    'informasi puskesmas someone somebody seseorang operator nakes help health office',
);

/** What a phone line is for, named before "line". */
const LINE_KINDS = words('emergency darurat gawat help health kesehatan info information konsultasi advice');

/** A hospital, in the words people use. */
const HOSPITAL_WORDS = words(
  'rs rsu rsud hospital hospitals rujukan referral puskesmas pkm klinik admitted romasakek romasakeh romasakit rumahsakit ' +
    'rumkit igd ugd',
);
/** Asking which or where outright: "which hospital should i go to in batu" is the hospital answer. */
const WHICH_WORDS = words('dimana dmn mana terdekat nearest where which endi ndi ngendi pundi dimma');
/** Asking where: the hospital answer, not the FAQ (what treatment costs). */
const WHERE_WORDS = words(
  'dimana dmn mana terdekat dekat deket cedak cedhak cedek cerak caket nearest near nearby closest close where lokasi ' +
    'alamat endi ndi dimma semma ' +
    'ngendi pundi nang ning neng teng ing wonten di in around sekitar daftar list dr dari cari carikan golek find ' +
    'which dimma dhimma semma celak',
);
/** Asking whether something heard is true ("viral video ... hospitals are full, true?"): the hoax topic. */
const HEARSAY = words(
  'viral hoax hoaks true benar benarkah bener beneran leres resmi official berantai katanya jare video percaya percoyo ' +
    'pecoyo ' +
    'believe bilang says',
);
/** Passing a rumour on: a number it came from is not a number asked for. */
const RUMOUR = words(
  'viral hoax hoaks katanya jare says disebar sebar disebarkan nyebar nyebarin sebarin disebarin sebarkan forward ' +
    'forwarded terusin diterusin teruskan diteruskan',
);
/** Costs are a FAQ topic, even when a hospital is named. */
const COST_WORDS = words(
  'biaya bayar mbayar gratis bpjs cost pay pays paying paid free tanggung ditanggung bill bills insurance asuransi cover uang ' +
    'tagihan kis jkn ragad ragadipun biayane biayanya harga hargane regane rega ongkos majar mbayari bayari ' +
    'dibayari dibayar dibayarin bayarin',
);
/** When to go is a FAQ topic (danger signs), not a request for the nearest one. */
const WHEN_WORDS = words('kapan when kudu harus hrs should perlu kedah');
/** Tests and vaccines are FAQ topics, even asked of a puskesmas: "tes antigen bisa di puskesmas?". */
const SERVICE_TOPICS = words(
  'tes test antigen pcr swab rapid vaksin vaksine vaksinasi avaksin booster vaccine vaccination antivirus paxlovid ' +
    'masker mask masks n95 kn95 surgical ' +
    'molnupiravir favipiravir',
);

/** Reporting. */
const REPORT_WORDS = words('lapor laporan melapor melaporkan pelaporan report reporting');
/** Telling the health office: "mau kasih tau dinkes saya sakit", "let the health department know". */
const INFORM_WORDS = words(
  'tell inform notify know kabari kabarin ngabari memberitahu beritahu kasih tau tahu',
);
/** Telling, not knowing: "kabari", "notify". */
const TELL = words('tell inform notify kabari kabarin ngabari memberitahu beritahu ngandani');
/** Being recorded: "didata", "dicatat". */
const RECORDED = words('didata terdata dicatat record recorded');
/** Sick, or a positive test: what a report tells. */
const SICK_OR_POSITIVE = words('positif positive sakit sick gejala bergejala symptoms lara loro');
const HEALTH_OFFICE = words(
  'dinkes dinas kesehatan health office department petugas puskesmas authorities authority',
);

/** True when every word is in one of the sets. */
function allIn(tokens: readonly Token[], ...sets: ReadonlySet<string>[]): boolean {
  return tokens.every((t) => sets.some((set) => set.has(t.key)));
}

function has(tokens: readonly Token[], set: ReadonlySet<string>): boolean {
  return tokens.some((t) => set.has(t.key));
}

/** Index of the first word in `set` within `reach` words after `i`, or -1. */
function nextWithin(tokens: readonly Token[], i: number, reach: number, set: ReadonlySet<string>): number {
  for (let k = i + 1; k <= i + reach && k < tokens.length; k += 1)
    if (set.has(tokens[k]?.key ?? '')) return k;
  return -1;
}

/**
 * An opt-out verb in its passive or object forms, as people write them: `dihentikan`, `distop`,
 * `dibatalkan`, `dimatikan` (di- and -kan around a verb the list has).
 */
function isOptOutVerb(key: string): boolean {
  if (OPT_OUT_VERBS.has(key)) return true;
  // "he wants them stopped": an English past participle of a verb that stops only messages or
  // services ("finished", "ended" are said of much else).
  if (/e?d$/.test(key) && [key.replace(/ed$/, ''), key.replace(/d$/, '')].some((k) => STOPPED.has(k)))
    return true;
  const bare = key.startsWith('di') ? key.slice(2) : key;
  return [bare, bare.replace(/kan$/, ''), bare.replace(/in$/, ''), bare.replace(/nya$/, '')].some(
    (k) => k.length >= 3 && OPT_OUT_VERBS.has(k),
  );
}

/**
 * Without a mobile number written out after the word for it ("nomor 08xx-xxxx-xxxx"), which names
 * the phone the messages reach and says nothing more.
 */
function withoutNumberWritten(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, i) => NUMBER_WORDS.has(t.key) && /^\d+$/.test(tokens[i + 1]?.key ?? ''));
  if (at < 0) return tokens;
  let end = at + 1;
  while (/^\d+$/.test(tokens[end]?.key ?? '')) end += 1;
  const digits = tokens
    .slice(at + 1, end)
    .map((t) => t.key)
    .join('');
  return MOBILE_NUMBER.test(digits) ? [...tokens.slice(0, at + 1), ...tokens.slice(end)] : tokens;
}
/** An Indonesian mobile number, written from 08 or 628. */
const MOBILE_NUMBER = /^(?:0|62)8\d{7,11}$/;

function isOptOut(written: readonly Token[], mentionsTopic?: MentionsTopic): boolean {
  const typed = withoutNumberWritten(written);
  // "cara stop sms promo dari indosat": someone else's messages; "stop kirim barang": goods sent. A word
  // of something else well after the request is its reason ("... krn hp ini mau dipakai anak utk sekolah").
  const firstVerb = typed.findIndex((t) => isOptOutVerb(t.key));
  const reach = firstVerb >= 0 ? firstVerb + OFF_TOPIC_REACH : typed.length;
  // "jangan ganggu pacarku": the word owned is still someone else's matter; "nomor sekolah dihapus": the
  // number's owner is not what is talked of.
  const offTopic = (t: Token, i: number) =>
    (OFF_TOPIC.has(t.key) || OFF_TOPIC.has(unowned(t.key))) && !NUMBER_WORDS.has(typed[i - 1]?.key ?? '');
  if (typed.some((t, i) => i <= reach && offTopic(t, i)) || has(typed, GOODS)) return false;
  // "kmrn kepencet berhenti": a stop pressed by mistake, told.
  if (has(typed, BY_MISTAKE)) return false;
  // "covid mematikan deh": deadly, said of the disease, not "switch off" said of the messages.
  const deadly = typed.some((t, i) => t.key === 'me' && /^matikan?$/.test(typed[i + 1]?.key ?? ''));
  if (deadly && has(typed, THE_DISEASE) && !has(typed, MESSAGE_WORDS)) return false;
  // Passive and suffixed verb forms read as the verb: "mohon dihentikan sms nya".
  const tokens = typed.map((t) =>
    !OPT_OUT_VERBS.has(t.key) && !REMOVE_VERBS.has(t.key) && isOptOutVerb(t.key) ? { ...t, key: 'stop' } : t,
  );
  // "saya ingin menarik persetujuan saya untuk menerima SMS": consent withdrawn.
  if (tokens.some((t, i) => WITHDRAW.has(t.key) && nextWithin(tokens, i, 2, CONSENT) >= 0)) return true;
  // "opt out", "opt me out".
  if (tokens.some((t, i) => OPT.has(t.key) && nextWithin(tokens, i, 3, words('out')) >= 0)) return true;
  // "I don't want this anymore", "gak mau lagi": not wanting, and nothing else said.
  const notWanted = has(tokens, NEGATORS) && has(tokens, WANT_WORDS) && has(tokens, AGAIN_OR_MORE);
  // "I no longer wish to receive covid updates, thank you": the line named, and thanks, too.
  if (
    notWanted &&
    allIn(
      tokens,
      OPT_OUT_FILLER,
      NEGATORS,
      WANT_WORDS,
      AGAIN_OR_MORE,
      RECEIVE,
      MESSAGE_WORDS,
      THE_LINE,
      THANKS,
    )
  )
    return true;
  // "jangan masukkan nomor saya ke daftar lagi", "ojo dilebokno daftar maneh": subscribing forbidden.
  const startForbidden = tokens.some(
    (t, i) => FORBID.has(t.key) && nextWithin(tokens, i, 2, OPT_IN_VERBS) >= 0,
  );
  if (
    startForbidden &&
    allIn(tokens, OPT_IN_VERBS, MESSAGE_WORDS, OPT_OUT_FILLER, FORBID, REMOVE_OBJECTS, THE_LINE, AGAIN)
  )
    return true;
  // "mohon nomor saya dihapus dari layanan sms covid ini krn sdh ganti pemilik": the number taken off
  // the line's messages, whatever reason follows.
  const numberRemoved = tokens.some(
    (t, i) =>
      REMOVE_VERBS.has(t.key) && tokens.slice(Math.max(0, i - 3), i + 4).some((u) => NUMBER_WORDS.has(u.key)),
  );
  if (
    numberRemoved &&
    (has(tokens, THE_LINE) || has(tokens, MESSAGE_WORDS)) &&
    !has(tokens, PHONE_SUBJECTS_ELSE)
  )
    return true;
  // "nomor ini bukan punya saya lagi": the number no longer the caller's, said alone.
  const notMine = tokens.some((t, i) => NUMBER_WORDS.has(t.key) && nextWithin(tokens, i, 3, DENIED) >= 0);
  if (notMine && has(tokens, OWNERS) && allIn(tokens, NUMBER_WORDS, DENIED, OWNERS, OPT_OUT_FILLER))
    return true;
  // "I asked you to stop", "sudah saya minta berhenti": a stop asked before, said again.
  const askedBefore = stopAskedBefore(tokens);
  if (askedBefore && allIn(tokens, OPT_OUT_VERBS, OPT_OUT_FILLER, YOU, ASKED_BEFORE, TIMES)) return true;
  // "REMOVE", "hapus": taking the number off, said alone.
  if (tokens.length === 1 && REMOVE_ALONE.has(tokens[0]?.key ?? '')) return true;
  // "out", "no more": a stop said in English with nothing else.
  if (STOPS_SAID_ALONE.has(tokens.map((t) => t.key).join(' '))) return true;
  // "sampai di sini saja langganannya": the messages end here.
  const endsHere = tokens.some(
    (t, i) => UP_TO.has(t.key) && nextWithin(tokens, i, 2, words('sini kene')) >= 0,
  );
  if (
    endsHere &&
    has(tokens, MESSAGE_WORDS) &&
    allIn(tokens, UP_TO, MESSAGE_WORDS, OPT_OUT_FILLER, ENOUGH, THE_LINE)
  )
    return true;
  // "udah dong smsnya", "wis yo sms e": "enough" said as a request, of the messages.
  const enough = ENOUGH.has(tokens[0]?.key ?? '') && REQUEST_PARTICLES.has(tokens[1]?.key ?? '');
  if (
    enough &&
    has(tokens, MESSAGE_WORDS) &&
    allIn(tokens, MESSAGE_WORDS, OPT_OUT_FILLER, ENOUGH, REQUEST_PARTICLES, THE_LINE)
  )
    return true;
  if (
    has(tokens, REMOVE_VERBS) &&
    has(tokens, REMOVE_OBJECTS) &&
    allIn(
      tokens,
      REMOVE_VERBS,
      REMOVE_OBJECTS,
      MESSAGE_WORDS,
      OPT_OUT_FILLER,
      THE_LINE,
      words('dari from this ini off of ganti berganti kono kana sana situ there'),
      OWNERS,
    )
  ) {
    return true;
  }
  const verbs = tokens.flatMap((t, i) => (OPT_OUT_VERBS.has(t.key) ? [i] : []));
  // "stop", "stop sms", "stop kirim sms lagi ya min": an opt-out verb with nothing but messages and filler.
  // "tolong berhenti datang": their coming, asked to stop; not "sms nya berhenti masuk", told.
  const arriving = has(tokens, REQUESTS) ? ARRIVE : MESSAGE_WORDS;
  if (
    verbs.length > 0 &&
    allIn(
      tokens,
      OPT_OUT_VERBS,
      MESSAGE_WORDS,
      arriving,
      OPT_OUT_FILLER,
      NEGATORS,
      THE_LINE,
      THANKS,
      THANKS_FILLER,
      REMOVE_VERBS,
    )
  )
    return true;
  // "saya tidak pernah daftar, stop": a last word of its own.
  const last = tokens.at(-1);
  if (last && tokens.length > 1 && OPT_OUT_VERBS.has(last.key) && /[,.;:!]/.test(last.gap)) return true;
  // "please stop texting me", "berhenti langganan info covid": the verb said of the messages.
  // "saya mau berhenti menerimanya": receiving them, too.
  if (
    verbs.some((i) => nextWithin(tokens, i, 2, MESSAGE_WORDS) >= 0 || nextWithin(tokens, i, 1, ACCEPT) >= 0)
  )
    return true;
  // "sms pemantauannya bisa dihentikan": the messages, then the verb in its passive form.
  const passive = (i: number) => typed[i]?.word.startsWith('di') === true;
  // Not "pesan berantai katanya vaksin dihentikan": a vaccine, a test or a medicine just before the verb
  // is what stops.
  const stoppedAfterMessages = (i: number) => {
    const named = tokens.slice(Math.max(0, i - PASSIVE_REACH), i).some((t) => MESSAGE_WORDS.has(t.key));
    const subject = tokens.slice(0, i).findLast((t) => !OPT_OUT_FILLER.has(t.key) && !CAN.has(t.key));
    return named && ![VACCINE_WORDS, TEST_WORDS, MEDICINE_NAMED].some((set) => set.has(subject?.key ?? ''));
  };
  if (verbs.some((i) => passive(i) && stoppedAfterMessages(i))) return true;
  // "jangan kirim sms lagi", "gak usah kirim2 lagi", "ora usah sms maneh", "don't text me".
  if (
    tokens.some(
      (t, i) =>
        NEGATORS.has(t.key) &&
        nextWithin(tokens, i, 4, MESSAGE_WORDS) >= 0 &&
        allIn(tokens, MESSAGE_WORDS, OPT_OUT_FILLER, NEGATORS, OPT_OUT_VERBS, RECEIVE, THE_LINE, THANKS),
    )
  ) {
    return true;
  }
  // The same with a word or two of its own ("tolong jangan sms saya lagi, berisik"), when the "not"
  // is a request about the future: "jangan", "ga usah", "tidak mau", "no more", not "sms saya tidak
  // dibalas".
  return (
    mentionsTopic !== undefined &&
    tokens.some(
      (_, i) =>
        wishedNot(tokens, i) &&
        (nextWithin(tokens, i, 4, MESSAGE_WORDS) >= 0 ||
          // "sms dari sini sudah tidak usah lagi": the messages named just before.
          tokens.slice(Math.max(0, i - 4), i).some((t) => MESSAGE_WORDS.has(t.key)) ||
          contactedAt(tokens, nextWithin(tokens, i, 2, CONTACT_WORDS))),
    ) &&
    onlyCourtesyBesides(
      tokens,
      [
        MESSAGE_WORDS,
        OPT_OUT_FILLER,
        NEGATORS,
        FORBID,
        OPT_OUT_VERBS,
        RECEIVE,
        THE_LINE,
        CONTACT_WORDS,
        YOU,
        PEOPLE,
        OWNERS,
      ],
      mentionsTopic,
    )
  );
}

/** How many times: "sudah saya minta berhenti 3 kali". */
const TIMES = words('kali times x 2 3 4 5 berkali dua tiga twice');

/** Receiving, as a verb of its own ("berhenti menerimanya"), not arriving ("berhenti masuk kantor"). */
const ACCEPT = words('terima menerima nerima nampa nompo nampi receive receiving');

/** A word without the "my" or "your" on its end: "pacarku" is "pacar". */
function unowned(key: string): string {
  return key.replace(/(ku|mu)$/, '');
}

/** A partner, present or past: "pacarku", "mantanmu". */
const PARTNERS = words('pacar mantan gebetan');
/** What a partner is called: "babe stop texting me". */
const PARTNER_CALLS = words('babe beb bebeb ayang yank honey darling');
/** Broken up, after "kita": "kita udah putus", "kita sudah selesai". */
const BROKEN_UP = words('putus selesai bubar');

/** Withdrawing consent: "menarik persetujuan", "withdraw my consent". */
const WITHDRAW = words('tarik menarik narik withdraw revoke');
const CONSENT = words('persetujuan izin ijin consent');

/** How far before a passive stop the messages may be named: "pengiriman SMS informasi COVID ke nomor ini dihentikan". */
const PASSIVE_REACH = 8;

/** Said of what was done before: a stop told, not asked for. */
const PAST = words('sempet sempat pernah kemarin kemaren kmrn wingi tadi biyen mbiyen');

/**
 * Told as past: a word for "before", or "dulu" straight before a stop ("saya dulu unreg": once;
 * "stop dulu" is "for now").
 */
function toldAsPast(tokens: readonly Token[]): boolean {
  // "jangan pernah kirim lagi": "never", forbidden, not "once".
  const past = tokens.some(
    (t, i) => PAST.has(t.key) && !(t.key === 'pernah' && DONT.has(tokens[i - 1]?.key ?? '')),
  );
  return past || tokens.some((t, i) => t.key === 'dulu' && isOptOutVerb(tokens[i + 1]?.key ?? ''));
}
/** Coming back. */
const COME_BACK = words('balik kembali back');

/** "Not" of whose a number is: "nomor ini bukan punya saya", "this number isn't mine". */
const DENIED = words('bukan dudu not no isnt');
const OWNERS = words(
  'punya milik duwe duweke kagungan punyaku mine saya aku kula my longer owner pemilik lama old her his their',
);

/** Whom people threaten to report unwanted messages to: the operator, the ministry, the police. */
const AUTHORITIES = words(
  'operator provider carrier telkomsel indosat smartfren kominfo polisi police ylki brti komdigi dinkes telecom ' +
    'telco regulator ombudsman ' +
    // The government's complaints portal, lapor.go.id.
    'laporgoid',
);

/** How far after "report" the authority stands: "report this number to my provider". */
const THREAT_REACH = 5;

/** Taking it to law: "saya tempuh jalur hukum", "I will sue". */
const LEGAL_ACTION = words(
  'hukum pengacara lawyer somasi tuntut menuntut gugat menggugat sue court pengadilan ' +
    // A law ("UU PDP", the data protection law), and privacy.
    'undang gdpr privasi privacy',
);

/** A report to an authority threatened: "saya laporkan ke operator", "I will report you to my carrier". */
function threatens(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (REPORT_WORDS.has(t.key) || COMPLAIN.has(t.key)) &&
      nextWithin(tokens, i, THREAT_REACH, AUTHORITIES) >= 0,
  );
}

/** Complaining to someone: "sy adukan ke provider". */
const COMPLAIN = words('adukan adukno mengadukan complain');

/** The messages, sending or receiving them: what a "don't ... again" is said of. */
const MESSAGE_OR_SENDING = new Set([...MESSAGE_WORDS, ...SEND_VERBS, ...RECEIVE]);

/** The messages still coming: "kalau masih sms terus". */
const STILL = words('terus trus masih msh lagi again keep keeps still continue');

/** Saying, which a stop may be told with ("sudah berapa kali saya bilang STOP"). */
const SAID = words('bilang says said');

/** Text messages themselves: what a stop names even beside a rumour ("bener gak stop sms harus bayar?"). */
const TEXTS = words('sms sms2 smsnya pesan pesannya message messages msg msgs text texts txt');
/** Sending the messages, not the information in them: "sms", "dikirim", "texting". */
const SENDING = new Set([...TEXTS, ...SEND_VERBS, ...SEND_VERBS_AND_FORMS, ...words('ngirimi texting')]);

/** Who else sends people messages they want stopped: a bank, an operator, a lender, a casino. */
const OTHER_SENDERS = words(
  'bank operator provider pinjol loan loans premium telkomsel indosat smartfren telemarketer telemarketers telemarketing casino kasino ' +
    'judi slot shopee tokopedia lazada koran loper majalah newspaper magazine netflix spotify gym membership indihome ' +
    'wifi rbt undian mantan xl axis ' +
    // Paid content by SMS: "UNREG ZODIAK", "masih dpt sms ramalan".
    'zodiak ramalan horoskop horoscope primbon',
);

/** Working somewhere: "pegawai bank". */
const WORKERS = words('pegawai karyawan staf staff kerja kerjo teller employee work works worker');
/** Other services people subscribe to, activate or stop: BPJS, a SIM card, an internet line. */
/** A service, of care: "layanan swab". */
const CARE_SERVICE = words('layanan pelayanan service services');
/** Care a service gives: "layanan swab", "layanan vaksin", "pelayanan rawat inap". */
const CARE_GIVEN = words(
  'swab pcr antigen vaksin vaksinasi vaccine vaccination tes test testing rawat poli ugd igd',
);
const OTHER_SERVICES = words(
  'bpjs kis kartu sim akun account wifi indihome konten content whatsapp notifications notification ' +
    // A ring-back tone, a game billed to credit, a newsletter by email.
    'nsp rbt game games email newsletter newsletters',
);
/** Asking politely, near the start: "bisakah ...?", "could you ...?". */
const POLITE_ASKS = words('bisakah could would can bisa');
const POLITE_REACH = 3;
/** Typing a command: "ketik STOP". */
const TYPE_WORDS = words('ketik type reply balas');
/** Things at home that are switched off or stopped: "kompornya sudah dimatikan?". */
const THINGS_AT_HOME = words(
  'kompor kompornya lampu lampunya tv televisi kipas ac kran keran mesin motor mobil radio air banyu listrik',
);

/** Verbs that say stop only of something named: "keluar" alone is also "come out". */
const WEAK_STOPS = words('keluar end cabut');

/** Asking a question, after a wish: "mau tanya". */
const ASK = words('tanya nanya bertanya takon ask');

/** Whom the messages are for, besides the sender: "daftarkan nomor ibu saya juga", "buat warga". */
const PEOPLE = words(
  'ibu bapak ayah istri suami anak adik kakak mbah nenek kakek keluarga warga tetangga mother father mom dad ' +
    'wife husband son daughter family neighbours residents buat',
);
/** Wanting something: "i want the messages again", "minta dikirim lagi". */
const WANT = words('mau want minta njaluk please like tolong mohon boleh silakan silahkan');

/**
 * How many words of their own a request to stop or start may carry when it names the messages:
 * "how do i make these messages stop coming", "lho kok sms terus se, gak usah wis".
 */
const REQUEST_LEFTOVER = 3;

/** The sets every word of a request about the messages may come from, besides its own words. */
const ABOUT_MESSAGES = [
  MESSAGE_WORDS,
  OPT_OUT_FILLER,
  NEGATORS,
  FORBID,
  OPT_OUT_VERBS,
  RECEIVE,
  SEND_VERBS,
  THE_LINE,
  THANKS,
  REMOVE_VERBS,
  REMOVE_OBJECTS,
  OPT_IN_VERBS,
  AGAIN,
  WANT,
  PEOPLE,
];

/** Nothing in the message is about something else: no other service, no subject of the FAQ. */
function aboutTheMessagesOnly(tokens: readonly Token[], mentionsTopic: MentionsTopic): boolean {
  if (has(tokens, OFF_TOPIC) || has(tokens, GOODS)) return false;
  const left = leftover(tokens, ABOUT_MESSAGES);
  return left.length <= REQUEST_LEFTOVER && !mentionsTopic(left.map((t) => t.word).join(' '));
}

/**
 * A request to stop the messages in words the rules above do not foresee: a stop, a removal or a
 * "not" wished for, the messages named, and nothing else asked ("gimana caranya biar gak dapat sms
 * ini?", "nomor ini nomor kantor, mohon dihapus dari penerima sms"). A verb as the last word, said
 * hard, is enough on its own ("SUDAH BERAPA KALI SAYA BILANG STOP!!"), unless a subject of the FAQ is
 * named ("kapan corona stop").
 */
function asksToStop(typed: readonly Token[], mentionsTopic: MentionsTopic): boolean {
  const tokens = typed.map((t) =>
    isOptOutVerb(t.key) && !REMOVE_VERBS.has(t.key) ? { ...t, key: 'stop' } : t,
  );
  // "i want out of this sms service".
  if (tokens.some((t, i) => WANT_WORDS.has(t.key) && tokens[i + 1]?.key === 'out')) return true;
  // "leave me alone", "leave me out of this sms service".
  if (tokens.some((t, i) => t.key === 'leave' && nextWithin(tokens, i, 2, words('alone out')) >= 0))
    return true;
  // A "not" wished of the messages themselves: "biar gak dapat sms ini", not "tidak ingin ketinggalan info".
  const wish = tokens.some((_, i) => wishedNot(tokens, i));
  const stops = (has(tokens, OPT_OUT_VERBS) || has(tokens, REMOVE_VERBS) || wish) && !has(tokens, BY_MISTAKE);
  // "sms nya berhenti masuk, kenapa?": a question about the messages, not a request.
  // "kapan sih sms ini berhentinya???": when the messages stop, asked as a complaint; not "kapan corona stop".
  const messagesStop = tokens.some(
    (t, i) =>
      OPT_OUT_VERBS.has(t.key) && tokens.slice(Math.max(0, i - 3), i).some((u) => MESSAGE_WORDS.has(u.key)),
  );
  const whenAsked = has(tokens, THE_LINE_ASKED) && !messagesStop;
  if (!stops || whenAsked || has(tokens, WHY_OR_WHO)) return false;
  // "how can I unsubscribe from this?": a verb that only ever means this.
  if (typed.some((t) => STRONG_STOP.has(fold(t.word)))) return aboutTheMessagesOnly(tokens, mentionsTopic);
  if (has(tokens, MESSAGE_WORDS)) return aboutTheMessagesOnly(tokens, mentionsTopic);
  // The verb last, in a message of three words or said outright: "cuk stop ta", "berapa kali saya
  // bilang STOP", not "where is the bus stop".
  const at = tokens.findLastIndex((t) => !words('it ta aja saja dong lah ya please').has(t.key));
  const last = tokens[at];
  const said =
    tokens.length <= 3 || words('bilang dibilang said say ngomong kandani').has(tokens[at - 1]?.key ?? '');
  return (
    last !== undefined && said && OPT_OUT_VERBS.has(last.key) && aboutTheMessagesOnly(tokens, mentionsTopic)
  );
}

/**
 * The first word after the "not" at `i` that is not a wish or a filler word names the messages, or
 * to receive, send, contact or join.
 */
function ofTheMessages(tokens: readonly Token[], i: number): boolean {
  // "jangan dipakai kirim info lagi": used to send, as sending.
  // "jangan dijadikan penerima sms": made one, as receiving.
  const skipped = (t: Token) =>
    WANTING_NOT.has(t.key) || OPT_OUT_FILLER.has(t.key) || USE.has(t.key) || MADE_INTO.has(t.key);
  const next = tokens.slice(i + 1).find((t) => !skipped(t));
  // Nothing after it: said of the messages named before ("kok sms terus, gak usah wis").
  if (next === undefined) return has(tokens.slice(0, i), MESSAGE_WORDS);
  // "tdk mau ikut program sms ini lagi", "mboten usah dipunlebetaken malih": not wanting to join.
  // "jangan isi inbox dgn info covid": where the messages land.
  return [MESSAGE_WORDS, RECEIVE, SEND_VERBS, CONTACT_WORDS, OPT_IN_VERBS, INBOX].some((set) =>
    set.has(next.key),
  );
}

/** Where the messages land: "jangan isi inbox". */
const INBOX = words('inbox kotak');

/** Made into something, or becoming it: "dijadikan penerima", "tidak menjadi penerima". */
const MADE_INTO = words('dijadikan jadikan dijadiin jadiin diisi isi isine menjadi');

/** Asking why or who: "sms nya berhenti masuk, kenapa?" is a question about the messages. */
const WHY_OR_WHO = words('kenapa why mengapa siapa who');

/** "Opt" in "opt out", "opting in", "opted out". */
const OPT = words('opt opting opted');

/** Verbs that mean nothing but ending a subscription. */
const STRONG_STOP = words('unsubscribe unsub unreg unregister deregister');

/** A question about the line's subject, not the messages: "kapan corona stop", "when will covid end". */
const THE_LINE_ASKED = words('kapan when');

/** A request to start the messages, in words the rules above do not foresee ("put me on the list for covid sms"). */
function asksToStart(tokens: readonly Token[], mentionsTopic: MentionsTopic): boolean {
  // "mohon info nomor pengaduan yang aktif 24 jam": a line asked for, open ("aktif") round the clock.
  if (roundTheClock(tokens) || openNow(tokens)) return false;
  if (tokens.some((t, i) => OPT.has(t.key) && nextWithin(tokens, i, 3, words('in')) >= 0)) return true;
  // "sign me up", "can you sign my number up"; not "sign up for the marathon".
  const signUp = tokens.some((t, i) => t.key === 'sign' && nextWithin(tokens, i, 3, words('up')) >= 0);
  if (signUp && aboutTheMessagesOnly(tokens, mentionsTopic)) return true;
  // "saya bukan orang yang tepat untuk menerima pesan ini": not theirs to receive.
  // "tiap hari ada sms judi online masuk": someone else's messages, told.
  if (
    has(tokens, NEGATORS) ||
    has(tokens, NOT_THE_ONE) ||
    has(tokens, OPT_OUT_VERBS) ||
    has(tokens, HELP_ONLY) ||
    has(tokens, OTHER_SENDERS)
  )
    return false;
  // "mohon info nomor telepon dinkes yang dapat dihubungi": a number to call asked for.
  if (has(tokens, NUMBER_WORDS) && (has(tokens, PHONE_CALLS) || has(tokens, CONTACT_VERBS))) return false;
  // "siapa yang kirim sms ini?", "please resend the last message": about a message, not a wish for more.
  if (has(tokens, ABOUT_A_MESSAGE) || receivedFrom(tokens)) return false;
  // "baru terima sms ini, cara balasnya gimana?": how to answer one, not a wish for more.
  if (has(tokens, ANSWERING) && (has(tokens, WHAT) || has(tokens, HOW))) return false;
  if (has(tokens, LANGUAGE_NAMES.en) || has(tokens, LANGUAGE_NAMES.id)) return false;
  // The wish and the messages in words of their own: "daftar" and "kirim" are not also the messages.
  // "terima kasih infonya" thanks for the messages; it does not ask to receive them.
  const thanked = (i: number) => THANKS.has(tokens[i + 1]?.key ?? '');
  const wish = tokens.findIndex(
    (t, i) =>
      OPT_IN_VERBS.has(t.key) ||
      (RECEIVE.has(t.key) && !thanked(i)) ||
      SEND_VERBS.has(t.key) ||
      WANT.has(t.key),
  );
  // "mau pesen galon 2": "pesan" straight after a wish is ordering something, not the messages.
  const ordered = (i: number) => tokens[i]?.key === 'pesan' && WANT_WORDS.has(tokens[i - 1]?.key ?? '');
  const messages = tokens.some((t, i) => i !== wish && MESSAGE_NOUNS.has(t.key) && !ordered(i));
  return wish >= 0 && messages && aboutTheMessagesOnly(tokens, mentionsTopic);
}

/** A last word that makes a statement a question: "..., kan", Javanese "ta", "to". */
const QUESTION_TAGS = words('kan ta to');

/** "This" beside "number": the caller's own. */
const THIS_ONE = words('ini this iki niki');

/** What a number is for: "bukan untuk ini", "not for this", "dudu kanggo". */
const MEANT_FOR = words('untuk utk buat for kanggo nggo gawe');

/** The messages still coming, not "again": "masih dikirim", "keeps sending". */
const STILL_COMING = words('masih msh still');
/** Following or subscribing, after "no longer": "tidak lagi mengikuti", "ga lagi langganan". */
const FOLLOWING = words('ikut ikuti mengikuti follow following langganan berlangganan subscribe subscribed');
/** A stop called off: "unreg nya batal". */
const CALLED_OFF = words('batal dibatalkan cancelled canceled');
/** Needed, of the messages: "sengko' parlo". */
const NEEDED = words('perlu butuh need');
/** "Still" that is also "keep" ("tetap kirim"): said of the messages only as they arrive. */
const STILL_ARRIVING = words('tetap tetep');
/** The messages arriving or sent to the caller: "tetap dikirimi", "tetep mlebu". */
const ARRIVING = words('dikirim dikirimi masuk datang nyampe mlebu teko');

/** Asking before: "saya minta stop", "I told you to stop". */
const ASKED_BEFORE = words('asked told minta dimintai bilang ketik typed said texted replied sent');

/**
 * A stop asked before: a stop or removing verb with "asked", "minta" or "bilang" up to three words ahead of it.
 * Not "saya tidak pernah minta berhenti": a stop never asked; nor "salah ketik stop": one typed by mistake.
 */
function stopAskedBefore(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (OPT_OUT_VERBS.has(t.key) || REMOVE_VERBS.has(t.key)) &&
      tokens.slice(Math.max(0, i - 3), i).some((u, j) => {
        const at = Math.max(0, i - 3) + j;
        return (
          ASKED_BEFORE.has(u.key) &&
          !tokens.slice(Math.max(0, at - 2), at).some((v) => NEGATORS.has(v.key) || WRONG.has(v.key))
        );
      }),
  );
}

/** "Up to" here: "sampai sini", "sampe kene". */
const UP_TO = words('sampai sampe tekan');

/** "Not" said of a thing or a person: "bukan", Javanese "dudu". */
const NOT_THE_ONE = words('bukan dudu');

/** Words that ask about a message sent, or for one again, rather than to receive the messages. */
const ABOUT_A_MESSAGE = words(
  'siapa who kok kenapa why mengapa tadi barusan kepotong terpotong last resend cut previous sebelumnya ' +
    'kemarin yesterday tiba suddenly salah wrong keliru',
);

/** Asking for the menu or the commands: help, though it may say "send" ("kirim menunya"). */
const HELP_ONLY = words(
  'menu commands perintah keywords format petunjuk panduan fitur features options pilihan ketik type kode code',
);

/** The messages themselves, as nouns: what a wish to receive them names. */
const MESSAGE_NOUNS = words(
  'sms pesan info informasi information updates update messages message msg msgs texts text txt notif notifikasi berita news ' +
    'alerts alert broadcast penerima kabar',
);

/** "So that ... not" and "rather not": a "not" after these is a wish ("biar gak dapat sms ini"). */
const WISH_BEFORE = words('biar ben supaya agar spy supoyo rather memilih milih choose waktunya saatnya');
/** Who wishes, between a "not" and the wish: "tidak saya butuhkan". */
const MINE = words('saya aku kami gue gw');
/** The caller's own or this one, after a number: "nomor saya", "nomor ini", "my number". */
const OWN = new Set([...THIS_ONE, ...MINE, ...words('my')]);

/**
 * A "not" at `i` wished of the messages, receiving, sending or contact: "jangan kirim", "ga usah
 * sms", "biar gak dapat sms", "tidak berkenan menerima"; not "sms saya tidak dibalas" (a fact) nor
 * "tidak ingin ketinggalan info" (said of something else).
 */
function wishedNot(tokens: readonly Token[], i: number): boolean {
  const not = NEGATORS.has(tokens[i]?.key ?? '');
  // "sudah tidak saya butuhkan": the one who wishes may stand between.
  const wished = tokens[MINE.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1];
  const wish = not && (WANTING_NOT.has(wished?.key ?? '') || wishedBefore(tokens, i) || askedNot(tokens, i));
  return (forbids(tokens, i) || wish) && ofTheMessages(tokens, i);
}

/**
 * A request within three words before the "not" at `i`, with something after it: "mohon nomor saya
 * tidak dimasukkan lagi"; not "pls send hotline no".
 */
function askedNot(tokens: readonly Token[], i: number): boolean {
  const not = VERB_NOTS.has(tokens[i]?.key ?? '') && i < tokens.length - 1;
  // "Bisakah nomor saya tidak dikirimi", "can u not send": "can" asked apart from the "not" ("bisa
  // gak dikirim lagi?" asks whether it can).
  const before = tokens.slice(Math.max(0, i - REQUEST_REACH), i);
  // "bisakah pesan-pesan ini tidak dikirim": "bisakah" read as "bisa kah", a word further back.
  const canBefore = tokens.slice(Math.max(0, i - REQUEST_REACH - 1), i - 1);
  const canApart = canBefore.some((t) => CAN_ASKED.has(t.key)) && !CAN_ASKED.has(tokens[i - 1]?.key ?? '');
  return not && (before.some((t) => REQUESTS.has(t.key)) || canApart);
}
/** How far before the "not" a "can" asks it: "bisa kah nomor saya tidak". */
const REQUEST_REACH = 4;
/** Asking whether someone can: before a "not" apart from it, a request. */
const CAN_ASKED = words('bisakah bisa can could would');
/** A "not" before a verb, as a request may hold it ("no" is not one). */
const VERB_NOTS = words('tidak tdk jangan gak ga gk nggak ndak ora mboten not dont');
const REQUESTS = words('mohon tolong please minta harap mind sudilah kiranya');

/**
 * A "so that" within four words before the "not" at `i`: "agar nomor ini tidak lagi menerima",
 * "agar nomor dinas ini tidak lagi dikirimi".
 */
function wishedBefore(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - REQUEST_REACH), i).some((t) => WISH_BEFORE.has(t.key));
}

/** A "don't" at `i`, not itself denied: "saya keberatan dikirimi", not "tidak keberatan". */
function forbids(tokens: readonly Token[], i: number): boolean {
  return FORBID.has(tokens[i]?.key ?? '') && !NEGATORS.has(tokens[i - 1]?.key ?? '');
}

/** Receiving said as the messages arriving: "sms nya datang terus". */
const ARRIVE = words('datang masuk coming nyampe');

/** Where a message came from: "dpt sms dr nomor ini". */
const FROM = words('dari dr from saka seko soko teko');

/** "sy dpt sms dr nomor ini": a message received from somewhere, told, with no wish. */
function receivedFrom(tokens: readonly Token[]): boolean {
  const wished = [WANT, WANT_WORDS, OPT_IN_VERBS].some((set) => has(tokens, set));
  return has(tokens, RECEIVE) && has(tokens, FROM) && !wished;
}

const SIGN = words('sign');
const UP = words('up');

function isOptIn(typed: readonly Token[]): boolean {
  if (typed.length === 2 && typed[0]?.key === 'opt' && typed[1]?.key === 'in') return true;
  // "is this corona sign": "sign" subscribes only with "up" ("sign me up").
  if (has(typed, SIGN) && !has(typed, UP)) return false;
  // "bisa ga sy dapet info rutin?": "can ... not?" asks whether it can; the "not" is a tag.
  const tokens = typed.filter((t, i) => !(NEGATORS.has(t.key) && CAN.has(typed[i - 1]?.key ?? '')));
  if (receivedFrom(tokens)) return false;
  // "ampon ekirimi SMS pole" (already sent again): sending told as done, not wished.
  if (tokens.some((t, i) => ENOUGH.has(t.key) && SEND_VERBS.has(tokens[i + 1]?.key ?? ''))) return false;
  // "anak sy yg daftarin nomor ini": who subscribed it, told.
  if (tokens.some((t, i) => OPT_IN_VERBS.has(t.key) && WHICH_ONE.has(tokens[i - 1]?.key ?? ''))) return false;
  // "sms nya dtg terus": messages arriving, told; receiving them is a wish only when asked.
  const receiving = tokens.some((t) => RECEIVE.has(t.key) && (!ARRIVE.has(t.key) || has(tokens, WANT)));
  const wanting =
    has(tokens, OPT_IN_VERBS) ||
    (receiving && has(tokens, MESSAGE_WORDS)) ||
    (has(tokens, SEND_VERBS) && has(tokens, AGAIN)) ||
    // "mohon kirim info ke nomor baru ini": sending asked for.
    (has(tokens, SEND_VERBS) && has(tokens, WANT) && has(tokens, MESSAGE_NOUNS)) ||
    (has(tokens, WANT) &&
      (has(tokens, MESSAGE_WORDS) || has(tokens, RECEIVE)) &&
      has(tokens, AGAIN) &&
      !has(tokens, NEGATORS));
  const sure =
    has(tokens, AGAIN) || tokens.length === 1 || has(tokens, OPT_IN_SURE) || has(tokens, MESSAGE_WORDS);
  return (
    wanting &&
    sure &&
    allIn(
      tokens,
      OPT_IN_VERBS,
      AGAIN,
      MESSAGE_WORDS,
      RECEIVE,
      OPT_OUT_FILLER,
      THE_LINE,
      PEOPLE,
      WANT,
      CAN,
      words('no'),
    )
  );
}

/** What this line is and how to use it: "ini layanan apa", "how does this work", "menu utama". */
const HELP_CORE = words('menu layanan service iki ini this ketik');
const HELP_FILLER = words(
  'info apa opo what is how does work do i use cara carane pakai gunakan nggawe make ya kah utama main piye ' +
    'gimana bagaimana type can ask sms buat untuk utk for gunanya fungsi fungsinya bingung harus kudu should ' +
    'bantuan help saja you kamu iso bisa mau arep minta to kene sini here sort things number line list of show ' +
    'tampilkan tolong please exactly actually me gawe nggo kanggo nomer nomor format thing keywords who and ' +
    'nggih mawon sih min the kind jenis macam with dan and kados pundi kemawon ingkang kula takenaken ' +
    'tangletaken wonten mriki ngriki saya tidak ngertos ngerti paham understand tanya nanya takon soal tentang about jelaskan jelasin explain kerja kerjanya',
);
/** "This" or "its use", of the messages: "ini sms apa", "gunanya apa". */
const THESE_OR_USE = words('ini this iki gunanya fungsinya');
/** Answering a message: "cara balasnya gimana". */
const ANSWERING = words('balas bales reply jawab');
/** How a reply is written: "bls pake angka ato huruf?". */
const REPLY_FORMS = words('angka huruf number numbers letter letters digit');
/** Sending back: "harus balas apa". */
const REPLY_WORDS = words('balas bales reply jawab answer text ketik type');
/** What the line can do: "bisa apa aja", "kamu bisa apa". */
const CAN = words('bisa iso saged can');
const WHAT = words('apa opo what menopo menapa nopo napa ponapa paran');
/** How to use it, with nothing named to use: "cara pakai gimana", "how do i use it". */
const USE = words('pakai use');
const HOW = words('cara carane how gimana bagaimana piye kados');

/** Asking for help or what there is, said plainly: "butuh bantuan", "info apa aja yg ada", "mau tanya". */
const HELP_ASKED = words(
  'bantuan bantu help fitur features pilihan options info informasi tanya nanya bertanya takon pirsa atanya ask kode code ' +
    'question pitulung petunjuk panduan commands perintah menu layanan bingung format keywords',
);

/** A list of what may be asked: "daftar pertanyaan", "list of topics". */
const ASKABLE = words('pertanyaan questions topik topic topics');

function isHelp(tokens: readonly Token[]): boolean {
  // "daftar pertanyaan", "list of topics": what may be asked.
  if (
    has(tokens, ASKABLE) &&
    has(tokens, words('daftar list')) &&
    allIn(tokens, ASKABLE, HELP_FILLER, words('daftar'))
  )
    return true;
  // "ketik apa utk tanya soal covid?": what to type, to ask about the line's subject.
  if (has(tokens, HELP_CORE) && allIn(tokens, HELP_CORE, HELP_FILLER, THE_LINE)) return true;
  // "ini sms apa dan gunanya apa": what the messages are.
  const whatTheseAre = has(tokens, MESSAGE_NOUNS) && has(tokens, WHAT) && has(tokens, THESE_OR_USE);
  // "kabar wonten grup WA menika leres menapa hoaks?": whether news is true, not what the messages are.
  if (whatTheseAre && !has(tokens, THE_DISEASE) && !has(tokens, HEARSAY)) return true;
  // "sy baru dpt sms ini, hrs bls apa", "cara balesnya gmn": what to send back, or how.
  // "ini bls pake angka ato huruf?": how replies are written.
  if (has(tokens, REPLY_WORDS) && has(tokens, REPLY_FORMS)) return true;
  // Said short, the messages go without saying: "sy hrs bales apa?".
  const whatToReply =
    ((has(tokens, REPLY_WORDS) && (has(tokens, WHAT) || has(tokens, HOW))) ||
      (has(tokens, SEND_VERBS) && has(tokens, WHAT))) &&
    (has(tokens, MESSAGE_WORDS) || tokens.length <= SHORT_HELP);
  if (whatToReply && !has(tokens, LANGUAGE_NAMES.en) && !has(tokens, LANGUAGE_NAMES.id)) return true;
  // "caranya gmn? sy baru pertama kali sms ke sini": how it works, asked by a first-time sender.
  const firstTime = tokens.some(
    (t, i) =>
      (t.key === 'pertama' && tokens[i + 1]?.key === 'kali') ||
      (t.key === 'first' && tokens[i + 1]?.key === 'time'),
  );
  const firstSet = words('pertama kali first time baru new sini kene here');
  if (
    firstTime &&
    has(tokens, HOW) &&
    allIn(tokens, HOW, firstSet, HELP_FILLER, MESSAGE_WORDS, OPT_OUT_FILLER)
  )
    return true;
  const asksWhatItCan = has(tokens, CAN) && has(tokens, WHAT);
  const asksHowToUse = has(tokens, USE) && has(tokens, HOW);
  // "what can I do with this covid sms number": the line named by its subject.
  return (asksWhatItCan || asksHowToUse) && allIn(tokens, HELP_FILLER, HELP_CORE, THE_LINE);
}

/** How many words a question how or what to reply may have without naming the messages. */
const SHORT_HELP = 4;

/** Asking why: said of a language, a complaint ("kok inggris?"). */
const COMPLAINT = words('kok why kenapa knp napa');
/** Asking for replies in a language: "can you reply in english", "ganti bahasa indonesia". */
const LANGUAGE_NAMES = {
  en: words('english inggris inggeris eng'),
  id: words('indonesia indonesian indo kita id'),
} as const;
/** Who does not speak it: "saya gak ngerti bahasa inggris", "i don't understand indonesian". */
const LANGUAGE_SPEAKER = words(
  'saya aku sy i me understand ngerti paham faham mudeng bisa iso can speak read',
);
const LANGUAGE_FILLER = words(
  'ganti pakai balas reply in use switch can you please pls dong bahasa language speak to change into ke mau minta ' +
    'saja aja ya sms answer jawab dalam with tolong min kak dong send kirim information informasi info the text ' +
    'sorry maaf at all could replies come biar baca only ok okay bales mohon untuk utk buat messages message ' +
    'be from now on im an kirimkan ' +
    'txt write tulis',
);

/**
 * A language the replies should stop using: "stop using english", "stop replying in indonesian,
 * english please", "berhenti pake bahasa inggris". The other one is asked for, not a stop.
 */
function languageStopped(tokens: readonly Token[]): 'language-en' | 'language-id' | undefined {
  const stopped = (['en', 'id'] as const).filter((lang) =>
    tokens.some((t, i) => {
      if (!isOptOutVerb(t.key)) return false;
      const at = nextWithin(tokens, i, 4, LANGUAGE_NAMES[lang]);
      const between = tokens.slice(i + 1, at);
      // "stop english, indonesian only": the other language named beside it, though nothing comes between.
      const other = has(tokens, LANGUAGE_NAMES[lang === 'en' ? 'id' : 'en']);
      return (
        at >= 0 &&
        between.every((u) => LANGUAGE_USED.has(u.key)) &&
        (between.some((u) => u.key !== 'in') || (between.length === 0 && other))
      );
    }),
  );
  if (stopped.length !== 1) return undefined;
  return stopped[0] === 'en' ? 'language-id' : 'language-en';
}
/** Between "stop" and a language: "stop using english", "stop replying in bahasa". */
const LANGUAGE_USED = words('using use reply replying replies in pakai pake nganggo make bahasa bhs boso');

function languageAsked(tokens: readonly Token[]): 'language-en' | 'language-id' | undefined {
  // "kok pakai bahasa inggris?", "why english?": a complaint about one language asks for the other.
  const named = (['en', 'id'] as const).filter((lang) => has(tokens, LANGUAGE_NAMES[lang]));
  if (
    named.length === 1 &&
    has(tokens, COMPLAINT) &&
    allIn(tokens, COMPLAINT, LANGUAGE_NAMES.en, LANGUAGE_NAMES.id, LANGUAGE_FILLER)
  )
    return named[0] === 'en' ? 'language-id' : 'language-en';
  // "pake bhs indonesia ya jgn inggris": both named, one forbidden: the other.
  if (named.length === 2 && allIn(tokens, LANGUAGE_NAMES.en, LANGUAGE_NAMES.id, LANGUAGE_FILLER, NEGATORS)) {
    const forbidden = (['en', 'id'] as const).filter((lang) =>
      tokens.some((t, i) => LANGUAGE_NAMES[lang].has(t.key) && NEGATORS.has(tokens[i - 1]?.key ?? '')),
    );
    if (forbidden.length === 1) return forbidden[0] === 'en' ? 'language-id' : 'language-en';
  }
  // "can you switch back to bahasa": in English, "bahasa" alone is Indonesian.
  const bahasaOnly =
    has(tokens, words('bahasa')) && !has(tokens, LANGUAGE_NAMES.en) && !has(tokens, LANGUAGE_NAMES.id);
  if (bahasaOnly && messageLang(tokens) === 'en') {
    if (allIn(tokens, LANGUAGE_FILLER, words('switch back'))) return 'language-id';
    // "i don't speak bahasa": not Indonesian, so English.
    if (has(tokens, NEGATORS) && allIn(tokens, LANGUAGE_FILLER, LANGUAGE_SPEAKER, NEGATORS))
      return 'language-en';
  }
  for (const lang of ['en', 'id'] as const) {
    if (!has(tokens, LANGUAGE_NAMES[lang])) continue;
    // "kirimkan info dalam bahasa inggris untuk rekan kerja saya": for whom, too; "bahasa indonesia
    // saja pak, terima kasih": with thanks.
    if (allIn(tokens, LANGUAGE_NAMES[lang], LANGUAGE_FILLER, WHOSE_PHONE, LANGUAGE_SPEAKER, THANKS, ADDRESS))
      return `language-${lang}`;
    // "ojo nganggo boso inggris", "i don't speak indonesian": not that one, so the other; the "not"
    // and the language in one part ("I don't understand, english pls" asks for English).
    // A "not" after the name is a question tag ("bisa pake bahasa inggris gak?").
    const negated = clausesOf(tokens).some((c) => {
      const not = c.findIndex((t) => NEGATORS.has(t.key));
      return not >= 0 && c.slice(not + 1).some((t) => LANGUAGE_NAMES[lang].has(t.key));
    });
    if (negated && allIn(tokens, LANGUAGE_NAMES[lang], LANGUAGE_FILLER, NEGATORS, LANGUAGE_SPEAKER)) {
      return lang === 'en' ? 'language-id' : 'language-en';
    }
  }
  return undefined;
}

/** A person's own symptoms, told rather than asked about: a report. */
const SYMPTOM_WORDS = words(
  'demam panas meriang mriyang menggigil batuk watuk pilek sesak anosmia penciuman perasa fever cough coughing ' +
    'taste smell breathe breathing tenggorokan throat pegal pegel pusing greges nggreges mencret diare ngekek ngelu ' +
    'mumet meler mampet hambar headache runny feverish aches ampeg mambu ngambu lemas lemes muntah ngos ngosan ' +
    'ngosngosan saturasi anyep dada temperature benter bato sessek',
);
const WHO_OR_SINCE = words(
  'saya sy aku ku gue i my me ibu bapak ayah anak istri suami mbah simbah keluarga sekeluarga adik kakak mother ' +
    'father wife husband son daughter child sejak udah sudah wis seminggu since badan awak body bojo tetangga ' +
    'nenek kakek bayi papa mama mami papi grandpa grandma granny uncle aunt auntie om tante paman bibi kid kids ' +
    'neighbour neighbor tonggo partner sister brother worker workers pegawai karyawan tested feeling feel felt has had ' +
    'hari day pulang mudik kemarin kemaren kmrn wingi isun reang ibuk ane hr dah td tadi malem semalam semalem lansia ' +
    'ponakan keponakan cucu cucuku sepupu mamah pembantu garwa engkok embu embo eppa kaula sengko mum mom dad we kami adek ' +
    'adekku tang ayas',
);
const ASKING = words(
  'tanda tandane ciri cirinya sign signs bukan gawat bahaya serious berapa brp harga ' +
    'apa apakah gimana gmn bagaimana piye opo kenapa knp mengapa what how should boleh bisakah why ' +
    'perlu harus wajib sih paran menapa napa nopo oleh kudu kedah piro pinten kapan',
);
/**
 * English verbs that ask when they open the sentence or come before who or what is asked of ("is it
 * covid", "can i catch it"); not inside what is told ("my son is 6").
 */
const ASKING_FIRST = words('is are can could does do did when has have');
const ASKED_OF_WHOM = words('it this that i you we he she they there');

/** Normal, asked of what is told: "normal ta", "wajar gak". */
const NORMAL = words('normal wajar akurat accurate valid ampuh');

/** Whether the words name a symptom ("demam", "batuk", "sesak"): what a report is about. */
/** Another illness named as what the sick have: "kata mantri TBC", "didiagnosa tifus". */
function diagnosedElse(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (DIAGNOSED.has(t.key) || (t.key === 'kata' && WHO_DIAGNOSE.has(tokens[i + 1]?.key ?? ''))) &&
      nextWithin(tokens, i, 3, DIAGNOSED_ILLNESSES) >= 0,
  );
}

/** Another illness named, told or diagnosed: "anakku demam berdarah", "kata mantri TBC". */
export function namesOtherIllness(typed: readonly Token[]): boolean {
  const tokens = canonical(typed);
  return tokens.some((t) => OTHER_ILLNESSES.has(t.key)) || diagnosedElse(tokens);
}

export function namesSymptoms(tokens: readonly Token[]): boolean {
  return has(canonical(tokens), SYMPTOM_WORDS);
}

/** Javanese "my ...": `bojoku`, `awakku`, `anakku`. */
function isMine(token: Token): boolean {
  return token.key.length >= 5 && token.key.endsWith('ku');
}

function isTold(tokens: readonly Token[], questionMark: boolean): boolean {
  if (symptomsOver(tokens)) return false;
  const who = has(tokens, WHO_OR_SINCE) || tokens.some(isMine);
  // "hasil swab sy positif", "bapak kula positif covid": a result told plainly, with little else, is a
  // case too; not "adikku positif, saiki ngantuk terus", signs told to be weighed (the FAQ's).
  const plainResult =
    resultTold(tokens, questionMark) &&
    caseToldPlainly(tokens, questionMark) &&
    leftover(tokens, [WHO_OR_SINCE, RESULT_WORDS, THE_DISEASE, OPT_OUT_FILLER, TESTED_WHERE_AND_WHO])
      .length <= RESULT_LEFTOVER &&
    !has(tokens, WEIGHED) &&
    // "saya mau data jumlah positif covid jatim": something wanted, not a case told.
    !has(tokens, WANT_WORDS);
  // "panas watuk pilek", "demam menggigil, suhu 39,6": symptoms listed, at least as many as the other
  // words, whoever has them; not "kalau demam batuk", a case supposed, nor "demam sm menggigil itu
  // termasuk gejala gak", whether they are the disease's.
  // "panas tinggi 40 drjt": a fever's reading counts as one more.
  // "anak sy suhunya 40 kmrn malam", "fever for 5 days, highest 39.5": the temperature named before it.
  const readAt = (i: number) =>
    DEGREES.has(tokens[i + 1]?.key ?? '') ||
    tokens.slice(Math.max(0, i - 2), i).some((u) => TEMPERATURE_NAMED.has(u.key));
  const namedReading = tokens.some((t, i) => FEVER_READING.test(t.key) && readAt(i));
  const reading =
    namedReading && (has(tokens, SYMPTOM_WORDS) || tokens.some((t) => TEMPERATURE_NAMED.has(t.key)));
  const listed = tokens.filter((t) => SYMPTOM_WORDS.has(t.key)).length + (reading ? 1 : 0);
  // "takut kena corona, demam batuk 3hr": the disease feared, beside the symptoms listed, is not asked of.
  const feared = (i: number) => tokens.slice(Math.max(0, i - 2), i).some((u) => FEAR.has(u.key));
  // "gejala corona kyknya, demam batuk lemes": the disease only guessed at, told, not asked.
  const guessed = !questionMark && has(tokens, SEEMS_LIKE);
  const diseaseNamed = tokens.some((t, i) => THE_DISEASE.has(t.key) && !feared(i)) && !guessed;
  const bareList =
    listed >= 2 &&
    caseToldPlainly(tokens, questionMark) &&
    symptomsTold(tokens, questionMark) &&
    !has(tokens, IF) &&
    !diseaseNamed &&
    !has(tokens, SIGNS) &&
    leftover(tokens, [
      SYMPTOM_WORDS,
      WHO_OR_SINCE,
      OPT_OUT_FILLER,
      AROUND_SYMPTOMS,
      FEAR,
      THE_DISEASE,
      CAUGHT,
      DEGREES,
    ]).filter((t) => !(reading && FEVER_READING.test(t.key))).length <= listed;
  // "hasil antigen positif", "swab pcr hr ini positif, blm ada gejala": a test's result told with no
  // one named; not "garis 2 di alat tes antigen artinya positif ya", what a result means, asked.
  const testResult =
    plainResult &&
    has(tokens, TEST_NAMES) &&
    !has(tokens, IF) &&
    !has(tokens, MEANING) &&
    !has(tokens, HOW) &&
    !QUESTION_TAGS.has(tokens.at(-1)?.key ?? '') &&
    tokens.at(-1)?.key !== 'ya';
  // "hasil swab kluar positif, gejala cuma pilek": a test's result and symptoms, both told.
  const resultAndSymptoms =
    resultTold(tokens, questionMark) &&
    has(tokens, TEST_NAMES) &&
    symptomsTold(tokens, questionMark) &&
    !has(tokens, IF) &&
    !has(tokens, MEANING);
  // "gak bisa nyium bau apa2", "kulo mboten saged ngambet": a sense lost, told outright.
  // "parfum istri gak kecium sama sekali": a smell not caught, told.
  const senseLost =
    tokens.some(
      (t, i) =>
        t.key === 'anosmia' && (CAN.has(tokens[i - 1]?.key ?? '') || NEGATORS.has(tokens[i - 1]?.key ?? '')),
    ) &&
    nothingAsked(tokens, questionMark) &&
    !has(tokens, IF);
  // "penciuman hilang total", "lidah mati rasa", "lost my sense of smell": a sense named as lost.
  const senseNamedLost =
    tokens.some(
      (t, i) =>
        SENSES.has(t.key) &&
        (nextWithin(tokens, i, 2, SENSE_GONE) >= 0 ||
          tokens.slice(Math.max(0, i - 4), i).some((u) => SENSE_GONE.has(u.key))),
    ) &&
    nothingAsked(tokens, questionMark) &&
    !has(tokens, IF);
  const feverRead = reading && nothingAsked(tokens, questionMark) && !has(tokens, IF);
  // "my colleague and i ... tested positive on a rapid antigen today": a test's result, told in English.
  const testedPositive =
    tokens.some((t, i) => t.key === 'tested' && POSITIVE.has(tokens[i + 1]?.key ?? '')) &&
    nothingAsked(tokens, questionMark) &&
    !has(tokens, IF);
  // "saya ada gejala covid", "gejala covid semua, sy di ponorgo", "whole family sick with covid
  // symptoms": symptoms claimed for someone, and nothing asked; not "sy blm ada gejala", none, nor
  // "mau tau gejala covid", wanting to know them.
  const claimed = tokens.some(
    (t, i) =>
      SYMPTOMS_NAMED.has(t.key) &&
      !tokens.slice(Math.max(0, i - 3), i).some((u) => NEGATORS.has(u.key) || NOT_YET.has(u.key)),
  );
  const symptomsClaimed =
    claimed &&
    nothingAsked(tokens, questionMark) &&
    !QUESTION_ENDS.has(tokens.at(-1)?.key ?? '') &&
    !has(tokens, IF) &&
    !has(tokens, MEANING) &&
    !has(tokens, KNOWING) &&
    !has(tokens, NOT_YET);
  return (
    (who &&
      (symptomsTold(tokens, questionMark) ||
        plainResult ||
        feverRead ||
        symptomsClaimed ||
        testedPositive)) ||
    testResult ||
    bareList ||
    resultAndSymptoms ||
    senseLost ||
    senseNamedLost
  );
}

/**
 * Every symptom named said to be over, and no positive result: "thank you, my fever is gone now",
 * "batuk sy sdh sembuh". Not "watuk ra mari2", "gk sembuh2", nor a sense ("penciuman hilang").
 */
function symptomsOver(tokens: readonly Token[]): boolean {
  const symptoms = tokens.flatMap((t, i) => (SYMPTOM_WORDS.has(t.key) ? [i] : []));
  const over = (i: number) => {
    const at = nextWithin(tokens, i, 4, GOT_OVER);
    return at >= 0 && !SENSES.has(tokens[i]?.key ?? '') && !has(tokens.slice(i + 1, at), NEGATORS);
  };
  return symptoms.length > 0 && symptoms.every(over) && !has(tokens, POSITIVE);
}
/** Symptoms, named as such: "ada gejala covid", "bergejala". */
const SYMPTOMS_NAMED = words('gejala bergejala gejalane gejalanya symptoms symptom');
/** Not yet: "belum ada gejala". */
const NOT_YET = words('belum blm durung dereng during yet without tanpa');
/** Knowing, wished for: "mau tau gejala covid". */
const KNOWING = words('tau tahu ngerti weruh know knowing info informasi');
/** Endings a symptom carries for whose it is: "demamnya", "tenggorokanku", "watuke". */
const SYMPTOM_ENDINGS = ['nya', 'ku', 'ne', 'e'];
/** Over, of a symptom: "my fever is gone", "batuk sudah sembuh". */
const GOT_OVER = words('gone better sembuh waras reda');
/** A sense, named: "penciuman", "lidah", "smell". */
const SENSES = words('penciuman perasa lidah smell taste penciumanku lidahku pengecap anosmia rasa bau');
/** Gone, of a sense: "penciuman hilang", "lidah mati rasa", "lost my sense of smell". */
const SENSE_GONE = words('hilang ilang mati lost loss kehilangan hambar');
/** The weather, whose heat is no fever (krama "gerah" is being ill, so not that). */
const WEATHER = words('cuaca weather hawa udara terik');
/** Fearing the disease: "takut kena corona", "wedi covid". */
const FEAR = words('takut khawatir kuatir wedi afraid worried scared');
/** A test named with its result: "hasil antigen positif". */
const TEST_NAMES = words('hasil hasilnya swab pcr antigen tes test tested rapid dites diswab');
/** Registered, of a number: "nomor ini terdaftar". */
const REGISTERED = words('terdaftar registered');
/** "Here it is": "nih UNREG". */
const HERE_IT_IS = words('nih ni iki here');
/** Giving, asked for: "kasih nomor call center". */
const GIVE = words('kasih kasi give');
/** Interested: "tidak minat", "not interested". */
const INTERESTED = words('minat berminat tertarik interested');
/** Smelling: "ga bisa nyium". */
const SMELLING = words(
  'cium nyium mencium ngambu ngambet mambu smell ngerasakno ngrasakke ngraosaken merasakan ngerasain ngrasain rasain ngrasakne taste kecium keciuman',
);
/** "If": a case supposed, not told. */
const IF = words('kalau kalo klo kl jika if nek lek apabila bila misal misalnya');
/** Words a list of symptoms is told with: how bad, since when, the temperature. */
/** Guessing, not asking: "kyknya", "sepertinya". */
const SEEMS_LIKE = words('kyknya kayaknya keknya sepertinya kayake koyoke');
/** A fever's reading, before its degrees: "40 drjt", "38,5 derajat". */
const FEVER_READING = /^(?:3[89]|4[01])(?:[.,]\d)?$/;
const TEMPERATURE_NAMED = words('suhu suhunya suhune highest temp temperature tertinggi');
const DEGREES = words('derajat drjt drajat dercel celcius celsius');
const AROUND_SYMPTOMS = words(
  'suhu temperature temp sick sore los loss sakit perih nyeri bgt banget sekali semua lengkap hilang ilang badan ' +
    'sejak since yesterday kemarin hari umur tinggi high kepala head linu kering dry berat parah slight slightly ' +
    'cant cannot anything agak nafsu naik turun dingin langsung',
);

/**
 * Symptoms named and nothing asked of them: "demam batuk", not "demam batuk itu covid ga?". Whose
 * they are is for the caller of this to settle.
 */
function symptomsTold(tokens: readonly Token[], questionMark: boolean): boolean {
  return has(tokens, SYMPTOM_WORDS) && nothingAsked(tokens, questionMark);
}

/** Whether a message about a case only tells it: no question word, tag, mark or choice asks anything of it. */
function nothingAsked(tokens: readonly Token[], questionMark: boolean): boolean {
  // "itu covid ga ya", "apa itu corona": whether it is covid, asked.
  const isItCovid = tokens.some(
    (t, i) =>
      THE_DISEASE.has(t.key) &&
      (words('itu iku that').has(tokens[i - 1]?.key ?? '') ||
        words('ga gak gk g bukan bkn kah ta po ora atau').has(tokens[i + 1]?.key ?? '')),
  );
  // "garis keduanya samar bgt, positif ga itu": whether it is positive, asked.
  const isItPositive = tokens.some(
    (t, i) =>
      POSITIVE.has(t.key) && words('ga gak gk nggak ngga bukan kah ta po').has(tokens[i + 1]?.key ?? ''),
  );
  // "percoyo ta karo hasile": whether to believe it, asked with a tag.
  const believeAsked = tokens.some(
    (t, i) =>
      words('percaya percoyo believe trust').has(t.key) &&
      words('ta po kah ga gak').has(tokens[i + 1]?.key ?? ''),
  );
  // "bisa gak kena covid tp ...": "can or not", asked.
  const canOrNot = tokens.some((t, i) => CAN.has(t.key) && QUESTION_ENDS.has(tokens[i + 1]?.key ?? ''));
  // "iso ketularan ra": a Javanese question tag ends it.
  // "iso ketularan ta lek penumpange covid": or a tag before an "if" that follows what is asked.
  const tagged =
    JAVANESE_TAGS.has(tokens.at(-1)?.key ?? '') ||
    tokens.some((t, i) => JAVANESE_TAGS.has(t.key) && i > 0 && IF.has(tokens[i + 1]?.key ?? ''));
  // "napas anakku cepet banget pas demam, normal ta": whether it is normal, asked with a tag.
  const isItNormal = tokens.some(
    (t, i) =>
      NORMAL.has(t.key) &&
      (i === tokens.length - 1 || words('ta ga gak gk kah ya toh kan').has(tokens[i + 1]?.key ?? '')),
  );
  // "langsung periksa atau tunggu aja": a choice between two things to do, asked.
  const choice = tokens.some((t, i) => OR.has(t.key) && i > 0 && i < tokens.length - 1);
  // "obat diare anak": a medicine asked for, by naming it first.
  const medicineAsked = MEDICINE.has(tokens[0]?.key ?? '');
  // "Symptoms of covid in adult? I have headache": a question asked before what is told.
  const askedBefore = tokens.some((t) => t.gap.includes('?'));
  // "mboten saged ngambu menapa-menapa": a question word said twice is "anything", not a question.
  // "mangan apa bae rasane anyep", "makan apa saja hambar": "anything" eaten, likewise; not "gejala
  // covid apa saja", which asks.
  const asking = tokens.filter(
    (t, i) =>
      ASKING.has(t.key) &&
      tokens[i - 1]?.key !== t.key &&
      tokens[i + 1]?.key !== t.key &&
      !(ANYTHING_AFTER.has(tokens[i + 1]?.key ?? '') && EATEN.has(tokens[i - 1]?.key ?? '')),
  );
  const asked =
    asking.length > 0 ||
    tokens.some(
      (t, i) => ASKING_FIRST.has(t.key) && (i === 0 || ASKED_OF_WHOM.has(tokens[i + 1]?.key ?? '')),
    ) ||
    questionMark ||
    askedBefore ||
    isItCovid ||
    isItNormal ||
    isItPositive ||
    believeAsked ||
    canOrNot ||
    tagged ||
    choice ||
    medicineAsked ||
    // "my father has kidney disease and a fever, is covid riskier for him": an English question begun
    // by its verb, with no mark.
    tokens.some(
      (t, i) =>
        (EN_QUESTION_VERBS.has(t.key) || EN_QUESTION_WORDS.has(t.key)) && (i === 0 || /[,.;:]/.test(t.gap)),
    );
  return !asked;
}
/** Javanese question tags: "iso ketularan ra", "normal ta". */
const JAVANESE_TAGS = words('ra po ta');
/** After "apa": "apa saja", "apa bae", "anything". */
const ANYTHING_AFTER = words('saja bae wae baen pun');
/** Eating or drinking, before "apa saja": "makan apa saja hambar". */
const EATEN = words('makan mangan mkn maem dhahar dahar minum ngombe');
const EN_QUESTION_VERBS = words('is are can could does do will would should am');
/** "kid has covid, when to see doctor": an English question word begins a part. */
const EN_QUESTION_WORDS = words('when what how where why which');

/**
 * A positive result told and nothing asked: "tonggoku positif swab tapi tetep metu nang pasar". Not
 * "positif hamil", a pregnancy test.
 */
function resultTold(tokens: readonly Token[], questionMark: boolean): boolean {
  // "sy kena korona nih", "hasilnya 2 garis": the disease caught, a test's second line.
  const positive = tokens.some(
    (t, i) =>
      (POSITIVE.has(t.key) && !PREGNANT.has(tokens[i + 1]?.key ?? '')) ||
      (CAUGHT.has(t.key) &&
        COVID_NAMES.has(tokens[i + 1]?.key ?? '') &&
        !tokens.slice(Math.max(0, i - 2), i).some((u) => SUPPOSED.has(u.key))) ||
      // "my son has covid".
      (words('has have had').has(t.key) &&
        COVID_NAMES.has(tokens[i + 1]?.key ?? '') &&
        !tokens.slice(Math.max(0, i - 2), i).some((u) => SUPPOSED.has(u.key))) ||
      (LINES.has(t.key) && TWO.has(tokens[i + 1]?.key ?? '')) ||
      (TWO.has(t.key) && LINES.has(tokens[i + 1]?.key ?? '')) ||
      // "muncul garis C dan T": both lines of a test.
      (LINES.has(t.key) && tokens[i + 1]?.key === 'c' && tokens[i + 3]?.key === 't'),
  );
  // "di grup wa ada kabar tetangga positif, bener gk ya": news passed on, asked whether true.
  const heard = has(tokens, HEARSAY) || has(tokens, NEWS);
  return positive && !heard && nothingAsked(tokens, questionMark);
}
const NEWS = words('kabar kabare berita gosip news rumour rumor');
/** Talking of something, as the news does: "berita wis mandeg mbahas". */
const TALKED_OF = words(
  'bahas mbahas membahas dibahas ngebahas ngomongin ngomongke memberitakan diberitakan discuss discussing talking',
);
/** Caught, of the disease: "kena korona", "kenek covid", Madurese "kenneng". */
const CAUGHT = words('kena kenek kenneng kenging got caught');
const COVID_NAMES = words('covid corona korona kopid');
/** The disease caught, said: "kena covid", krama "kenging korona". */
function caughtCovid(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => CAUGHT.has(t.key) && COVID_NAMES.has(tokens[i + 1]?.key ?? ''));
}
/** Before "kena covid", what makes it not told: "ga kena", "kalau kena", "biar ga kena", "rentan kena". */
const SUPPOSED: ReadonlySet<string> = new Set([
  ...IF,
  ...words(
    'ga gak gk tidak tdk ora sing nggak ngga not jangan biar ben agar supaya spy rawan rentan mudah gampang risk takut ' +
      'mungkin bisa iso',
  ),
]);
const TWO = words('2 dua loro kalih');
/** A test's lines: "2 garis", "dua strip". */
const LINES = words('garis strip setrip');
/** A test result in words: "hasil swab positif", "antigen garis 2", "kenek korona". */
const RESULT_WORDS = words(
  'positif positive positip hasil hasilnya result swab pcr antigen tes test tested garis 2 dua kalih kena kenek kenneng ' +
    'just baru td tadi pagi kemarin kmrn wingi mandiri home keluar kluar metu ct dites diswab',
);
/** Signs, and those a case weighs on, told beside a result: what the FAQ answers ("napasnya cepet"). */
const WEIGHED = words(
  'napas nafas napasnya nafasnya ngantuk pingsan bingung biru pucat pucet minum mimik asi menyusui busui hamil ' +
    'pregnant breastfeeding bayi baby',
);
/**
 * Where a test was taken, and who else the result is told of, beside a result: "positif hasil rapid
 * antigen puskesmas", "hasilnya positif semua sekeluarga", "kami serumah 6 org".
 */
const TESTED_WHERE_AND_WHO = words(
  'dinyatakan oleh declared mandiri muncul merah rumah ' +
    'rapid puskesmas klinik apotek apotik bidan lab laboratorium bandara airport serumah sekeluarga semua smua ' +
    'kabeh all kami we us both org orang people came back today',
);
/** How many other words a result told plainly may carry: "cak, aku positif swab PCR, isoman nang omah". */
const RESULT_LEFTOVER = 2;

/**
 * Symptoms or a positive result told and nothing asked, not even whether something can be or with a
 * tag at the end: what a message that also names a place reports ("demam batuk Sempu"). Not
 * "ngobrol jarak dekat tanpa batuk bisa nular ga".
 */
export function caseToldPlainly(tokens: readonly Token[], questionMark: boolean): boolean {
  const asked = QUESTION_ENDS.has(tokens.at(-1)?.key ?? '') || has(tokens, CAN);
  return !asked && (symptomsTold(tokens, questionMark) || resultTold(tokens, questionMark));
}
const QUESTION_ENDS = words('ga gak gk nggak ngga enggak kah');

/** Receiving the messages, or being sent them. */
const RECEIVING = new Set([...RECEIVE, ...SEND_VERBS]);

/** "Or", between two things asked: "atau", texted "ato". */
const OR = words('atau ato or');

function isThanks(tokens: readonly Token[]): boolean {
  // "oke", "ok siap": an answer taken, said alone, is thanked back like thanks.
  if (allIn(tokens, ACKNOWLEDGED, THANKS_FILLER) && has(tokens, ACKNOWLEDGED)) return true;
  return has(tokens, THANKS) && allIn(tokens, THANKS, THANKS_FILLER);
}

/** An answer taken: "ok", "siap", "noted". */
const ACKNOWLEDGED = words('ok oke okay okey okeh siap sip noted');

/** Which number: "berapa", Javanese "piro", "opo", krama "pinten", "what". */
const WHICH_NUMBER = words('berapa brp piro pinten opo apa what whats');
/** What may stand around a number asked for: who is asked, particles, "the line". */
const ASKED_AROUND = words(
  'rek mas mbak pak bu min kak dong ya yo e nya the is of your this ini iki layanan line telepon telpon',
);

/**
 * "when should i call an ambulance for covid", "kapan harus telpon ambulans": when one should call,
 * not whom nor when a line is open, is the danger signs.
 */
function whenToCall(tokens: readonly Token[]): boolean {
  // "when do you call an ambulance": "do you", asked of anyone, as "should".
  const anyone = tokens.some((t, i) => t.key === 'when' && words('do does').has(tokens[i + 1]?.key ?? ''));
  return (
    has(tokens, WHEN_ASKED) &&
    (has(tokens, PHONE_CALLS) || has(tokens, SHORT_CALLS)) &&
    (has(tokens, SHOULD) || anyone) &&
    !has(tokens, OPEN_WORDS) &&
    !has(tokens, NUMBER_WORDS)
  );
}
/** "Should": "harus", "kudu", "should". */
const SHOULD = words('harus hrs kudu kedah should must perlu');

function isHotline(tokens: readonly Token[]): boolean {
  // "what signs mean i should call an ambulance", "kapan harus telp 1xx": when to call is the danger
  // signs, not a number.
  // "nomor telpon dinkes buat konsultasi kalau ada gejala covid berapa?" asks the number outright.
  const numberAsked = has(tokens, PHONE_WORDS) && has(tokens, words('berapa brp piro pinten'));
  if (has(tokens, SIGNS) && !numberAsked && !callFor(tokens)) return false;
  const calling = has(tokens, PHONE_CALLS) || has(tokens, SHORT_CALLS);
  if (calling && has(tokens, WHEN_ASKED) && tokens.some((_, i) => isShortLine(tokens, i))) return false;
  if (whenToCall(tokens)) return false;
  // "NO TLP", "no telp": a phone number asked in the short form alone.
  if (tokens.length === 2 && tokens[0]?.key === 'no' && has(tokens, SHORT_CALLS)) return true;
  // "vitamin c": a letter alone is not "cc" folded.
  if (tokens.some((t) => t.word.length > 1 && HOTLINE_WORDS.has(t.key)) && !has(tokens, MEANING)) return true;
  if (has(tokens, CONTACT_VERBS) && asksWhom(tokens)) return true;
  // "nomornya berapa", "nomere opo rek", "what's the number": the number asked, and nothing else.
  if (
    has(tokens, NUMBER_WORDS) &&
    has(tokens, WHICH_NUMBER) &&
    allIn(tokens, NUMBER_WORDS, WHICH_NUMBER, ASKED_AROUND)
  )
    return true;
  // "what number do i ring on a saturday night", "dino minggu ngene sing bukak nomer piro": which
  // number, to call or open.
  const toCallOrOpen = has(tokens, CONTACT_VERBS) || has(tokens, PHONE_CALLS) || has(tokens, OPEN_WORDS);
  if (has(tokens, NUMBER_WORDS) && has(tokens, WHICH_NUMBER) && toCallOrOpen && !has(tokens, MEANING))
    return true;
  // "layanan ini buka jam brp?", "is this line open on weekends": when the lines are open.
  // An emergency number is written as three digits; which ones the pack's hotlines hold, not this list.
  const shortNumber = tokens.some((t) => /^\d{3}$/.test(t.key));
  if (has(tokens, OPEN_WORDS) && has(tokens, WHEN_OPEN) && (has(tokens, THIS_LINE) || shortNumber))
    return true;
  // "1xx iku gratis ta?": a short number first, asked what it costs.
  if (isShortLine(tokens, 0) && (has(tokens, COST_WORDS) || has(tokens, OPEN_WORDS))) return true;
  // "is 1xx working in Banyuwangi?", "1xx itu bisa dipake utk covid?": whether a short line works, or for what.
  if (tokens.some((_, i) => isShortLine(tokens, i)) && has(tokens, LINE_WORKS)) return true;
  // "is there a 24 hour covid line", "layanan 24 jam": a line open around the clock.
  if (roundTheClock(tokens)) return true;
  // "kalo hari minggu telp kemana?", a three-digit number with "telp": where to call, or a short line.
  const callingOrNumber = calling || has(tokens, NUMBER_WORDS);
  // "KMK nomor 413 isinya istilah apa": a decree's number, in a question of what words mean.
  if (callingOrNumber && (has(tokens, WHERE_TO) || shortNumber) && !has(tokens, MEANING)) return true;
  // "bisa telpon langsung gak", "ono nomer sing iso ditakoni langsung?": asking to call.
  if (has(tokens, PHONE_CALLS) && has(tokens, words('bisa can langsung directly'))) return true;
  // Not "sudah dapat info dari puskesmas langsung, ... untuk nomor saya": the caller's own number.
  const numberOfOthers = tokens.some(
    (t, i) =>
      NUMBER_WORDS.has(t.key) &&
      !OWN.has(tokens[i + 1]?.key ?? '') &&
      !THIS_ONE.has(tokens[i - 1]?.key ?? ''),
  );
  if (numberOfOthers && has(tokens, words('langsung directly'))) return true;
  // "mbok aku diwenehi nomer sing iso ditakoni": a number that can be asked or called.
  // Not "bisa tanya apa aja di nomor ini?", what the line answers.
  const askable = has(tokens, ASKED_OF) || (has(tokens, ASK) && has(tokens, RELATIVE));
  if (has(tokens, NUMBER_WORDS) && has(tokens, CAN) && askable && !has(tokens, WHAT)) return true;
  const center = tokens.some((t, i) => CALL.has(t.key) && CENTER.has(tokens[i + 1]?.key ?? ''));
  // "setelah kontak sama yg positif": contact with a case, not a number to call.
  // "kalo cuma kontak sebentar": a contact told by how long, or "only".
  const exposure = (i: number) =>
    CONTACT_WORDS.has(tokens[i]?.key ?? '') &&
    (EXPOSURE_NEXT.has(tokens[i + 1]?.key ?? '') ||
      CLOSE.has(tokens[i - 1]?.key ?? '') ||
      BRIEFLY.has(tokens[i + 1]?.key ?? '') ||
      ONLY.has(tokens[i - 1]?.key ?? ''));
  // "no" is a number only before what it numbers ("no telp", "no dinkes"), not in "no symptoms".
  // In English "no" is never a number ("prove i have no covid").
  const english = messageLang(tokens) === 'en';
  const bareNo = (i: number) =>
    tokens[i]?.key === 'no' &&
    (english ||
      ![PHONE_WORDS, PHONE_SUBJECTS, HOTLINE_WORDS, words('wa whatsapp hp')].some((set) =>
        set.has(tokens[i + 1]?.key ?? ''),
      ));
  // "nomer iki dudu nomerku": a number that is not someone's, not one asked for.
  const denied = (i: number) => NEGATORS.has(tokens[i - 1]?.key ?? '');
  // "menular lewat hp": the phone itself. "blokir nomor yang nelpon": a number blocked. "kirim ke
  // nomor ini", "to my number": where something is sent. None is a number asked for.
  const notAsked = (t: Token, i: number) =>
    DEVICE.has(fold(t.word)) ||
    // "ini nomor dinas untuk pekerjaan", "this number is for my family": the caller's own.
    (NUMBER_WORDS.has(t.key) && [tokens[i - 1], tokens[i + 1]].some((u) => THIS_ONE.has(u?.key ?? ''))) ||
    // "nomor dinas ini", "nomor kantor ini": this office's number.
    (NUMBER_WORDS.has(t.key) &&
      NUMBER_USES.has(tokens[i + 1]?.key ?? '') &&
      THIS_ONE.has(tokens[i + 2]?.key ?? '')) ||
    BLOCK.has(tokens[i - 1]?.key ?? '') ||
    (NUMBER_WORDS.has(t.key) && TO.has(tokens[i - 1]?.key ?? '') && OWN.has(tokens[i + 1]?.key ?? ''));
  const phoneWords = tokens.filter(
    (t, i) => PHONE_WORDS.has(t.key) && !exposure(i) && !bareNo(i) && !denied(i) && !notAsked(t, i),
  ).length;
  // "nomor dinas kesehatan", or two words for it: "what number do i call", "nomer telpon sing iso dihubungi".
  // "pesan WA dari nomor gak dikenal soal covid, boleh disebar?": a rumour, not a number asked for.
  if (has(tokens, RUMOUR)) return center;
  // "emergency line", "health line": a line named by what it is for; not a queue, nor this covid line.
  const namedLine = tokens.some((t, i) => t.key === 'line' && LINE_KINDS.has(tokens[i - 1]?.key ?? ''));
  return center || namedLine || (phoneWords > 0 && has(tokens, PHONE_SUBJECTS)) || phoneWords >= 2;
}

/** What a number is used for, between it and "this": "nomor dinas ini", "nomor kantor ini". */
const NUMBER_USES = words('dinas kantor kerja pribadi rumah sekolah');

/** Believing: "percaya siapa". */
const BELIEVE = words('percaya percoyo pecoyo believe trust');

/** Recording: with symptoms named, a report ("can I log my symptoms here?"). */
const RECORD_WORDS = words(
  'log record register catat dicatat catet dicatet cathet dipuncathet note pantau dipantau',
);

/** A call or message that came: "tadi nelpon sy". */
const CALLED_ME = words('tadi barusan nelpon misscall missed called texted');
/** Reached by phone: "ada yg bisa dihubungi". */
const REACHED = words('hubungi dihubungi ditelpon ditelp ditelepon ditelfon ditlp');
/** Typed or sent, after "wrong": "salah ketik". */
const TYPED = words('ketik sent');
/** A positive pregnancy test: "positif hamil". */
const POSITIVE = words('positif positive reaktif reactive');
/** Seeking, of a hospital: "cariin rumah sakit". */
const SEEK = words('cari cariin carikan carikno golek golekno goleki find search rujukan terdekat nearest');
/** Taking patients, said of a hospital after "yg": "rumah sakit yg terima covid". */
const TAKES = words('terima nerima menerima nompo nampa');
/** Near a case: "serumah", "kumpul", "satu mobil", "stayed with us". */
const SHARED_PLACES = words(
  'serumah sekamar semobil seruangan sekantor sekelas kumpul ketemu stayed met kondangan layat melayat takziah ' +
    'takziyah jumatan tahlilan hajatan jamaah sebelahan share shared ' +
    // "kmrn rapat bareng sejam", "penumpang yg sy antar": a meeting, a ride given.
    'bareng barengan rapat meeting antar nganter ngantar mengantar penumpang passenger',
);
const SPACES_SHARED = words(
  'mobil ruangan ruang kantor rumah omah motor meja kamar line kelas bis bus angkot',
);
const FIRST_PERSON = words('saya sy aku kula kulo gue gw isun sengko kami kita i we me us my our');
const PREGNANT = words('hamil pregnant');
/** "yang" before a report: someone else's, told ("ada yg lapor"). */
const WHICH_ONE = words('yang yg sing');

/** "Wrong", before a number: a message sent to the wrong one. */
const WRONG = words('salah wrong keliru');

/** Leaving a chat group. */
const LEAVE = words('keluar leave exit metu');
const GROUP = words('grup group grub');

/** Whom else people report to: the police, the neighbourhood head, an employer. */
const PARTIES = words('polisi police polsek polres rt rw lurah kades hrd atasan satpam');
/** A form of address before a party: "lapor pak RT". */
const ADDRESS = words('pak bu bapak ibu');

/** "To" before whom a report goes. */
const REPORT_TO = words('ke kepada to sama sm nang neng ka');
/** Whom a report to this line is made to: "lapor ke dinkes", "lapor ke sini". */
const REPORTED_HERE = words('sini kene here you kalian sampeyan panjenengan admin line layanan');

/**
 * A report made to someone else: "hrs lapor ke hrd atau isolasi dulu?" asks what to do, it does not
 * report to this line; "lapor ke dinkes" and "lapor ke sini" do.
 */
export function reportsElsewhere(tokens: readonly Token[]): boolean {
  const all = canonical(tokens);
  return all.some((t, i) => {
    if (!REPORT_WORDS.has(t.key)) return false;
    // "lapor polisi", "lapor pak RT": the party named at once, or after "pak".
    const next = all[i + 1]?.key ?? '';
    const named = ADDRESS.has(next) ? (all[i + 2]?.key ?? '') : next;
    if (PARTIES.has(named)) return true;
    if (!REPORT_TO.has(next)) return false;
    const whom = all[i + 2]?.key ?? '';
    // "lapor nang endi", "lapor ke siapa": asking where to report is a report.
    const asked = WHICH_WORDS.has(whom) || WHOM.has(whom) || WHERE_TO.has(whom);
    return (
      whom !== '' && !asked && !HEALTH_OFFICE.has(whom) && !REPORTED_HERE.has(whom) && !THE_LINE.has(whom)
    );
  });
}

/**
 * What a stay or the care in a hospital costs, or whether something said of one is true: the FAQ's.
 * Not a hospital near asked for, whatever it takes for payment ("rs yg terima bpjs deket sini").
 */
export function asksAboutHospitalCare(tokens: readonly Token[]): boolean {
  const all = canonical(tokens);
  return (has(all, COST_WORDS) && !has(all, NEAR)) || has(all, HEARSAY);
}

/** Visiting someone in hospital, or waiting there: "jenguk", "besuk", Javanese "tilik", a birth. */
const VISITING = words(
  'jenguk menjenguk jengukin besuk mbesuk membesuk tilik tiliki nilik nungguin nungguni menunggui lahiran melahirkan',
);

/** A request for a hospital: a hospital word and where, and not what it costs. */
function isHospitalRequest(tokens: readonly Token[], mentionsTopic?: MentionsTopic): boolean {
  // "status probable itu apa? ada di surat dari puskesmas": what a word means, not where to go.
  if (has(tokens, MEANING)) return false;
  const rumahSakit = tokens.some((t, i) => t.key === 'rumah' && tokens[i + 1]?.key === 'sakit');
  if (!(rumahSakit || has(tokens, HOSPITAL_WORDS))) return false;
  // "rs yg nerima pasien covid pake bpjs deket sini": a hospital near, whatever it takes for payment.
  const near = has(tokens, NEAR);
  if ((has(tokens, COST_WORDS) && !near) || has(tokens, SERVICE_TOPICS) || has(tokens, HEARSAY)) return false;
  if (has(tokens, WHEN_WORDS) && !has(tokens, WHICH_WORDS)) return false;
  // "aku mbesuk mbah nang rumah sakit", "nang rumah sakit endi budhe dirawat? aku arep tilik": a visit,
  // not a hospital asked for.
  if (has(tokens, VISITING)) return false;
  // "suami kerja di rs jd perawat": where someone works, told.
  const hospital = (i: number) =>
    HOSPITAL_WORDS.has(tokens[i]?.key ?? '') ||
    (tokens[i]?.key === 'rumah' && tokens[i + 1]?.key === 'sakit');
  if (tokens.some((t, i) => WORK.has(t.key) && [i + 1, i + 2].some(hospital))) return false;
  // "obate covid opo? ... ga gelem nang puskesmas": which medicine, though a puskesmas is named.
  if (has(tokens, MEDICINE) && has(tokens, WHAT)) return false;
  // "nek semaput pas isoman piye, langsung nang RS po nunggu?": whether to go or wait ("po" is "or"), if something
  // happens, is the danger signs.
  const or = (key: string) => OR.has(key) || key === 'po';
  if (has(tokens, IF) && tokens.some((t, i) => or(t.key) && i > 0 && i < tokens.length - 1)) return false;
  // "roma sakek e Pamekasan se bisa ngobati covid": a hospital that treats it.
  if (tokens.some((t, i) => TREATS.has(t.key) && tokens.slice(0, i).some((u) => RELATIVE.has(u.key))))
    return true;
  // "info rumah sakit rujukan": nothing but the hospital asked for.
  if (has(tokens, WHERE_WORDS) || allIn(tokens, HOSPITAL_WORDS, NOT_PLACE, words('rumah sakit'))) return true;
  // "covid hospital malang?", "I need a hospital": a word or two besides, none a subject of the FAQ.
  return (
    mentionsTopic !== undefined &&
    onlyCourtesyBesides(tokens, [HOSPITAL_WORDS, NOT_PLACE, words('rumah sakit need butuh')], mentionsTopic)
  );
}

/** Near the caller: "deket sini", "terdekat". */
const NEAR = words('dekat deket terdekat cedak cedhak cedek cerak caket near nearest nearby closest');

/** "That" or "which" before what a hospital does: "rs yg nerima", Madurese "se", krama "ingkang". */
const RELATIVE = words('yang yg sing seng se ingkang that which');

/** Treating or taking patients, or a bed free: what a hospital is asked for by ("rs yg nerima pasien covid", "rs yg msh ada kamar"). */
const TREATS = words(
  'ngobati mengobati merawat rawat menangani nangani nerima menerima terima treats treat treating accept accepts kamar ' +
    'bed beds',
);

/**
 * A part that only asks for a hospital: "butuh rumah sakit segera", "info RS rujukan", "engko' butuh
 * roma sakek". Not "perlu ke igd?": whether to go, which the danger signs answer.
 */
function onlyAHospitalNeeded(clause: readonly Token[]): boolean {
  const rumahSakit = clause.some((t, i) => t.key === 'rumah' && clause[i + 1]?.key === 'sakit');
  return (
    (rumahSakit || has(clause, HOSPITAL_WORDS)) &&
    !has(clause, GOING_TO) &&
    (has(clause, SOUGHT) || has(clause, WHICH_WORDS) || has(clause, words('info'))) &&
    allIn(clause, HOSPITAL_WORDS, NOT_PLACE, SOUGHT, WHICH_WORDS, URGENT, words('rumah sakit info'))
  );
}
/** An emergency, of a number: "nomor darurat". */
const EMERGENCY = words('darurat emergency gawat');
/** Going or taken to: "perlu ke rs?", "perlu dibawa ke rs?". */
const GOING_TO = words('ke dibawa go');
/** Now, urgently: "butuh rs segera". */
const URGENT = words('skrg sekarang saiki segera cepat cepet now urgent asap darurat');

/** Asking what a word means. */
const MEANING = words(
  'arti artinya maksud maksudnya maksude mean means meaning istilah status beda bedanya difference',
);
/** Words of a hospital request that are not the place: "dimana rs covid terdekat dari genteng". */
const NOT_PLACE = words(
  'rumah sakit covid corona yang yg ada buat untuk utk pasien saya aku sy mau cari tolong info dong min ' +
    'apa the a is are for what which to from dari ke ya paling arep golek ono sing seng that treats treat ' +
    'treating patient patients pasien bada e ingkang se bisa ngobati mengobati merawat rawat menangani nangani nerima ' +
    'menerima accept accepts terima msh masih kamar kosong bed beds ' +
    // Asked in English: "where should i take my son, he has a high fever, we are in Blitar".
    'should take go i am my we he she has have high son daughter treatment',
);

/** The words of a hospital request that may name the place, as typed. */
export function hospitalPlaceWords(tokens: readonly Token[]): string {
  // Read in the rules' spelling, which may split a word ("rscovid"); each part keeps its typed letters,
  // and a comma still ends a part where words between were left out ("ojo kesuwen, rumah sakit ...
  // Tulungagung": what "ojo" refuses ends at the comma).
  let words = '';
  let partEnds = false;
  for (const t of canonical(tokens)) {
    partEnds ||= /[,.;:!?\n]/.test(t.gap);
    if (HOSPITAL_WORDS.has(t.key) || WHERE_WORDS.has(t.key) || NOT_PLACE.has(t.key)) continue;
    words += (words === '' ? '' : partEnds ? ', ' : ' ') + t.word;
    partEnds = false;
  }
  return words;
}

/**
 * Subjects the line has no answer for, though their words are close to a topic's: dengue fever is not
 * COVID's fever, a toothache's medicine is not COVID treatment, the price of chillies not its cost.
 */
/** A ride, told beside a hospital asked for: "no car", "gak punya motor". */
const RIDES = words('car motor');
const OFF_TOPIC = words(
  'rosak aroko rokok merokok udud pungli korupsi keuangan financial pajak tax bumdes bolong dbd berdarah dengue tipes tifus typhoid tipus malaria hepatitis campak measles cacar chickenpox tbc kolera cholera ' +
    'rabies polio difteri gigi cabe cabai harga pulsa pinjol pinjaman utang hutang kredit cicilan tagihan listrik pln ' +
    'pdam token bola football soccer sepakbola liga piala skor score persebaya arema lelucon joke jokes lucu funny ' +
    'lawak cuaca weather loker lowongan cpns gaji bansos maag lambung gerd kolesterol wasir ambeien jerawat memory memori ' +
    'bank bri bca bni kursus les course lesson homework pr tugas anjing kucing hewan jiwa motor maling ' +
    'rusak kehilangan netflix translate terjemahkan terjemahan beras rice promo iklan indosat telkomsel ' +
    'provider makanan restoran restaurant car kartu prakerja ppdb kuliah sekolah rekening transfer ' +
    'fire kebakaran pju loan loans resign spt pothole potholes bocor ' +
    'sim card simcard passport paspor marathon lomba race lurah kades berlubang lubang warung undian ' +
    'menang hadiah resi jne jnt ketenagakerjaan jht sinyal signal lampu stolen motorbike curi dicuri electricity ' +
    'congratulations congrats winner pemenang prize jual dijual bekas skincare oily berminyak kosmetik umkm blt ' +
    'makeup toefl ielts pupuk urea dentist email tokopedia shopee lazada gojek grab dompet wallet nunggak ' +
    'tunggakan iuran tresno cinta kenalan pdkt alergi allergy ongkir kurir olshop indihome wifi biznet spotify youtube hubungan pacar pacaran nasi katering catering warisan sengketa cerai perceraian kdrt lakban kabel tato tattoo musik music lagu dangdut tiket kereta tambang polsek polres polisi police bbm bensin pertalite pertamax merokok smoking scam instagram facebook sampah mantan ex gym fitness membership koran majalah newspaper magazine arisan order pemilu pilkada pilpres caleg bersalin hpv bcg rubella katarak operasi ndandosi ndandani dandani benerin betulin perbaiki repair servis ' +
    // Disasters and accidents reported, and livestock.
    'banjir flood flooded longsor landslide kebakaran ambruk tumbang kecelakaan tabrakan accident cow goat sapi kambing ' +
    // Other infections.
    'hiv aids odha sifilis gonore herpes kusta lepra ' +
    // The weather ("panas banget cuaca hari ini").
    'cuaca weather ' +
    // A river flooding, and mosquitoes ("nyamuk di rumah bnyk bgt, fogging hubungi siapa").
    'kebanjiran meluap nyamuk fogging ' +
    // A neighbour's noise, an unknown caller: "toa masjid tetangga kenceng", "nomor ga dikenal telpon terus".
    'toa horeg dikenal ' +
    // Attendance reported at work, a person running amok: "lapor sudah masuk kerja, absen dmn".
    'absen absensi presensi ngamuk mengamuk ' +
    // A hearse hired, a login code: "sewa ambulans jenazah brp", "tolong kirim kode otp".
    'jenazah otp',
);
/** A stomach upset, and the meal it came after: "abis makan nasi kotak ... mencret semua". */
const STOMACH_UPSET = words('mencret diare muntah');
const APPOINTMENTS = words('jadwal appointment booking janji kontrol');
const NON_SPECIFIC = words('mencret diare muntah pusing mumet ngelu pegal pegel lemas lemes kaku');
const BLOOD_PRESSURE = words('tensi tensine tensinya');
/** What is hot or positive, and no case: a phone charging, a pregnancy test, a drug test. */
const NOT_A_CASE = words(
  'batre baterai battery charger dicas tespek testpack urine urin narkoba mesine mesinnya mogok radiator engine ' +
    // A craze, not a fever: "lagi demam k-pop".
    'pop kpop drakor',
);
const PHONE_TROUBLE = words('iklan ads adware malware');
const MEAL_EATEN = words('makan makanan nasi jajan jajanan hajatan kenduri ate eating eat');
/** Illnesses other than COVID-19, of which a fever told is not a report to this line. */
const OTHER_ILLNESSES = words(
  'dbd berdarah dengue tipes tifus typhoid tipus malaria hepatitis campak measles cacar chickenpox kolera alergi allergy ' +
    'tb cholera rabies polio difteri maag lambung gerd dog anjing cat kucing hewan ayam sapi kambing burung bird urat ' +
    'gigi gusi toothache ' +
    // Javanese "asu" (dog), owned: "asuku watuk terus".
    'asuku asune asumu ' +
    'monkeypox mpox keracunan wedus wedhus domba bebek sapeh sape',
);
/** Naming what someone was found to have: "kata mantri TBC", "didiagnosa tifus". */
const DIAGNOSED = words(
  'didiagnosa diagnosa didiagnosis diagnosis divonis diagnosed positif positive kena kenek',
);
/** Who finds an illness, after "kata": "kata mantri TBC". */
const WHO_DIAGNOSE = words('mantri dokter dr bidan perawat');
const DIAGNOSED_ILLNESSES: ReadonlySet<string> = new Set([...OTHER_ILLNESSES, ...words('tbc tb paru flek')]);
/** A person's own long-standing condition, not another vaccine's disease: "alergi", "maag". */
const CONDITIONS = words('alergi allergy maag lambung gerd');
/** Medicine, and asking which is good: a recommendation, not whether to keep taking it. */
const MEDICINE = words('obat obate obatnya medicine medicines medication pil jamu pantangan pantang diet');
/** Medicines, and by name: stopping one is a question about treatment ("ivermectin perlu distop?"). */
const MEDICINE_NAMED = new Set([
  ...MEDICINE,
  ...words('ivermectin paracetamol parasetamol antibiotik antibiotic vitamin'),
]);
const RECOMMENDED = words('bagus ampuh manjur mujarab best good recommended rekomendasi merk merek apik');
/** Long-term illnesses: their medicine is not COVID treatment ("obat darah tinggi yg bagus apa"). */
const LONG_ILLNESSES = words(
  'hipertensi tensi diabetes diabet asma asthma jantung stroke kanker cancer ginjal kolesterol urat',
);
/** Checked, of a long illness: "cek gula darah", "periksa tensi". */
const CHECKED = words('cek check periksa priksa ngecek diperiksa dicek kontrol');
/** Meals, that a medicine is timed by: "sebelum atau sesudah makan". */
const MEALS = words('makan maem mangan meal meals food');
/** Risk, asked of an illness: "kelompok risiko tinggi", "komorbid", "more at risk". */
const RISK = words('risiko resiko risk rentan komorbid comorbid berisiko');
/** "darah tinggi", "gula darah", "kencing manis": the illness in two words. */
function namesLongIllness(tokens: readonly Token[]): boolean {
  return (
    has(tokens, LONG_ILLNESSES) ||
    tokens.some((t, i) => LONG_ILLNESS_PAIRS.has(`${t.key} ${tokens[i + 1]?.key ?? ''}`))
  );
}
const LONG_ILLNESS_PAIRS = new Set(
  [
    'darah tinggi',
    'tekanan darah',
    'gula darah',
    'kencing manis',
    'high blood',
    'blood pressure',
    'blood sugar',
  ].map((pair) =>
    pair
      .split(' ')
      .map((word) => fold(word))
      .join(' '),
  ),
);
/** Vaccines: the line's subject, though not in COVID_WORDS ("vaksin" is also given for other illnesses). */
const VACCINE_WORDS = words('vaksin vaksinasi vaccine vaccination vaccinated avaksin');
/** After "bantuan": aid money, not help. */
const AID = words('sosial sosialnya tunai langsung modal pemerintah umkm usaha');
/** Something lost, as typed ("hp" is read as a number elsewhere). */
const LOST = words('lost hilang ilang kecurian stolen');
const LOST_THINGS = words('phone hp handphone dompet wallet ktp motor sim passport paspor');
/** Words of an advertisement: two of them make one. */
const ADVERT = words(
  'jual dijual minat hub order ready stok promo diskon cod grosir murah sell selling wholesale',
);
/** Skin care: a face mask of this kind is not a medical one. */
const BEAUTY = words('skincare oily berminyak kosmetik makeup jerawat acne glowing');
/** Skin, and what care makes of it: "masker kulit kering", "face mask for dry skin". */
const SKIN = words('skin kulit');
const SKIN_CARE = words('dry kering kusam oily berminyak putih cerah halus glowing wrinkles keriput');
const TEST_WORDS = words('tes test testing ujian exam');
/** A pregnancy test, by its name. */
const PREGNANCY_TESTS = words('testpack tespek testpek');
/** Tests of other things than the virus. */
const OTHER_TESTS = words(
  'english inggris driving cpns pns utbk snbt sbmptn toefl ielts iq psikotes narkoba drug kehamilan pregnancy hamil hiv',
);
/** The disease itself named: then a mask or a test is about it. */
const THE_DISEASE = words('covid corona korona kopid virus pandemi sars omicron omikron');
/**
 * The line's own subject: a message that names it is a question for the FAQ even with an off-topic
 * word in it ("harga swab antigen", "punya tbc kena covid").
 */
const COVID_WORDS = new Set([
  ...THE_DISEASE,
  ...words(
    'isoman isolasi booster pcr swab antigen masker maskeran mask positif positive 5m 3m prokes ketularan tertular odp erat ' +
      'pdp otg suspek ' +
      'varian variant',
  ),
]);

/**
 * The intent of a message's words, or undefined when it is a question for the FAQ search. In order:
 * opt-out and opt-in (in any part of the message, then in words of their own), thanks, help, a
 * hotline named, a language, another illness, whom to call, symptoms told, telling the health office,
 * someone else's service, a report, the hotlines, a hospital, and last the courtesy readings.
 * `questionMark`: the message ends with "?", so symptoms in it are asked about, not reported.
 * `mentionsTopic`: whether words name a FAQ subject; without it the looser readings are not tried.
 */
export function intentOf(
  typed: readonly Token[],
  questionMark = false,
  mentionsTopic?: MentionsTopic,
): Intent | undefined {
  const tokens = canonical(typed);
  if (tokens.length === 0) return undefined;
  const clauses = clausesOf(tokens);
  const stoppedLanguage = languageStopped(tokens);
  if (stoppedLanguage) return { kind: stoppedLanguage };
  // "udah cukup jelas, terima kasih", "ok that's enough info for me, thanks": the answer was enough,
  // with thanks; the messages are not named, so nothing is stopped.
  if (
    has(tokens, THANKS) &&
    has(tokens, ENOUGH_STOPS) &&
    allIn(tokens, THANKS, THANKS_FILLER, ENOUGH, ENOUGH_STOPS, ENOUGH_OF_THE_ANSWER)
  )
    return { kind: 'thanks' };
  // "bukan nomor pasien, jangan kirim sms lagi": one part that says only "stop" is enough.
  // "saya sudah sembuh dan tidak mau dikirimi pesan lagi": "and" joins a part that says only stop.
  const parts = clauses.flatMap((clause) => partsOf(clause));
  // "kmrn sy unreg, skrg mau reg lg": a stop told as past, and a start asked now.
  const restart = (part: readonly Token[]) =>
    (has(part, WANT_WORDS) || has(part, WANT)) &&
    (has(part, OPT_IN_VERBS) ||
      has(part, words('reg')) ||
      (has(part, RECEIVE) && (has(part, MESSAGE_WORDS) || has(part, AGAIN))) ||
      (has(part, SEND_VERBS) && has(part, AGAIN)));
  // "sempet unsubscribe, skrg pengen balik": a wish to come back.
  const comeBack = (part: readonly Token[]) =>
    (has(part, WANT_WORDS) || has(part, WANT)) &&
    has(part, COME_BACK) &&
    allIn(part, WANT_WORDS, WANT, COME_BACK, AGAIN, OPT_OUT_FILLER, MESSAGE_WORDS, THE_LINE);
  // "Saya minta stop dari kemarin masih aja dikirim": a stop asked before, the messages still coming.
  const askedToStop = stopAskedBefore(tokens);
  const otherSent = tokens.some((t) => OTHER_SENDERS.has(t.key) && !AUTHORITIES.has(t.key));
  // Not "... minta berhenti, padahal saya masih butuh. Mohon dikirimi lagi": still needed, not still sent.
  // "minta dikeluarkan tapi tetap dikirimi": "tetap" before the messages arriving, not "tolong tetap
  // kirim", a wish that they go on.
  const stillSent = tokens.some(
    (t, i) =>
      (STILL_COMING.has(t.key) && nextWithin(tokens, i, 2, MESSAGE_OR_SENDING) >= 0) ||
      (STILL_ARRIVING.has(t.key) && nextWithin(tokens, i, 2, ARRIVING) >= 0),
  );
  if (askedToStop && stillSent && !otherSent) return { kind: 'stop' };
  // "unreg nya batal ya, sy mau tetap terima sms": the stop called off after it is named (before it,
  // as in "gak jadi stop", stopCalledOff reads it), and the messages wished for in a part of their own.
  const stopThenCancelled = tokens.some(
    (t, i) => (isOptOutVerb(t.key) || STRONG_STOP.has(t.key)) && nextWithin(tokens, i, 2, CALLED_OFF) >= 0,
  );
  const keepWished = (part: readonly Token[]) =>
    (has(part, WANT_WORDS) || has(part, WANT) || has(part, STILL_ARRIVING)) &&
    (has(part, RECEIVE) || has(part, SEND_VERBS)) &&
    !has(part, NEGATORS);
  if (stopThenCancelled && parts.some(keepWished)) return { kind: 'start' };
  // "kerem pole infona, sengko' parlo": sending again asked, and the messages needed.
  const resendNeeded =
    SEND_VERBS.has(tokens[0]?.key ?? '') &&
    AGAIN.has(tokens[1]?.key ?? '') &&
    has(tokens, NEEDED) &&
    !has(tokens, NEGATORS);
  if (resendNeeded) return { kind: 'start' };
  if (toldAsPast(tokens) && parts.some(comeBack)) return { kind: 'start' };
  // "Dulu saya unreg, sekarang mau gabung lagi": "dulu" first is "once" ("stop dulu" is "for now").
  const toldPast = toldAsPast(tokens) || tokens[0]?.key === 'dulu';
  if (toldPast && parts.some(restart) && !parts.some((part) => has(part, NEGATORS))) return { kind: 'start' };
  // "stop dulu, sy mau tanya resep rawon": someone who wants to ask is not leaving.
  const wantsToAsk = tokens.some((t, i) => WANT_WORDS.has(t.key) && ASK.has(tokens[i + 1]?.key ?? ''));
  // "mas, aku wis nang ngarep, metuo": "go out" said alone in a part is not leaving the messages.
  // Not "daftar penerima sms covid, nomor saya dicabut saja": the number taken off.
  // "engko' terro ambu aroko', ta' kellar": "can't quit", of something else told before.
  const weakAlone = (part: readonly Token[]) =>
    parts.length > 1 &&
    has(part, WEAK_STOPS) &&
    allIn(part, WEAK_STOPS, OPT_OUT_FILLER, NEGATORS) &&
    !has(part, NUMBER_WORDS);
  // "BPJS saya mati, cara aktifkan lagi gmn": another service named, and a part that does not name the messages.
  // Not "I got this SIM second hand, I never registered. Please stop.": this phone's own card.
  // "sy beli kartu baru kok lgsg dpt sms covid terus": a card just bought, or new, is this phone's too.
  const ownCard = tokens.some(
    (t, i) =>
      OTHER_SERVICES.has(t.key) &&
      [tokens[i - 1], tokens[i + 1]].some(
        (u) => THIS_ONE.has(u?.key ?? '') || words('baru beli').has(u?.key ?? ''),
      ),
  );
  // "unsubscribe layanan konten gimana": "layanan" names the other service, not these messages.
  const namesTheMessages = (part: readonly Token[]) =>
    part.some((t, i) => MESSAGE_WORDS.has(t.key) && !OTHER_SERVICES.has(part[i + 1]?.key ?? ''));
  // "puskesmas deket rumah udah stop layanan swab": a service of care stopped, told of where it is given.
  const careStopped = (part: readonly Token[]) =>
    part.some((t, i) => CARE_SERVICE.has(t.key) && nextWithin(part, i, 1, CARE_GIVEN) >= 0);
  // "unreg nsp gmn caranya", "email kantor penuh newsletter, how to unsubscribe": another service, and
  // these messages not named.
  const serviceElsewhere = has(tokens, OTHER_SERVICES) && !ownCard && !namesTheMessages(tokens);
  const elsewhereService = (part: readonly Token[]) =>
    (has(tokens, OTHER_SERVICES) && !ownCard && !namesTheMessages(part)) || careStopped(part);
  // "tetangga bakar sampah terus, gimana supaya berhenti": how to stop what another part tells, when
  // the messages are not named where it is asked.
  // "sms nya dtg terus, gimana cara berhentinya" asks how to stop these messages; "sekolah kirim
  // newsletter, cara berhentiin gimana" someone else's.
  const namesThese = (other: readonly Token[]) =>
    (has(other, MESSAGE_WORDS) || has(other, THE_LINE)) && !has(other, OFF_TOPIC);
  const howElse = (part: readonly Token[]) =>
    parts.length > 1 &&
    has(part, HOW) &&
    !has(part, MESSAGE_WORDS) &&
    !has(part, THE_LINE) &&
    !parts.some(namesThese);
  // "my bank keeps sending me sms, how do i turn it off": someone else's messages.
  // "STOP TEXTING ME. I will report this number to my provider": the operator reported to is not the sender.
  const reportedTo = threatens(tokens) ? AUTHORITIES : new Set<string>();
  // Not "hebat, sms ini lebih setia dari mantan saya. tolong berhenti datang": these messages named.
  const theseMessages = tokens.some((t, i) => TEXTS.has(t.key) && THIS_ONE.has(tokens[i + 1]?.key ?? ''));
  // "Saya pegawai bank, nomor ini nomor dinas": where the caller works, not who sends.
  const worksAt = (i: number) => tokens.slice(Math.max(0, i - 2), i).some((u) => WORKERS.has(u.key));
  const otherSender = (part: readonly Token[]) =>
    tokens.some((t, i) => OTHER_SENDERS.has(t.key) && !reportedTo.has(t.key) && !worksAt(i)) &&
    !has(part, THE_LINE) &&
    !theseMessages;
  // "Saya minum ivermectin, perlu distop?": a medicine stopped, not the messages.
  const medicineStopped = (part: readonly Token[]) =>
    has(tokens, MEDICINE_NAMED) && !has(part, MESSAGE_WORDS);
  // "Boleh saya berlangganan lagi? Dulu sempat keluar": a stop told as past.
  // "Virus corona ... tidak berhenti juga": the disease does not stop, not a request.
  const diseaseGoesOn = (part: readonly Token[]) =>
    has(tokens, THE_DISEASE) &&
    !has(tokens, TEXTS) &&
    part.some((t, i) => OPT_OUT_VERBS.has(t.key) && NEGATORS.has(part[i - 1]?.key ?? ''));
  const stopsHere = (part: readonly Token[]) =>
    isOptOut(part, mentionsTopic) &&
    !weakAlone(part) &&
    !elsewhereService(part) &&
    !howElse(part) &&
    !medicineStopped(part) &&
    !blocksElse(part) &&
    !toldAsPast(part) &&
    !diseaseGoesOn(part);
  // "STOP ATAU SAYA LAPORKAN KE TELKOMSEL", "saya laporkan ke operator kalau masih sms terus": a
  // threat to report the messages asks them to stop.
  // Not "pinjol sms terus, lapor kominfo bisa?": someone else's messages.
  const keepsComing = has(tokens, MESSAGE_WORDS) && has(tokens, STILL);
  const elsewhereSent = tokens.some((t) => OTHER_SENDERS.has(t.key) && !AUTHORITIES.has(t.key));
  // Not "mau cabut laporan polisi": a report withdrawn, with a verb that stops only what it names.
  // "Hapus nomor saya atau saya tempuh jalur hukum": the number removed is as firm.
  const firmStop = tokens.some(
    (t, i) =>
      (OPT_OUT_VERBS.has(t.key) && !WEAK_STOPS.has(t.key)) ||
      (REMOVE_VERBS.has(t.key) && nextWithin(tokens, i, 2, NUMBER_WORDS) >= 0) ||
      // "minta nomor saya dihapus": the number, then its removal.
      (NUMBER_WORDS.has(t.key) && nextWithin(tokens, i, 2, REMOVE_VERBS) >= 0),
  );
  // "Nomor ini bukan untuk hal beginian", "ini nomor untuk urusan dagang, bukan buat info kesehatan":
  // the number said not to be for this, and nothing asked.
  const thisNumber = tokens.some(
    (t, i) =>
      NUMBER_WORDS.has(t.key) && [tokens[i - 1], tokens[i + 1]].some((u) => THIS_ONE.has(u?.key ?? '')),
  );
  // Not "nomor ini bukan untuk darurat kan": a tag that asks.
  const notForThis =
    !questionMark &&
    !QUESTION_TAGS.has(tokens.at(-1)?.key ?? '') &&
    thisNumber &&
    !has(tokens, OFF_TOPIC) &&
    !has(tokens, HOTLINE_WORDS) &&
    tokens.some(
      (t, i) => (NOT_THE_ONE.has(t.key) || t.key === 'not') && nextWithin(tokens, i, 2, MEANT_FOR) >= 0,
    );
  if (notForThis) return { kind: 'stop' };
  // "nomor ini sdh ganti pemilik, tolong dihapus dr pengiriman", "nomer ini sdh ganti pemilik ... saya tdk
  // mau terima": the number's owner changed, and its removal or an end asked, told.
  const ownerChanged = tokens.some(
    (t, i) =>
      words('ganti berganti pergantian').has(t.key) &&
      words('pemilik owner pemiliknya').has(tokens[i + 1]?.key ?? ''),
  );
  const endAsked =
    has(tokens, REMOVE_VERBS) ||
    tokens.some((t) => isOptOutVerb(t.key)) ||
    tokens.some((t, i) => NEGATORS.has(t.key) && nextWithin(tokens, i, 2, RECEIVE) >= 0);
  if (ownerChanged && endAsked && !questionMark && has(tokens, NUMBER_WORDS) && !has(tokens, OFF_TOPIC))
    return { kind: 'stop' };
  // "hapus nomor saya atau saya tempuh jalur hukum": the law threatened, not asked about ("bisa saya
  // tuntut?").
  const lawThreatened = has(tokens, LEGAL_ACTION) && !questionMark;
  // Not "Nomor penipu ... sudah saya blokir, harus lapor polisi juga?": whether to report, asked.
  if ((threatens(tokens) || lawThreatened) && !questionMark && (firmStop || keepsComing) && !elsewhereSent)
    return { kind: 'stop' };
  // "Hapus chat kemarin ya, salah kirim": a message the caller sent by mistake, deleted; not "salah
  // kirim, tolong distop", a stop asked of messages sent to the wrong number.
  const sentWrongly =
    tokens.some((t, i) => WRONG.has(t.key) && SEND_VERBS.has(tokens[i + 1]?.key ?? '')) &&
    !has(tokens, OPT_OUT_VERBS) &&
    !tokens.some((_, i) => forbids(tokens, i));
  // "nomor tak dikenal sms saya menang undian, saya blokir aja kan?": asked whether to stop what
  // another part names, someone else's matter.
  // "Ada yang sms minta kirim pulsa ngaku anak saya, jangan dikirim kan?": sending forbidden of what
  // another part names, the messages not named where it is asked.
  const blocksElse = (part: readonly Token[]) =>
    questionMark &&
    !has(part, TEXTS) &&
    parts
      .slice(0, (parts as readonly (readonly Token[])[]).indexOf(part))
      .some((before) => has(before, OFF_TOPIC));
  // "kabar menawi toya anget saged mateni korona, leres menapa mboten?": whether something heard is
  // true, not a stop, unless the messages are named.
  // "saya bilang STOP" says it, not a rumour.
  // "Virus nyebar lewat AC? perlu dimatikan?": a question about the disease, not the messages.
  // Not "how do i unsubscribe from this covid line?": a subscription left is these messages.
  const diseaseAsked =
    questionMark && has(tokens, THE_DISEASE) && !has(tokens, MESSAGE_WORDS) && !has(tokens, STRONG_STOP);
  const hearsay =
    (tokens.some((t) => HEARSAY.has(t.key) && !SAID.has(t.key)) && !has(tokens, TEXTS)) || diseaseAsked;
  // "STOP! jangan parkir di depan pagar saya", "jangan kirim barang yang kemarin, saya cancel": what is
  // stopped is forbidden in words of its own, or is goods; not the messages, which are not named.
  const namesNothingOfTheLine = ![
    MESSAGE_OR_SENDING,
    THE_LINE,
    CONTACT_WORDS,
    CONTACT_VERBS,
    NUMBER_WORDS,
  ].some((set) => has(tokens, set));
  // "stop dulu kirim paketnya pak": goods with -nya; "Stop! jangan transfer dulu": "don't" said of
  // something else the line has no part in.
  const goods = tokens.some((t) => GOODS.has(t.key) || GOODS.has(t.key.replace(/(?:nya|ne)$/, '')));
  const forbidsElse =
    (goods && !has(tokens, TEXTS)) ||
    (tokens.some((t, i) => DONT.has(t.key) && OFF_TOPIC.has(tokens[i + 1]?.key ?? '')) &&
      !has(tokens, TEXTS)) ||
    (namesNothingOfTheLine &&
      tokens.some(
        (t, i) => DONT.has(t.key) && i + 1 < tokens.length && !OPT_OUT_FILLER.has(tokens[i + 1]?.key ?? ''),
      ));
  // "dia bilang jangan sms dia lagi": someone else asked not to be sent to.
  // Not "this is his phone, please do not text him", "ini nomor bapak, jangan sms beliau lagi": this
  // phone's owner, whom the line texts.
  const theirPhone = tokens.some(
    (t, i) =>
      PHONES_AND_NUMBERS.has(t.key) &&
      (THIRD_PERSON.has(tokens[i + 1]?.key ?? '') ||
        tokens.slice(Math.max(0, i - 2), i).some((u) => PHONE_OWNERS.has(u.key) || HIS_OR_HER.has(u.word))),
  );
  const someoneElse =
    !theirPhone &&
    tokens.some(
      (t, i) =>
        (SEND_VERBS.has(t.key) || TEXTS.has(t.key) || t.key === 'texting') &&
        THIRD_PERSON.has(tokens[i + 1]?.key ?? ''),
    );
  // "Aku wes putus karo pacarku, nomere wes tak blokir": someone of the caller's own, another matter.
  const ownElse = tokens.some((t) => t.key !== unowned(t.key) && PARTNERS.has(unowned(t.key)));
  // "jangan sms aku lagi ya, kita udah putus", "babe stop texting me at work": a partner, told.
  // Not "sekarang kita putus saja ya, jangan kirim lagi": the line itself left, in jest.
  const partnerTold =
    has(tokens, PARTNER_CALLS) ||
    tokens.some(
      (t, i) =>
        t.key === 'kita' && ENOUGH.has(tokens[i + 1]?.key ?? '') && BROKEN_UP.has(tokens[i + 2]?.key ?? ''),
    );
  // "stop, saya butuh rumah sakit covid di Gresik sekarang", "I need the covid hotline number, don't
  // send me anything else": a hospital or a number asked for in a part of its own is what is wanted.
  // "..., kasih nomor call center covid aja biar bisa nelpon": given, as asked for.
  const given = (part: readonly Token[]) =>
    part.some((t, i) => GIVE.has(t.key) && part[i - 1]?.key !== 'terima');
  // "sy cuma butuh no telp dinkes jatim", "aku njaluk nomer sing iso ditelpon": a number to call.
  const numberAskedToCall = (part: readonly Token[]) =>
    (has(part, NUMBER_WORDS) || part.some((t) => t.key === 'no')) &&
    (has(part, SHORT_CALLS) || has(part, CONTACT_VERBS)) &&
    // "nomor telpon yg bisa dihubungi": being reached by phone is no message.
    !part.some((t) => MESSAGE_WORDS.has(t.key) && !REACHED_BY_PHONE.has(t.key)) &&
    !part.some(
      (t) => isOptOutVerb(t.key) || REMOVE_VERBS.has(t.key) || (NEGATORS.has(t.key) && t.key !== 'no'),
    );
  const needed = (part: readonly Token[]) =>
    (has(part, WANT) || has(part, WANT_WORDS) || has(part, WHICH_WORDS) || given(part)) &&
    (isHospitalRequest(part, mentionsTopic) || has(part, HOTLINE_WORDS) || numberAskedToCall(part));
  // "nomor 0857... sms teror terus ke saya, gimana cara hentikannya?": a number written out sends
  // them, not this line; "kompornya sudah dimatikan belum?": a thing at home switched off.
  const numberWritten = tokens.some((t) => /^\d{9,}$/.test(t.key));
  // "Pinjaman cepat cair ... Ketik STOP utk berhenti terima info", "PROMO pulsa murah! ... ketik UNREG
  // PROMO": how to stop an advertisement, forwarded with it, not a stop asked of this line.
  const advertFooter =
    tokens.some((t, i) => TYPE_WORDS.has(t.key) && isOptOutVerb(tokens[i + 1]?.key ?? '')) &&
    (has(tokens, ADVERT) || has(tokens, OFF_TOPIC));
  // "Kalau malam Cacak Jatim stop layanan? ada nomor 24 jam gak?": whether a hotline stops, asked.
  // "call center dinkes jatim jam brp berhenti layanan": when, asked without a mark.
  const whenAsked =
    questionMark || tokens.some((t, i) => t.key === 'jam' && WHICH_NUMBER.has(tokens[i + 1]?.key ?? ''));
  const lineAsked = whenAsked && tokens.some((t) => t.word.length > 1 && HOTLINE_WORDS.has(t.key));
  const thingAtHome = has(tokens, THINGS_AT_HOME) && !has(tokens, TEXTS);
  // "stop notifikasi WA grup RT gimana": a chat group's notices, these messages not named.
  // "how to delete all messages on my phone at once": the phone's inbox cleared, asked.
  // "how do i turn off notifications at night": the phone's settings.
  const phoneSettings =
    has(tokens, HOW) &&
    has(tokens, words('notifications notification')) &&
    !has(tokens, THE_LINE) &&
    !has(tokens, words('ini this these iki'));
  const clearsInbox =
    has(tokens, HOW) &&
    has(tokens, REMOVE_VERBS) &&
    has(tokens, words('all semua inbox')) &&
    !has(tokens, THE_LINE);
  // "kok berita2 wis mandeg mbahas": the news has stopped talking of it, told; not "stop berita".
  const newsStopped = has(tokens, NEWS) && has(tokens, TALKED_OF);
  // "stop merokok gimana caranya, ... tp pengen berhenti", "stop! harga cabe naik terus": something
  // else named, and nothing of the line; not the phone's credit or card, which its messages cost or reach.
  const stopsElse =
    namesNothingOfTheLine && tokens.some((t) => OFF_TOPIC.has(t.key) && !THE_PHONES_OWN.has(t.key));
  const aboutElse =
    forbidsElse ||
    newsStopped ||
    stopsElse ||
    clearsInbox ||
    phoneSettings ||
    someoneElse ||
    (numberWritten && has(tokens, HOW)) ||
    thingAtHome ||
    advertFooter ||
    lineAsked ||
    (ownElse && !has(tokens, TEXTS) && !has(tokens, THE_LINE)) ||
    (partnerTold && !has(tokens, THE_LINE)) ||
    (has(tokens, GROUP) && !has(tokens, TEXTS)) ||
    (parts.length > 1 && parts.some(needed));
  if (
    !aboutElse &&
    !wantsToAsk &&
    !sentWrongly &&
    !hearsay &&
    !parts.some(otherSender) &&
    parts.some(stopsHere)
  )
    return { kind: 'stop' };
  // "sy ga pernah daftar kok dpt sms trs", "I never signed up for these texts": never registered, yet
  // sent them, and nothing asked.
  const neverJoined =
    tokens.some(
      (t, i) =>
        (t.key === 'never' || (NEGATORS.has(t.key) && tokens[i + 1]?.key === 'pernah')) &&
        nextWithin(tokens, i, 3, JOINED) >= 0,
    ) &&
    has(tokens, MESSAGE_WORDS) &&
    !questionMark &&
    !has(tokens, OTHER_SENDERS) &&
    !has(tokens, SCAMS) &&
    !has(tokens, OFF_TOPIC);
  if (neverJoined && !aboutElse && !hearsay) return { kind: 'stop' };
  // "Saya bukan orang yang tepat untuk menerima pesan ini", "sy bukan sasaran info ini": not the one
  // the messages are for, and nothing asked.
  const notTheRecipient =
    tokens.some((t, i) => t.key === 'bukan' && nextWithin(tokens, i, 3, RECIPIENTS) >= 0) &&
    has(tokens, MESSAGE_WORDS) &&
    !questionMark &&
    !has(tokens, OTHER_SENDERS) &&
    !has(tokens, OFF_TOPIC);
  if (notTheRecipient && !aboutElse && !hearsay) return { kind: 'stop' };
  // "kok sms terus sih, ganggu": the messages called a nuisance, and nothing asked; not "maaf
  // mengganggu", a courtesy, nor someone else's messages.
  const nuisance =
    tokens.some((t, i) => NUISANCE.has(t.key) && !COURTESY_BEFORE.has(tokens[i - 1]?.key ?? '')) &&
    tokens.some((t) => MESSAGE_WORDS.has(t.key) && !NUISANCE.has(t.key)) &&
    !questionMark &&
    !has(tokens, OTHER_SENDERS) &&
    !has(tokens, SCAMS) &&
    !has(tokens, OFF_TOPIC);
  if (nuisance && !aboutElse && !hearsay && !sentWrongly) return { kind: 'stop' };
  // "ngapain masih sms ke saya terus", "why do you keep texting me": why the messages keep coming,
  // asked as a complaint; not "kok gak dapat sms lagi?", missed, nor someone else's.
  const whyStillSent =
    has(tokens, WHY_ASKED) &&
    has(tokens, SENDING) &&
    has(tokens, words('terus trus masih msh keep keeps still')) &&
    !has(tokens, NEGATORS) &&
    !has(tokens, WANT_WORDS) &&
    !has(tokens, OTHER_SENDERS) &&
    !has(tokens, SCAMS) &&
    !has(tokens, OFF_TOPIC) &&
    !has(tokens, HOW);
  if (whyStillSent && !aboutElse && !hearsay && !sentWrongly) return { kind: 'stop' };
  // "ini mengganggu privasi saya", "dapat nomor saya dari mana?", "saya keberatan nomor saya dipakai",
  // "saya tidak pernah kasih izin", "saya akan laporkan ke kominfo": a complaint of the messages'
  // reaching this phone, with no one else's messages named, asks them to stop.
  const privacy = has(tokens, PRIVACY) && has(tokens, INTRUDED);
  // Not "where can i get my number checked": somewhere to go, asked.
  const numberFromWhere =
    !has(tokens, CAN) &&
    tokens.some(
      (t, i) =>
        NUMBER_WORDS.has(t.key) &&
        (OWN.has(tokens[i + 1]?.key ?? '') || OWN.has(tokens[i - 1]?.key ?? '')) &&
        tokens.slice(Math.max(0, i - 3), i).some((u) => RECEIVE.has(u.key)) &&
        [...tokens.slice(Math.max(0, i - 5), i - 1), ...tokens.slice(i + 2, i + 5)].some((u) =>
          WHERE_FROM.has(u.key),
        ),
    );
  const numberObjected = tokens.some(
    (t, i) => t.key === 'keberatan' && nextWithin(tokens, i, 3, NUMBER_WORDS) >= 0,
  );
  const neverAllowed = tokens.some(
    (t, i) => (t.key === 'never' || t.key === 'pernah') && nextWithin(tokens, i, 3, ALLOWED) >= 0,
  );
  const reportedOnly =
    threatens(tokens) &&
    allIn(tokens, REPORT_WORDS, AUTHORITIES, OPT_OUT_FILLER, words('akan will mau tak kulo kula'));
  const complaint = privacy || numberFromWhere || numberObjected || neverAllowed || reportedOnly;
  if (complaint && !has(tokens, OTHER_SENDERS) && !has(tokens, SCAMS) && !aboutElse && !hearsay)
    return { kind: 'stop' };
  // "libur dulu ya smsnya": the messages paused.
  const paused = has(tokens, words('libur liburkan')) && has(tokens, words('dulu')) && has(tokens, TEXTS);
  if (paused && !aboutElse && !has(tokens, OTHER_SENDERS)) return { kind: 'stop' };
  // "klo mau berhenti ketik apa?": what to type to stop, asked; the stop is what is wanted. Not "ketik
  // stop itu buat apa", "what happens if i reply stop": what the word does, asked.
  const typedToStop =
    has(tokens, TYPE_WORDS) &&
    has(tokens, WHAT) &&
    tokens.some(
      (t, i) =>
        isOptOutVerb(t.key) && (WANT_WORDS.has(tokens[i - 1]?.key ?? '') || tokens[i - 1]?.key === 'to'),
    ) &&
    !has(tokens, OTHER_SENDERS) &&
    !has(tokens, OFF_TOPIC);
  if (typedToStop && !aboutElse && !hearsay) return { kind: 'stop' };
  // "TOLONG JANGAN SMS SAYA LAGI SAYA SUDAH TUA DAN TIDAK PAHAM": the messages forbidden "again", said
  // outright, whatever reason is told beside it (not asked, nor of someone else's messages).
  const forbiddenAgain = (clause: readonly Token[]) =>
    !has(clause, OFF_TOPIC) &&
    clause.some(
      (_, i) =>
        wishedNot(clause, i) &&
        nextWithin(clause, i, 3, MESSAGE_OR_SENDING) >= 0 &&
        nextWithin(clause, i, 6, AGAIN_OR_MORE) >= 0,
    );
  const plainlyAsked = !questionMark && !wantsToAsk && !sentWrongly && !hearsay && !aboutElse;
  // "ur texts keep waking me up in the day. no more please": "no more", said of the messages named.
  const noMore = (clause: readonly Token[]) =>
    has(clause, NEGATORS) &&
    has(clause, AGAIN_OR_MORE) &&
    allIn(clause, NEGATORS, AGAIN_OR_MORE, OPT_OUT_FILLER);
  // "no more please. this number is my work phone": the number named as this one.
  if (plainlyAsked && (has(tokens, TEXTS) || thisNumber) && clauses.some(noMore)) return { kind: 'stop' };
  // "saya memutuskan untuk tidak lagi mengikuti layanan SMS ini": no longer subscribing, said of them.
  const noLonger = tokens.some(
    (t, i) =>
      NEGATORS.has(t.key) &&
      AGAIN_OR_MORE.has(tokens[i + 1]?.key ?? '') &&
      nextWithin(tokens, i + 1, 2, FOLLOWING) >= 0,
  );
  if (plainlyAsked && noLonger && has(tokens, MESSAGE_WORDS) && !has(tokens, OFF_TOPIC))
    return { kind: 'stop' };
  // "ketik UNREG katanya, nih UNREG": the command sent in a clause of its own, whatever was heard.
  const commandAlone = (clause: readonly Token[]) =>
    clause.some((t) => STRONG_STOP.has(fold(t.word))) &&
    allIn(clause, STRONG_STOP, OPT_OUT_FILLER, HERE_IT_IS);
  if (!questionMark && !aboutElse && !serviceElsewhere && clauses.length > 1 && clauses.some(commandAlone))
    return { kind: 'stop' };
  // "Tidak minat. Terima kasih.": not interested, said with nothing but courtesy beside it.
  const notInterested = (clause: readonly Token[]) =>
    has(clause, NEGATORS) && has(clause, INTERESTED) && allIn(clause, NEGATORS, INTERESTED, OPT_OUT_FILLER);
  if (
    plainlyAsked &&
    clauses.some(notInterested) &&
    clauses.every((clause) => notInterested(clause) || isThanks(clause))
  )
    return { kind: 'stop' };
  if (plainlyAsked && !has(tokens, OTHER_SENDERS) && clauses.some(forbiddenAgain)) return { kind: 'stop' };
  // "Permisi, bisakah pesan-pesan ini tidak dikirim lagi ke nomor saya?": the same, asked politely.
  const politely = tokens.slice(0, POLITE_REACH).some((t) => POLITE_ASKS.has(t.key));
  const askedPolitely = questionMark && politely && !wantsToAsk && !sentWrongly && !hearsay && !aboutElse;
  if (askedPolitely && !has(tokens, OTHER_SENDERS) && clauses.some(forbiddenAgain)) return { kind: 'stop' };
  // "sy blm vaksin sama sekali, masih bisa daftar?": registering for a vaccine or a test named in
  // another part, not for the messages.
  const registersElse = (part: readonly Token[]) =>
    !has(part, MESSAGE_NOUNS) &&
    !has(part, OPT_IN_SURE) &&
    (has(tokens, VACCINE_WORDS) || has(tokens, TEST_WORDS) || has(tokens, words('swab pcr antigen')));
  // "kemarin sy stop, skrg mau langganan lg": a part that only says start, though another said stop.
  // "dia udah leave grup, gimana masukin lg": a chat group joined again, not these messages.
  const groupElse = (part: readonly Token[]) => has(tokens, GROUP) && !has(part, TEXTS);
  if (
    parts.some((part) => isOptIn(part) && !elsewhereService(part) && !registersElse(part) && !groupElse(part))
  )
    return { kind: 'start' };
  // "siapa yg daftarin nomor saya? hapus aja": taking the number off, said apart from the number.
  // Not "hp sy kena virus, iklan muncul trs. gmn hapusnya?": how to delete something else.
  const removeOnly = (clause: readonly Token[]) =>
    has(clause, REMOVE_VERBS) && !has(clause, HOW) && allIn(clause, REMOVE_VERBS, OPT_OUT_FILLER);
  // Not "i have covid, pharmacy give me ivermectin, ok to take?": asked, and of something else.
  if (!questionMark && clauses.length > 1 && has(tokens, REMOVE_OBJECTS) && clauses.some(removeOnly))
    return { kind: 'stop' };
  if (
    mentionsTopic &&
    !sentWrongly &&
    !hearsay &&
    !aboutElse &&
    !serviceElsewhere &&
    !has(tokens, OTHER_SENDERS) &&
    asksToStop(tokens, mentionsTopic)
  )
    return { kind: 'stop' };
  // "Kakek saya minta dikeluarkan dari daftar sms ini, beliau pusing tiap hp bunyi": a sentence that
  // asks these messages to stop, beside others that tell why, and nothing asked.
  // "Wong kok ngeyel, wis dikandani ping telu ojo ngirim!": or sending forbidden, the messages understood.
  const stopSentence = (clause: readonly Token[]) =>
    (has(clause, TEXTS) || clause.some((_, i) => forbids(clause, i))) &&
    !has(clause, HOW) &&
    mentionsTopic !== undefined &&
    asksToStop(clause, mentionsTopic);
  if (
    !questionMark &&
    clauses.length > 1 &&
    !sentWrongly &&
    !hearsay &&
    !aboutElse &&
    !has(tokens, OTHER_SENDERS) &&
    clauses.some(stopSentence)
  )
    return { kind: 'stop' };
  if (mentionsTopic && asksToStart(tokens, mentionsTopic)) return { kind: 'start' };
  // "Puskesmas pembantu Desa Wonorejo minta nomor ini dimasukkan daftar penerima info COVID", "Our
  // school would like to receive your COVID-19 text alerts on this number": this number put on the
  // list, whoever writes it; nothing asked, and no stop or "not" said.
  // "Saya kader posyandu, mau berlangganan sms supaya bisa teruskan info ke warga": a word that only
  // ever means subscribing, said with the messages, does not need the number named.
  // "Sekolah kami mohon didaftarkan untuk menerima info kesehatan via SMS": put on the list to receive them.
  const subscribes =
    (tokens.some((t) => OPT_IN_SURE.has(t.key) && !NUMBER_WORDS.has(t.key)) ||
      (has(tokens, OPT_IN_VERBS) && has(tokens, RECEIVE))) &&
    has(tokens, TEXTS);
  const thisNumberOn =
    (thisNumber || subscribes) &&
    !questionMark &&
    (has(tokens, WANT) || has(tokens, WANT_WORDS)) &&
    (has(tokens, OPT_IN_VERBS) || has(tokens, RECEIVE) || has(tokens, REGISTERED)) &&
    has(tokens, MESSAGE_NOUNS) &&
    !has(tokens, NEGATORS) &&
    !tokens.some((t) => isOptOutVerb(t.key) || REMOVE_VERBS.has(t.key));
  if (thisNumberOn) return { kind: 'start' };
  // "sms nya gak masuk lagi, saya mau dikirimi terus": a wish to keep receiving them, the messages
  // named beside it. Not "mau dapat info vaksin lagi": a subject of the FAQ wished for.
  const keepReceiving = tokens.some(
    (t, i) =>
      (WANT_WORDS.has(t.key) || WANT.has(t.key)) &&
      !NEGATORS.has(tokens[i - 1]?.key ?? '') &&
      nextWithin(tokens, i, 2, RECEIVING) >= 0,
  );
  const subject = mentionsTopic?.(tokens.map((t) => t.word).join(' ')) ?? true;
  if (
    keepReceiving &&
    has(tokens, MESSAGE_NOUNS) &&
    has(tokens, STILL) &&
    !has(tokens, OPT_OUT_VERBS) &&
    !subject
  )
    return { kind: 'start' };
  if (isThanks(tokens)) return { kind: 'thanks' };
  // "apakah 1xx bisa ditelpon dr hp tanpa pulsa": a short number, asked about calling it.
  // "kpn hrs telp 1xx kalo kena covid": when to call is the danger signs.
  const shortLineCalled =
    tokens.some((_, i) => isShortLine(tokens, i)) &&
    (has(tokens, PHONE_CALLS) || has(tokens, SHORT_CALLS)) &&
    !has(tokens, WHEN_ASKED);
  if (shortLineCalled) return { kind: 'hotlines' };
  // "bantuan sosial covid utk UMKM": aid money, not help with the line, whatever it is for.
  if (tokens.some((t, i) => t.key === 'bantuan' && AID.has(tokens[i + 1]?.key ?? '')))
    return { kind: 'off-topic' };
  if (isHelp(tokens)) return { kind: 'help' };
  // "hotline nya bisa bahasa inggris?": a line asked for, whatever language is named.
  const lineWord = tokens.some((t) => t.word.length > 1 && HOTLINE_WORDS.has(t.key));
  // "disebut PDP lalu dibawa ambulans, apa bedanya PDP sama suspek?": what words mean, an ambulance told.
  // "call centre yg gratis? pulsa sy tipis": phone credit said of calling the line is not someone else's matter.
  const elsewhereMatter = tokens.some((t) => OFF_TOPIC.has(t.key) && !CALL_CREDIT.has(t.key));
  // "ada ambulans berhenti di gang, saya mau lapor tetangga saya demam": a report, an ambulance told.
  const reportTold =
    has(tokens, REPORT_WORDS) &&
    namesSymptoms(tokens) &&
    !has(tokens, NUMBER_WORDS) &&
    !has(tokens, WHICH_NUMBER);
  if (
    lineWord &&
    !elsewhereMatter &&
    !reportTold &&
    !whenToCall(tokens) &&
    !has(tokens, SIGNS) &&
    !has(tokens, MEANING)
  )
    return { kind: 'hotlines' };
  const language = languageAsked(tokens);
  if (language) return { kind: language };
  // "anakku demam berdarah": another illness, told like a report.
  // "vaksin aman buat yg pny alergi", "badhe vaksin, nanging gadhah maag": the caller's own condition,
  // asked of the vaccine, is the vaccine topic's.
  const vaccineWithCondition =
    has(tokens, VACCINE_WORDS) &&
    has(tokens, CONDITIONS) &&
    allIn(
      tokens.filter((t) => OTHER_ILLNESSES.has(t.key)),
      CONDITIONS,
    );
  // "kucingku muntah", "kambingku watuk": an animal of the caller's own.
  // "batuk 3 bulan berdahak darah, kata mantri TBC": another illness, named as what it is.
  // "bpk sy batuk 3 bln positif tbc": positive for another illness, the disease itself not named.
  const otherIllness =
    (tokens.some((t) => OTHER_ILLNESSES.has(t.key) || OTHER_ILLNESSES.has(unowned(t.key))) &&
      !has(tokens, COVID_WORDS)) ||
    (diagnosedElse(tokens) && !has(tokens, THE_DISEASE));
  if (otherIllness && !vaccineWithCondition) return { kind: 'off-topic' };
  // "abis makan nasi kotak hajatan sekeluarga mencret semua": a stomach upset after a meal, with no
  // other symptom, is food, not COVID-19.
  const symptomsNamed = tokens.filter((t) => SYMPTOM_WORDS.has(t.key));
  const afterAMeal =
    has(tokens, MEAL_EATEN) &&
    symptomsNamed.length > 0 &&
    symptomsNamed.every((t) => STOMACH_UPSET.has(t.key)) &&
    !has(tokens, COVID_WORDS);
  // "tensi sy 170/100, tengkuk kaku, pusing": blood pressure, with only symptoms that say nothing of
  // COVID-19; "hp sy panas bgt pas dicas", "tespek sy positif 2 garis": a phone, a pregnancy test.
  // "darah tinggi sy 180/100": a pressure read as two numbers, likewise.
  const pressureNamed =
    has(tokens, BLOOD_PRESSURE) ||
    tokens.some((t, i) => /^[12]\d\d$/.test(t.key) && /^\d{2,3}$/.test(tokens[i + 1]?.key ?? ''));
  const bloodPressure = pressureNamed && allIn(symptomsNamed, NON_SPECIFIC) && !has(tokens, COVID_WORDS);
  // "HP saya positif kena virus, iklan muncul trs": a phone's virus.
  const notACase = (has(tokens, NOT_A_CASE) && !has(tokens, THE_DISEASE)) || has(tokens, PHONE_TROUBLE);
  // "mau batalkan jadwal kontrol di RSUD": an appointment cancelled.
  const appointmentCancelled =
    has(tokens, CANCEL) &&
    has(tokens, APPOINTMENTS) &&
    ![MESSAGE_WORDS, VACCINE_WORDS, TEST_WORDS, COVID_WORDS].some((set) => has(tokens, set));
  if (afterAMeal || bloodPressure || notACase || appointmentCancelled) return { kind: 'off-topic' };
  // "obat darah tinggi yg bagus apa": which medicine is good for another, long-term illness; not
  // "obat darah tingginya tetap diminum?", which the FAQ answers for people with such illnesses.
  // "tekanan darah 150/90 obatnya apa": which medicine, asked with no symptom told.
  const which = has(tokens, RECOMMENDED) || (has(tokens, WHAT) && !namesSymptoms(tokens));
  const otherMedicine = has(tokens, MEDICINE) && which && namesLongIllness(tokens);
  if (otherMedicine && !has(tokens, COVID_WORDS) && !has(tokens, VACCINE_WORDS)) return { kind: 'off-topic' };
  // "cek gula darah gratis di puskesmas hari apa", "obat diabetes diminum sblm atau sesudah makan": a
  // long illness checked, or its medicine timed by meals, with nothing of COVID-19 or its symptoms.
  const longIllnessCared =
    namesLongIllness(tokens) &&
    (has(tokens, CHECKED) || (has(tokens, MEDICINE) && has(tokens, MEALS))) &&
    !namesSymptoms(tokens);
  if (longIllnessCared && !has(tokens, COVID_WORDS) && !has(tokens, VACCINE_WORDS))
    return { kind: 'off-topic' };
  // "sapa sing kudu tak telpon lek tonggoku sesak": whom to call, though symptoms are told.
  // "tlp siapa kl ada yg sesak": whom to call, written short.
  const shortCallWhom = has(tokens, SHORT_CALLS) && asksWhom(tokens);
  // "sabtu minggu ada yg bisa dihubungi ga": whether someone answers at those times.
  const callable =
    has(tokens, REACHED) || (has(tokens, CAN) && (has(tokens, SHORT_CALLS) || has(tokens, PHONE_CALLS)));
  const reachable = callable && has(tokens, WHEN_OPEN);
  if ((shortCallWhom || reachable) && !has(tokens, OFF_TOPIC)) return { kind: 'hotlines' };
  // "i lost my passport in surabaya, who do i call": someone else's service, whom to call there.
  const elsewhere = has(tokens, OFF_TOPIC) && !has(tokens, COVID_WORDS);
  // "ini nomor siapa ya? tadi nelpon sy": whose number called, not a number asked for.
  const whoseNumber = tokens.some((t, i) => NUMBER_WORDS.has(t.key) && WHOM.has(tokens[i + 1]?.key ?? ''));
  if (whoseNumber && has(tokens, CALLED_ME)) return { kind: 'off-topic' };
  // "mas, sing nomer iki sopo yo?": whose this number is, not one to call.
  const thisNumberWhose = tokens.some(
    (t, i) =>
      NUMBER_WORDS.has(t.key) &&
      words('ini iki this').has(tokens[i + 1]?.key ?? '') &&
      WHOM.has(tokens[i + 2]?.key ?? ''),
  );
  if (thisNumberWhose && !has(tokens, CONTACT_VERBS) && !has(tokens, REACHED)) return { kind: 'off-topic' };
  // "harus percaya siapa?": whom to believe is a question of rumours, not of whom to call.
  const believe = tokens.some((t, i) => BELIEVE.has(t.key) && WHOM.has(tokens[i + 1]?.key ?? ''));
  // "ini siapa ya? km yg kemarin nelpon?": who called, not whom to call.
  const whoCalled = has(tokens, PAST) && has(tokens, CALLED_ME) && !has(tokens, NUMBER_WORDS);
  if (whoCalled && asksWhom(tokens)) return { kind: 'off-topic' };
  if (has(tokens, CONTACT_VERBS) && asksWhom(tokens) && !elsewhere && !believe) return { kind: 'hotlines' };
  // "mas, iki nomere pak rt to?": the number of someone the line is not.
  const partyNumber = has(tokens, NUMBER_WORDS) && has(tokens, PARTIES) && !has(tokens, COVID_WORDS);
  if (partyNumber) return { kind: 'off-topic' };
  // "maaf salah nomer": a message sent to the wrong number.
  // "maaf salah kirim mas": a message sent by mistake.
  const wrongly = (key: string) => NUMBER_WORDS.has(key) || SEND_VERBS.has(key) || TYPED.has(key);
  if (tokens.some((t, i) => WRONG.has(t.key) && wrongly(tokens[i + 1]?.key ?? '')))
    return { kind: 'off-topic' };
  // "ibu sesak mau dibawa ke rs, rs mana yg deket Kepanjen": where to take someone, though symptoms
  // are told; not a report asked where to make, nor someone else's hospital ("rs jiwa").
  // "butuh rs yg ada ruang isolasi, positif antigen & sesak. dekat Rungkut": a hospital needed, near.
  const sought = has(tokens, WHICH_WORDS) || has(tokens, SOUGHT);
  const whereToTake = sought && !has(tokens, REPORT_WORDS) && !has(tokens, OFF_TOPIC);
  if (whereToTake && namesSymptoms(tokens) && isHospitalRequest(tokens, mentionsTopic))
    return { kind: 'hospital' };
  // "saya positif dan makin sesak, harus ke mana?": where one who is sick should go.
  const goWhere =
    has(tokens, SHOULD) &&
    tokens.some(
      (t, i) => (t.key === 'ke' && words('mana mn').has(tokens[i + 1]?.key ?? '')) || WHERE_TO.has(t.key),
    );
  const sickTold = namesSymptoms(tokens) || has(tokens, POSITIVE);
  // Not "anak demam tinggi pas covid hrs dibawa kemana": where a child goes is the FAQ's.
  const elsewhereAsked = [TEST_WORDS, VACCINE_WORDS, REPORT_WORDS, OFF_TOPIC, PHONE_WORDS, YOUNG].some(
    (set) => has(tokens, set),
  );
  if (goWhere && sickTold && !elsewhereAsked) return { kind: 'hospital' };
  // "perlu rumah sakit skrg, ibu ga bisa napas", "info RS rujukan, ibu sy positif, sesak sejak subuh":
  // a hospital needed, in a part of its own, whatever the others tell.
  if (
    clauses.length > 1 &&
    clauses.some(onlyAHospitalNeeded) &&
    !has(tokens, REPORT_WORDS) &&
    !has(tokens, OFF_TOPIC)
  )
    return { kind: 'hospital' };
  // "tolong nomor yg bisa ditelpon skrg, bapak sy sesak": a number to call asked for, though symptoms are told.
  // "..., minta nomor telpon dinkes yg buka malam ini": asked for, or open now.
  // "ada nomor darurat gk, suami sesak": an emergency number asked for.
  // "nomor darurat", "nomor telpon darurat", "the emergency number".
  const emergencyNumber = tokens.some(
    (t, i) =>
      (NUMBER_WORDS.has(t.key) && nextWithin(tokens, i, 2, EMERGENCY) >= 0) ||
      (EMERGENCY.has(t.key) && NUMBER_WORDS.has(tokens[i + 1]?.key ?? '')),
  );
  // "..., give me the number", "kasih nomornya": a number given, as asked for.
  const numberGiven = tokens.some((t, i) => GIVE.has(t.key) && nextWithin(tokens, i, 3, NUMBER_WORDS) >= 0);
  // "telpon kemana kalo ada keluarga yg positif": where to call, asked.
  const callWhere = tokens.some(
    (t, i) => (PHONE_CALLS.has(t.key) || SHORT_CALLS.has(t.key)) && WHERE_TO.has(tokens[i + 1]?.key ?? ''),
  );
  const numberToCall =
    emergencyNumber ||
    numberGiven ||
    callWhere ||
    (has(tokens, NUMBER_WORDS) &&
      (has(tokens, REACHED) || has(tokens, PHONE_CALLS)) &&
      (has(tokens, CAN) ||
        has(tokens, OPEN_WORDS) ||
        tokens.some((t, i) => WANT.has(t.key) && NUMBER_WORDS.has(tokens[i + 1]?.key ?? ''))));
  // "sy di perahu, sinyal cuma bisa sms, tolong kirim nomor telpon darurat": the caller's signal told
  // is no other service.
  if (numberToCall && !tokens.some((t) => OFF_TOPIC.has(t.key) && !words('sinyal signal').has(t.key)))
    return { kind: 'hotlines' };
  // "tolong cariin rumah sakit buat bapak sy, sesek, kami di Paiton": a hospital sought, whatever is told
  // beside it.
  // "where should I go for treatment, I am in Batu", "where should i take my son, he has a high fever":
  // where to be treated, asked in English.
  const whereTreated =
    tokens.some((t, i) => t.key === 'where' && nextWithin(tokens, i, 3, words('go take bring')) >= 0) &&
    (has(tokens, words('treatment treated doctor')) || namesSymptoms(tokens)) &&
    !has(tokens, OFF_TOPIC);
  if (whereTreated) return { kind: 'hospital' };
  const takes = tokens.some(
    (t, i) => TAKES.has(t.key) && words('yg yang sing').has(tokens[i - 1]?.key ?? ''),
  );
  if ((has(tokens, SEEK) || takes) && !has(tokens, OFF_TOPIC) && isHospitalRequest(tokens, mentionsTopic))
    return { kind: 'hospital' };
  if (isTold(tokens, questionMark)) return { kind: 'report' };
  // "positif covid", "covid positive": a result and the disease, said alone.
  const resultAlone =
    !questionMark &&
    has(tokens, POSITIVE) &&
    has(tokens, THE_DISEASE) &&
    allIn(tokens, POSITIVE, THE_DISEASE);
  if (resultAlone) return { kind: 'report' };
  if (!questionMark && contactTold(tokens) && !(has(tokens, WHAT_NOW) && weighsOnTheAnswer(tokens)))
    return { kind: 'report' };
  // "kakek batuk terus, demam. gmn ini", "... panas lan sesak napas, kados pundi": a case told, and
  // only what to do now asked, in a part of its own: a report, which the triage answers.
  const whatNow = clauses.filter(asksOnlyWhatNow);
  // "harus gimana? batuk pilek 5 hari": the mark ends what is asked, not what is told after it.
  // "we live in Malang", "I live in Gresik": where the caller lives, told in a part of its own, is the
  // report's place, not more of what is told.
  // "demam batuk di kec. kalisat jember, hrs gmn", "kulo saking Ponorogo, gerah benter": the place,
  // said in a part of its own or ending one, likewise.
  const toldBeside = clauses.flatMap((clause, i) => {
    if (asksOnlyWhatNow(clause) || livesAt(clause)) return [];
    if (placeOnly(clause, clauses[i - 1])) return [];
    const afterAsked = i > 0 && asksOnlyWhatNow(clauses[i - 1] ?? []);
    return withoutPlaceEnd(clause).map((t, j) =>
      afterAsked && j === 0 ? { ...t, gap: t.gap.replace(/\?/g, '') } : t,
    );
  });
  // "covid positive here, what should i do": a result, told with nothing else, whoever has it.
  const resultOnly = (told: readonly Token[]) =>
    resultTold(told, false) &&
    has(told, THE_DISEASE) &&
    leftover(told, [RESULT_WORDS, THE_DISEASE, WHO_OR_SINCE, OPT_OUT_FILLER, words('here sini nih')])
      .length === 0;
  // Not "tested positive at my homestay, what do I do now? just stay in my room?": a question of its
  // own, ending the message after "what now".
  const askedAfter =
    questionMark && !asksOnlyWhatNow(clauses.at(-1) ?? []) && whatNow.at(-1) !== clauses.at(-1);
  if (
    whatNow.length > 0 &&
    !askedAfter &&
    toldBeside.length > 0 &&
    (isTold(toldBeside, false) ||
      resultOnly(toldBeside) ||
      contactTold(toldBeside, has(tokens, FIRST_PERSON))) &&
    !weighsOnTheAnswer(toldBeside)
  )
    return { kind: 'report' };
  // "demammm pusinggg gmn ini": the same, "what now" ending the message with no mark before it.
  const whatNowAt = whatNowTail(tokens);
  const toldBefore = tokens.slice(0, whatNowAt);
  // Not "LANSIA KENA COVID HARUS GIMANA", "kalau demam batuk hrs gmn": a case supposed, or of a group.
  if (
    whatNow.length === 0 &&
    clauses.length === 1 &&
    whatNowAt > 0 &&
    !has(toldBefore, IF) &&
    !has(toldBefore, ELDERLY_GROUP) &&
    isTold(toldBefore, false) &&
    !weighsOnTheAnswer(toldBefore) &&
    !has(toldBefore, HOW)
  )
    return { kind: 'report' };
  // Telling the health office is a report, wherever the sick person is ("a sick guest at our hotel").
  const informs = has(tokens, INFORM_WORDS) && has(tokens, HEALTH_OFFICE) && !has(tokens, PHONE_WORDS);
  if (informs) return { kind: 'report' };
  // "mau ngabari aku saiki positif", "pengen didata yen aku bergejala": wanting to tell, or to be
  // recorded, that one is sick. Not "mau tahu gejalanya": knowing is not telling.
  const kasihTau = tokens.some(
    (t, i) => t.key === 'kasih' && words('tau tahu').has(tokens[i + 1]?.key ?? ''),
  );
  const toTell = has(tokens, TELL) || has(tokens, RECORDED) || kasihTau;
  const wants = has(tokens, WANT_WORDS) || has(tokens, WANT);
  const sick = namesSymptoms(tokens) || has(tokens, SICK_OR_POSITIVE);
  const asks = questionMark || has(tokens, WHAT) || has(tokens, HOW);
  if (wants && toTell && sick && !asks && !has(tokens, PHONE_WORDS)) return { kind: 'report' };
  // "hotline bank bri", "lapor jalan rusak", "rumah sakit jiwa": a service of someone else; a village
  // health post's schedule, unless a vaccine is asked of it ("kader posyandu dpt vaksin ulang?"); a
  // parcel sent; leaving or starting BPJS.
  // "pulsa sy tinggal dikit, ada nomor telepon gratis ga": phone credit, said of calling a number.
  const calling = [PHONE_WORDS, NUMBER_WORDS, HOTLINE_WORDS, PHONE_CALLS].some((set) => has(tokens, set));
  const freeLine = calling && has(tokens, words('gratis bebas free tanpa'));
  // "sy umur 61 ada kolesterol, masuk kelompok risiko tinggi kah?": the risk a long illness brings is
  // the FAQ's.
  const riskAsked = has(tokens, RISK) && namesLongIllness(tokens);
  // "we have no car. which hospital should we go to?": how they would get there, beside a hospital asked for.
  // "my dad needs a hospital, ... we have no car": or needed.
  const rideTold =
    isHospitalRequest(tokens, mentionsTopic) &&
    (has(tokens, WHICH_WORDS) || has(tokens, SOUGHT) || has(tokens, words('needs')));
  const offTopic = tokens.some(
    (t) =>
      OFF_TOPIC.has(t.key) &&
      !(rideTold && RIDES.has(t.key)) &&
      !(freeLine && CALL_CREDIT.has(t.key)) &&
      !(vaccineWithCondition && CONDITIONS.has(t.key)) &&
      !(riskAsked && LONG_ILLNESSES.has(t.key)),
  );
  if (offTopic && !has(tokens, COVID_WORDS)) return { kind: 'off-topic' };
  const covidOrVaccine = has(tokens, COVID_WORDS) || has(tokens, VACCINE_WORDS);
  if (has(tokens, HEALTH_POSTS) && !covidOrVaccine) return { kind: 'off-topic' };
  // "bisa tertular dari paket kiriman?" asks how it spreads.
  const parcelOnly = (text: string) => !has(tokens, COVID_WORDS) && !mentionsTopic?.(text);
  const rest = tokens.filter((t) => !PARCELS.has(t.key));
  if (has(tokens, PARCELS) && parcelOnly(rest.map((t) => t.word).join(' '))) return { kind: 'off-topic' };
  const serviceChanged = [OPT_OUT_VERBS, OPT_IN_VERBS, LEAVE].some((set) => has(tokens, set));
  if (has(tokens, OTHER_SERVICES) && serviceChanged && !has(tokens, COVID_WORDS))
    return { kind: 'off-topic' };
  // "jual masker kain motif batik, minat hub": an advertisement, whatever it sells.
  if (tokens.filter((t) => ADVERT.has(t.key)).length >= 2) return { kind: 'off-topic' };
  // "help me find my lost phone": a lost thing, not a number to call.
  const lostThing = tokens.some((t) => LOST_THINGS.has(t.word));
  if (lostThing && tokens.some((t) => LOST.has(t.word))) return { kind: 'off-topic' };
  // "face mask for oily skin", "where can I take an english test": a mask or a test of another kind.
  const beauty = has(tokens, BEAUTY) || (has(tokens, SKIN) && has(tokens, SKIN_CARE));
  // "positif hamil": a pregnancy test's result.
  const pregnant = tokens.some((t, i) => POSITIVE.has(t.key) && PREGNANT.has(tokens[i + 1]?.key ?? ''));
  const otherKind =
    beauty ||
    (has(tokens, TEST_WORDS) && has(tokens, OTHER_TESTS)) ||
    has(tokens, PREGNANCY_TESTS) ||
    pregnant;
  if (otherKind && !has(tokens, THE_DISEASE)) return { kind: 'off-topic' };
  // "keluar dr grup wa gmn caranya": leaving a chat group, not these messages ("keluar dari grup sms
  // covid" names them).
  if (tokens.some((t, i) => LEAVE.has(t.key) && nextWithin(tokens, i, 3, GROUP) >= 0) && !has(tokens, TEXTS))
    return { kind: 'off-topic' };
  // "ada yg lapor positif di RT 3, bener?": someone else's report, told.
  const toldReport = tokens.some(
    (t, i) => REPORT_WORDS.has(t.key) && WHICH_ONE.has(tokens[i - 1]?.key ?? ''),
  );
  // "sapena kaula ilang, lapor ka sapa?": a loss reported, not symptoms.
  const lossReported = has(tokens, LOST) && !namesSymptoms(tokens);
  if (has(tokens, REPORT_WORDS) && lossReported) return { kind: 'off-topic' };
  // "mau lapor lewat telp aja, ke nomor mana?": which number to report to is a line asked for.
  const numberAsked =
    (has(tokens, NUMBER_WORDS) ||
      has(tokens, PHONE_CALLS) ||
      has(tokens, SHORT_CALLS) ||
      tokens.some((t) => t.word.length > 1 && HOTLINE_WORDS.has(t.key))) &&
    has(tokens, words('mana brp berapa which what'));
  // "nomer telpon dinkes utk lapor covid": a number asked for, to report.
  const numberToReport = has(tokens, NUMBER_WORDS) && callFor(tokens);
  if (has(tokens, REPORT_WORDS) && (numberAsked || numberToReport) && !has(tokens, OFF_TOPIC))
    return { kind: 'hotlines' };
  // "saya mau batalkan laporan tadi", "saya tidak jadi lapor", "stop dulu laporannya": a report
  // called off, which the line cannot take back; not a new one.
  const reportCalledOff = tokens.some(
    (t, i) =>
      REPORT_WORDS.has(t.key.replace(/nya$/, '')) &&
      tokens
        .slice(Math.max(0, i - 3), i + 3)
        .some(
          (u, k, near) => isOptOutVerb(u.key) || (u.key === 'jadi' && NEGATORS.has(near[k - 1]?.key ?? '')),
        ),
  );
  if (reportCalledOff && !namesSymptoms(tokens) && !has(tokens, POSITIVE)) return { kind: 'off-topic' };
  if (has(tokens, REPORT_WORDS) && !reportsElsewhere(tokens) && !toldReport) return { kind: 'report' };
  // "can I log my symptoms here?", "hasil swab positif, tolong dicatat": recording symptoms or a result is a report.
  // Not "saya dicatat sbg kontak erat, itu artinya sy positif?": what a word means, asked.
  // "Nyuwun dipuncathet, ibu kula kenging covid": the disease caught, told.
  const resultSaid = (has(tokens, POSITIVE) || caughtCovid(tokens)) && !questionMark && !has(tokens, MEANING);
  const recorded = namesSymptoms(tokens) || has(tokens, SIGNS) || resultSaid;
  if (has(tokens, RECORD_WORDS) && recorded) return { kind: 'report' };
  if (isHotline(tokens)) return { kind: 'hotlines' };
  if (isHospitalRequest(tokens, mentionsTopic)) return { kind: 'hospital' };
  if (!mentionsTopic) return undefined;
  return courtesyInParts(clauses, questionMark, mentionsTopic) ?? courtesyIntent(tokens, mentionsTopic);
}

/** A clause split again where "and" or "but" begins another: "sudah sembuh | dan tidak mau sms lagi". */
function partsOf(clause: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  for (const [i, token] of clause.entries()) {
    if (i === 0 || CONJUNCTIONS.has(token.key)) parts.push([]);
    if (!CONJUNCTIONS.has(token.key)) parts.at(-1)?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}
const CONJUNCTIONS = words('dan and tapi tp but karo lan');

/**
 * Asking what to do now, or to be checked, and nothing else: "gimana ini", "piye ya", "what should i
 * do", "mohon arahannya", "bisa minta dicek kesehatan?".
 */
const WHAT_NOW = words(
  'gimana gimn bagaimana piye pripun kepriye kados pundi ngapain lapo what arahan arahanya petunjuk petunjuknya ' +
    'saran sarannya solusi solusinya advice dicek diperiksa lakukan dilakukan baramma harus hrs kudu kedah kodhu ' +
    'ngapain lapo langkah tindakan step steps paran kudune lakoni elakoni arahkan supposed petunjuk rema kelendi ' +
    'dhapa yaopo yopo yokopo elakone ramma aponapa',
);
/** Said around "what now": "harus gimana ini", "Nyuwun pirsa kedah pripun", "what should i do now". */
const WHAT_NOW_AROUND = words(
  'ini iki niki ya yo sih dong to toh lah nih skrg sekarang saiki now harus hrs kudu kedah sy saya aku kula i we ' +
    'should do must can mohon minta nyuwun pirsa please pls tolong yg yang apa lakukan dilakukan next bisa pingin ' +
    'pengen mau ingin kesehatan bu pak min kak mas mbak baiknya sebaiknya bingung kami kita kodu satiya sateya ' +
    'selanjutnya next trus terus enaknya carane bantu info ambil diambil kang isun se ponapa dha are perlu umak ngerti rek cak lur cara ' +
    // Walikan: "sam" (mas), "ayas" (saya).
    'sam ayas am',
);
/**
 * Told beside "what now", what the FAQ answers better than the triage: a child, a pregnancy, a
 * household to keep apart, a vaccine, another illness, signs of danger ("bibir biru", "confused"),
 * or breathlessness alone ("ibu sy sesak napas, hrs gmn?").
 */
function weighsOnTheAnswer(told: readonly Token[]): boolean {
  const symptoms = told.filter((t) => SYMPTOM_WORDS.has(t.key));
  const breathingOnly = symptoms.length > 0 && allIn(symptoms, BREATHING);
  // "bingung, badan panas dingin", "saya bingung": the caller unsure what to do, not someone confused.
  const danger = told.some(
    (t, i) =>
      DANGER_TOLD.has(t.key) &&
      !(t.key === 'bingung' && (i === 0 || words('saya sy aku kami kula kulo').has(told[i - 1]?.key ?? ''))),
  );
  return (
    [YOUNG, PREGNANT, HOUSEHOLD, VACCINE_WORDS, OTHER_ILLNESSES].some((set) => has(told, set)) ||
    danger ||
    breathingOnly
  );
}
/** A child told of ("mbah putri" is a grandmother, so not "putri"). */
const YOUNG = words('anak anakku anake anaknya balita bayi baby child children kid kids son daughter');
const HOUSEHOLD = words('serumah');
const BREATHING = words(
  'sesak sesek napas nafas breathe breathing ambegan ngos ngosan ngosngosan saturasi dada chest',
);
const DANGER_TOLD = words(
  'ngomong bicara speak talk biru kebiruan bluish blue confused bingung cepet cepat fast pingsan semaput',
);
/**
 * A case near the caller, and the caller close to it, told: a contact to report. "teman kantor positif,
 * sy kontak erat", "bos sy positif, sy satu mobil sm dia 2 hari lalu", "I was in close contact with a
 * positive colleague".
 */
function contactTold(tokens: readonly Token[], firstPersonElsewhere = false): boolean {
  // "sy kontak erat": a close contact is with a case.
  // "wingi kontak karo dulur sing positif": a contact with someone named.
  const closeContact = tokens.some(
    (t, i) =>
      CONTACT_WORDS.has(t.key) &&
      (tokens[i + 1]?.key === 'erat' ||
        CLOSE.has(tokens[i - 1]?.key ?? '') ||
        CONTACT_WITH.has(tokens[i + 1]?.key ?? '')),
  );
  const closeTo =
    closeContact ||
    tokens.some(
      (t, i) => SHARED_PLACES.has(t.key) || (t.key === 'satu' && SPACES_SHARED.has(tokens[i + 1]?.key ?? '')),
    );
  return (
    (has(tokens, POSITIVE) || caughtCovid(tokens) || closeContact) &&
    closeTo &&
    (has(tokens, FIRST_PERSON) || tokens.some(isMine) || firstPersonElsewhere) &&
    !has(tokens, IF) &&
    !has(tokens, HEARSAY) &&
    nothingAsked(tokens, false)
  );
}

/**
 * A part that only says where: led by "di", "dari", "saking", "rumah di", or naming a kecamatan or
 * desa ("kec.Puger jember"), or following a part that ended with such a word ("di kec. | kalisat
 * jember"), with no symptom, result or person in it.
 */
function placeOnly(clause: readonly Token[], before: readonly Token[] | undefined): boolean {
  const ledIn = PLACE_LEADS.has(clause[0]?.key ?? '') || has(clause, PLACE_MARKERS);
  const follows = before !== undefined && PLACE_MARKERS.has(before.at(-1)?.key ?? '');
  return (
    (ledIn || follows) &&
    clause.length <= PLACE_ONLY_WORDS &&
    ![SYMPTOM_WORDS, POSITIVE, CAUGHT, WHO_OR_SINCE, WHAT_NOW].some((set) => has(clause, set))
  );
}
/** A part without the words that lead to a place at its end: "demam batuk di kec" is "demam batuk". */
function withoutPlaceEnd(clause: readonly Token[]): readonly Token[] {
  let end = clause.length;
  while (
    end > 1 &&
    (PLACE_MARKERS.has(clause[end - 1]?.key ?? '') || PLACE_LEADS.has(clause[end - 1]?.key ?? ''))
  )
    end -= 1;
  return end === clause.length ? clause : clause.slice(0, end);
}
const PLACE_LEADS = words(
  'di dr dari saking nong nang neng ning rumah omah griya alamat domisili staying tinggal im',
);
const PLACE_MARKERS = words('kec kecamatan kab kabupaten kota desa ds dsa kel kelurahan rt rw');
const PLACE_ONLY_WORDS = 5;

/** Where the caller lives, and nothing else: "we live in Malang", "sy tinggal di Gresik". */
function livesAt(clause: readonly Token[]): boolean {
  const at = clause.findIndex((t) => LIVE.has(t.key));
  return (
    at >= 0 &&
    at <= LIVES_AT_WHO &&
    allIn(clause.slice(0, at), FIRST_PERSON) &&
    words('in di at ing nang neng').has(clause[at + 1]?.key ?? '') &&
    clause.length - at - 2 <= LIVES_AT_PLACE_WORDS
  );
}
const LIVE = words('live lives living tinggal');
const LIVES_AT_WHO = 2;
const LIVES_AT_PLACE_WORDS = 3;
/** Where a "what now" that ends the message begins ("... gmn ini"), or -1: at most this many words. */
function whatNowTail(tokens: readonly Token[]): number {
  let at = tokens.length;
  while (at > 0 && tokens.length - at < WHAT_NOW_TAIL && WHAT_NOW_OR_AROUND.has(tokens[at - 1]?.key ?? ''))
    at -= 1;
  return at < tokens.length && has(tokens.slice(at), WHAT_NOW) ? at : -1;
}
const WHAT_NOW_TAIL = 3;
/** The elderly as a group, asked about: "lansia kena covid harus gimana". */
const ELDERLY_GROUP = words('lansia manula elderly');
const WHAT_NOW_OR_AROUND = new Set([...WHAT_NOW, ...WHAT_NOW_AROUND]);
function asksOnlyWhatNow(clause: readonly Token[]): boolean {
  return has(clause, WHAT_NOW) && allIn(clause, WHAT_NOW, WHAT_NOW_AROUND);
}

/** The parts of a message between punctuation marks: "makasih, semoga sehat selalu" is two. */
function clausesOf(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  for (const [i, token] of tokens.entries()) {
    if (i === 0 || /[,.;:!?\n]/.test(token.gap)) clauses.push([]);
    clauses.at(-1)?.push(token);
  }
  return clauses;
}

/**
 * Thanks, help or a language said in one part of a message, and nothing asked in the others:
 * "makasih, semoga Allah membalas kebaikan kalian", "tolong balas dalam bahasa inggris, ini hp teman
 * saya". The last part that says one is taken ("kok inggris? bahasa indonesia aja").
 */
function courtesyInParts(
  clauses: readonly Token[][],
  questionMark: boolean,
  mentionsTopic: MentionsTopic,
): Intent | undefined {
  if (clauses.length < 2) return undefined;
  const said = clauses.map((clause): Intent | undefined => {
    if (isThanks(clause)) return { kind: 'thanks' };
    if (isHelp(clause)) return { kind: 'help' };
    const language = languageAsked(clause);
    return language ? { kind: language } : undefined;
  });
  // "english please, thank you": the request, not the thanks that comes with it.
  const found =
    said.findLast((intent) => intent !== undefined && intent.kind !== 'thanks') ??
    said.findLast((intent) => intent !== undefined);
  if (!found) return undefined;
  const others = clauses.filter((_, i) => said[i] === undefined);
  // "mbah ket mau ngantuk terus gak iso digugah, piye iki": "what now" after a situation told.
  const told = (clause: readonly Token[]) => leftover(clause, [HELP_FILLER, NEGATORS]).length >= TOLD_WORDS;
  if (found.kind === 'help' && others.some(told)) return undefined;
  // Words of courtesy and language say nothing asked ("kok pake inggris?" names no subject).
  const courtesy = [
    THANKS,
    THANKS_FILLER,
    HELP_FILLER,
    LANGUAGE_FILLER,
    LANGUAGE_SPEAKER,
    NEGATORS,
    WHOSE_PHONE,
    PEOPLE,
    WELL_WISHES,
  ];
  const names = [LANGUAGE_NAMES.en, LANGUAGE_NAMES.id];
  // "ok thanks, my test came out negative": good news told with the thanks asks nothing.
  // "thank you, my fever is gone now": symptoms said to be over are good news too.
  // "makasih min, bpk sy udh dibawa ke puskesmas": someone already taken into care, told with thanks.
  const inCare = (clause: readonly Token[]) =>
    clause.some(
      (t, i) => IN_CARE.has(t.key) && clause.slice(Math.max(0, i - 2), i).some((u) => ALREADY.has(u.key)),
    );
  const goodNews = (clause: readonly Token[]) =>
    found.kind === 'thanks' &&
    (symptomsOver(clause) ||
      (has(clause, GOOD_NEWS) && !has(clause, POSITIVE) && !namesSymptoms(clause)) ||
      (inCare(clause) && !namesSymptoms(clause))) &&
    nothingAsked(clause, questionMark);
  const asks = others.some(
    (clause) =>
      !goodNews(clause) &&
      (mentionsTopic(
        leftover(clause, [...courtesy, ...names])
          .map((t) => t.word)
          .join(' '),
      ) ||
        intentOf(clause, questionMark) !== undefined ||
        namesSymptoms(clause)),
  );
  return asks ? undefined : found;
}

/** Wished with thanks: "stay safe everyone", "take care", "sehat selalu". */
const WELL_WISHES = words('stay safe everyone take care bless sehat selalu semoga tetap jaga');
/** Taken into care: "sudah dibawa ke puskesmas", "udah dirawat". */
const IN_CARE = words('dibawa dirawat diperiksa ditangani dijemput');
const ALREADY = words('udah udh sudah sdh wis wes sampun already');
/** Good news told after thanks: a negative result, a recovery. */
const GOOD_NEWS = words('negatif negative sembuh recovered pulih membaik better mendingan waras');

/** How many words of their own make a part a situation told, not a greeting or a courtesy. */
const TOLD_WORDS = 3;

/** Whose phone it is, told with a language asked for: "ini hp teman sy dr luar negeri". */
const WHOSE_PHONE = words(
  'hp phone nomor number teman temen friend friends bule tamu guest turis tourist foreigner luar negeri asing wna ' +
    'expat rekan kerja colleague colleagues coworker any chance version these get getting of',
);

/**
 * How many words of their own may stand with thanks, a request for help or a language, when they
 * name no subject: "thanks heaps", "could you answer in english", "butuh bantuan segera".
 */
const COURTESY_LEFTOVER = 2;

/** The words of `tokens` outside `sets` that are not function words ("there", "could"). */
function leftover(tokens: readonly Token[], sets: readonly ReadonlySet<string>[]): Token[] {
  return tokens.filter((t) => !sets.some((set) => set.has(t.key)) && faqTerms(t.word).length > 0);
}

/** True when what is left besides `sets` is a word or two that names no subject of the line. */
function onlyCourtesyBesides(
  tokens: readonly Token[],
  sets: readonly ReadonlySet<string>[],
  mentionsTopic: MentionsTopic,
): boolean {
  const left = leftover(tokens, sets);
  return left.length <= COURTESY_LEFTOVER && !mentionsTopic(left.map((t) => t.word).join(' '));
}

/**
 * Thanks, help and a language asked for in words the lists above do not hold: the intent's own word,
 * and a word or two besides that say nothing the FAQ could answer. Opt-out is never read this loosely:
 * "berhenti merokok" names no subject either.
 */
function courtesyIntent(tokens: readonly Token[], mentionsTopic: MentionsTopic): Intent | undefined {
  if (has(tokens, THANKS) && onlyCourtesyBesides(tokens, [THANKS, THANKS_FILLER], mentionsTopic))
    return { kind: 'thanks' };
  const named = (['en', 'id'] as const).filter((lang) => has(tokens, LANGUAGE_NAMES[lang]));
  // A "not" after the name is a question tag: "bisa pake bahasa inggris gak?".
  const firstName = tokens.findIndex((t) => named.some((lang) => LANGUAGE_NAMES[lang].has(t.key)));
  const deniedBefore = tokens.slice(0, Math.max(0, firstName)).some((t) => NEGATORS.has(t.key));
  if (!deniedBefore && named.length === 1) {
    for (const lang of named) {
      const sets = [LANGUAGE_NAMES[lang], LANGUAGE_FILLER, LANGUAGE_SPEAKER, NEGATORS];
      if (has(tokens, LANGUAGE_NAMES[lang]) && onlyCourtesyBesides(tokens, sets, mentionsTopic))
        return { kind: `language-${lang}` };
    }
  }
  // "badan pegel2 semua sama lemes, apa bisa covid?" asks whether symptoms are it, not what the line can do.
  const asksWhatItCan = has(tokens, CAN) && has(tokens, WHAT) && !namesSymptoms(tokens);
  // "a question about corona" is help; "korona iku opo" asks what it is.
  const line = has(tokens, WHAT) ? [] : [THE_LINE];
  const helpSets = [HELP_ASKED, HELP_CORE, HELP_FILLER, words('ok boleh soal about'), ...line];
  const helpAsked = has(tokens, HELP_ASKED) || asksWhatItCan;
  if (helpAsked && onlyCourtesyBesides(tokens, helpSets, mentionsTopic)) return { kind: 'help' };
  return undefined;
}

/**
 * A greeting's words after it ("hi there", "permisi numpang tanya"): nothing the line could answer,
 * so the greeting is answered with what the line offers.
 */
export function onlyCourtesy(tokens: readonly Token[], mentionsTopic: MentionsTopic): boolean {
  const all = canonical(tokens);
  // "lg ada yg jaga?": whether someone is minding the line.
  const sets = [
    HELP_ASKED,
    HELP_FILLER,
    THANKS_FILLER,
    ADDRESSED,
    words('up line whats sup wassup jaga piket online'),
  ];
  // "halo admin covid jatim" names the line; "pak, covid masih ada?" asks about its subject.
  if (has(all, THE_LINE) && !allIn(all, THE_LINE, ...sets)) return false;
  // "selamat ulang tahun bro": a wish for someone's day, sent to the wrong number.
  if (has(all, CELEBRATED)) return false;
  const left = leftover(all, [...sets, THE_LINE]);
  return left.length <= GREETING_LEFTOVER && !mentionsTopic(left.map((t) => t.word).join(' '));
}

/** Someone's day wished well: a birthday, a wedding, a graduation. */
const CELEBRATED = words('ulang ultah birthday hbd menikah nikahan wedding wisuda graduation anniversary');

/** How many words of its own a greeting may carry and still be one: "permisi numpang tanya", "kulonuwun, nyuwun sewu ngganggu". */
const GREETING_LEFTOVER = 2;

/** Whom a greeting is addressed to: "selamat pagi bapak ibu petugas". */
const ADDRESSED = words('bapak ibu petugas sedulur kabeh semua everyone all');

/** Every word some rule above lists: what an affixed form is looked up against. */
const LISTED: ReadonlySet<string> = new Set(
  [
    OPT_OUT_VERBS,
    REMOVE_VERBS,
    REMOVE_OBJECTS,
    RECEIVE,
    MESSAGE_WORDS,
    OPT_IN_VERBS,
    SEND_VERBS,
    THANKS,
    HOTLINE_WORDS,
    CONTACT_VERBS,
    PHONE_WORDS,
    REPORT_WORDS,
    HELP_ASKED,
    HELP_FILLER,
    THE_LINE,
    INFORM_WORDS,
    REPLY_WORDS,
    PEOPLE,
  ].flatMap((set) => [...set]),
);

/** The words a run-on word is cut into: the listed ones, and the "not"s, wishes and "again"s around them. */
const RUN_ON_WORDS: ReadonlySet<string> = new Set([
  ...LISTED,
  ...REQUESTS,
  ...NEGATORS,
  ...FORBID,
  ...WANTING_NOT,
  ...WANT_WORDS,
  ...AGAIN_OR_MORE,
  // "wisojongirimsmsmaneh": "already" before a "don't".
  ...ENOUGH,
  // "pleasetakemynumberoffyourlist", "hapusnmrsyadrdaftarnya", "langgananbalik".
  ...words('your sya balik'),
  // "stopsmsnyakak": -nya, and who is asked.
  ...words('nya kak min dong'),
]);

/** The listed words a slip may be guessed from. */
const LONG_LISTED: readonly string[] = [...LISTED].filter((w) => w.length >= SLIP_MIN_LENGTH);
const LONG_STOP_VERBS: readonly string[] = [...OPT_OUT_VERBS].filter((w) => w.length >= TWO_SLIPS_MIN_LENGTH);

const VOWELS = /[aeiou]/g;
/**
 * The shortest word read as a listed word without some of its vowels; a word of three letters only
 * when it has none ("krm", "psn"): "ada" could be too many.
 */
const VOWELS_DROPPED_MIN = 4;
const CONSONANTS_ONLY_MIN = 3;

/**
 * The listed words, and the wishes, "not"s and filler around them (each read as itself), by their
 * consonants: what a word written without its vowels is looked up by.
 */
const VOWEL_KNOWN: ReadonlySet<string> = new Set([
  ...LISTED,
  ...PHONE_SUBJECTS,
  ...CONTACT_WORDS,
  ...WANTING_NOT,
  ...NEGATORS,
  ...WANT_WORDS,
  ...AGAIN_OR_MORE,
  ...OPT_OUT_FILLER,
]);
const BY_CONSONANTS = new Map<string, string[]>();
for (const listed of VOWEL_KNOWN) {
  const consonants = consonantsOf(listed);
  BY_CONSONANTS.set(consonants, [...(BY_CONSONANTS.get(consonants) ?? []), listed]);
}

/**
 * The one listed word `folded` is, written without some of its vowels ("brkenan" is "berkenan",
 * "mnrima" is "menerima", "lgnn" is "langganan"): same consonants, its letters in order, the first
 * and the last the same ("sudah" is not "sudahi"). Undefined when none is, or more than one.
 */
function vowelsDropped(folded: string): string | undefined {
  const consonants = folded.replace(VOWELS, '').length;
  const bare = consonants === folded.length;
  if (folded.length < (bare ? CONSONANTS_ONLY_MIN : VOWELS_DROPPED_MIN) || VOWEL_KNOWN.has(folded))
    return undefined;
  const candidates = (BY_CONSONANTS.get(consonantsOf(folded)) ?? []).filter(
    (listed) => listed.length > folded.length && listed[0] === folded[0] && inOrder(folded, listed),
  );
  const sameEnd = candidates.filter((listed) => listed.at(-1) === folded.at(-1));
  // "brhnti": "berhenti" or "brhenti", both stop; "trm": "terima" or "trima", both receive.
  if (sameEnd.length > 0) return oneSense(sameEnd) ? sameEnd[0] : undefined;
  // "prl", "krm": with no vowel written at all, the last one may go too ("perlu").
  const lastDropped = candidates.filter(
    (listed) => /[aeiou]$/.test(listed) && inOrder(folded, listed.slice(0, -1)),
  );
  return bare && lastDropped.length > 0 && oneSense(lastDropped) ? lastDropped[0] : undefined;
}

/** Whether listed words mean the same to the rules: one word, or all of one kind (stop, receive, not). */
function oneSense(listed: readonly string[]): boolean {
  if (listed.length === 1) return true;
  return [OPT_OUT_VERBS, RECEIVE, SEND_VERBS, NEGATORS, REMOVE_VERBS].some((set) =>
    listed.every((word) => set.has(word)),
  );
}

const SWAPPED_MIN = 4;

/**
 * The stop or removal verb, or the "not", `folded` is with two neighbouring letters swapped ("stpo",
 * "hapsu", "dihentiakn", "tidka"); the first letter stays.
 */
function swappedStop(folded: string): string | undefined {
  // "spt" is "seperti", not "stp" swapped: three letters are too few.
  if (folded.length < SWAPPED_MIN) return undefined;
  for (let i = 1; i + 1 < folded.length; i += 1) {
    const swapped = folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2);
    if (swapped !== folded && (isOptOutVerb(swapped) || REMOVE_VERBS.has(swapped) || NEGATORS.has(swapped)))
      return swapped;
  }
  return undefined;
}

/** Words only one of the two languages uses; a message is in the language with more of them. */
const LANG_MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: words(
    'the is are what how where when why who which can could should do does did i my me you your it its this that ' +
      'there of for with and or not please thanks thank hospital hospitals symptoms symptom vaccine vaccines switch ' +
      'change language back ' +
      'mask masks testing nearest near number get have has if after before long much free safe sick',
  ),
  id: words(
    'apa apakah yang yg bagaimana gimana gmn dimana dmn kapan berapa brp kenapa mengapa saya sy aku gue kamu anda ' +
      'bisa bs tidak tdk gak ga gk ada di ke dari untuk utk kalau kalo dan atau dengan dgn sudah udah belum ini itu ' +
      'mau ingin min mas mbak pak bu kak tolong dong ya gejala sakit rumah obat masker vaksin hamil anak terima ' +
      'kasih makasih piye opo ora wis arep ning endi lara kulo kula niku menika punika menapa nopo napa mboten sampun ' +
      'nggih iki iku kuwi sing karo isun riko paran reya engkok kaula',
  ),
};

/** The language a message is written in, or undefined when its words do not say. */
export function messageLang(tokens: readonly Token[]): Lang | undefined {
  const count = (lang: Lang) => tokens.filter((t) => LANG_MARKERS[lang].has(t.key)).length;
  const en = count('en');
  const id = count('id');
  if (en === id) return undefined;
  return en > id ? 'en' : 'id';
}
