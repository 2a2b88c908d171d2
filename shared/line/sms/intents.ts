import type { Lang } from '../../lang.js';
import { foldedSet, type Token } from './tokens.js';

/**
 * What a message asks for when it does not start with a command word: people write "no telp cacak
 * jatim", "dimana rumah sakit covid terdekat", "jangan kirim sms lagi", "makasih min". Each intent is
 * a small rule over the message's words, checked in order; a message none of them claims goes to the
 * FAQ search. The rules are measured on a labelled set written by people outside the team
 * (`test/unit/intents.test.ts`), tuned on one part and reported on the other.
 */

/** An intent found in the words of a message. */
export type Intent =
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'thanks' }
  | { kind: 'hotlines' }
  | { kind: 'hospital' }
  | { kind: 'report' };

const words = foldedSet;

/** Verbs that end a subscription when said of the messages: "stop sms", "berhenti langganan". */
const OPT_OUT_VERBS = words(
  'stop stp setop berhenti brhenti henti hentikan unreg unsub unsubscribe cancel cancl batal batalkan keluar quit',
);
/** The messages themselves, and sending them. */
const MESSAGE_WORDS = words(
  'sms sms2 smsnya pesan kirim kirim2 kirimi dikirimi ngirim send sending sent text texting texts txt message messages msg ' +
    'langganan berlangganan subscription subscribe notif notifikasi layanan service broadcast info informasi',
);
/** "Don't", in the ways people write it. */
const NEGATORS = words(
  'jangan jgn jngn gak ga gk nggak ngga enggak tidak tdk ora ojo dont do not never ndak',
);
/** Words that may stand around an opt-out without changing it. */
const OPT_OUT_FILLER = words(
  'tolong please pls plz saya aku sy gue me my i ke lagi again maneh maning aja saja ae ya dong min admin ' +
    'usah perlu need want mau pengen pingin anymore more any from this ini itu these all semua nomor number ' +
    'to us we you kami kalian the',
);

/** "Subscribe again". */
const OPT_IN_VERBS = words('daftar subscribe langganan berlangganan aktifkan aktif register');
const AGAIN = words('lagi again kembali maneh maning ulang');

/** Thanks in Indonesian, Javanese, English and texting short forms. */
const THANKS = words(
  'terima kasih trima makasih makasi mksh maksih kasih matur nuwun suwun thanks thank thx tq ty tengkyu nuhun',
);
/** What may come with thanks and still be only thanks. */
const THANKS_FILLER = words(
  'banyak byk ya yaa min admin infonya informasinya atas info informasi bantuannya sudah udah ok oke okey okay sip ' +
    'siap mantap you very much so lot a for the help pak bu kak mas mbak dok sehat selalu semoga tetap',
);

/** Lines and numbers people ask for. */
const HOTLINE_WORDS = words('hotline hotlen hotlain callcenter cacak ambulans ambulan ambulance');
/** "call center", "call centre", written apart. */
const CALL = words('call');
const CENTER = words('center centre senter');
/** Asking for a number to call. */
const PHONE_WORDS = words(
  'nomor nomer nmr no telp telpon telepon tlp tilpun kontak contact phone number call hubungi nelpon menghubungi',
);
/** What a number is asked for: the line's subjects. */
const PHONE_SUBJECTS = words(
  'covid corona dinkes satgas darurat emergency gawat bantuan dokter konsultasi info informasi',
);

/** A hospital, in the words people use. */
const HOSPITAL_WORDS = words('rs rsu rsud hospital hospitals rujukan referral');
/** Asking where: the hospital answer, not the FAQ (what treatment costs). */
const WHERE_WORDS = words(
  'dimana dmn mana terdekat dekat deket cedak nearest near where lokasi alamat endi ngendi nang ning di in around sekitar',
);
/** Costs are a FAQ topic, even when a hospital is named. */
const COST_WORDS = words('biaya bayar gratis bpjs cost pay free tanggung ditanggung');

/** Reporting. */
const REPORT_WORDS = words('lapor laporan melapor melaporkan report reporting');

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

function isOptOut(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.key === 'unsubscribe')) return true;
  const verbs = tokens.flatMap((t, i) => (OPT_OUT_VERBS.has(t.key) ? [i] : []));
  // "stop", "stop sms", "stop kirim sms lagi ya min": an opt-out verb with nothing but messages and filler.
  if (verbs.length > 0 && allIn(tokens, OPT_OUT_VERBS, MESSAGE_WORDS, OPT_OUT_FILLER, NEGATORS)) return true;
  // "please stop texting me", "berhenti langganan info covid": the verb said of the messages.
  if (verbs.some((i) => nextWithin(tokens, i, 2, MESSAGE_WORDS) >= 0)) return true;
  // "jangan kirim sms lagi", "gak usah kirim2 lagi", "ora usah sms maneh", "don't text me".
  return tokens.some(
    (t, i) =>
      NEGATORS.has(t.key) &&
      nextWithin(tokens, i, 3, MESSAGE_WORDS) >= 0 &&
      allIn(tokens, MESSAGE_WORDS, OPT_OUT_FILLER, NEGATORS, OPT_OUT_VERBS, words('covid corona')),
  );
}

function isOptIn(tokens: readonly Token[]): boolean {
  return (
    has(tokens, OPT_IN_VERBS) &&
    has(tokens, AGAIN) &&
    allIn(tokens, OPT_IN_VERBS, AGAIN, MESSAGE_WORDS, OPT_OUT_FILLER)
  );
}

function isThanks(tokens: readonly Token[]): boolean {
  return has(tokens, THANKS) && allIn(tokens, THANKS, THANKS_FILLER);
}

function isHotline(tokens: readonly Token[]): boolean {
  if (has(tokens, HOTLINE_WORDS)) return true;
  const center = tokens.some((t, i) => CALL.has(t.key) && CENTER.has(tokens[i + 1]?.key ?? ''));
  return center || (has(tokens, PHONE_WORDS) && has(tokens, PHONE_SUBJECTS));
}

/** A request for a hospital: a hospital word and where, and not what it costs. */
function isHospitalRequest(tokens: readonly Token[]): boolean {
  const rumahSakit = tokens.some((t, i) => t.key === 'rumah' && tokens[i + 1]?.key === 'sakit');
  if (!(rumahSakit || has(tokens, HOSPITAL_WORDS)) || has(tokens, COST_WORDS)) return false;
  return has(tokens, WHERE_WORDS);
}

/** Words of a hospital request that are not the place: "dimana rs covid terdekat dari genteng". */
const NOT_PLACE = words(
  'rumah sakit covid corona yang yg ada buat untuk utk pasien saya aku sy mau cari tolong info dong min ' +
    'apa the a is are for what which to from dari ke ya paling arep golek ono',
);

/** The words of a hospital request that may name the place, as typed. */
export function hospitalPlaceWords(tokens: readonly Token[]): string {
  return tokens
    .filter((t) => !HOSPITAL_WORDS.has(t.key) && !WHERE_WORDS.has(t.key) && !NOT_PLACE.has(t.key))
    .map((t) => t.word)
    .join(' ');
}

/** The intent of a message's words, or undefined when it is a question for the FAQ search. */
export function intentOf(tokens: readonly Token[]): Intent | undefined {
  if (tokens.length === 0) return undefined;
  if (isOptOut(tokens)) return { kind: 'stop' };
  if (isOptIn(tokens)) return { kind: 'start' };
  if (isThanks(tokens)) return { kind: 'thanks' };
  if (has(tokens, REPORT_WORDS)) return { kind: 'report' };
  if (isHotline(tokens)) return { kind: 'hotlines' };
  if (isHospitalRequest(tokens)) return { kind: 'hospital' };
  return undefined;
}

/** Words only one of the two languages uses; a message is in the language with more of them. */
const LANG_MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: words(
    'the is are what how where when why who which can could should do does did i my me you your it its this that ' +
      'there of to for with and or not please thanks thank hospital hospitals symptoms symptom vaccine vaccines ' +
      'mask masks testing nearest near number get have has if after before long much free safe sick',
  ),
  id: words(
    'apa apakah yang yg bagaimana gimana gmn dimana dmn kapan berapa brp kenapa mengapa saya sy aku gue kamu anda ' +
      'bisa bs tidak tdk gak ga gk ada di ke dari untuk utk kalau kalo dan atau dengan dgn sudah udah belum ini itu ' +
      'mau ingin min mas mbak pak bu kak tolong dong ya gejala sakit rumah obat masker vaksin hamil anak terima ' +
      'kasih makasih piye opo ora wis arep ning endi lara',
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
