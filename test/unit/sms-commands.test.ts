import { describe, expect, it } from 'vitest';
import { createPlaceResolver, type PlaceResolution } from '../../shared/line/places.js';
import {
  hospitalPlaceIn,
  parseReportText,
  parseSmsCommand,
  type SmsCommand,
} from '../../shared/line/sms/commands.js';
import { eastJavaPack } from '../support/packs.js';

const places = createPlaceResolver(eastJavaPack().regions, eastJavaPack().aliases, eastJavaPack().lexicon);
const resolve = (query: string): PlaceResolution => places.resolve(query);

describe('parseSmsCommand: keywords', () => {
  it.each<[string, SmsCommand]>([
    ['INFO', { kind: 'help' }],
    ['menu', { kind: 'help' }],
    ['Bantuan', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['help me', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    // A greeting alone: what can they send?
    ['Assalamualaikum', { kind: 'help' }],
    ['selamat pagi min', { kind: 'help' }],
    ['JAM', { kind: 'hotlines' }],
    ['hotline', { kind: 'hotlines' }],
    ['jam buka hotline', { kind: 'hotlines' }],
    ['STOP', { kind: 'stop' }],
    ['berhenti', { kind: 'stop' }],
    ['UNREG', { kind: 'stop' }],
    ['unreg covid', { kind: 'stop' }],
    ['stop sms', { kind: 'stop' }],
    // Passive and suffixed forms of an opt-out verb, Javanese krama, the services' own REG OFF.
    ['mohon dihentikan sms nya', { kind: 'stop' }],
    ['smsnya dimatikan saja', { kind: 'stop' }],
    ['mboten kersa dikirimi sms malih', { kind: 'stop' }],
    ['aku ora gelem di sms', { kind: 'stop' }],
    ['nomor ini jangan dihubungi lagi', { kind: 'stop' }],
    ['REG OFF', { kind: 'stop' }],
    ['START', { kind: 'start' }],
    ['Mulai', { kind: 'start' }],
    ['mulai lagi', { kind: 'start' }],
    ['REG COVID', { kind: 'start' }],
    ['ENGLISH', { kind: 'language', lang: 'en' }],
    ['english please', { kind: 'language', lang: 'en' }],
    ['Inggris', { kind: 'language', lang: 'en' }],
    ['bahasa inggris', { kind: 'language', lang: 'en' }],
    ['EN', { kind: 'language', lang: 'en' }],
    ['INDONESIA', { kind: 'language', lang: 'id' }],
    ['bahasa', { kind: 'language', lang: 'id' }],
    ['Bahasa Indonesia', { kind: 'language', lang: 'id' }],
    ['id', { kind: 'language', lang: 'id' }],
    // Asking why one language is used asks for the other.
    ['kenapa bahasa inggris?', { kind: 'language', lang: 'id' }],
    // Not understanding English, in Madurese, asks for Indonesian.
    ["engkok ta' ngarte bhasa ingghris", { kind: 'language', lang: 'id' }],
  ])('%j -> %j', (text, command) => {
    expect(parseSmsCommand(text)).toEqual(command);
  });

  it.each<[string, SmsCommand['kind']]>([
    // Case, spaces and punctuation around the keyword.
    ['  stop  ', 'stop'],
    ['Stop.', 'stop'],
    ['STOP!!!', 'stop'],
    ['"menu"', 'help'],
    ['jam?', 'hotlines'],
    // Misspellings: doubled letters, a dropped or swapped letter, one letter off a long keyword.
    ['stopp', 'stop'],
    ['stp', 'stop'],
    ['sotp', 'stop'],
    ['berhentii', 'stop'],
    ['brhenti', 'stop'],
    ['mnu', 'help'],
    ['menuu', 'help'],
    ['mneu', 'help'],
    ['bantuaan', 'help'],
    ['bantun', 'help'],
    ['hotlne', 'hotlines'],
    ['englsh', 'language'],
    ['indonesa', 'language'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });

  it.each([
    // One letter from a keyword but a word of its own.
    'bahaya',
    'lapar',
    'top',
    // A keyword leading a question.
    'info vaksin booster',
    'jam berapa puskesmas buka?',
    'mulai kapan vaksin anak?',
    'menu makanan sehat utk isoman',
    'english teacher positif covid',
  ])('%j is a question, passed on as typed', (text) => {
    expect(parseSmsCommand(text)).toEqual({ kind: 'question', text });
  });

  it('never takes a suggested FAQ word for a command', () => {
    const words = eastJavaPack().faq.flatMap((topic) => [topic.replyWord.id, topic.replyWord.en]);
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) {
      expect(parseSmsCommand(word), word).toEqual({ kind: 'question', text: word });
    }
  });

  it('passes a question on trimmed, as typed', () => {
    expect(parseSmsCommand('  Vaksin booster aman ga?  ')).toEqual({
      kind: 'question',
      text: 'Vaksin booster aman ga?',
    });
  });
});

describe('parseSmsCommand: requests in other words and spellings', () => {
  it.each<[string, SmsCommand['kind']]>([
    // Greetings alone, in Arabic, Balinese, Javanese and texting forms.
    ['assalamualaikum warahmatullahi wabarakatuh', 'help'],
    ['om swastiastu', 'help'],
    ['oiii', 'help'],
    ['met pagi', 'help'],
    ['sugeng ndalu pak', 'help'],
    // What the line can do, and its menu in two words.
    ['kamu bisa apa', 'help'],
    ['menu utama bantuan', 'help'],
    // Whom to call.
    ['hubungi siapa', 'hotlines'],
    ['siapa yg bisa ditelpon', 'hotlines'],
    // A language, in texting spellings.
    ['pake bahasa indonesia', 'language'],
    ['balas pakai bhs indonesia', 'language'],
    ['gunakan bahasa indonesia', 'language'],
    // Symptoms told in Javanese: "my husband", "my body", "my child".
    ['bojoku lara panas karo watuk', 'report'],
    ['awakku panas, ilang rasa', 'report'],
    ['anakku panas sejak wingi', 'report'],
    // A hospital asked for with nothing else.
    ['info rumah sakit rujukan', 'hospital'],
    ['carikan rs rujukan covid', 'hospital'],
    // Thanks and opt-in in other forms.
    ['matur nuwun njih', 'thanks'],
    ['tks min', 'thanks'],
    ['thanx', 'thanks'],
    ['saya mau langganan sms covid', 'start'],
    ['ikut langganan info covid', 'start'],
    // Opt-out with other verbs, in Javanese krama, and taking a number off.
    ['matikan sms', 'stop'],
    ['nonaktifkan sms', 'stop'],
    ['mpun dikirim sms malih nggih', 'stop'],
    ['hapus nmr saya dr list', 'stop'],
    // Subjects the line has no answer for.
    ['harga cabai', 'off-topic'],
    ['gejala hepatitis', 'off-topic'],
    ['obat malaria', 'off-topic'],
    ['obat maag', 'off-topic'],
    ['tagihan listrik naik', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });

  it.each([
    // "c" alone is not "cc" (a call centre) folded.
    'vitamin c bisa nyembuhin covid?',
    // Symptoms asked about, not reported.
    'batuk pilek itu gejala covid?',
    'demam pusing itu covid?',
    // An off-topic word beside the line's own subject.
    'harga swab antigen',
    'punya tbc kena covid bahaya?',
    // Opt-out and opt-in verbs said of something else.
    'cara matikan virus di baju',
    'stop makan gorengan biar kebal covid?',
    'daftar vaksin booster',
  ])('%j is a question for the FAQ', (text) => {
    expect(parseSmsCommand(text)).toEqual({ kind: 'question', text });
  });
});

describe('parseSmsCommand: verbs in their affixed forms', () => {
  it.each<[string, SmsCommand['kind']]>([
    // Jakarta -in, Javanese -ono and di-, krama "mawon" and "ampun".
    ['berhentiin sms nya', 'stop'],
    ['jgn kirimin sms lg ya', 'stop'],
    ['nomer kulo dihapus mawon', 'stop'],
    ['ampun ngirim sms maleh', 'stop'],
    ['kirimono info covid maneh', 'start'],
    // English forms.
    ['stop contacting me', 'stop'],
    ["don't contact me anymore", 'stop'],
    ['opt me out', 'stop'],
    ['enough messages please', 'stop'],
    ['i want the messages again', 'start'],
    ['start sending me updates again', 'start'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: courtesy with a word or two of its own', () => {
  /** Stands in for the FAQ's subjects: these words name one, no other word does. */
  const mentionsTopic = (text: string) => /demam|vaksin|masker|merokok/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    ['thanks heaps', 'thanks'],
    ['could you answer in english', 'language'],
    ['ganti bahasa indo', 'language'],
    ['hi there', 'help'],
    ['permisi numpang tanya', 'help'],
    ['butuh bantuan', 'help'],
    ['what can i ask here', 'help'],
    ['info apa aja yg ada', 'help'],
    // An opt-out with a word of its own, when the "not" asks for the future.
    ['tolong jangan sms saya lagi, berisik', 'stop'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });

  it.each([
    // A subject of the line beside the courtesy: a question.
    'makasih, masker kain cukup?',
    'halo, vaksin booster dimana',
    'could you tell me in english about masker',
    // A "not" that is a fact about a message, not a wish.
    'kenapa sms saya tidak dibalas',
  ])('%j is a question for the FAQ', (text) => {
    expect(parseSmsCommand(text, mentionsTopic)).toEqual({ kind: 'question', text });
  });

  it('reads courtesy strictly when it cannot tell a subject: "thanks heaps" is a question then', () => {
    expect(parseSmsCommand('thanks heaps').kind).toBe('question');
  });
});

describe('parseSmsCommand: a message in parts, in Madurese and Javanese krama, and its traps', () => {
  /** Stands in for the FAQ's subjects: these words name one, no other word does. */
  const mentionsTopic = (text: string) => /demam|vaksin|masker|merokok/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // One part of the message says only "stop", the others give the reason.
    ['mohon maaf ini bukan nomor pasien, jangan kirim sms lagi ke nomor ini', 'stop'],
    ['saya tdk pernah daftar, kok dikirimi terus? stop!', 'stop'],
    ['siapa yg daftarin nomor saya? hapus aja', 'stop'],
    ['saya sudah selesai isoman, jadi sms pemantauannya bisa dihentikan', 'stop'],
    // Madurese and krama, slips and English contractions.
    ['tak parlo ngerem pesen pole', 'stop'],
    ['nyuwun sampun dikintuni sms malih', 'stop'],
    ['kulo nyuwun dipun kintuni info malih', 'start'],
    ['brenti kirim sms', 'stop'],
    // A slip in a long word, one edit from the word.
    ['berhnti sms', 'stop'],
    ['unsubscrbe', 'stop'],
    ['sms nya hntikan', 'stop'],
    ['unsubcribe', 'stop'],
    ["I don't want these messages anymore", 'stop'],
    ['I unsubscribed by mistake, please resubscribe me', 'start'],
    ['opt in', 'start'],
    // Thanks or a language in one part, nothing asked in the other.
    ['makasih, semoga Allah membalas kebaikan kalian', 'thanks'],
    // The answer found enough, with thanks; "enough" of the messages stops them.
    ['sudah cukup jelas, terima kasih banyak', 'thanks'],
    ['enough info, thanks', 'thanks'],
    ['cukup sms nya, makasih', 'stop'],
    ['enough messages, thanks', 'stop'],
    // An insult thrown with the stop is still a stop.
    ['STOP GOBLOK', 'stop'],
    // The messages called a nuisance, nothing asked; a courtesy or a scam's messages are not these.
    ['sms kok tiap hari, ganggu org aja', 'stop'],
    ['sms penipuan ganggu terus', 'question'],
    ['maaf mengganggu, sms covid ini dari mana?', 'question'],
    // Never registered, yet sent them; no longer wished, with the line named and thanks.
    ['sy gak prnh daftar tp dpt sms terus', 'stop'],
    ['i never signed up for these texts', 'stop'],
    ['we no longer wish to receive covid updates, thanks', 'stop'],
    // A number that can be reached, asked for beside "no sms", is what is wanted.
    ['gak usah sms, minta nomor telpon yg bisa dihubungi', 'hotlines'],
    // A language the replies should stop using asks for the other.
    ['please stop using english, my dad reads these', 'language'],
    ['stop replying in indonesian, english pls', 'language'],
    // Another service's subscription, and smoking, stopped.
    ['unreg nsp caranya gimana', 'off-topic'],
    ['UNREG GAME', 'off-topic'],
    ['how to unsubscribe from newsletters in my email', 'off-topic'],
    ['stop merokok gimana caranya, pengen berhenti', 'off-topic'],
    // Osing "sing" (not) beside an Osing "I"; Javanese "arep" (want).
    ['isun sing arep sms maning', 'stop'],
    ['aku ora arep nampa sms maneh', 'stop'],
    // Osing "aja" (don't) beside an Osing "I"; taking leave of the service.
    ['hp isun aja dikirimi sms maning', 'stop'],
    ['sy pamit dari layanan sms ini', 'stop'],
    // Madurese "tolong ampon ngirim" (please, enough sending).
    ['tolong ampon ngirim sms ka engkok', 'stop'],
    // A stop said in English with nothing else; a mobile number written after the word for it.
    ['no more', 'stop'],
    ['exit', 'stop'],
    ['STOP untuk nomor 0857-1234-5678', 'stop'],
    // Madurese "ollea" (to get) after "ta' terro" (don't want); spamming called out.
    ["engkok ta' terro ollea sms covid pole", 'stop'],
    ['stop nyepam woi', 'stop'],
    // "stop english" beside the language wanted.
    ['stop english. just indonesian', 'language'],
    // Not the one the messages are for, told.
    ['sy bukan orang yg tepat utk menerima sms ini', 'stop'],
    ['saya bukan sasaran sms ini', 'stop'],
    // Why the messages keep coming, asked as a complaint; not messages missed, info that still exists,
    // or someone else's.
    ['ngapain masih sms ke saya terus', 'stop'],
    ['why do you keep texting me', 'stop'],
    ['kok gak dapat sms lagi?', 'question'],
    ['kok masih ada info covid', 'help'],
    ['kok pinjol sms terus', 'off-topic'],
    // A complaint of the messages reaching this phone: privacy, where the number came from, an objection,
    // no permission given, a report to the regulator threatened; a pause; a number blacklisted.
    ['ini mengganggu privasi saya', 'stop'],
    ['dapat nomor saya dari mana?', 'stop'],
    ['where did you get my number?', 'stop'],
    ['saya keberatan nomor saya dipakai', 'stop'],
    ['saya tidak pernah kasih izin', 'stop'],
    ['saya akan laporkan ke kominfo', 'stop'],
    ['libur dulu ya smsnya', 'stop'],
    ['unsubs', 'stop'],
    ['blacklist nomor saya', 'stop'],
    // A holiday asked of a line, the hotline's number, another sender blacklisted.
    ['hari libur hotline buka?', 'hotlines'],
    ['dapat nomor hotline dari mana?', 'hotlines'],
    ['blacklist nomor pinjol gimana', 'off-topic'],
    // A report called off is not a new one, nor a stop of the messages; one told beside it still is.
    ['saya mau batalkan laporan tadi', 'off-topic'],
    ['saya tidak jadi lapor', 'off-topic'],
    ['stop dulu laporannya, nanti saya lanjut', 'off-topic'],
    ['mau lapor, batuk pilek', 'report'],
    // The caller unsure what to do ("bingung, ...") is no danger sign; someone confused still is.
    ['bingung, badan panas dingin, batuk terus, hrs gmn', 'report'],
    ['mbah demam, sekarang bingung dan ngantuk terus, hrs gmn', 'question'],
    // A hospital needed, with the car the caller lacks told beside it.
    ['my dad needs a hospital, we are in kota probolinggo and have no car', 'hospital'],
    // A stop shouted beside a price; paid content, a bank's messages and a catalogue stopped: not the line's.
    ['stop! harga beras naik lagi', 'off-topic'],
    ['UNREG RAMALAN', 'question'],
    ['stop sms mandiri, potong pulsa terus', 'off-topic'],
    ['stop kirim katalog ya kak', 'question'],
    // Walikan "ayas" (saya) and "sam" (mas) around what to do; "what am i supposed to do"; an action to take.
    ['ayas panas watuk, kudu yaopo sam', 'report'],
    ['i have a fever and a cough, what am i supposed to do', 'report'],
    ['karyawan sy 2 org positif antigen, sisanya kontak erat. tindakan yg harus diambil?', 'report'],
    // Madurese "alapor" (to report).
    ['kaula positif, terro alapor', 'report'],
    // Attendance at work and a person running amok, reported: not a case.
    ['lapor sudah masuk kerja, absen di mana', 'off-topic'],
    ['lapor ada yg ngamuk di terminal', 'off-topic'],
    // Symptoms said to be over, with thanks, are good news; a cough that will not end is still told.
    ['thanks, my cough is gone', 'thanks'],
    ['makasih, demam anak sy sudah reda', 'thanks'],
    ['batuk ra mari2 wis seminggu', 'report'],
    // A hearse hired and a login code are not the line's; what a stay costs is asked, not a hospital.
    ['sewa ambulans jenazah berapa', 'off-topic'],
    ['minta kode otp dong', 'off-topic'],
    ['opname di rs karena covid habis berapa', 'question'],
    ['habis berapa hari boleh keluar isolasi', 'question'],
    // Covid symptoms claimed for someone, nothing asked, is a case; none yet, or asked of, is not.
    ['saya ada gejala covid', 'report'],
    ['gejala covid semua, sy di Ngawi', 'report'],
    ['my whole family has covid symptoms', 'report'],
    ['sy blm ada gejala', 'question'],
    ['anak kena covid gejalanya berat ga', 'question'],
    ['mau tau gejala covid', 'question'],
    // Taste lost ("ga iso ngrasain"), told; "can or not", asked, is a question whatever it tells.
    ['panas, watuk, ga iso ngrasain sego', 'report'],
    ['bisa gak kena covid tp ga ngerasain apa2', 'question'],
    // Lodgers ("anak kos") are not children; "tested positive", told in English.
    ['2 anak kos sy demam batuk, 1 positif antigen. gmn', 'report'],
    [
      'me and my boss at the warehouse near the port tested positive on a rapid antigen this morning',
      'report',
    ],
    // A question of its own after "what now" is what is asked.
    ['tested positive at the villa, what do we do now? just stay inside?', 'question'],
    ['tested positive at the villa, what do we do now?', 'report'],
    // Madurese "kodhu aponapa" (what must I do); a positive result and the disease, said alone.
    ['Engkok sakek panas, kodhu aponapa?', 'report'],
    ['covid positif', 'report'],
    ['positif covid?', 'question'],
    // A Javanese tag before an "if" asks what comes before it.
    ['aku batuk2 terus, iso nular ta lek aku nggendong anakku', 'question'],
    // A symptom with an ending that says whose ("tenggorokanku", "watuke") is the symptom, and "-ku" is "my".
    ['aku ojol, mari nggowo penumpang sing jare positif, saiki tenggorokanku loro', 'report'],
    ['watuke bapak wis seminggu', 'report'],
    ['mari nggowo penumpang positif, tenggorokanku loro', 'report'],
    ['dadane mbah krasa abot, kudu piye', 'question'],
    ['pamit dari grup wa RT caranya gmn', 'off-topic'],
    // Krama "carane", "supados": how, so that, asked of not being sent them.
    ['pripun carane supados mboten dipun kintuni sms malih', 'stop'],
    ['stop it you morons', 'stop'],
    // Leaving a subscription, asked of a line named with the disease; what to type to stop, asked.
    ['how do i unsubscribe from this corona line?', 'stop'],
    ['kalau mau berhenti ketik apa?', 'stop'],
    ['if i want to stop what do i reply', 'stop'],
    ['ketik stop itu buat apa', 'question'],
    ['what happens if i reply stop', 'question'],
    // An English past participle of a stopping verb, wished for; told of something else, it is not one.
    ['my mum reads these sms and wants them stopped', 'stop'],
    ['i want these texts cancelled', 'stop'],
    ['why have the messages stopped?', 'question'],
    // A service of care stopped somewhere, and traffic that crawls, told: no stop.
    ['klinik di desa sy sudah stop layanan vaksin, skrg vaksin dimana?', 'question'],
    ['jalan ke kota stop and go terus dari pagi', 'question'],
    // How they would get there, told beside a hospital asked for; a workshop for the ride is not one.
    ['we have no car, which hospital is nearest to Lawang', 'hospital'],
    ['bengkel motor terdekat dimana', 'off-topic'],
    // A line asked open is a hotline, whatever it is called.
    ['which lines are open tonight', 'hotlines'],
    ['is the covid line open on sunday', 'hotlines'],
    // Another illness has the symptoms, even after LAPOR, or is named as what it is; a history of one
    // beside the symptoms is still a report; stage fright and a fire are no case.
    ['lapor, anak tetangga kena demam berdarah, minta fogging', 'off-topic'],
    ['bapak batuk sebulan, kata dokter TBC', 'off-topic'],
    ['sakit gigi, bengkak sampe demam', 'off-topic'],
    // A dog of the caller's own, and loans offered by text, are no case and no line.
    ['asuku watuk terus, kudu digowo nang endi', 'off-topic'],
    ['some number keeps texting me loan offers, how do i block them', 'off-topic'],
    // A blood pressure read as two numbers with only what it brings; leaving a job, reported to it.
    ['darah tinggi ibu 170/95, kepala pusing', 'off-topic'],
    ['mau resign, harus lapor hrd kapan', 'off-topic'],
    ['bapak batuk demam, ada riwayat tbc', 'report'],
    ['demam panggung, besok anakku pentas nari', 'question'],
    ['we had a fire in the shop, who do I report it to?', 'off-topic'],
    // Positive for another illness; a machine running hot; a tax form, a pothole or a leak reported.
    ['ibu sy positif tbc, obatnya gratis ga', 'off-topic'],
    ['hp sy panas bgt trus mati sendiri', 'question'],
    ['lapor spt tahunan caranya gmn', 'off-topic'],
    ['i want to report a pothole near the market', 'off-topic'],
    ['atap kantor bocor, mau lapor ke siapa', 'off-topic'],
    ['kok inggris? bahasa indonesia aja min', 'language'],
    // Greetings with whom they greet.
    ['kulo nuwun', 'help'],
    ['selamat pagi bapak ibu petugas', 'help'],
    // Hospitals asked for in Madurese, and "which ... should".
    ["roma sakek se paleng semma' dimma?", 'hospital'],
    ['which hospital should I go to in Batu', 'hospital'],
    // Someone else's line, report or lesson.
    ['hotline bank bri berapa', 'off-topic'],
    ['lapor kehilangan motor dimana', 'off-topic'],
    // LAPOR with a symptom stays a report, whatever else the message says.
    ['lapor demam batuk, harga obat mahal', 'report'],
    ['kursus bahasa inggris di kediri', 'off-topic'],
    ['rumah sakit jiwa di lawang alamatnya dmn', 'off-topic'],
    // Telling the health office is a report; talking to a person is the hotlines.
    ['mau kasih tau dinkes kalau saya sakit', 'report'],
    // Stopping asked as a question, or with words of its own, the messages named.
    ['gimana caranya biar gak dapat sms ini?', 'stop'],
    ['how do i make these messages stop coming', 'stop'],
    ['how can I unsubscribe from this?', 'stop'],
    ['nomor ini nomor kantor, mohon dihapus dari penerima sms', 'stop'],
    ['berapa kali saya bilang stop', 'stop'],
    ['jangan kontak saya lagi', 'stop'],
    ['saya keberatan dikirimi sms terus', 'stop'],
    ['lho kok sms terus se, gak usah wis', 'stop'],
    ['take me off the list', 'stop'],
    ['put me on the list for covid sms', 'start'],
    ['kemarin sy stop, skrg mau langganan lg', 'start'],
    ["can my mum's number be added to the updates", 'start'],
    ['STOP STOP STOP udah dibilang stop', 'stop'],
    ['sampun cekap sms-ipun, matur nuwun', 'stop'],
    // A "not" after the language is a question tag; a word said twice with a 2.
    ['bisa pake bahasa inggris gak?', 'language'],
    ['bls pake bhs indonesia wae, ojo inggris', 'language'],
    ['sy mau tanya2 soal corona boleh?', 'help'],
    // Another illness told like a report; a hospital asked for in krama.
    ['anakku demam berdarah, trombosit turun', 'off-topic'],
    ['nyuwun pirsa griya sakit rujukan ing Madiun', 'hospital'],
    // When the line is open, calling it, and whom to call though symptoms are told.
    ['layanan ini buka jam brp?', 'hotlines'],
    ['bisa telpon langsung gak, sms lama balesnya', 'hotlines'],
    ['sapa sing kudu tak telpon lek tonggoku sesak', 'hotlines'],
    ['no wa dinkes jember', 'hotlines'],
    // Opt-out and opt-in in more words.
    ['gausah kirim2 lagi, ganggu', 'stop'],
    ['tidak berkenan menerima pesan dr layanan ini', 'stop'],
    ['kemarin ga sengaja stop, mau nerima lagi', 'start'],
    ['turn the texts back on', 'start'],
    ['niki nomer nopo nggih, saged kangge napa mawon', 'help'],
    ['can you switch back to bahasa', 'language'],
    ['kok pake inggris? saya ga ngerti, indonesia aja', 'language'],
    // Checking that the line answers.
    ['cek cek 123', 'help'],
    // Telling the health office, wherever the sick person is; animals and prizes are not the line's.
    ['I need to tell the health office about a sick guest at our hotel in Batu', 'report'],
    ['my dog has a cough', 'off-topic'],
    ['selamat anda menang undian 100jt hubungi nomor ini', 'off-topic'],
    ['mohon tidak menghubungi saya lg', 'stop'],
    ['cabut nomorku seko daftar', 'stop'],
    ['pls answer in eng', 'language'],
    ['english please, thank you', 'language'],
    ['wes to, ra usah kirim2 pesen maneh', 'stop'],
    ['mas mbak, nomerku tolong dicopot seko daftar kiriman', 'stop'],
    ['stopsms', 'stop'],
    ['layanan telpon ini aktif hari minggu?', 'hotlines'],
    ['119 itu aktif 24 jam ga', 'hotlines'],
    ['hotline nya bisa bahasa inggris?', 'hotlines'],
    ['cara pakainya gimana min', 'help'],
    ['bhs ID aja', 'language'],
    ['heyy whats up covid line', 'help'],
    ['how do I report a stolen motorbike', 'off-topic'],
    ['is there a hotline for the electricity company PLN', 'off-topic'],
    ['opt me back in', 'start'],
    ['how can i talk to a real person', 'hotlines'],
    // Thanks for the messages is not a wish to receive them; "opting", "sign ... up" and "melu" subscribe.
    ['terima kasih atas infonya', 'thanks'],
    ['sign my phone up for the updates', 'start'],
    ['opting in for the covid messages', 'start'],
    ['kulo melu langganan info', 'start'],
    // "nuwun sewu" (excuse me) greets; the line's subject after a greeting is a question.
    ['nuwun sewu, sugeng sonten', 'help'],
    ['hi, anyone around?', 'help'],
    ['mas, corona iku isih ono ta?', 'question'],
    // A prize to claim by calling a number is spam; a close contact of a case is no number to call.
    ['congratulations! you are our lucky winner, call this number', 'off-topic'],
    ['am I a close contact of a covid patient', 'question'],
    ['nomor telpon 112 bener ya', 'hotlines'],
    // Information is the messages; not reading bahasa asks for English; a word written twice with a 2.
    ['please register my phone for covid information', 'start'],
    ["I don't read bahasa", 'language'],
    ['sms apa ini? tiba2 masuk', 'help'],
    // What the line is, named by its subject or asked as "what kind of".
    ['what can i do with this covid line', 'help'],
    ['what kind of service is this', 'help'],
    // A beauty mask and another kind of test are not the line's; testing the line is answered with help.
    ['best face mask for dry skin?', 'off-topic'],
    ['tempat tes toefl di malang', 'off-topic'],
    ['test test 1 2 3', 'help'],
    ['masker kain cukup buat cegah covid?', 'question'],
    ['tes', 'question'],
    // Opting out with me- verbs, "not needed", "REMOVE" alone, "enough" as a request, the monitoring.
    ['mohon tidak mengirimkan pesan lagi', 'stop'],
    ['aku wis ora butuh sms iki', 'stop'],
    ['REMOVE', 'stop'],
    ['udah dong sms nya', 'stop'],
    ['sudah sembuh, hentikan pemantauan', 'stop'],
    // A line open round the clock; whom to call in Javanese; "only" and "can't" with a language.
    ['ada layanan 24 jam gak?', 'hotlines'],
    ['aku kudu nelpon sopo', 'hotlines'],
    ['english only please, i cant read indonesian', 'language'],
    // Spoken forms of stop and register; where to call, or a three-digit line with a call; telling
    // the health office in Javanese; what to send back; whose phone it is, with a language.
    ['berentiin kirim smsnya', 'stop'],
    ['kulo badhe ndaftar malih', 'start'],
    ['hari libur telp kemana ya', 'hotlines'],
    ['nomor 119 gratis ta kalau telp?', 'hotlines'],
    ['sy mau ngabari puskesmas, ibu sy positif', 'report'],
    ['sms ini hrs dibalas apa?', 'help'],
    ['tolong balas pakai bahasa inggris, ini hp tamu saya', 'language'],
    // Restoring a subscription; not wanting "any more" with nothing else said.
    ['tolong kembalikan langganan sms saya', 'start'],
    ['ga mau lagi', 'stop'],
    ['my indonesian is bad, english ok?', 'language'],
    // "and" joins a part that says only stop; whom the messages are for; "I'd"; "back on"; a word
    // twice with its ending; a number asked for directly or with three digits; texting shorthand.
    ['enough already, take me off this list', 'stop'],
    ['tolong nomerku metuno teko daftar sms', 'stop'],
    ['aku wis mari lan ora pengen dikirimi sms maneh', 'stop'],
    ['daftarkan nomor bapak saya juga untuk info covid', 'start'],
    ["i'd like to get the covid updates again", 'start'],
    ['switch my notifications back on', 'start'],
    ['kirim lagi info2nya seperti biasa', 'start'],
    ['ada nomor yang bisa ditanya langsung?', 'hotlines'],
    ['nomor 119 itu gratis?', 'hotlines'],
    ['rmh skt trdkt', 'hospital'],
    ['tolong kirimkan info dalam bahasa inggris untuk rekan kerja saya', 'language'],
    ['alhamdulillah sudah jelas, makasih banyak', 'thanks'],
    // An advertisement, another service's complaint, and a check that the message arrived.
    ['jual oximeter murah, minat hub 08123', 'off-topic'],
    ['pupuk subsidi langka lapor kemana', 'off-topic'],
    ['tes tes nyampe gak', 'help'],
    // "positif" is about the disease: a school named with it is not another service.
    ['anak saya positif, boleh sekolah?', 'question'],
    // Digits for letters; krama dipun- and "not willing"; a purpose with a wish to receive.
    ['j4ngan kirim sms l4gi', 'stop'],
    ['kula mboten kersa dipunkintuni sms malih', 'stop'],
    ['ini nomor bapak, tolong didaftarkan biar dapat sms info', 'start'],
    // Madurese run together; thanks run onto "ok"; aid money; what a status in a letter means.
    ['romasakek dhimma?', 'hospital'],
    ['okemakasih', 'thanks'],
    ['many thanks for the info', 'thanks'],
    ['bantuan sosial covid buat umkm kapan cair', 'off-topic'],
    ['status suspek itu apa? ada di surat dari puskesmas', 'question'],
    // Two listed words run together; Javanese "aja" (don't) before sending, not "aja" (just).
    ['stopsms min', 'stop'],
    ['aja dikirimi maneh', 'stop'],
    ['kirim aja infonya tiap hari', 'start'],
    // "Very helpful" thanks; "spada" greets; signs that need an ambulance are the danger signs.
    ['sangat membantu, makasih', 'thanks'],
    ['spada', 'help'],
    ['what signs mean i need an ambulance', 'question'],
    // A stop pressed by mistake, told with a wish to start again.
    ['kemarin kepencet berhenti, mulai lagi ya', 'start'],
    // A lost phone, another shop's newsletter, bird flu: not the line's.
    ['hp saya hilang, tolong bantu', 'off-topic'],
    ['unsubscribe newsletter shopee', 'off-topic'],
    ['flu burung gejalanya apa', 'off-topic'],
    // "bisa gak" asks whether it can; where to call in Javanese; greetings shortened; love and dues.
    ['bisa gak saya terima info covid tiap minggu?', 'start'],
    ['nomor bapak saya mau didaftarkan juga, bisa?', 'start'],
    ['kalau darurat telpon ke endi', 'hotlines'],
    ['asslmkm', 'help'],
    ['aku tresno kowe', 'off-topic'],
    ['iuran bpjs nunggak 3 bulan gimana', 'off-topic'],
    ['any chance of getting these in english', 'language'],
    // Not wanting to receive any more; krama "no need"; "msgs"; still wanting them; a line open 24 hours.
    ['ga mau nerima lagi', 'stop'],
    ['kula mboten sah dipunkintuni malih', 'stop'],
    ['no more msgs', 'stop'],
    ['sy masih mau dikirimi info', 'start'],
    ['nomor pengaduan yg aktif 24 jam apa', 'hotlines'],
    ['is there a 24hr hotline', 'hotlines'],
    ['daftarkan nomor ini untuk info covid', 'start'],
    // What the messages are; thanks run onto the info; gout and a mask seller are not the line's.
    ['ini sms apa ya, gunanya apa', 'help'],
    ['makasihinfonya', 'thanks'],
    ['obat asam urat apa', 'off-topic'],
    ['we sell masks wholesale, cheap', 'off-topic'],
    // Whether symptoms are covid, asked without a question mark, is a question, not a report.
    ['tenggorokan saya sakit dan meriang, itu covid ga', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });

  it.each([
    'how do I unsubscribe from netflix',
    'berhenti merokok caranya gimana',
    'sms saya tidak dibalas',
    'makasih, vaksin booster aman?',
    // Contact with a case, not a number to call.
    'kapan sebaiknya tes setelah kontak sama yg positif',
    // "off" is not "of"; a bus stop, a SIM card and a provider's promotions are not the line's.
    'list of commands',
    'where is the bus stop',
    'unreg sim card caranya gmn',
    'cara stop sms promo dari indosat',
    'jangan kontak erat dengan pasien',
    // When covid stops is a question about covid.
    'kapan corona stop sih',
    // Questions about a message sent, asking for one again, and "not" said of something else.
    'siapa yang kirim sms ini?',
    'kok saya dapat sms ini',
    'please resend the last message',
    'the message was cut off',
    'sms nya berhenti masuk, kenapa?',
    'saya tidak ingin ketinggalan info covid',
    "I don't want to miss any updates",
    'saya tidak keberatan dapat sms',
    // "on" is not "turn on"; "no" is not a number before "symptoms"; talking is not calling.
    'hi there, anyone on?',
    'can you have covid with no symptoms at all',
    'can you catch covid from talking to someone',
    // A question whether symptoms are a sign, not a report; "reports" is not "report".
    'kulo watuk pilek kalih mriyang, niku tandane covid mboten nggih',
    'what does probable case mean in the covid reports',
    // Asking whether symptoms are covid, or what a medicine costs, is a question, not a report.
    'badan pegel2 panas dingin, itu covid bukan ya',
    'harga obat batuk anak di apotek brp',
    // "stopped" tells what was done; a viral video is a question of truth, not a hospital request.
    'I stopped the messages by mistake',
    'saw a viral video saying covid is back and hospitals are full in surabaya, true?',
    // A message sent by mistake; signing up for something else; someone who talks; a rumour's number.
    'maaf salah kirim pesan',
    'sign up for the 10k race in malang',
    'can someone who is talking loudly pass on covid',
    'ada pesan dari nomor asing soal vaksin, katanya disebar ke semua',
    'my aunt says 5g phone masts spread covid, hoax or not',
    // The monitoring of a case, and sending a sample, are not the messages.
    'kapan masa pemantauan odp selesai',
    'mengirim sampel swab ke lab berapa lama hasilnya',
    'udah ya vaksin booster ketiga?',
    "I don't want this disease anymore",
    'gak mau lagi kena covid',
  ])('%j is neither an opt-out, an opt-in nor a request for the hotlines or a hospital', (text) => {
    expect(['stop', 'start', 'hotlines', 'hospital']).not.toContain(
      parseSmsCommand(text, mentionsTopic).kind,
    );
  });
});

describe('parseSmsCommand: the line named in an opt-out', () => {
  it('does not read "line" in "this sms line" as a subject, though a topic lists the word', () => {
    const mentionsTopic = (text: string) => /\bline\b|demam/.test(text);

    expect(parseSmsCommand('kindly unsubscribe me from this sms line', mentionsTopic).kind).toBe('stop');
  });
});

describe('parseSmsCommand: an opt-out only the examples recognise', () => {
  // As if the examples said these words ask to stop, whatever they are.
  const readsAsOptOut = (text: string) => /infonya/.test(text);
  const never = () => false;

  it('asks whether to stop when the rules read a question and the examples say it asks to stop', () => {
    expect(parseSmsCommand('infonya sudah cukup buat saya', undefined, never)).toMatchObject({
      kind: 'question',
    });
    expect(parseSmsCommand('infonya sudah cukup buat saya', undefined, readsAsOptOut)).toEqual({
      kind: 'stop-ask',
    });
  });

  it('asks the examples only of what the rules read as a question', () => {
    // A command, thanks, a hospital or a report the rules recognise stay what they are.
    expect(parseSmsCommand('INFO', undefined, readsAsOptOut)).toEqual({ kind: 'help' });
    expect(parseSmsCommand('makasih infonya', undefined, readsAsOptOut)).toEqual({ kind: 'thanks' });
    expect(parseSmsCommand('mulai lagi', undefined, () => true)).toEqual({ kind: 'start' });
    expect(parseSmsCommand('RS Genteng', undefined, () => true)).toMatchObject({ kind: 'hospital' });
    // Someone else's messages are not the line's to stop.
    expect(
      parseSmsCommand('my bank keeps sending me sms, how do i turn it off', undefined, () => true),
    ).toEqual({
      kind: 'off-topic',
    });
  });
});

describe('parseSmsCommand: opt-outs in shorthand, held letters, digits and indirect words', () => {
  it.each([
    'tlg brhntiin smsnya',
    'kluarin nmr gw dr list',
    'tulung lerenana sms e',
    'aku tidka mau terima sms lagi',
    'hapuuus nomerkuuu',
    '5T0P SMS',
    'h4pu5 n0m0r ku',
    'hapus nomor saya atau saya tempuh jalur hukum',
    'nomor ini bukan untuk hal beginian',
    'this number is not for this',
    'stop deh',
    'sudah, sampai sini saja langganan sms nya',
    'mhon dihpaus nmr sy',
    'ud g mw dpt sms lg',
    'saya minta stop dari minggu lalu tapi masih dikirim',
    'saya laporkan ke dinkes kalau masih dapat sms ini',
    'mohon SMS layanan COVID-19 tidak lagi dikirimkan ke nomor ini',
    'saya perlu mengetik apa supaya tidak mendapat sms ini lagi?',
    'STOP. ojo maneh',
    'stop, jangan ganggu',
    'I never signed up for this. Stop.',
    'I no longer wish to receive these texts',
    'tolong banget ini dihentikan',
    'pesenmu gak usah mlebu nang hp ku maneh',
    'mugi nomer kula dipun wedalaken saking daftar',
    'jupuken nomerku teko daftar',
    'mboten susah dipun kintun malih',
    // Not theirs to receive: a wish not to receive them, not one to.
    'saya bukan orang yang tepat untuk menerima pesan ini',
  ])('%j is an opt-out', (text) => {
    expect(parseSmsCommand(text, (words) => /demam|vaksin/.test(words)).kind).toBe('stop');
  });

  it.each([
    // Someone else's messages, and the law asked about.
    'mantan saya sms terus, bisa saya tuntut secara hukum?',
    // What a line is for, asked.
    'nomor hotline itu bukan buat darurat kan',
    'nomor ini bukan untuk darurat kan',
    // Deadly, said of the disease.
    'covid mematikan deh',
    // Something else forbidden, or goods cancelled, and the messages not named.
    'STOP! jangan parkir di depan rumah saya',
    'halo kak, jangan kirim barang yang kemarin, saya cancel',
    // Someone else asked not to be sent to.
    'dia bilang jangan sms dia lagi',
    // The phone's memory.
    'how do i delete all old sms on my phone, memory full',
    // Taking a medicine, and something not hard.
    'jupuk obat nang puskesmas',
    'vaksin tidak susah kok',
    // Someone else asked to stop.
    'mantan saya sms terus, sudah saya bilang stop',
  ])('%j is neither an opt-out nor an opt-in', (text) => {
    expect(['stop', 'start']).not.toContain(parseSmsCommand(text).kind);
  });

  it('reads a wish to keep receiving the messages as asking to start, though a "not" told why', () => {
    const mentionsTopic = (text: string) => /demam|vaksin/.test(text);
    expect(parseSmsCommand('sms nya gak masuk lagi, saya mau dikirimi terus', mentionsTopic).kind).toBe(
      'start',
    );
    expect(parseSmsCommand('mau dapat info vaksin lagi', mentionsTopic).kind).toBe('question');
    expect(parseSmsCommand('saya tidak mau dapat sms lagi', mentionsTopic).kind).toBe('stop');
  });

  it('reads a stop cancelled after it is named as asking to start again', () => {
    const mentionsTopic = (text: string) => /demam|vaksin/.test(text);
    expect(parseSmsCommand('unreg saya dibatalkan aja, mau terima lagi', mentionsTopic).kind).toBe('start');
    expect(parseSmsCommand('berhentinya dibatalkan, sy mau terima lagi', mentionsTopic).kind).toBe('start');
    expect(parseSmsCommand('stop sms, langganan dibatalkan', mentionsTopic).kind).toBe('stop');
  });

  it('reads a stop asked before as past when more is asked for now, or when it was never asked', () => {
    expect(parseSmsCommand('minggu lalu saya minta berhenti, sekarang mau dikirimi lagi').kind).toBe('start');
    expect(parseSmsCommand('saya tidak pernah minta berhenti, kenapa sms tidak masuk lagi?').kind).not.toBe(
      'stop',
    );
  });

  it.each([
    'pengen didata yen aku bergejala, alamat Pademawu',
    'mau ngabari aku saiki positif, isoman nang Lowokwaru',
    'need to notify someone that our whole household is sick, we are in Kota Probolinggo',
  ])('%j, wanting to tell that one is sick, is a report', (text) => {
    expect(parseSmsCommand(text).kind).toBe('report');
  });

  it('reads symptoms told with a choice of what to do as a question, not a report', () => {
    expect(parseSmsCommand('kakek 80th batuk dikit, langsung periksa atau tunggu aja').kind).toBe('question');
    expect(parseSmsCommand('LAPOR batuk atau pilek, Genteng').kind).toBe('report');
  });

  it.each([
    'mau tahu gejala covid',
    'mau kasih tau, gejala covid apa aja',
    'saya mau data jumlah positif covid jatim',
  ])('%j, wanting to know, is not a report', (text) => {
    expect(parseSmsCommand(text).kind).not.toBe('report');
  });

  it.each([
    'ngopi di warung yg rame gitu rawan ketularan ga',
    'berita nang facebook jare onok varian anyar, temenan ta',
  ])('%j, catching it or a variant asked of a place or a post, is a question', (text) => {
    expect(parseSmsCommand(text, (words) => /demam|vaksin/.test(words)).kind).toBe('question');
  });

  it("reads the caller's allergy or ulcer, asked of the vaccine, as a question; another animal's vaccine stays off the subject", () => {
    const mentionsTopic = (words: string) => /vaksin/.test(words);
    expect(parseSmsCommand('sy pny alergi obat, boleh vaksin?', mentionsTopic).kind).toBe('question');
    expect(parseSmsCommand('kulo badhe vaksin, nanging gadhah maag, pareng?', mentionsTopic).kind).toBe(
      'question',
    );
    expect(parseSmsCommand('vaksin rabies anjing saya alergi', mentionsTopic).kind).toBe('off-topic');
  });

  it('reads "omah lara" and "rumkit" as a hospital, and the place after them', () => {
    expect(parseSmsCommand('omah lara cedhak Maospati endi')).toEqual({
      kind: 'hospital',
      place: 'maospati',
    });
    expect(parseSmsCommand('rumkit covid sumenep', (text) => /demam|vaksin/.test(text))).toEqual({
      kind: 'hospital',
      place: 'sumenep',
    });
  });

  it('reads "daftar pertanyaan" as help, and a number to call asked for as the hotlines', () => {
    expect(parseSmsCommand('daftar pertanyaan').kind).toBe('help');
    const mentionsTopic = (text: string) => /demam|vaksin/.test(text);
    expect(parseSmsCommand('mohon info nomor telepon dinkes yang bisa dihubungi', mentionsTopic).kind).toBe(
      'hotlines',
    );
  });

  it.each(['oke', 'ok siap', 'siap min'])('%j, an answer taken, is thanked back', (text) => {
    expect(parseSmsCommand(text).kind).toBe('thanks');
  });

  it.each([
    'kemarin aku jenguk temen di rumah sakit, dia udah pulang',
    'pakde, nang rumah sakit endi budhe dirawat? aku arep tilik',
  ])('%j, a visit told, is not a hospital asked for', (text) => {
    expect(parseSmsCommand(text).kind).not.toBe('hospital');
  });

  it.each(['nomornya berapa', 'nomere piro rek', 'numer telepon'])('%j asks for the hotlines', (text) => {
    expect(parseSmsCommand(text).kind).toBe('hotlines');
  });
});

describe('parseSmsCommand: refusing the messages', () => {
  it('reads refusing the messages as an opt-out, and a refusal told of something else as what it is', () => {
    expect(parseSmsCommand('saya ingin menolak semua pesan dari nomor ini').kind).toBe('stop');
    expect(parseSmsCommand('tolak sms covid').kind).toBe('stop');
    expect(parseSmsCommand('vaksin saya ditolak karena hamil').kind).toBe('question');
  });
});

describe('parseSmsCommand: more words for the requests, and their traps', () => {
  /** Stands in for the FAQ's subjects: these words name one, no other word does. */
  const mentionsTopic = (text: string) => /vaksin|isoman|darah|diabetes|obat/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Unregistering; "not interested" before a stop in a part of its own.
    ['please deregister this number', 'stop'],
    ['unregister me', 'stop'],
    ['tidak berminat lagi, harap hentikan sms ini', 'stop'],
    // A digit for a letter ending a word, when the message writes them elsewhere too.
    ['g4 perlu kirim2 l4gi', 'stop'],
    // Turning the messages back on, spoken and in krama.
    ['nyalain lagi ya sms covidnya', 'start'],
    ['nomer kula dipun lebetaken malih langganan', 'start'],
    // A line named by its subject, and numbers in the plural.
    ['emergency line please', 'hotlines'],
    ['what numbers can i call', 'hotlines'],
    // How to reply to the messages.
    ['baru terima sms ini, cara balasnya gimana?', 'help'],
    // Which medicine is good for another, long-term illness.
    ['obat diabetes yg paling ampuh apa', 'off-topic'],
    // A 7 for a t; "mulai" without its u.
    ['s70p', 'stop'],
    ['mlai lg', 'start'],
    // What to reply, said short; how to use it, in Javanese.
    ['sy hrs bls apa', 'help'],
    ['carane nggunakne layanan iki piye', 'help'],
    // Someone else's hospital care, a repair, leaving a chat group.
    ['rs yg ada poli gigi di jember', 'off-topic'],
    ['rumah sakit buat operasi katarak', 'off-topic'],
    ['mas, saged ndandani radio mboten', 'off-topic'],
    ['cara keluar dari grup wa', 'off-topic'],
    // Where to report is a report; whether news is true is not help.
    ['sy positif, lapor ke siapa?', 'report'],
    ['kabar ing grup menika leres menapa hoaks', 'question'],
    // Subscribing forbidden is a stop; turning the messages back on, spoken.
    ['ojo lebokno nomerku nang daftar maneh', 'stop'],
    ['jangan masukkan nomor saya ke daftar lagi', 'stop'],
    ['tolong infonya diidupin lagi', 'start'],
    // Someone who wants to ask is not leaving, though a part says stop.
    ['stop dulu, saya mau tanya soal vaksin', 'question'],
    // Which medicine for blood pressure, with no symptom told.
    ['tekanan darah tinggi obatnya apa ya', 'off-topic'],
    // What two words mean, an ambulance told; whether a message may be passed on.
    ['dulu disebut odp terus dijemput ambulans, bedanya sama suspek apa', 'question'],
    ['chat dr nomor asing soal covid boleh diteruskan?', 'question'],
    // Skin turning pale is a danger sign, not skin care; a car ride is not someone else's service.
    ['kulit pucat dan dingin setelah demam, ke igd?', 'question'],
    ['naik mobil bareng org batuk bisa ketularan?', 'question'],
    // Osing "sing" for "not" before a wish, and "ring" for "at"; English "ring" is a call.
    ['sing perlu kirim sms maning, isun wis sehat', 'stop'],
    ['isun pengen vaksin, ring endi?', 'question'],
    ['who can I ring about covid at night', 'hotlines'],
    // A stop told as past, then a wish to come back.
    ['kemarin sy unsubscribe, skrg mau balik lagi', 'start'],
    // How to use it, in krama.
    ['kados pundi ngginakaken sms menika nggih', 'help'],
    // A wrong number; whom to call about a lost passport.
    ['maaf salah nomor mas', 'off-topic'],
    ['lost my passport, who should i call', 'off-topic'],
    // Someone's report told, with hearsay; a rumour said in Javanese with "positip".
    ['katanya ada yg lapor positif di rt sebelah, bener?', 'question'],
    ['jarene tonggo positip, percoyo ora?', 'question'],
    // Madurese and Javanese opt-outs; "pokoknya" and "jg" around a stop.
    ['ta osah kirim pesen pole', 'stop'],
    ['aku wegah nompo sms maneh', 'stop'],
    ['berisik bgt. pokoknya stop sms skrg jg', 'stop'],
    // "aktif kan" written apart, "kmbali" without its e.
    ['tolong aktif kan kmbali sms info nya', 'start'],
    // Goods sent are not these messages: a parcel is someone else's matter; a food order; a message sent by mistake.
    ['stop kirim paket dulu ya, lagi libur', 'off-topic'],
    ['mau pesen nasi kotak buat hajatan', 'off-topic'],
    ['sori salah ketik', 'off-topic'],
    // A report to the police or the neighbourhood head, a loss reported.
    ['mau lapor polisi motor ilang', 'off-topic'],
    ['lapor pak rt lampu jalan mati', 'off-topic'],
    ['dompet ilang, lapor ke mana?', 'off-topic'],
    // Recording symptoms is a report; a short number asked what it costs is the hotlines.
    ['can i record my symptoms with you? fever since monday', 'report'],
    ['112 bayar ga?', 'hotlines'],
    // Whom to believe is a question of rumours; "kados pundi" is how, not where.
    ['tetangga bilang pak rt positif, harus percaya siapa', 'question'],
    ['kados pundi sesak napas ingkang kedah dibekta griya sakit', 'question'],
    // Skin and what care makes of it is beauty; skin in a question of spread is not.
    ['masker buat kulit kering yg bagus', 'off-topic'],
    ['covid bisa nular lewat kulit ga', 'question'],
    // "brsedia" without its e, "non aktifkan" written apart.
    ['sy tdk brsedia dikirimi sms lg', 'stop'],
    ['tolong non aktifkan sms covid ke nomor ini', 'stop'],
    // A stop told as past and a start asked now; a short number asked whether it is open.
    ['kemarin unreg, sekarang mau daftar lagi', 'start'],
    ['119 surabaya aktif ga', 'hotlines'],
    // Registering symptoms is a report; whether someone is minding the line greets.
    ['i want to register my symptoms, cough and fever', 'report'],
    ['halo min, lg ada yg jaga?', 'help'],
    // A relationship ended, another vaccine, a pregnancy test, a diet, a maternity hospital.
    ['stop aja hubungan kita', 'off-topic'],
    ['vaksin hpv buat anak sd dimana', 'off-topic'],
    ['testpack garis dua samar, positif ga', 'off-topic'],
    ['diabetes pantangan makan apa aja', 'off-topic'],
    ['rumah sakit bersalin terdekat dari waru', 'off-topic'],
    // 5M is the line's subject, though homework is not; "hrs" asks when, not where.
    ['5m itu apa aja, buat tugas sekolah', 'question'],
    ['kena covid hrs dirawat di rs ga', 'question'],
    // Madurese not wanting to receive; being sent the messages again "as before".
    ['sengko ta terro narema sms pole', 'stop'],
    ['tolong dikirimi info lagi spt biasa', 'start'],
    // "go out" alone in a part is not leaving the messages.
    ['aku wis neng ngarep omah, metu o', 'question'],
    // A hospital that treats patients; what can be asked, in krama.
    ['i need a hospital that treats patients', 'hospital'],
    ['punapa kemawon ingkang saged kula takenaken wonten mriki', 'help'],
    // Both languages named, one forbidden.
    ['pake bhs indonesia aja jgn inggris', 'language'],
    // An internet provider's subscription; SARS-CoV-2 named with a school.
    ['berhenti langganan indihome gmn', 'off-topic'],
    ['sars cov 2 itu apa? ditanya anak dr sekolah', 'question'],
    // Symptoms asked about are not help; "no" in English is not a number; a decree's number.
    ['badan pegel semua, apa bisa covid?', 'question'],
    ['does a negative test mean no covid', 'question'],
    ['kmk nomor 413 isinya istilah apa', 'question'],
    // Hearsay said short ("blg") and "official".
    ['pak rt blg ada yg positif, resmi ga?', 'question'],
    // The number taken off the line's messages, whatever reason follows; a threat to block.
    ['tolong hapus nomor saya dari sms covid krn hp ini sdh ganti orang', 'stop'],
    ['awas tak blokir lek sek ngirim sms maneh', 'stop'],
    // The subscription given back; the past said, then receiving again.
    ['balikin langganan sy yg dulu', 'start'],
    ['kemarin sy stop, skrg mau terima lg', 'start'],
    // Another service activated or stopped is someone else's matter.
    ['bpjs saya mati, cara aktifkan lagi gmn', 'off-topic'],
    // Whom to call, written short; whether anyone answers at the weekend.
    ['tlp siapa kalau malam ada yg sesak', 'hotlines'],
    ['hari minggu ada yg bisa dihubungi?', 'hotlines'],
    // What to type, in Osing; what to send to get the information, and whether there is a code.
    ['isun kudu ngetik paran?', 'help'],
    ['kirim apa biar dapet info? ada kodenya?', 'help'],
    // "lapor bos" addresses someone; an online order is someone else's matter; a pregnancy test.
    ['lapor bos, aku demam karo watuk', 'report'],
    ['paket dari olshop ongkirnya dobel, lapor kemana', 'off-topic'],
    ['positif hamil, periksa ke bidan kapan', 'off-topic'],
    // A chain message is hearsay, though a hospital is named.
    ['ada pesan berantai rs penuh pasien covid, bener?', 'question'],
    // A stop asked plainly, its reason (a school) well after it; Madurese not wanting to be sent more.
    ['mohon berhenti kirim pesan ke nomor ini krn hp nya dipakai anak buat sekolah', 'stop'],
    ['engko ta endha e kerem sms pole', 'stop'],
    // "sign" without "up" does not subscribe.
    ['lost my smell, is this a covid sign', 'question'],
    // Symptoms asked about in krama, and whether one may go out, are questions.
    ['kulo watuk lan ngelu, menapa niku gejala covid', 'question'],
    ['wes negatif tp sek watuk, oleh metu omah', 'question'],
    // A short number, asked about calling it without credit.
    ['112 bisa ditelpon tanpa pulsa?', 'hotlines'],
    // A hospital asked for in Madurese.
    ['bada romah sake covid e sampang?', 'hospital'],
    // How to use it, told in krama; how replies are written.
    ['kulo mboten ngertos cara ngginakaken sms menika', 'help'],
    ['bls pake angka ato huruf?', 'help'],
    // A test for another disease.
    ['tes hiv gratis dimana', 'off-topic'],
    // "covid gk ya": whether it is covid, asked with a tag.
    ['pusing + meriang dr kemarin, covid gk ya', 'question'],
    // Masks asked about with a hospital visit; who pays a stay, in Javanese.
    ['which mask for visiting my dad in hospital, n95?', 'question'],
    ['nek opname nang rs, sing mbayari sopo?', 'question'],
    // Connecting the messages again; a hospital asked in krama with "celak".
    ['sambungkan lagi sms info covid ke nomor saya', 'start'],
    ['griya sakit ingkang celak Ngawi', 'hospital'],
    // What to reply, spoken (mbales).
    ['kudu mbales opo iki?', 'help'],
    // Getting acquainted, an allergy, whose number called.
    ['boleh kenalan ga mas?', 'off-topic'],
    ['anak gatal2 habis makan udang, alergi ya?', 'off-topic'],
    ['nomor siapa ini? barusan nelpon', 'off-topic'],
    // Osing "aja" said to someone ("riko aja"); Suroboyoan "mari ngene" is "from now on", not "recovered".
    ['riko aja ngirim sms maning', 'stop'],
    ['mari ngene ojok dikirimi maneh', 'stop'],
    ['watuk e wes mari, saiki oleh metu omah?', 'question'],
    // Krama -nipun after a vowel, as -ipun after a consonant.
    ['nyuwun dipun kintuni malih informasinipun', 'start'],
    // Whether a short line works, or is for covid; a share is not a line.
    ['apa 119 masih bisa dipakai?', 'hotlines'],
    ['is 112 still working?', 'hotlines'],
    ['masker bisa cegah 100% ga?', 'question'],
    // What to type to ask about the line's subject; a language asked for, with thanks.
    ['ketik apa untuk tanya soal corona', 'help'],
    ['bahasa inggris saja bu, makasih', 'language'],
    // An inheritance quarrel is someone else's matter; registering for a vaccine named before is not subscribing.
    ['ribut soal warisan lapor kemana', 'off-topic'],
    ['aku durung vaksin, masih iso daftar?', 'question'],
    ['kemarin berhenti, skrg mau daftar lagi', 'start'],
    // "covid19" names the disease, though another illness is named too.
    ['covid19 beda gak sama flu burung', 'question'],
    // Words written without some of their vowels ("brkenan", "mnrima"); "rmh skt dkt".
    ['sy tdk brkenan mnrima sms lg', 'stop'],
    ['rmh skt dkt tuban', 'hospital'],
    // Krama -aken after dipun- ("dipunmedalaken": be taken out); Javanese -e ("lapore").
    ['nyuwun nomer kula dipunmedalaken saking daftar sms', 'stop'],
    ['aku demam karo watuk, piye lapore', 'report'],
    // Tape, not isolation; "testing" is not a slip of "texting".
    ['beli isolasi kabel dimana', 'off-topic'],
    ['stop texting me', 'stop'],
    ['stop testing me', 'question'],
    // "kudu" (should) asks, though symptoms are told.
    ['anakku watuk pilek, kudu digowo nang dokter?', 'question'],
    // The hours of something else after JAM are not the hotlines'; the line's own are.
    ['jam buka kantor pos', 'question'],
    ['jam buka hotline covid', 'hotlines'],
    // A stop forbidden asks to go on ("jangan distop"); "sampun cukup" is "enough already".
    ['jangan distop dong, sy masih mau terima sms', 'start'],
    ['ojok mandek, kirimi maneh', 'start'],
    ['sampun cukup nggih sms ipun', 'stop'],
    // The number no longer the caller's; more than two words run together.
    ['nomor ini bukan punya saya lagi', 'stop'],
    ['this number isnt mine anymore', 'stop'],
    ['nomor ini bukan nomor dinkes?', 'hotlines'],
    ['gausahkirimsmslagi', 'stop'],
    // Krama "dipun kendelaken" (be stopped); "sms2an"; UNSTOP.
    ['sms covid dipun kendelaken', 'stop'],
    ['ga usah sms2an lg', 'stop'],
    ['unstop', 'start'],
    // How to stop what another part tells, and someone else's messages, are not opt-outs.
    ['tetangga bakar sampah terus, gimana supaya berhenti', 'off-topic'],
    ['my bank keeps sending me sms, how do i turn it off', 'off-topic'],
    ['operator kirim promo terus, gimana cara berhentinya?', 'off-topic'],
    ['how do i stop spam calls from telemarketers', 'question'],
    ['sms nya dtg terus tiap hari, gimana cara berhentinya', 'stop'],
    // A parcel is someone else's matter, unless asked whether it spreads the virus.
    ['jangan kirim paket kesini', 'off-topic'],
    ['vaksin bisa dikirim lewat paket?', 'question'],
    // Javanese dh ("mandheko"), "dpt", "sudi", not wanting to join, krama "dipunlebetaken".
    ['sms e kakehan, mandheko', 'stop'],
    ['biar gk dpt sms lg gmn caranya', 'stop'],
    ['ra sudi nampa sms maneh', 'stop'],
    ['aku ora gelem melu program sms iki maneh', 'stop'],
    ['mboten usah dipunlebetaken daftar sms malih', 'stop'],
    // A message received from somewhere, told, is not a wish for more.
    ['sy dpt sms dr nomor ini', 'question'],
    // Reached by phone at the weekend; a line free to call is not phone credit.
    ['minggu ada yg bisa ditelp?', 'hotlines'],
    ['nomor bebas pulsa darurat', 'hotlines'],
    // When to call a short line is the danger signs.
    ['kapan harus telpon 119?', 'question'],
    // Where to take someone with symptoms; a report asked where to make stays a report.
    ['bapak sesak, rs mana yg paling dekat?', 'hospital'],
    ['bapak sesak, mau lapor kemana?', 'report'],
    // A hospital that treats it, in Madurese; what a stay costs is not one.
    ['rumah sakit se bisa ngobati covid e sumenep', 'hospital'],
    ['berampa ongkos rawat covid e rs', 'question'],
    ['PELAPORAN KASUS', 'report'],
    ['tolong jelaskan cara kerja layanan ini', 'help'],
    // Whether what is told is normal is asked; "what now" after a situation told is not help.
    ['anakku batuk pilek, normal ta', 'question'],
    ['mbah ngantuk terus gak iso digugah, piye iki', 'question'],
    // Roof tape, a child health post's schedule, an election hoax.
    ['isolasi atap bocor pake apa', 'off-topic'],
    ['jadwal posyandu bulan ini', 'off-topic'],
    ['cara cek hoaks pemilu', 'off-topic'],
    // A stop passed on for someone ("kata ibu"); a request before a "not"; boredom as the reason.
    ['kata ibu jangan kirim sms lagi, ibu gak bisa baca', 'stop'],
    ['mohon nomor saya tidak dimasukkan ke daftar sms', 'stop'],
    ['pls send hotline no', 'hotlines'],
    ['stop ah, bosen aku', 'stop'],
    // "hps", "ogah", Javanese "dipateni", "discontinue", two letters swapped, a word spelled out.
    ['tlg hps nomor sy', 'stop'],
    ['ogah dikirimi sms', 'stop'],
    ['sms iki dipateni wae', 'stop'],
    ['please discontinue these messages', 'stop'],
    ['stpo', 'stop'],
    ['s t o p', 'stop'],
    // "spt" is "seperti": asking for the messages again.
    ['tolong kirim sms lagi spt dulu', 'start'],
    // A threat to report the messages asks them to stop; a scam reported is not one.
    ['saya lapor ke kominfo kalau sms ini masih dikirim', 'stop'],
    ['ada sms penipuan, lapor ke polisi?', 'off-topic'],
    // Someone else's matters: an ex, a magazine, a chat sent by mistake; a medicine stopped.
    ['gimana biar gak hubungi mantan', 'off-topic'],
    ['cara berhenti langganan majalah', 'off-topic'],
    ['hapus chat tadi, salah kirim', 'off-topic'],
    ['salah kirim, ini bukan nomor pasien, tolong distop', 'stop'],
    ['obat paracetamol perlu distop?', 'question'],
    // Vowel-less texting ("krm psn", "prl", "lgnn"), -kan texted -kn, swapped letters in "hapus".
    ['gk prl krm psn lg', 'stop'],
    ['brhntikn lgnn', 'stop'],
    ['tlg hapsu nmr sy', 'stop'],
    ['mohon dihentiakn', 'stop'],
    // "Can ... not", a "not" asked apart from its "can"; "bisa gak dikirim lagi?" asks for more.
    ['bisakah nomor ini tidak dikirimi sms lagi?', 'stop'],
    ['can you not send me these', 'stop'],
    ['would you mind not texting me', 'stop'],
    ['bisa gak dikirim lagi infonya?', 'start'],
    // Released from the list; a stop called off is a wish to go on.
    ['tolong nomor saya dilepas dari langganan', 'stop'],
    ['aku gak sido mandek, kirimono maneh', 'start'],
    ["i don't want to stop getting these", 'start'],
    // "no ini" is "this number"; words run together with "ke"; "just quit it".
    ['dftrkn no ini utk sms info', 'start'],
    ['berhentikirimsmskesaya', 'stop'],
    ['just quit it', 'stop'],
    // Krama and Madurese: "ditekani" (come to), "je'" (don't); a threat to the provider reported to.
    ['aku ra pengin ditekani sms terus', 'stop'],
    ["je' ngirim sms pole", 'stop'],
    ['STOP TEXTING ME or I will report this number to my provider', 'stop'],
    // "memerlukan" is "perlu"; "virus" names the line; Madurese "kaule", "tarema".
    ['saya sudah tidak memerlukan sms ini lagi', 'stop'],
    ['jgn ganggu sy lg dgn sms virus', 'stop'],
    ["kaule ta' endha' tarema sms pole", 'stop'],
    // An emergency room, a free bed, "rmhskt"; Madurese e- passive ("etelpon").
    ['igd terdekat dari krian', 'hospital'],
    ['rs yg masih ada kamar kosong', 'hospital'],
    ['rmhskt dkt pandaan', 'hospital'],
    ['sapa se bisa etelpon?', 'hotlines'],
    // "call centre" written apart, with phone credit as the reason.
    ['call centre yg gratis? pulsa abis', 'hotlines'],
    // TB and a pregnancy test pack are someone else's matters; a rumour checked is not a stop.
    ['tb paru nular gk?', 'off-topic'],
    ['test pack positif, hamil brp bulan?', 'off-topic'],
    ['kabar e banyu anget iso mateni korona, bener ta?', 'question'],
    // "repot-repot" between the "not" and sending; the messages named before the "not".
    ['tidak usah repot-repot kirim sms lagi', 'stop'],
    ['sms dari sini sudah tidak usah lagi', 'stop'],
    // Arriving ("nyampe"); "keluarin"; words run together, with -nya; a prefix before a word without vowels.
    ['pesan2 ini jangan nyampe ke hp saya lagi', 'stop'],
    ['keluarin aja nomorku', 'stop'],
    ['jangankirimsmslagikenomorsaya', 'stop'],
    ['tolonghentikansmsnya', 'stop'],
    ['pleasestoptextingme', 'stop'],
    ['mohon nomer sy dihpus dri daftar sms', 'stop'],
    // Javanese "mbok yo dilereni", "sms-e aja dikirim", Osing "mandeg", krama "dhateng" (to).
    ['sms e mbok yo dilereni', 'stop'],
    ['sms-e aja dikirim meneh', 'stop'],
    ['mandeg o', 'stop'],
    ['kula sepuh. mugi sms dhateng nomer menika dipun kendelaken', 'stop'],
    // "please finish sending", "not need ... anymore".
    ['please finish sending', 'stop'],
    ['i am not need this information anymore', 'stop'],
    // Someone else's subscription; whether to block what another part names; a rumour that something stopped.
    ['loper koran, tolong berhentikan langganan saya', 'off-topic'],
    ['nomor asing sms saya menang undian, saya blokir aja kan?', 'off-topic'],
    ['stop aja lah, pulsa sy kepotong trs ya?', 'stop'],
    ['di grup ada kabar vaksin harus dihentikan, benar gak?', 'question'],
    ['how to leave a whatsapp group quietly', 'off-topic'],
    // "no longer want", "non aktifkn" (-kan texted -kn).
    ['i no longer want these messages', 'stop'],
    ['tolong nmr sy di non aktifkn dr layanan sms', 'stop'],
    // "sendi" (a joint) is not "send" with -i; a medicine asked of a puskesmas; a deposit is a cost.
    ['ngilu sendi, itu gejala covid apa?', 'question'],
    ['obate covid opo? ga gelem nang puskesmas', 'question'],
    ['RS minta uang muka utk pasien covid, boleh?', 'question'],
    // A positive result to be recorded is a report; what a word means, asked, is not.
    ['hasil swab positif, tolong dicatat', 'report'],
    ['saya dicatat sbg kontak erat, itu artinya sy positif?', 'question'],
    // A free number when phone credit is low; a number that can be asked; a police station's number.
    ['pulsa sy tinggal dikit, ada nomor telepon gratis ga', 'hotlines'],
    ['kirim pulsa 20rb ke nomor ini ya', 'off-topic'],
    ['mbok aku diwenehi nomer sing iso ditakoni', 'hotlines'],
    ['bisa tanya apa aja di nomor ini?', 'help'],
    ['nomor telpon polsek terdekat', 'off-topic'],
    ['cll center krna', 'hotlines'],
    // "ngabari" (inform), "gamau", "rumah sakitnya", "kntk drrt".
    ['ra usah ngabari aku maneh', 'stop'],
    ['gamau terima sms lg', 'stop'],
    ['rumah sakitnya dmn', 'hospital'],
    ['kntk drrt', 'hotlines'],
    // "opo2" is "anything", not "what"; "po ora", a final "ra" ask.
    ['mbah ora iso ngambu opo2 karo watuk terus', 'report'],
    ['ngelu karo meriang, iku gejala korona po ora', 'question'],
    ['dicium mbah sing lagi watuk, iso ketularan ra', 'question'],
    // Someone else's number; "dinkes" is not "di" and "nakes".
    ['mas, iki nomere pak rt to?', 'off-topic'],
    ['mau kasih tau dinkes kalau saya demam', 'report'],
    // "Don't ... again" said outright, whatever reason is told beside it; not asked.
    ['TOLONG JANGAN SMS SAYA LAGI SAYA SUDAH TUA DAN TIDAK PAHAM', 'stop'],
    ['hpne simbah ojo dikirimi sms meneh, mbah ora iso moco', 'stop'],
    ['kami minta nomor dinas ini tidak lagi menerima sms layanan tersebut', 'stop'],
    // When the messages stop, asked as a complaint; not when the disease stops.
    ['kapan sih sms ini berhentinya???', 'stop'],
    ['kapan corona berhenti?', 'question'],
    ['virus corona kok tidak hilang, tidak berhenti juga', 'question'],
    // A stop told as past beside a wish to subscribe; a stop cancelled; one asked before.
    ['boleh saya berlangganan lagi? dulu sempat keluar', 'start'],
    ['saya batal berhenti, tetap kirim sms ya', 'start'],
    ['I asked you to stop', 'stop'],
    // "benar-benar" is "really", not a rumour; a message sent to the wrong place with "don't send again".
    ['tolong benar-benar dihapus nomor saya', 'stop'],
    ['salah kirim, tolong jangan kirim lagi', 'stop'],
    // Javanese "busek", Madurese "ebuang", "butoh"; "cease"; run together with "ini".
    ['nomerku busek en teko daftar sms', 'stop'],
    ['nomer kaula ebuang dari daftar sms', 'stop'],
    ['kindly cease sending messages', 'stop'],
    ['tolongjangankirimsmslagikenomorini', 'stop'],
    // Smoking, social media: someone else's matters.
    ['cara berhenti merokok', 'off-topic'],
    ['cara menonaktifkan notifikasi instagram', 'off-topic'],
    // The number changed owner, as a reason; "rasah" (no need); "i want out"; "no more please" of texts named.
    ['nomor ini sdh ganti pemilik, tolong dihapus dr pengiriman', 'stop'],
    ['rasah ngirim meneh yo', 'stop'],
    ['i want out of this sms service', 'stop'],
    ['ur texts keep waking me up. no more please', 'stop'],
    // A passive stop far from the messages named; "jangan ada sms"; "berhenti napa"; "dicabut".
    ['mohon pengiriman sms informasi covid ke nomor ini dihentikan', 'stop'],
    ['tolong jangan ada sms masuk dari sini lagi', 'stop'],
    ['hp ku geter terus gara2 sms kalian, berhenti napa', 'stop'],
    ['nomor saya dicabut saja dari daftar sms', 'stop'],
    ['hapusnomorsayadarisms', 'stop'],
    // "bsk" is "besok", not a removal; a police report withdrawn; a question about the virus.
    ['pinjam uang 500rb dong, bsk sy ganti', 'question'],
    ['saya mau cabut laporan polisi, bisa?', 'off-topic'],
    ['virus nyebar lewat ac? perlu dimatikan?', 'question'],
    // Whose this number is; fuel prices; music next door.
    ['mas, sing nomer iki sopo yo?', 'off-topic'],
    ['hoax ttg kenaikan bbm beneran gak', 'off-topic'],
  ])('%j -> %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });

  it('reads a hospital asked for in Javanese, the place in a part of its own', () => {
    expect(parseSmsCommand('ds tlogo, rs covid sing cedek ndi?', mentionsTopic)).toEqual({
      kind: 'hospital',
      place: 'ds tlogo',
    });
  });

  it('reads "rs" run onto two words of what is asked', () => {
    expect(parseSmsCommand('rsrujukanterdekat dr genteng', mentionsTopic)).toEqual({
      kind: 'hospital',
      place: 'genteng',
    });
  });

  it('reads the place after what is asked of a hospital: a free bed, near', () => {
    expect(parseSmsCommand('rs yg msh ada kamar kosong dkt kepanjen', mentionsTopic)).toEqual({
      kind: 'hospital',
      place: 'kepanjen',
    });
  });

  it('reads "rs" run onto what is asked of it, and keeps the place', () => {
    expect(parseSmsCommand('rscovid terdekat dr genteng', mentionsTopic)).toEqual({
      kind: 'hospital',
      place: 'genteng',
    });
  });

  it.each([
    // Interested in something else; a queue, not a phone line.
    'saya berminat ikut vaksin, harap info jadwalnya',
    'the line at the vaccine post was long',
    // Whether to keep taking a medicine is the FAQ's (for people with such illnesses).
    'bapak darah tinggi, obatnya tetap diminum waktu isoman?',
  ])('%j is not a request to stop or for the hotlines, nor off-topic', (text) => {
    expect(['stop', 'hotlines', 'off-topic']).not.toContain(parseSmsCommand(text, mentionsTopic).kind);
  });

  it.each([
    // What a stay costs, in Javanese; a medicine asked of a puskesmas; whom to believe.
    'piro biayane opname nang rumah sakit?',
    'regane mondok nang rs piro',
    'obat antivirus ada di puskesmas ga?',
    // What a hospital charges, asked after its keyword; a report to someone else; contact with a case.
    'rs njaluk mbayar perawatan covid, jare gratis?',
    'harus lapor ke atasan dulu ya kalau positif?',
    'kapan tes setelah kontak sm org positif',
    // "keluar" of the house, though a chat group is named.
    'jangan keluar rumah kata grup wa, bener?',
    // A price, not a short number; a lost sense of smell reported is symptoms.
    '150 ribu biaya swab di rs mahal ga',
    'onok sing positif nang kampung, puskesmas meneng ae. percoyo sopo?',
  ])('%j is a question for the FAQ, though it names a hospital', (text) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe('question');
  });
});

describe('parseSmsCommand: opt-outs in still more words, and their traps', () => {
  /** Stands in for the FAQ's subjects: these words name one, no other word does. */
  const mentionsTopic = (text: string) => /vaksin|isoman|masker|virus/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Texting shorthand for "enough", "just", "messages", "given".
    ['ud ckp kirimny, stop aj', 'stop'],
    ['psn2 ini tlg distop ya bu', 'stop'],
    ['no ini jgn dksh info lg', 'stop'],
    // Taking the number off, in slang and in Javanese; dropping it from the list; muting, skipping.
    ['hapusin no gw dr database lo', 'stop'],
    ['nomerku culno teko daftar', 'stop'],
    ['pls drop me from this list', 'stop'],
    ['Mute this service for my number please', 'stop'],
    ['skip aja no sy', 'stop'],
    // Ending the service asked for as a noun.
    ['Saya mengajukan permohonan penghentian layanan SMS COVID-19 untuk nomor saya.', 'stop'],
    // Complaining to an authority if the messages keep coming.
    ['kalo msh ngirim, sy adukan ke provider', 'stop'],
    ['Saya adukan ke YLKI kalau nomor saya masih dikirimi', 'stop'],
    // Not needed any more, the one who wishes between the "not" and the wish.
    ['Informasi ini sudah tidak saya butuhkan, terima kasih', 'stop'],
    // Turned back on, in Javanese.
    ['Sms-e diuripno maneh rek, aku butuh', 'start'],
    // A formal "kindly do not", choosing not to, "it is time I no longer", "trma" for "terima".
    ['Sudilah kiranya Bapak/Ibu tidak mengirimkan pesan lagi ke nomor saya. Salam.', 'stop'],
    ['Izin menyampaikan, saya memilih untuk tidak lagi menerima notifikasi dari layanan ini.', 'stop'],
    ['Rasanya sudah waktunya saya tidak menerima kabar ini lagi', 'stop'],
    ['g mw trma sms ini lg', 'stop'],
    // A stop asked before, how many times told.
    ['Tolong ya, sadar diri, sudah saya minta berhenti 3 kali', 'stop'],
    // The number taken off, though another part names the list; who subscribed it, told.
    ['daftar penerima sms covid, nomor saya dicabut saja', 'stop'],
    ['anak sy yg daftarin nomor ini, sy gak mau. tolong dicabut', 'stop'],
    // Typos of "terima", "mau", "jangan".
    ['g mw trm sms lg', 'stop'],
    ['sya tdk maw trima pesan lg', 'stop'],
    // Consent withdrawn; receiving stopped; not to be filled with messages; a number removed for someone
    // else; excluded from broadcasts; "no more" with this number named; Javanese -ke; run together.
    ['Saya ingin menarik persetujuan saya untuk menerima SMS dari layanan ini.', 'stop'],
    ['Saya kira ini layanan sementara, ternyata berlanjut terus. Saya mau berhenti menerimanya.', 'stop'],
    ['HP ini dipakai anak sekolah, mohon jangan diisi pesan dari layanan ini lagi.', 'stop'],
    [
      "I'm writing on behalf of my mother. She doesn't want these messages anymore, please remove her number.",
      'stop',
    ],
    ['Kindly exclude this number from future broadcasts. Regards, front office, Hotel Surya.', 'stop'],
    [
      'Nomor ini adalah nomor resmi SDN 2 Kepanjen. Kami mohon nomor sekolah dihapus dari daftar penerima SMS.',
      'stop',
    ],
    ['no more please. this number is my work phone', 'stop'],
    ['Tulung SMS-e dimandhegke wae, wis kakehan', 'stop'],
    ['janganKirimLagiYa', 'stop'],
    ['bRhEnTi sMs kE sAyA', 'stop'],
    // "Stop dulu" is "for now"; "dulu" first is "once".
    ['Kebanyakan sms, memori hp saya jadi penuh. Stop dulu ya', 'stop'],
    ['Dulu saya unreg, sekarang mau gabung lagi.', 'start'],
    ['Anak saya yang kemarin minta berhenti, padahal saya masih butuh. Mohon dikirimi lagi ya.', 'start'],
    ['Saya sudah pulang dari luar negeri, silakan kirim info COVID ke nomor ini lagi.', 'start'],
    // Traps: a hospital asked for beside "don't send me"; stopping going to the office; someone else texted.
    ["Where's the nearest COVID hospital to Banyuwangi? Don't send me to Surabaya.", 'hospital'],
    ['Saya positif tapi tanpa gejala, harus berhenti masuk kantor juga?', 'question'],
    ['My girlfriend broke up with me and told me to stop texting her. What do I do?', 'question'],
    ['Aku wes putus karo pacarku, nomere wes tak blokir. Saiki aku kudu piye?', 'question'],
    ['Please stop sending them to me, thank you', 'stop'],
    // "Take" in a question about a medicine is no removal.
    ['i have covid, pharmacy give me ivermectin, ok to take?', 'question'],
    // Madurese: the number taken off the list.
    ["tolong apos nomer engko' dari daftar", 'stop'],
    // A hospital or a number asked for in a part of its own is what is wanted, not a stop.
    ['stop, saya butuh rumah sakit covid di Gresik sekarang', 'hospital'],
    ["I need the covid hotline number, don't send me anything else", 'hotlines'],
    // A chat group's notices, another operator's subscription, vegetables and money not to be sent,
    // quitting cigarettes: not the line's messages.
    ['stop notifikasi WA grup RT gimana', 'question'],
    ['Tolong stop langganan game anak saya di XL, pulsa kesedot terus', 'off-topic'],
    ['Mbak, jangan kirim sayur dulu, kulkas penuh', 'question'],
    ["engko' terro ambu aroko', ta' kellar", 'off-topic'],
    // These messages named beside someone else; made a recipient; continued, in Javanese; switched on.
    ['hebat, sms ini lebih setia dari mantan saya. tolong berhenti datang', 'stop'],
    ['Ini nomor kantor, tolong jangan dijadikan penerima sms covid', 'stop'],
    ['sms-e diterusno ae rek, aku butuh', 'start'],
    ['ON lagi', 'start'],
    ['hello there, anyone on?', 'help'],
    // Someone else's messages arriving is not a wish for more.
    ['Tiap hari ada sms judi online masuk, kesel', 'question'],
    // Traps: an invitation or goods not to be sent; a vaccine said to be stopped; how to delete something else.
    ['Jangan kirim undangan ke Bu Tini, beliau sedang umroh', 'question'],
    ['Ojo dikirim disik barange, aku durung mulih', 'question'],
    ['Ada pesan berantai katanya vaksin dihentikan karena bikin mandul, benar?', 'question'],
    ['hp sy kena virus, iklan muncul trs. gmn hapusnya?', 'off-topic'],
    ['Radio kesayangan saya berhenti siaran', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a number, a hospital and help told apart from what only shares their words', () => {
  const mentionsTopic = (text: string) => /vaksin|menular|nularin|covid|corona/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Which number to report to is a line asked for; a number to call stays one.
    ['mau lapor lewat telp aja, ke nomor mana?', 'hotlines'],
    ['I need a number to call, my neighbour is very sick', 'hotlines'],
    ['minta no hp dinkes', 'hotlines'],
    // The phone as a thing, a number blocked, where something is sent, a work contract: no number asked.
    ['BISAKAH CORONA MENULAR LEWAT HP YG DIPINJEM2', 'question'],
    ['Gimana cara blokir nomor yang nelpon terus tengah malam?', 'question'],
    ['Bisa minta dikirimi info vaksin secara rutin ke nomor ini?', 'question'],
    ["who pays if i get covid and need hospital? i'm working here on contract", 'question'],
    // Where someone works is not a hospital asked for.
    [
      'suami kerja di rs jd perawat, tiap plg langsung peluk anak. bisa nularin covid lwt baju ga?',
      'question',
    ],
    // How it works, asked by a first-time sender.
    ['caranya gmn? sy baru pertama kali sms ke sini', 'help'],
    // Ordering goods with "pesen", and a civil-service entrance test, are not the line's.
    ['mau pesen galon 2 ya pak, alamat biasa', 'question'],
    ['biaya tes masuk PNS berapa', 'off-topic'],
    // A status term asked with a place it was heard; the risk a long illness brings: the FAQ's.
    ['ODP iku opo tho? krungu teko wong-wong nang warung kopi', 'question'],
    ['sy umur 61 ada kolesterol, masuk kelompok risiko tinggi kah?', 'question'],
    ['obat kolesterol yg bagus apa', 'off-topic'],
    // A birthday wished is no greeting to the line.
    ['selamat ulang tahun bro, sehat selalu', 'question'],
    ['selamat pagi min', 'help'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: symptoms told in English, and asked', () => {
  const mentionsTopic = (text: string) => /fever|cough|covid|throat/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // "is" inside what is told does not ask.
    ['my son is 6 years old and has had fever and cough since yesterday, we are in Sidoarjo', 'report'],
    // Before who or what is asked of, or opening the sentence, it asks.
    ['sore throat and chills since yesterday, is it covid', 'question'],
    ['if i sit next to someone coughing on the bus can i catch it', 'question'],
    ['when can i stop self-isolation, no fever for 2 days now', 'question'],
    // Asked to note it.
    ['My father (72) has had a fever since Tuesday and now he is coughing a lot. Please note it.', 'report'],
    // A medicine named first asks for it.
    ['obat diare anak', 'question'],
    // Told by the day it is, by how one feels, by what someone has, after a journey home.
    ['Day 4 of covid, cough getting worse, no fever. Just letting you know', 'report'],
    ['hari ke3 demam, td pagi cek saturasi 96, batuk berdahak', 'report'],
    ['home test says positive, feeling tired and a bit feverish, staying at a homestay', 'report'],
    ['the old man next door has fever and keeps coughing, his family lives far away', 'report'],
    ['pusing, meriang, hidung meler. baru pulang dari surabaya', 'report'],
    // A result told plainly is a case; with signs beside it, or asked of, it is the FAQ's.
    ['hasil swab sy positif', 'report'],
    ['kula ngaturi pirsa, bapak kula positif covid', 'report'],
    ['cak, aku positif swab PCR, isoman nang omah', 'report'],
    ['anak sy napasnya cepet, kmrn antigen positif', 'question'],
    ['aku positif, isoman piro dino', 'question'],
    ['berhenti isoman kapan, udh ga demam 2 hari', 'question'],
    // The disease caught, told; not supposed ("biar ga kena covid", "rentan kena covid").
    ['sy kena korona nih', 'report'],
    ['bapak engkok kenneng covid', 'report'],
    ['demam 39 dr kemarin, pusing, lemesss bgt', 'report'],
    ['tips biar sekeluarga ga kena covid pas mudik lebaran nanti', 'question'],
    ['mbah saya umur 75 lebih rentan kena covid ya', 'question'],
    ['hp ku kena virus iklan terus', 'off-topic'],
    // "Has" opening a sentence asks; "normal kan" asks whether it is normal.
    ['has anyone with a cough and fever been told to test?', 'question'],
    ['abis vaksin lengan pegel 2 hari normal kan', 'question'],
    // More words for whom the symptoms are of.
    ['uncle positive PCR, lives with us, hes 70 and coughing', 'report'],
    ['papa demam 4 hari, skrg mulai mencret, saturasi 94', 'report'],
    // A hospital needed near, though symptoms are told; a number asked outright, though symptoms are named.
    ['need a hospital for a feverish child with fast breathing near Sukolilo', 'hospital'],
    ['nomor telpon dinkes buat konsultasi kalau ada gejala covid berapa?', 'hotlines'],
    ['tolong nomor yg bisa ditelpon skrg, bapak sy sesak', 'hotlines'],
    // A contact told by how long is exposure, not a number.
    ['perlu tes covid gak kalo cuma kontak sebentar', 'question'],
    // "Tested positive", said without "I"; Javanese "sesek".
    ['tested positive on antigen this morning, mild fever', 'report'],
    ['emakku sesek napas mulai wingi, omahe nang Ponorogo', 'report'],
    // A question word said twice is "anything"; an ambulance told beside a report.
    ['bapak kulo panas lan mboten saged ngambu menapa-menapa', 'report'],
    ['ada ambulans berhenti di gang, saya mau lapor tetangga saya demam dan sesak di Sidoarjo', 'report'],
    // "Rumah sakit" shortened; who called, not whom to call.
    ['rmh sakit rujukan covid daerah jl raya Porong', 'hospital'],
    ['ini siapa ya? km yg kemarin nelpon?', 'off-topic'],
    // Reports of other matters: a levy, a road, a financial report.
    ['saya mau lapor pungli di kantor desa', 'off-topic'],
    ['lapor, dalan nang dusunku bolong-bolong, akeh sing tibo', 'off-topic'],
    ['how do I file the quarterly financial report for my shop?', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: symptoms told with a place', () => {
  const mentionsTopic = (text: string) => /demam|batuk|nular/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Symptoms and where the caller is, nothing asked: a report, though no one is named as sick.
    ['demam batuk Sempu', 'report'],
    ['baru pulang dr jakarta, skrg demam menggigil. tinggal di Ngadiluwih', 'report'],
    // One symptom and a place is a report; one symptom alone, or something asked of them, a question.
    ['demam Sempu', 'report'],
    ['demam', 'question'],
    ['demam batuk sempu itu covid?', 'question'],
    ['ngobrol jarak dekat tanpa batuk bisa nular ga', 'question'],
    // A positive result told with a place is a report too; one passed on as news, asked whether true, is not.
    ["ana' sengko' positif swab, e Socah", 'report'],
    ['di grup wa ada kabar tetangga positif di Socah, bener gk ya', 'question'],
    // Lay words for symptoms.
    ['awakku greges kabeh, mencret, nang Sempu', 'report'],
    // A room of the house is no place: "kamar" is one letter from Kec. Kamal.
    ['suamiku positif, barusan pingsan sebentar di kamar mandi', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic, undefined, resolve).kind).toBe(kind);
  });

  it('reads no report from a symptom and a place without a place resolver', () => {
    expect(parseSmsCommand('demam Sempu', mentionsTopic).kind).toBe('question');
  });
});

describe('parseSmsCommand: RS and LAPOR', () => {
  it.each([
    ['RS sempu', 'sempu'],
    ['rs Sempu Banyuwangi', 'Sempu Banyuwangi'],
    ['RS: Sempu, Banyuwangi', 'Sempu, Banyuwangi'],
    ['rs.genteng', 'genteng'],
    ['Rs. kec. genteng', 'kec. genteng'],
    ['R S sempu', 'sempu'],
    ['rumah sakit rogojampi', 'rogojampi'],
    ['RSUD jember', 'jember'],
    ['min, rs dekat genteng dong', 'genteng'],
    // Javanese krama: "griya sakit caket pundi" is "rumah sakit dekat mana".
    ['kulo teng pare, griya sakit caket pundi', 'pare'],
    // Words around the place are trimmed; the resolver gets the rest and the caller handles not-found.
    ['rs rujukan covid di banyuwangi apa saja?', 'banyuwangi'],
    ['rs rujukan di mana', ''],
    ['rs sakit apa', 'sakit'],
    ['RS', ''],
    ['rs?', ''],
  ])('%j -> hospital, place %j', (text, place) => {
    expect(parseSmsCommand(text)).toEqual({ kind: 'hospital', place });
  });

  it.each([
    ['LAPOR demam batuk sempu', 'demam batuk sempu'],
    ['lapor: demam, batuk, Sempu', 'demam, batuk, Sempu'],
    ['Lpr sehat genteng', 'sehat genteng'],
    ['laporan batuk', 'batuk'],
    ['LAPOR', ''],
  ])('%j -> report, text %j', (text, rest) => {
    expect(parseSmsCommand(text)).toEqual({ kind: 'report', text: rest });
  });
});

function placeLabel(place: PlaceResolution | undefined): string | string[] | undefined {
  if (!place) return undefined;
  if (place.kind === 'found') return place.place.label;
  if (place.kind === 'ambiguous') return place.candidates.map((c) => c.label);
  return 'not-found';
}

describe('hospitalPlaceIn', () => {
  const at = (words: string) => {
    const place = hospitalPlaceIn(words, resolve);
    return place.kind === 'found' ? `${place.place.level} ${place.place.name}` : place.kind;
  };

  it('leaves out a place refused, up to the end of its part', () => {
    expect(at("s banyuwangi don't send me surabaya")).toBe('kabkota Banyuwangi');
    expect(at('Sidoarjo, jangan yg di Surabaya')).toBe('kabkota Sidoarjo');
    expect(at('bukan yg di surabaya tapi malang')).toBe('ambiguous');
    // "Tidak jauh dari" is near, not a refusal.
    expect(at('tidak jauh dari Kepanjen')).toBe('kecamatan Kepanjen');
  });

  it('reads a level word as a level, not as the kecamatan named Kota, and lets it settle a shared name', () => {
    const code = (words: string) => {
      const place = hospitalPlaceIn(words, resolve);
      return place.kind === 'found' ? place.place.code : place.kind;
    };
    // Kota Probolinggo and Kota Kediri, not Kec. Kota in Kota Kediri; Kota Madiun, not Kab. Madiun.
    expect(code('brother in law needs admitted, we are in kota probolinggo and have no car')).toBe('35.74');
    expect(code('with high fever near kota kediri')).toBe('35.71');
    expect(code('anak kejang demam tinggi, kota madiun')).toBe('35.77');
    expect(code('kec kota')).toBe('35.71.02');
  });

  it('finds the place among the words asked of a hospital, wherever it stands', () => {
    expect(at('nang tuban sing iso ngerawat')).toBe('kabkota Tuban');
    expect(at('ruang isolasi covid di lamongan')).toBe('kabkota Lamongan');
    expect(at('batu please my friend sick')).toBe('kabkota Batu');
    expect(at('sempu banyuwangi')).toBe('kecamatan Sempu');
  });

  it('forgives a typo in a place written alone', () => {
    expect(hospitalPlaceIn('bayuwangi', resolve)).toMatchObject({
      kind: 'found',
      place: { name: 'Banyuwangi' },
    });
  });

  it('reads no place from words that only ask, though some are names of places', () => {
    // Ds. Butuh, Kec. Deket, a desa a slip from "tolong".
    for (const words of ['butuh sekarang', 'paling deket ndi rek', 'TOLONGGG'])
      expect(hospitalPlaceIn(words, resolve).kind, words).toBe('not-found');
  });
});

describe('parseReportText', () => {
  /** The level and name (or code) of the place a report's text is read to name, or how it was not. */
  const reportPlace = (text: string, by: 'name' | 'code' = 'name') => {
    const place = parseReportText(text, resolve).place;
    return place?.kind === 'found' ? `${place.place.level} ${place.place[by]}` : place?.kind;
  };

  it('reads no place from words a place is never read from, though one is a slip from a desa name', () => {
    // "tolong" is a slip from Ds. Tolang, "tunggu" from Ds. Tunggur.
    const urgent = parseReportText('TOLONGGG SUAMI SY SESAK NAPAS POSITIF COVID', resolve);
    expect(urgent.answers.symptoms).toEqual(['breathing']);
    expect(urgent.missing).toEqual(['place']);
    expect(
      parseReportText('kakek 80th batuk dikit, langsung periksa atau tunggu aja', resolve).missing,
    ).toEqual(['place']);
    // "suruh" (told to) is also Kec. Suruh.
    expect(parseReportText('pak RT suruh lapor ke sini, sy demam', resolve).missing).toEqual(['place']);
  });

  it('reads the place after a word that says where, honouring its level word', () => {
    expect(reportPlace('Kula saking Maesan, badhe lapor simbok gerah panas')).toBe('kecamatan Maesan');
    expect(reportPlace('lapor demam batuk, wonten ds. Sawoo')).toBe('desa Sawoo');
    expect(reportPlace('demam batuk sempu banyuwangi')).toBe('kecamatan Sempu');
  });

  it('reads a hamlet as where the places after it are, never as a place of its name', () => {
    expect(reportPlace('mbahku lara, awake panas, ambegane ngos-ngosan. Dsn Krajan Bakung Blitar')).toBe(
      'kecamatan Bakung',
    );
    expect(parseReportText('warga rt 1 rw 4 dusun bendo ada yg demam semua', resolve).missing).toEqual([
      'place',
    ]);
  });

  it('reads levels written one after another as the smallest place in the larger', () => {
    // Desa Tegalrejo in Kec. Selopuro, not the kecamatan alone.
    expect(reportPlace('adik demam tinggi, ibu juga batuk. desa tegalrejo kec selopuro blitar', 'code')).toBe(
      'desa 35.05.22.2005',
    );
    expect(
      reportPlace(
        'sekeluarga demam batuk, kami di dusun krajan desa sumberagung kec pesanggaran. mohon bantuan',
        'code',
      ),
    ).toBe('desa 35.10.01.2004');
    // The Tawangrejo of Kec. Pandaan, whatever is told after it; the Sumberagung of Kec. Plaosan after "di".
    expect(
      reportPlace(
        'bapak ibu di desa tawangrejo kec. pandaan demam batuk sudah 5 hari, saya di luar kota',
        'code',
      ),
    ).toBe('desa 35.14.11.2010');
    expect(
      reportPlace(
        'sy demam sdh 3 hari, batuk kering. rumah di sumberagung kec plaosan. mohon arahan',
        'code',
      ),
    ).toBe('desa 35.20.07.2007');
  });

  it('reads no place from a word of the story that is only a slip from a place name', () => {
    for (const text of [
      // Kec. Sine, Ds. Mandiro, Kota Batu, Ds. Drajat.
      'please log my symptoms, headache and loss of smell since monday',
      'laporan mandiri covid, demam',
      'catat ya min: 2 org di rumah demam batuk',
      // Ds. Keras, a desa named by a word of the story, not at its end.
      'lapor saya demam, bekerja keras selama pandemi ini amin ya allah',
    ])
      expect(parseReportText(text, resolve).missing, text).toContain('place');
    expect(parseReportText('demam 38 derajat, di kecamatan Paciran', resolve).place).toMatchObject({
      kind: 'found',
      place: { level: 'kecamatan', name: 'Paciran' },
    });
  });

  it('reads chest pain or pressure as short of breath, the urgent row', () => {
    expect(parseReportText('batuk kering trs, dada agak berat', resolve).answers.symptoms).toEqual([
      'cough',
      'breathing',
    ]);
    expect(parseReportText('chest pain since last night', resolve).answers.symptoms).toEqual(['breathing']);
  });

  it('reads "cant breathe" and blue lips as short of breath', () => {
    expect(parseReportText('my mother cant breathe', resolve).answers.symptoms).toEqual(['breathing']);
    expect(parseReportText('bibir biru, demam', resolve).answers.symptoms).toEqual(['breathing', 'fever']);
  });

  it('reads symptoms and a place from one message', () => {
    // Act
    const report = parseReportText('demam batuk sempu banyuwangi', resolve);

    // Assess
    expect(report.answers).toEqual({ symptoms: ['fever', 'cough'] });
    expect(placeLabel(report.place)).toBe('Kec. Sempu, Kab. Banyuwangi');
    expect(report.missing).toEqual([]);
  });

  it('leaves a shared place name for the caller to ask about', () => {
    const report = parseReportText('demam batuk genteng', resolve);
    expect(report.place?.kind).toBe('ambiguous');
    expect(report.missing).toEqual([]);
  });

  it.each([
    ['meriang, watuk', ['fever', 'cough']],
    ['badan panas', ['fever']],
    ['fever and cough', ['fever', 'cough']],
    ['batukkk terus', ['cough']],
    ['sakit tenggorokan', ['sore-throat']],
    ['radang', ['sore-throat']],
    ['nyeri telan', ['sore-throat']],
    ['sesak napas', ['breathing']],
    ['susah nafas', ['breathing']],
    ['short of breath', ['breathing']],
    ['anosmia', ['smell-taste']],
    ['hilang penciuman', ['smell-taste']],
    ['tidak bisa mencium bau', ['smell-taste']],
    ['gak bisa nyium', ['smell-taste']],
    ['hilang rasa', ['smell-taste']],
    ['loss of smell and taste', ['smell-taste']],
    // A "not" cancels the symptom after it, not the whole message.
    ['demam tapi tidak sesak', ['fever']],
    ['tidak demam tapi batuk', ['cough']],
    ['gak demam, batuk', ['cough']],
    ['tidak demam dan batuk', ['cough']],
    ['tidak ada gejala', []],
    ['sehat', []],
    ['no symptoms', []],
  ])('%j -> symptoms %j', (text, symptoms) => {
    expect(parseReportText(text, resolve).answers.symptoms).toEqual(symptoms);
  });

  it.each([
    ['kontak erat', { contactWithCase: true }],
    ['tetangga positif', { contactWithCase: true }],
    ['my wife tested positive', { contactWithCase: true }],
    ['tidak ada kontak', { contactWithCase: false }],
    ['hamil', { pregnantOrChronic: true }],
    ['darah tinggi', { pregnantOrChronic: true }],
    ['diabetes', { pregnantOrChronic: true }],
    ['komorbid asma', { pregnantOrChronic: true }],
    ['lansia', { ageBand: '60+' }],
    ['umur 65', { ageBand: '60+' }],
    ['65th', { ageBand: '60+' }],
    ['usia 45', { ageBand: '40-59' }],
    ['30 tahun', { ageBand: '18-39' }],
    ['umur 12', { ageBand: '0-17' }],
    // A bare number is a house number or a day count, not an age; "orang tua" are parents.
    ['demam 3 hari', {}],
    ['orang tua', {}],
  ])('%j -> %j', (text, answers) => {
    const { symptoms: _, ...rest } = parseReportText(text, resolve).answers;
    expect(rest).toEqual(answers);
  });

  // The triage no longer asks about travel: travel words add no answer, but are still read, so
  // neither where someone came from nor "kota" in "luar kota" is taken for where they are.
  it.each(['pulang dari surabaya', 'habis mudik', 'luar kota', 'mudik dari malang'])(
    '%j is read as travel: no answer, and not a place',
    (text) => {
      const report = parseReportText(text, resolve);
      expect(report.answers).toEqual({});
      expect(report.place?.kind).not.toBe('found');
      expect(report.missing).toEqual(['symptoms', 'place']);
    },
  );

  it('reads a long report: symptoms, exposure, age, illness and place', () => {
    // Act
    const report = parseReportText(
      'batuk, gak bisa nyium bau, kontak erat sama tetangga positif, umur 67, diabetes, tinggal di genteng banyuwangi',
      resolve,
    );

    // Assess
    expect(report.answers).toEqual({
      symptoms: ['cough', 'smell-taste'],
      contactWithCase: true,
      ageBand: '60+',
      pregnantOrChronic: true,
    });
    expect(placeLabel(report.place)).toBe('Kec. Genteng, Kab. Banyuwangi');
    expect(report.missing).toEqual([]);
  });

  it('does not take where someone travelled from for where they are', () => {
    const report = parseReportText('demam, pulang dari surabaya, rogojampi', resolve);
    expect(placeLabel(report.place)).toBe('Kec. Rogojampi, Kab. Banyuwangi');
  });

  it('does not read symptom words as places (batuk is one letter from Kota Batu)', () => {
    const report = parseReportText('batuk panas pilek', resolve);
    expect(report.place).toBeUndefined();
    expect(report.missing).toEqual(['place']);
  });

  it.each([
    ['', ['symptoms', 'place']],
    ['sempu banyuwangi', ['symptoms']],
    ['demam batuk', ['place']],
    ['demam kampung antah berantah', ['place']],
    ['sehat genteng banyuwangi', []],
  ])('%j is missing %j', (text, missing) => {
    expect(parseReportText(text, resolve).missing).toEqual(missing);
  });

  it('tries the longest trailing run of left-over words first, then shorter ones', () => {
    // Prepare: a resolver that knows only "sempu banyuwangi", and records what it was asked.
    const asked: string[] = [];
    const fake = (query: string): PlaceResolution => {
      asked.push(query);
      return query === 'sempu banyuwangi'
        ? { kind: 'found', place: { ...sempu, label: 'Kec. Sempu, Kab. Banyuwangi' } }
        : { kind: 'not-found' };
    };

    // Act
    const report = parseReportText('demam ladang sempu banyuwangi', fake);

    // Assess
    expect(asked).toEqual(['ladang sempu banyuwangi', 'sempu banyuwangi']);
    expect(report.place?.kind).toBe('found');
  });

  it('says not-found when no run of the left-over words is a place', () => {
    const report = parseReportText('demam kampung durian', () => ({ kind: 'not-found' }));
    expect(report.place).toEqual({ kind: 'not-found' });
    expect(report.missing).toEqual(['place']);
  });
});

const sempu = {
  level: 'kecamatan',
  code: '35.10.02',
  name: 'Sempu',
  label: 'Kec. Sempu, Kab. Banyuwangi',
  kabCode: '35.10',
  lat: -8.3,
  lon: 114.2,
} as const;

describe('parseSmsCommand: opt-outs asked on behalf of someone or an office, and what only looks like one', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // A stop asked in one sentence, beside others that tell why or who typed it.
    [
      'Kakek saya minta dikeluarkan dari daftar sms ini, beliau pusing tiap hp bunyi. Saya yang bantu ngetik.',
      'stop',
    ],
    [
      'Typing this for my grandmother. She would like the COVID messages to this phone to stop, please. Thank you.',
      'stop',
    ],
    // An office's number, and "so that ... not" four words before the "not".
    [
      'Dengan hormat, kami dari Kantor Kecamatan Wlingi memohon agar nomor dinas ini tidak lagi dikirimi SMS informasi COVID-19.',
      'stop',
    ],
    // The phone's owner named as its owner, then as the one not to be texted.
    ['this phone belongs to my grandson, he is 10, please do not text him', 'stop'],
    ['ini nomor bapak, beliau sdh sepuh, jangan sms beliau lagi', 'stop'],
    ['writing for my grandfather: please unsubscribe his number', 'stop'],
    // di- texted as dh; Madurese "ebuwang" (be thrown out).
    ['mhn dhentikn sms nya, tq', 'stop'],
    // The news stopped talking of it, told; the news stopped, asked.
    ['covid isih ono ta? kok berita wis mandeg mbahas', 'question'],
    ['stop berita', 'stop'],
    ["Nyo'on nomer reya ebuwang dari daftar sms corona, sakalangkong", 'stop'],
    // "dulu" before the stop tells it as past; the wish now is to come back.
    ['Saya dulu unreg, sekarang mau daftar ulang sms covid', 'start'],
    ['stop dulu ya sms nya', 'stop'],
    // A line asked for that is open now, not the messages switched on.
    ['Mohon informasi nomor layanan pengaduan COVID-19 yang aktif saat ini.', 'hotlines'],
    // "bang" addresses a man; "es krim" is ice cream; deleting old messages on a phone is the phone's matter.
    ['bang pesen nasgor 2 bungkus ya', 'question'],
    ['Berhenti nangis dong bang, nanti dibelikan es krim', 'question'],
    ['how do i delete all old sms on my phone, memory full', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: results told plainly, lines asked for with what they are for, and thanks with good news', () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|tes|test|gejala|symptom|negatif|negative/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // A result told with where it was taken and who else it is told of; "mau bengi" is earlier tonight.
    ['aku positip covid mau bengi', 'report'],
    ['hslnya positf smua sekeluarga', 'report'],
    ['kakek sy positif covid hasil rapid antigen puskesmas. kami serumah 6 org', 'report'],
    ['makasih, sy positif', 'report'],
    // Weak in body is a symptom; weak in a language is not.
    ['BPK SY LANSIA 77 TH POSITIF ANTIGEN, LEMES GAK MAU MAKAN', 'report'],
    ['Hello. Antigen positive today, I live alone and feel very weak', 'report'],
    ['replies in indonesian language please, my english is weak', 'language'],
    // A flood, a fallen tree or a sick cow reported is not a symptom report.
    ['I want to report a flooded road near my house', 'off-topic'],
    ['Kulo badhe lapor, wonten wit ambruk nutup dalan teng dusun', 'off-topic'],
    ['My cow is sick and not eating, who can I report this to?', 'off-topic'],
    // A line asked for, with what it is for; which number to call or is open.
    ['minta no hotline covid jatim buat konsultasi gejala', 'hotlines'],
    ['is there a phone number to ask a doctor about covid symptoms?', 'hotlines'],
    ['call center covid banyuwangi berapa? buat lapor gejala', 'hotlines'],
    ['what number do i ring on a saturday night', 'hotlines'],
    ['dino minggu ngene sing bukak nomer piro', 'hotlines'],
    ['what signs mean i should call an ambulance', 'question'],
    // Javanese "omah sakit" is a hospital; "smse" the messages.
    ['omah sakit sing nompo pasien covid nang ndi lur', 'hospital'],
    ['mandeg wae smse, aku wis ora butuh', 'stop'],
    // Good news with thanks asks nothing.
    ['ok thanks, my test came out negative', 'thanks'],
    ['makasih infonya min, ibu sy sudah sembuh dan hasilnya negatif', 'thanks'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic, undefined, resolve).kind).toBe(kind);
  });

  it('reads a result told with a place as a report', () => {
    expect(parseSmsCommand('pstf antgen. Gresik', mentionsTopic, undefined, resolve).kind).toBe('report');
  });
});

describe('parseSmsCommand: stops said with -lah, after "but", run together, and what a scam message asks', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    [
      'Wah hebat ya, sehari 3 kali sms corona. Coronanya sudah selesai pak, sms nya kapan selesai? Berhentilah.',
      'stop',
    ],
    ['hentikanlah sms nya', 'stop'],
    // "tp" is "but", and "y" is "ya".
    ['mksh infox slm ini tp stop aj y', 'stop'],
    // Words run together, one of them with its affix ("ngirim").
    ['wisojongirimsmsmaneh', 'stop'],
    ['udahjangansmslg', 'stop'],
    ['mintanohotline corona', 'hotlines'],
    // A scam told, and what to do about it asked: not the messages stopped.
    ['Ada yang sms minta kirim pulsa ngaku anak saya, jangan dikirim kan?', 'off-topic'],
    ['Nomor penipu yang ngaku kurir J&T sudah saya blokir, harus lapor polisi juga?', 'off-topic'],
    // The line called a scam, and a stop asked: a stop.
    ['kalian penipu ya, stop sms saya', 'stop'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });

  it('passes a long run of letters that is no run of listed words on as a question', () => {
    const long = 'pleasetakemynumberoffyourlist'.repeat(16);
    expect(parseSmsCommand(long, mentionsTopic).kind).toBe('question');
  });
});

describe('parseSmsCommand: this number put on the list by whoever writes, and smell lost in Osing', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona|gejala/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    ['Puskesmas pembantu Desa Wonorejo minta nomor ini dimasukkan daftar penerima info COVID.', 'start'],
    ['Our school would like to receive your COVID-19 text alerts on this number.', 'start'],
    ['Takmir masjid Al-Ikhlas pengin nomer iki oleh sms info korona', 'start'],
    [
      'Kami pengurus RT 03 RW 05 Kel. Kebonsari ingin nomor ini terdaftar untuk info COVID-19 agar bisa diteruskan ke warga.',
      'start',
    ],
    ['tolong nomor ini jangan dimasukkan daftar penerima sms covid', 'stop'],
    // di- texted as d-, before a word without some of its vowels and with an ending.
    ['tlg no ni dkluarin dr dftr', 'stop'],
    ['Mohon bantuannya agar nomor saya tidak menjadi penerima pesan siaran ini lagi. Wassalam.', 'stop'],
    // Osing "isun" (I) and Javanese "ambune" (its smell); "hmbr" is "hambar".
    ['isun wis telung dino ilang ambune, umahe isun nang Glagah', 'report'],
    ['ilang ambune', 'question'],
    ['sy 3 hr gbs ngerasa, mkn ap2 hmbr', 'report'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic, undefined, resolve).kind).toBe(kind);
  });
});

describe('parseSmsCommand: symptoms listed and results told with no one named, and more ways to stop or start', () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|gejala|tes|antigen|pcr|swab|positif/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Symptoms listed, at least as many as the other words; not supposed, nor asked whether they are it.
    ['panas watuk pilek', 'report'],
    ['demam menggigil, suhu 39,6', 'report'],
    ['Im sick. fever 38, cough, sore throat, loss of taste. from yesterday.', 'report'],
    ['kalau demam batuk pilek', 'question'],
    ['DEMAM SM MENGGIGIL ITU TERMASUK GEJALA GAK', 'question'],
    ['pusing, pegel linu semua, diare jg. covid bkn ya', 'question'],
    // A test's result told; what a result means, asked.
    ['hasil antigen positif', 'report'],
    ['swab pcr hr ini positif, blm ada gejala', 'report'],
    ['garis 2 di alat tes antigen artinya positif ya', 'question'],
    ['ciri ciri positif corona', 'question'],
    // meng- before a vowel; "jangan pernah" (never); "nak" addressed; "enyahkan"; Madurese "endhak".
    ['Saya ingin mengakhiri langganan informasi ini. Mohon diproses.', 'stop'],
    ['Terima kasih ya sudah ganggu tidur saya jam 2 pagi. Sekarang tolong jangan pernah kirim lagi.', 'stop'],
    [
      'Saya pensiunan guru umur 78. Pesan ini terlalu sering, saya tidak sanggup membaca. Sudahi saja nak.',
      'stop',
    ],
    ['Hp saya bukan tempat sampah info. Enyahkan nomor saya dari sistem kalian!', 'stop'],
    ["engkok ta' endhak ekerem sms pole", 'stop'],
    // A law named ("UU PDP") is not "you"; PDP alone is a status term.
    ['Tolong hapus data & nomor saya dari database kalian sesuai UU PDP', 'stop'],
    ['istilah ODP PDP sudah dihentikan ya? sekarang apa namanya', 'question'],
    // Sending forbidden in a sentence of its own; not interested; "dhps"; the command sent alone.
    ['Wong kok ngeyel, wis dikandani ping telu ojo ngirim!', 'stop'],
    ['Tidak minat. Terima kasih.', 'stop'],
    ['No sy tlg dhps dr lyn ni', 'stop'],
    ['ketik UNREG katanya, nih UNREG', 'stop'],
    // Starting again: "re-subscribe" apart; Madurese "nyo'on" (please) is not "on"; sending told as done.
    ['I unsubscribed by mistake, please re-subscribe me', 'start'],
    ["Nyo'on kerem pole informasina", 'start'],
    ["Nyo'on ampon ekirimi SMS pole, sengko' ta' parlo", 'stop'],
    // A chat group joined again; a call centre number asked beside a stop of asking by SMS.
    ['dia udah leave grup, gimana masukin lg', 'off-topic'],
    ['Mau berhenti tanya2 lewat sms, kasih nomor call center covid aja biar bisa nelpon', 'hotlines'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe("parseSmsCommand: who is ill in more words, smell lost, and this phone's own card", () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|gejala|tes|antigen|pcr|swab|positif/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // "ane" (I); "ibuk" (mother); "sesek" (tight), "dmm", "btk"; smell lost ("ilang bau", "ga bisa cium").
    ['ane kena covid lagi kayaknya, tenggorokan sakit bgt dan menggigil', 'report'],
    ['ibuk mriyang, ngeluh dadane sesek', 'report'],
    ['dmm 38.1 btk ilang bau', 'report'],
    ['udh 2 hr ga bisa cium bau apapun, tp badan sehat2 aja', 'report'],
    ['ga bisa nyium bau minyak kayu putih sejak kmrn, covid bkn ya', 'question'],
    // Madurese "ambu" is stop, not smell.
    ["Ba'na ngerem sms terus, sengko' ta' terro. Ambu!", 'stop'],
    // Another infection is not the line's.
    ['HIV bisa sembuh ga', 'off-topic'],
    // The complaints portal threatened; "sdhi"; this phone's own SIM; a subscription closed.
    ['sy lapor ke lapor.go.id ya kalo ga berhenti', 'stop'],
    ['sdhi aja kirim2 sms nya', 'stop'],
    ['I got this SIM second hand, I never registered. Please stop.', 'stop'],
    ['cara blokir sim card orang lain', 'off-topic'],
    ['udah tau covid, udah tau cuci tangan, ga usah diajarin tiap hari. tutup langganan sy', 'stop'],
    ['jam berapa tutup layanan hotline?', 'hotlines'],
    // A number asked for that is open now; a hospital to be taken to.
    ['sy udh selesai isoman tp sesak lg, minta nomor telpon dinkes yg buka malam ini', 'hotlines'],
    ['kakek sesak, mau dibawa ke RS, kami di Jl. Raya Gurah', 'hospital'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });

  it('reads a case caught ("keno") with a place as a report', () => {
    expect(
      parseSmsCommand('ibuk keno covid, omah Kota Probolinggo', mentionsTopic, undefined, resolve).kind,
    ).toBe('report');
  });
});

describe('parseSmsCommand: subscribing said outright, and a registration cancelled', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona|vaksin/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    ['Saya kader posyandu, mau berlangganan sms supaya bisa teruskan info ke warga.', 'start'],
    ['batalkan pendaftaran nomor ini', 'stop'],
    ['pendaftaran vaksin dibatalkan?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a case told with only "what now" asked', () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|gejala|tes|antigen|pcr|swab|positif|vaksin|hamil/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // What to do now, asked in a part of its own beside a case told: the triage answers it.
    ['adikku meriang, watuk, ra iso ngambu. kudu piye iki', 'report'],
    ['pak, istri saya positif antigen tadi siang. mohon arahannya', 'report'],
    ['my wife has fever and a cough since sunday. what should we do', 'report'],
    ['harus gimana? batuk pilek udah 5 hari gak sembuh2', 'report'],
    // A child, a pregnancy, danger signs, breathlessness alone or a vaccine: the FAQ answers better.
    ['anakku umur 5 taun demam, kudu piye', 'question'],
    ['istri hamil 7 bulan batuk pilek, harus gimana', 'question'],
    ['bapak sesak napas sampai susah bicara, gmn ini', 'question'],
    ['ibu sesak napas, hrs gmn', 'question'],
    ['besok jadwal vaksin tapi sy demam, gimana', 'question'],
    // What now asked of something specific is a question, not only "what now".
    ['suami demam batuk, gimana cara isolasi di rumah', 'question'],
    // "jangan sampai kena covid": a case feared, not told.
    ['mbah diabetes, jangan sampai kena covid, harus gimana', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a subscription cancelled or no longer followed, a stop called off, and digits for b', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona|vaksin/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // A cancellation or an ending of the subscription, in nouns and -kan verbs.
    ['Dengan hormat, kami mengajukan pembatalan langganan SMS informasi ini.', 'stop'],
    ['tolong selesaikan langganannya, sy sudah cukup tahu', 'stop'],
    ['mulai hari ini saya tidak lagi berlangganan sms ini', 'stop'],
    ['saya tidak lagi ikut arisan', 'off-topic'],
    // Removal asked before, the messages still arriving ("tetap dikirimi"); "tetap kirim" wishes them on.
    ['minggu lalu minta dihapus tapi tetap dikirimi terus', 'stop'],
    ['tolong tetap kirim, tadi yg minta berhenti adik saya', 'start'],
    // "again" is "any more"; an address ("madam") beside a stop; a regulator threatened.
    ['please i dont want to get these again', 'stop'],
    ['unsubcribe me please sir', 'stop'],
    ['stop texting me or I will complain to the telecom regulator', 'stop'],
    // Digits for letters: 5 between letters, 8 for b in a text that writes them.
    ['un5ubscribe', 'stop'],
    ['8erhenti k1r1m y4', 'stop'],
    // The stop called off after it; sending again asked because the messages are needed.
    ['stop nya batal aja, saya mau tetap terima info', 'start'],
    ['kirim lagi infonya, saya butuh', 'start'],
    // Put on the list to receive them, by an office or for someone else.
    ['Kantor kami mohon didaftarkan untuk menerima info covid lewat SMS.', 'start'],
    ['my dad wants these msgs too, please add his number', 'start'],
    // Where the messages land, forbidden; an inbox full is the phone's matter.
    ['ini hp kerja, tolong jangan isi inbox dgn info covid', 'stop'],
    ['inbox saya penuh, gimana hapusnya', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a hospital needed in a part of its own, near whatever it costs, and when to call', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona|isolasi|isoman/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // A hospital needed in a part of its own, whatever the others tell; not whether to go ("perlu ke rs?").
    ['butuh rumah sakit sekarang, bapak sesak dan lemas', 'hospital'],
    ['info RS rujukan, suami positif, demam tinggi', 'hospital'],
    ['oximeter nunjukin 92, perlu ke rs?', 'question'],
    // A hospital near, whatever it takes for payment; what isolation in one costs is the FAQ's.
    ['rs yg terima pasien covid pakai bpjs yg deket sini', 'hospital'],
    ['isolasi di rs dibayar pemerintah gak?', 'question'],
    // When one should call, not whom, is the danger signs; when a line can be called is the hotlines.
    ['when should we call an ambulance for covid', 'question'],
    ['kapan harus telpon ambulans', 'question'],
    ['when do you ring an ambulance for someone with covid', 'question'],
    ['when does the ambulance line open', 'hotlines'],
    // A number to be given, though symptoms are told.
    ['batuk sesak sejak kemarin, kasih nomornya dong', 'hotlines'],
    // A person collapsed ("ambruk") beside an ambulance asked for; a house that collapsed is another matter.
    ['nomer ambulan, mbah ambruk ning kamar mandi', 'hotlines'],
    ['rumah tetangga ambruk kena angin', 'off-topic'],
    // Where to call, asked, whatever case is supposed.
    ['telp kemana kalau ada tetangga yg positif', 'hotlines'],
    ['kapan hotline bisa ditelpon', 'hotlines'],
    // A phone number asked in the short form alone.
    ['NO TELP', 'hotlines'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: who is ill in more words, results with symptoms, and what only shares their words', () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|gejala|tes|antigen|pcr|swab|positif|isoman|vaksin|kontak/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // Since when, in short forms; a nephew, a grandchild, an elderly person; vomiting.
    ['demam hr ke 2', 'report'],
    ['menggigil dr td malem, suhu 38,5', 'report'],
    ['keponakan umur 5 th panas sm muntah', 'report'],
    // A test's result and symptoms, both told with no one named.
    ['hasil pcr keluar positif, gejala cuma batuk', 'report'],
    // Food poisoning, a long illness checked or its medicine timed by meals: not COVID-19.
    ['sekampung mencret dan muntah, keracunan makanan', 'off-topic'],
    ['cek gula darah gratis di puskesmas tiap hari apa', 'off-topic'],
    ['obat darah tinggi diminum sebelum atau sesudah makan', 'off-topic'],
    // Another service's subscription, "layanan" naming it.
    ['pulsa kepotong terus, cara unsubscribe layanan konten gimana', 'off-topic'],
    // A phone that heats, asked why; Madurese "avaksin"; a status term asked of a school's letter.
    ['HP sy panas terus klo dicas, knp ya', 'off-topic'],
    ["ta' ghi' avaksin, bisa e puskesmas?", 'question'],
    ['anakku ditulis kontak erat nang sekolah, maksude opo?', 'question'],
    // Whether to go or wait, if something happens, is the danger signs.
    ['nek semaput pas isoman, langsung nang RS po nunggu?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a case told beside a wish to be checked, a fear of the disease, or how bad it is', () => {
  const mentionsTopic = (text: string) => /covid|corona|korona|gejala|tes|antigen|positif/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // To be checked, asked in a part of its own beside symptoms told.
    ['bisa minta diperiksa? istri saya demam pilek', 'report'],
    // The disease feared beside symptoms listed; "takut kena" is not caught.
    ['takut kena covid, demam batuk pilek 2hr', 'report'],
    ['takut kena corona, boleh keluar rumah?', 'question'],
    // How bad, where and since when, beside the symptoms listed.
    ['sakit kepala berat, pegel linu, tenggorokan kering, suhu 38', 'report'],
    // A grandmother ("mbah putri") is not a child; the whole house coughing is not a household to keep apart.
    ['mbah putri 70 th demam batuk sejak kemarin. mohon arahannya', 'report'],
    ['aku demam, sak omah watuk kabeh. piye iki', 'report'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: words run together where one ends with the letter the next starts with', () => {
  it.each<[string, SmsCommand['kind']]>([
    // Folding makes one letter of "nn" and "ff": read as typed too.
    ['janganngirimlagi', 'stop'],
    ['janganngirimsmskenomorsaya', 'stop'],
    ['pleasetakemynumberoffthelist', 'stop'],
    // "aq" (aku), "sya" (saya) among the short words; "balik" is coming back.
    ['jgnsmsaqlg', 'stop'],
    ['hapusnmrsyadrdaftar', 'stop'],
    ['langgananbalik', 'start'],
    ['mau langganan balik', 'start'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a stop of what a number written out sends, or of a thing at home', () => {
  it.each<[string, SmsCommand['kind']]>([
    // A number written out sends them: how to stop it is someone else's matter.
    ['nomor 081398765432 sms terus ke saya, gimana cara hentikannya?', 'question'],
    ['stop sms ke nomor 081398765432', 'stop'],
    // A stove or a lamp switched off, asked of someone at home.
    ['pak, lampunya sudah dimatikan belum? maaf salah kirim', 'off-topic'],
    ['matikan sms covid ke hp saya', 'stop'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a stop typed before and still arriving, an advert forwarded, and a list called a group', () => {
  it.each<[string, SmsCommand['kind']]>([
    // STOP typed before, the messages still arriving; typed by mistake is no stop asked.
    ['udah 2x sy ketik stop tp msh masuk trs', 'stop'],
    ['salah ketik stop td, sy masih mau terima sms', 'start'],
    // How to stop an advertisement, forwarded with it; memes sent by someone else.
    ['Pinjaman cepat cair tanpa jaminan. Ketik STOP utk berhenti terima info.', 'off-topic'],
    ['PROMO kuota murah! Unreg: ketik UNREG PROMO', 'off-topic'],
    ['stop sending me memes on whatsapp mom', 'off-topic'],
    // Whether a hotline stops at night, asked.
    ['Kalau malam Cacak Jatim stop layanan? ada nomor 24 jam gak?', 'hotlines'],
    // The line's list called a group, named with its messages; "on kan" switched on.
    ['saya mau keluar dari grup sms covid', 'stop'],
    ['keluar dari grup wa gimana', 'off-topic'],
    ['on kan lagi sms nya', 'start'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: results and breathlessness in more words, numbers asked beside a case, and where the sick should go', () => {
  const mentionsTopic = (text: string) =>
    /covid|corona|korona|gejala|tes|antigen|pcr|swab|positif/.test(text);

  it.each<[string, SmsCommand['kind']]>([
    // A result "keluar" with its CT; tested ("dites") at work; a maid, a mother ("mamah"); -nya on a symptom.
    ['hasil pcr keluar positif CT 22', 'report'],
    ['Sy perawat, td di puskesmas dites, hasil sy positif', 'report'],
    ['mamah sy positif covid, isoman di rumah', 'report'],
    ['batuknya gak sembuh2 udh 5 hr', 'report'],
    // Panting and oxygen saturation told; asked what now, breathlessness alone is the FAQ's.
    ['mbah kakung ngos2an, saturasi 90', 'report'],
    ['saturasi ibu 92, harus gimana?', 'question'],
    // Osing "ilang ambu" is smell lost, not Madurese "ambu" (stop).
    ['isun ilang ambu, mangan rasane anyep', 'report'],
    // A number to report to, an emergency number, a number to consult: the hotlines.
    ['nomer telpon dinkes utk lapor covid', 'hotlines'],
    ['ada nomor darurat gk, bapak sesak', 'hotlines'],
    ['nelpon kmn kl mau konsultasi gejala', 'hotlines'],
    // Where one who is sick should go; not a child, nor a pet of one's own.
    ['saya positif dan makin sesak, harus ke mana?', 'hospital'],
    ['anak demam tinggi pas covid hrs dibawa kemana', 'question'],
    ['kucingku muntah terus, kudu digowo nang endi', 'off-topic'],
    // Madurese: a hospital, where.
    ["romasakeh se paleng semma' dimma?", 'hospital'],
    // The weather's heat.
    ['panas banget cuaca hari ini', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text, mentionsTopic).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a stop asked politely, sending given a holiday, and a subscription opened again', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['Permisi, bisakah pesan-pesan ini tidak dikirim lagi ke nomor saya?', 'stop'],
    ['could you not send these texts again?', 'stop'],
    ['bisa gak dikirim lagi infonya?', 'start'],
    ['bosen tiap hari, libur aja kirimnya ke sy', 'stop'],
    ['buka lagi langganan saya', 'start'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: symptoms beside a "what now" that ends the message, and what is not a stop', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['sy merasa gak enak badan, menggigil, mencret, hidung mampet', 'report'],
    ['demammm pusinggg gmn ini', 'report'],
    ['panas tinggi 40 drjt', 'report'],
    ['positip antijen, gmn ini', 'report'],
    ['cant smell anything, slight fever', 'report'],
    ['LANSIA KENA COVID HARUS GIMANA', 'question'],
    ['abis makan nasi kotak hajatan sekeluarga mencret semua', 'off-topic'],
    ['jangan2 berita covid naik lagi cuma akal2an? gmn ngeceknya', 'question'],
    ['jangan jangan kirim lagi', 'stop'],
    ['Stop! jangan transfer dulu, nomer rekeningnya salah', 'off-topic'],
    ['stop dulu kirim paketnya pak, gudang penuh', 'question'],
    ['Mas, jangan sms aku lagi ya, kita udah putus. Salam buat ibumu', 'question'],
    ['babe stop texting me at work, my boss is watching lol', 'question'],
    ['Terima kasih sudah jadi teman setia tiap pagi. Sekarang kita putus saja ya, jangan kirim lagi', 'stop'],
    ['reg stop untuk paket nelpon gimana', 'off-topic'],
    ['REG STOP COVID', 'stop'],
    ['ayo mulai', 'start'],
    ['Saya minta nomor saya dihapus dalam 1x24 jam, kalau tidak saya laporkan ke Ombudsman', 'stop'],
    ['hapusen nomerku teko kono', 'stop'],
    ["nomer sengko' ghapos bein", 'stop'],
    ['nomer isun busaken baen', 'stop'],
    ['Nuwun sewu, bapak kula sampun sepuh, mboten saged maos sms. Nyuwun dipunendelaken', 'stop'],
    ['wah rajin bgt ya kirim sms tiap hari, kyk mantan. udah stop aja', 'stop'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a contact with a case told, and chest pressure', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['teman kantor positif, sy kontak erat', 'report'],
    ['bos sy positif, sy satu mobil sm dia 2 hari lalu', 'report'],
    ['my brother in law stayed with us, he was positive, now my kids are sick too', 'report'],
    ['saya guru, bbrp murid positif, sy skrg pilek dan meriang', 'report'],
    ['batuk kering trs, dada agak berat', 'report'],
    ['Bu, saya tukang ojek, sudah 3 hari meriang, kepala pusing. Bagaimana ini bu', 'report'],
    ['istri hasil swabnya positif, sy dan anak2 serumah mesti ngapain', 'question'],
    ['isoman brp hari kalau positif', 'question'],
    ['kalau teman sekantor positif, sy harus tes?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: what is hot or positive and is no case, and a hospital sought beside a case', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['tensi sy 170/100, tengkuk kaku, pusing', 'off-topic'],
    ['tensi ibu tinggi, demam batuk 3 hari', 'report'],
    ['wedusku watuk-watuk ora gelem mangan', 'off-topic'],
    ['hp sy panas bgt pas dicas, batrenya bocor ya', 'off-topic'],
    ['tespek sy positif 2 garis, alhamdulillah!', 'off-topic'],
    ['hasil tes urine kantor positif, padahal cuma minum obat batuk', 'off-topic'],
    ['tolong cariin rumah sakit buat bapak sy, sesek, kami di Paiton', 'hospital'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a case told in English, krama and Madurese, and mosquitoes', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['my mum who lives with us just tested covid positive, she has a temperature', 'report'],
    ['Nyuwun dipuncathet, ibu kula kenging covid, sakmenika gerah wonten griya', 'report'],
    ["Embu' kaula positif covid, sateya e bengko", 'report'],
    ['hari ini gerah banget', 'question'],
    ['nyamuk di rumah bnyk bgt, fogging hubungi siapa', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: stops mistyped, in Suroboyoan, from someone at work, and passed on no more', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['tolomg jangn kirin sms lagi', 'stop'],
    ['5top kirim 5ms', 'stop'],
    ['berhnetu kirim sms', 'stop'],
    ['koen iku lho sms ae, mbok marekno', 'stop'],
    [
      'Saya pegawai bank, nomor ini nomor dinas dan tidak boleh menerima pesan dari pihak luar. Mohon pengiriman SMS ke nomor ini dihentikan.',
      'stop',
    ],
    [
      'Selamat sore, saya warga Lamongan. Mohon pesan-pesan informasi ini tidak diteruskan lagi ke nomor saya.',
      'stop',
    ],
    ['mau lapor polisi hp sy dicopet di terminal', 'off-topic'],
    ['my bank keeps sending me sms, how do i turn it off', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a case with where the caller lives and "what now", a close contact, and stops in slang', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['my husband tested positive this morning, we live in Malang, what do we do now', 'report'],
    ['I was in close contact with a positive colleague at work, I live in Gresik, what now', 'report'],
    ['istri saya hilang penciuman dan perasa sejak kemarin, apa yang harus kami lakukan', 'report'],
    ['kaula positif korona, bada e bengko. kodu baramma satiya?', 'report'],
    ['stob ae', 'stop'],
    ['stopsmsnyakak', 'stop'],
    ['kadit usah kirim2 maneh ker', 'stop'],
    ['I said STOP. Why am I still getting these?', 'stop'],
    ['stop dulu infonya, sy cuma butuh no telp dinkes jatim', 'hotlines'],
    ['aku njaluk nomer sing iso ditelpon, ojo sms thok', 'hotlines'],
    ['Dengan hormat, mohon nomor saya dihapus dari daftar penerima informasi COVID.', 'stop'],
    ['how to delete all messages on my phone at once', 'question'],
    ['mpox nular lewat apa', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });

  it('takes thanks with a wish to stay safe as thanks, and thanks with a question as the question', () => {
    const mentionsTopic = (text: string) => /\bsick\b|demam/.test(text);
    expect(parseSmsCommand('Thanks, stay safe everyone', mentionsTopic).kind).toBe('thanks');
    expect(parseSmsCommand('thanks, stay home if sick?', mentionsTopic).kind).toBe('question');
  });
});

describe('parseSmsCommand: a household, a close contact or a result told in few words, and questions in English without a mark', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['mriyang kabeh sak omah', 'report'],
    ['we all have fever at home', 'report'],
    ['my son has covid', 'report'],
    ['sy kontak erat', 'report'],
    ['my pcr came back positive today', 'report'],
    ['my pregnant wife has a fever and cough, is covid dangerous for the baby', 'question'],
    ['kid has covid, when to see doctor', 'question'],
    ['anak batuk pilek, tes antigen yg dijual di apotek akurat gak', 'question'],
    ['ibu saya positif dan sesak, rumah sakit yg terima covid di kediri kota', 'hospital'],
    ['i need the emergency number, my husband has a fever and is breathing badly', 'hotlines'],
    ['panas banget hari ini, surabaya 36 derajat', 'off-topic'],
    ['motor sy mesinnya panas trus mogok', 'off-topic'],
    ["sapeh engkok ta' endha' ngakan, panas", 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a sense lost told outright, a result or a belief asked, an appointment, and where to be treated', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['gak bisa nyium bau apa2', 'report'],
    ['kulo mboten saged ngambet, dhahar nggih mboten wonten raosipun', 'report'],
    ["tang ana' panas", 'report'],
    ['penciumanku ilang sejak minggu', 'report'],
    ['lidah mati rasa sejak kemarin', 'report'],
    // A count of days run onto its unit tells since when.
    ['demam 4hari', 'report'],
    ['pnas 2hr gk turun', 'report'],
    // Whatever is eaten tastes of nothing: "apa saja" after eating is "anything", not a question;
    // "oleh" before who declared a result is "by".
    ['lidahku mati rasa, mangan apa wae anyep', 'report'],
    ['reang ilang ambu, mangan apa bae rasane anyep', 'report'],
    ['gejala covid apa saja, aku watuk terus', 'question'],
    ['dinyatakan positif kemarin oleh dokter puskesmas', 'report'],
    // Taste and smell named as lost; Madurese "epositif" (found positive) and "dha' ramma" (how now).
    ['suami hilang rasa & bau sejak senin', 'report'],
    ["tang lakeh epositif antigen, dha' ramma?", 'report'],
    // "trs" texted for "terus" (then), before what now.
    ['swab sy garis 2. trs gmn', 'report'],
    // A contact told: a meeting or a ride shared with a case, a contact "with" someone positive.
    ['atasan sy positif, kemarin rapat bareng 2 jam', 'report'],
    ['sy ojek, penumpang yg sy antar tadi pagi positif', 'report'],
    ['kemarin kontak sama teman yg positif, skrg tenggorokanku sakit', 'report'],
    ['lost my sense of taste two days ago', 'report'],
    ['kalau gak bisa nyium bau itu covid?', 'question'],
    ['hilang penciuman itu tanda covid bukan', 'question'],
    ['tes antigen mandiri di rumah, garis keduanya samar bgt, positif ga itu', 'question'],
    ['antigen e negatif tapi irungku gak iso mambu, percoyo ta karo hasile', 'question'],
    ['mau batalkan jadwal kontrol di RSUD dr Soetomo minggu depan, caranya gmn', 'off-topic'],
    ['saya mau batalkan jadwal vaksin besok karena demam, bagaimana?', 'question'],
    ['where should I go for treatment, I am in Batu', 'hospital'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: "what now" in many more words, and the place told beside a case', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['bojoku positip, terus piye?', 'report'],
    ['istri hilang penciuman, langkah selanjutnya apa', 'report'],
    ['hasil pcr keluar positif, next step apa', 'report'],
    ['ngos2an trs batuk, saya harus apa', 'report'],
    ['my lodger has covid, what are we supposed to do', 'report'],
    ['isun lara panas, paran kang kudu isun lakoni', 'report'],
    ["engko' e Sampang, tang lake positif, dha'remma?", 'report'],
    ['demam batuk di kec. kalisat jember, hrs gmn', 'report'],
    ['bapak positip, rumah di Bangil pasuruan, apa yg hrs dilakukan', 'report'],
    ['i have covid symptoms, staying in Batu, what should i do', 'report'],
    ['anak positif, kapan boleh sekolah lagi?', 'question'],
    // A result told with nothing else, whoever has it, then what now.
    ['covid positive, what should i do', 'report'],
    // Suroboyoan "yaopo" and Madurese "elakone": what now, too.
    ['ayas positif antigen, kudu yaopo rek', 'report'],
    ['kaula positif, ponapa se kodhu elakone?', 'report'],
    ['positif covid, harus gimana?', 'report'],
    ['isun positif covid, isun kudu paran? omah ring Genteng', 'report'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: readings, results and contacts told in everyday words', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['anak sy suhunya 40 kmrn malam skrg 38', 'report'],
    ['fever for 5 days, highest 39.5', 'report'],
    ['gejala: dmm, diare, lemes', 'report'],
    ['anakku kelangan ambu, bawang goreng ora kroso', 'report'],
    ['antigen reaktif td pagi di klinik', 'report'],
    ['tes antigen di apotek hasilnya 2 strip', 'report'],
    ['rapid antigen muncul garis C dan T', 'report'],
    ['sy habis kondangan, pengantinnya positif', 'report'],
    ['my coworker tested positive, we share an office', 'report'],
    ['rapid antibodi sy reaktif, berarti covid?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: stops with a new card, in Madurese and as cutting off; what only shares their words', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['sy beli kartu baru kok lgsg dpt sms covid terus, ga pernah daftar. stop ya', 'stop'],
    ['covid nya aja udh pergi, sms nya kok msh nempel. putusin aja ya', 'stop'],
    ['kok pulsa sy berkurang terus, stop sms premium gmn', 'off-topic'],
    ['call center dinkes jatim jam brp berhenti layanan', 'hotlines'],
    ['sy di perahu, sinyal cuma bisa sms, tolong kirim nomor telpon darurat', 'hotlines'],
    ['isun positif korona, kudu kelendi?', 'report'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: smells not caught, a contact at a funeral, Madurese and krama cases, and what is no case', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['parfum istri gak kecium sama sekali', 'report'],
    ['sy layat kemarin, ternyata almarhum kena covid', 'report'],
    ['kontak erat dg yg positif di kantor, sy harus apa', 'report'],
    ["eppa' bato' ben sessek", 'report'],
    ['kulo saking Ponorogo, gerah benter', 'report'],
    ['test mandiri di rumah muncul dua garis merah', 'report'],
    ['kontak erat itu siapa aja yg termasuk', 'question'],
    ['no telp puskesmas utk lapor positif?', 'hotlines'],
    ['lagi demam k-pop, anak sy tiap hari nonton konser di hp', 'off-topic'],
    ['HP saya positif kena virus, iklan muncul trs', 'off-topic'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe("parseSmsCommand: a neighbour's noise and an unknown caller are not reports", () => {
  it.each<[string, SmsCommand['kind']]>([
    ['toa masjid tetangga kenceng banget jam 3, lapor kemana', 'off-topic'],
    ['nomor 0812 ga dikenal telpon terus tengah malem, gmn cara lapor', 'off-topic'],
    ['ruang karaoke tertutup ber AC gitu rawan nular ga?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});

describe('parseSmsCommand: a number whose owner changed, with its removal asked', () => {
  it.each<[string, SmsCommand['kind']]>([
    ['nomor ini sdh ganti pemilik, tolong dihapus dr pengiriman', 'stop'],
    ['nomer ini sdh ganti pemilik, yg lama yg daftar. saya tdk mau terima', 'stop'],
    ['nomor ini sdh ganti pemilik, gimana cara daftar lagi?', 'start'],
  ])('%j is %s', (text, kind) => {
    expect(parseSmsCommand(text).kind).toBe(kind);
  });
});
