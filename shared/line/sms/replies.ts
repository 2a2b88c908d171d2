import type { FaqTopic, FaqTopicId } from '../../content/faq.js';
import type { ReferralHospital } from '../../content/hospitals.js';
import type { Hotline } from '../../content/hotlines.js';
import { wibDate } from '../calendar.js';
import { formatHotlineStatus, type HotlineStatus } from '../hotlines.js';
import type { Lang, Localized } from '../../lang.js';
import { faqSms, type HospitalAnswer, hospitalSms } from '../messages.js';
import type { Place } from '../places.js';
import { smsSegments, toGsm7 } from '../../text.js';
import type { Triage } from '../triage.js';

/**
 * The SMS channel's replies, in Bahasa Indonesia and English. Each is GSM-7 basic (one stray
 * character would halve a segment) and at most two segments; the help, stop, start and FAQ answer
 * replies are one. `test/unit/sms-replies.test.ts` walks every template with its longest data.
 */

/** Normalises to the GSM-7 basic set: an echoed place or a hospital name may carry anything. */
function sms(text: string): string {
  return toGsm7(text, { basicOnly: true });
}

/** True when the text, as sent, fits `segments` GSM-7 segments. */
function fits(text: string, segments: 1 | 2): boolean {
  const counted = smsSegments(text);
  return counted.encoding === 'GSM-7' && counted.segments <= segments;
}

/** Fills `{name}` placeholders. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

const COPY = {
  help: {
    id: 'Info COVID-19 Jatim. Kirim: RS <tempat> (RS rujukan), JAM (hotline), LAPOR <gejala> <tempat>, atau pertanyaan Anda. ENGLISH. STOP: berhenti.',
    en: 'COVID-19 Info E. Java. Send: RS <place> (hospital), JAM (hotlines), LAPOR <symptoms> <place>, or your question. INDONESIA. STOP to end.',
  },
  hotlinesHead: { id: 'Hotline COVID-19, {time} WIB:', en: 'COVID-19 hotlines, {time} WIB:' },
  hotlinesEmergency: { id: 'Darurat: 119 atau 112.', en: 'Emergency: 119 or 112.' },
  hospitalAskPlace: {
    id: 'Kirim RS dan nama desa, kecamatan atau kab/kota Anda, mis. RS Sempu Banyuwangi. Darurat/sesak napas: 119 atau 112.',
    en: 'Send RS and your village, kecamatan or kab/kota, e.g. RS Sempu Banyuwangi. Emergency/short of breath: 119 or 112.',
  },
  choicesHead: { id: 'Maksud Anda:', en: 'Did you mean:' },
  choicesReplyHospital: { id: 'Balas: RS <nama lengkap>', en: 'Reply: RS <full name>' },
  choicesReplyReport: {
    id: 'Balas: LAPOR <gejala> <nama lengkap>',
    en: 'Reply: LAPOR <symptoms> <full name>',
  },
  choicesExample: { id: ', mis. {example}', en: ', e.g. {example}' },
  notFound: {
    id: 'Tempat "{query}" tidak ditemukan. Tulis nama desa atau kecamatan dan kab/kota, mis. {example}.',
    en: 'Place "{query}" not found. Write the village or kecamatan and kab/kota, e.g. {example}.',
  },
  notFoundNoQuery: {
    id: 'Tempat tidak ditemukan. Tulis nama desa atau kecamatan dan kab/kota, mis. {example}.',
    en: 'Place not found. Write the village or kecamatan and kab/kota, e.g. {example}.',
  },
  exampleHospital: { id: 'RS Sempu Banyuwangi', en: 'RS Sempu Banyuwangi' },
  exampleReport: { id: 'LAPOR demam Sempu Banyuwangi', en: 'LAPOR fever Sempu Banyuwangi' },
  suggest: {
    id: 'Mungkin maksud Anda: {words}. Balas dengan salah satu kata.',
    en: 'Did you mean: {words}? Reply with one of the words.',
  },
  noMatch: {
    id: 'Maaf, pertanyaan Anda belum bisa kami jawab. Kirim INFO untuk daftar layanan, atau telepon 119 ext 9 (24 jam).',
    en: 'Sorry, we cannot answer that yet. Send HELP for what you can ask, or call 119 ext 9 (24h).',
  },
  stop: {
    id: 'Anda berhenti menerima SMS dari Info COVID-19 Jatim. Untuk mulai lagi, kirim START. Darurat: 119.',
    en: 'You will get no more SMS from COVID-19 Info E. Java. To start again, send START. Emergency: 119.',
  },
  start: {
    id: 'Selamat datang di Info COVID-19 Jatim. Kirim pertanyaan Anda, RS <tempat>, JAM atau LAPOR <gejala> <tempat>. INFO: bantuan.',
    en: 'Welcome to COVID-19 Info E. Java. Send your question, RS <place>, JAM or LAPOR <symptoms> <place>. HELP for options.',
  },
  language: {
    id: 'Bahasa diganti ke Bahasa Indonesia. Kirim INFO untuk bantuan. For English, send ENGLISH.',
    en: 'Language set to English. Send HELP for options. Untuk Bahasa Indonesia, kirim INDONESIA.',
  },
  missingBoth: {
    id: 'Untuk lapor gejala, kirim: LAPOR <gejala> <desa/kecamatan> <kab/kota>, mis. LAPOR demam batuk Sempu Banyuwangi. Tanpa gejala: LAPOR sehat <tempat>.',
    en: 'To report symptoms, send: LAPOR <symptoms> <village/kecamatan> <kab/kota>, e.g. LAPOR fever cough Sempu Banyuwangi. No symptoms: LAPOR sehat <place>.',
  },
  missingSymptoms: {
    id: 'Apa gejala Anda? Kirim lagi: LAPOR <gejala> <tempat>, mis. LAPOR demam batuk Sempu Banyuwangi. Jika tidak ada gejala: LAPOR sehat <tempat>.',
    en: 'What are your symptoms? Send again: LAPOR <symptoms> <place>, e.g. LAPOR fever cough Sempu Banyuwangi. If none: LAPOR sehat <place>.',
  },
  missingPlace: {
    id: 'Di mana Anda tinggal? Kirim lagi dengan desa/kecamatan dan kab/kota, mis. LAPOR demam Sempu Banyuwangi. Sesak napas: segera ke RS atau 119.',
    en: 'Where do you live? Send again with your village/kecamatan and kab/kota, e.g. LAPOR fever Sempu Banyuwangi. Short of breath: go to hospital or call 119.',
  },
  adviceLow: {
    id: 'Laporan diterima. Risiko rendah: tetap di rumah, pakai masker, jaga jarak. Jika muncul gejala, isolasi diri. Sesak napas atau nyeri dada: segera ke RS atau 119.',
    en: 'Report received. Low risk: stay home, wear a mask, keep your distance. If symptoms start, isolate. Short of breath or chest pain: go to hospital or call 119.',
  },
  adviceQuarantine: {
    id: 'Laporan diterima. Anda pernah kontak atau bepergian: karantina di rumah, jauhi orang lain, pantau gejala. Jika muncul gejala, hubungi Cacak Jatim {allDay} (24 jam). Sesak napas: 119.',
    en: 'Report received. After contact or travel: quarantine at home, keep away from others, watch for symptoms. If any start, call Cacak Jatim {allDay} (24h). Short of breath: 119.',
  },
  adviceModerate: {
    id: 'Laporan diterima. Risiko sedang: hubungi Cacak Jatim {office} (jam kerja) atau {allDay} (24 jam) untuk tes. Sementara, isolasi di rumah. Sesak napas: segera ke RS atau 119.',
    en: 'Report received. Moderate risk: call Cacak Jatim {office} (office hours) or {allDay} (24h) to get tested. Meanwhile isolate at home. Short of breath: go to hospital or call 119.',
  },
  adviceHigh: {
    id: 'Laporan diterima. Risiko tinggi: segera ke RS rujukan terdekat, {hospital}. Hubungi 119, 112 atau ambulans 118. Jangan menunggu.',
    en: 'Report received. High risk: go to the nearest referral hospital now, {hospital}. Call 119, 112 or ambulance 118. Do not wait.',
  },
  adviceHighNoHospital: {
    id: 'Laporan diterima. Risiko tinggi: segera ke RS rujukan terdekat (kirim RS <tempat> untuk namanya). Hubungi 119, 112 atau ambulans 118. Jangan menunggu.',
    en: 'Report received. High risk: go to the nearest referral hospital now (send RS <place> for its name). Call 119, 112 or ambulance 118. Do not wait.',
  },
  phone: { id: 'Telp {phone}', en: 'tel {phone}' },
} satisfies Record<string, Localized>;

/** What people can send: one segment. */
export function helpReply(lang: Lang): string {
  return sms(COPY.help[lang]);
}

/** Each hotline with its status now (from `hotlinesStatusAt`). */
export interface HotlineLine {
  hotline: Pick<Hotline, 'name' | 'number' | 'free'>;
  status: HotlineStatus;
}

/**
 * Which hotline is open now, one line each (`formatHotlineStatus`), under the time in WIB. Lines that
 * would push the SMS past two segments are left off, and the emergency numbers close it when they fit.
 *
 * @param now the instant the reply is sent at: its WIB time heads the list and decides `besok`.
 */
export function hotlinesReply(lines: readonly HotlineLine[], now: Date, lang: Lang): string {
  let text = fill(COPY.hotlinesHead[lang], { time: wibDate(now).hhmm });
  for (const { hotline, status } of lines) {
    const next = `${text}\n${formatHotlineStatus(hotline, status, lang, now)}`;
    if (!fits(sms(next), 2)) break;
    text = next;
  }
  const closed = `${text}\n${COPY.hotlinesEmergency[lang]}`;
  return sms(fits(sms(closed), 2) ? closed : text);
}

/** The nearest referral hospital and main referral hospital (the SMS the USSD menu also sends). */
export function hospitalReply(answer: HospitalAnswer, lang: Lang): string {
  return sms(hospitalSms(answer, lang));
}

/** `RS` without a place: how to ask. */
export function hospitalAskPlaceReply(lang: Lang): string {
  return sms(COPY.hospitalAskPlace[lang]);
}

/** Which command a place was typed for, so the reply says how to send it again. */
export type PlaceFor = 'hospital' | 'report';

/** What a caller types to name a place exactly: the label without its level words and commas. */
function typedName(place: Place): string {
  return place.label
    .replace(/\b(?:Kec|Kab|Ds|Kel)\.\s*/g, '')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A place name several places share: `Maksud Anda: 1) Kec. Sempu, Kab. Banyuwangi 2) Ds. Sempu,
 * Pacitan ... Balas: RS <nama lengkap>, mis. RS Sempu Banyuwangi`. Candidates are listed in the
 * resolver's order (best first) and the list is cut where it would pass two segments; the example is
 * dropped before any candidate is.
 */
export function placeChoicesReply(
  candidates: readonly Place[],
  lang: Lang,
  placeFor: PlaceFor = 'hospital',
  /** For a report: what was understood besides the place (`reportWords`), repeated in the example. */
  understood = '',
): string {
  const reply = placeFor === 'hospital' ? COPY.choicesReplyHospital[lang] : COPY.choicesReplyReport[lang];
  const [first] = candidates;
  const command = placeFor === 'hospital' ? 'RS' : ['LAPOR', understood].filter(Boolean).join(' ');
  const example = first ? fill(COPY.choicesExample[lang], { example: `${command} ${typedName(first)}` }) : '';
  const build = (count: number, withExample: boolean): string => {
    const list = candidates
      .slice(0, count)
      .map((place, i) => `${i + 1}) ${place.label}`)
      .join(' ');
    return sms(`${COPY.choicesHead[lang]} ${list}. ${reply}${withExample ? example : ''}`);
  };
  for (let count = candidates.length; count >= 1; count -= 1) {
    for (const withExample of [true, false]) {
      const text = build(count, withExample);
      if (fits(text, 2)) return text;
    }
  }
  return build(1, false);
}

/** The longest echo of what was typed: enough to recognise, short enough for the rest to fit. */
const ECHO_MAX = 30;

/** No place of that name: says what was looked for and how to write a place. */
export function placeNotFoundReply(query: string, lang: Lang, placeFor: PlaceFor = 'hospital'): string {
  const example = placeFor === 'hospital' ? COPY.exampleHospital[lang] : COPY.exampleReport[lang];
  const echo = sms(query).replace(/"/g, "'").replace(/\s+/g, ' ');
  const shown = echo.length > ECHO_MAX ? `${echo.slice(0, ECHO_MAX - 3).trimEnd()}...` : echo;
  if (shown === '') return sms(fill(COPY.notFoundNoQuery[lang], { example }));
  return sms(fill(COPY.notFound[lang], { query: shown, example }));
}

/** A FAQ topic's answer: the topic's own one-segment SMS. */
export function faqAnswerReply(topic: FaqTopic, lang: Lang): string {
  return sms(faqSms(topic, lang));
}

/**
 * The word each topic is suggested by. Sent back alone, it finds its topic straight away (the
 * replies test searches each one), and none is an SMS command.
 */
export const FAQ_REPLY_WORDS: Readonly<Record<FaqTopicId, Localized>> = {
  'about-covid': { id: 'COVID', en: 'CORONAVIRUS' },
  symptoms: { id: 'GEJALA', en: 'SYMPTOMS' },
  transmission: { id: 'PENULARAN', en: 'SPREAD' },
  prevention: { id: 'PENCEGAHAN', en: 'PREVENTION' },
  masks: { id: 'MASKER', en: 'MASK' },
  isolation: { id: 'ISOMAN', en: 'ISOLATION' },
  testing: { id: 'TES', en: 'TEST' },
  'danger-signs': { id: 'DARURAT', en: 'EMERGENCY' },
  'status-terms': { id: 'ODP', en: 'TERMS' },
  hoax: { id: 'HOAKS', en: 'HOAX' },
  vaccine: { id: 'VAKSIN', en: 'VACCINE' },
  'pregnancy-children': { id: 'HAMIL', en: 'PREGNANCY' },
  'elderly-comorbid': { id: 'LANSIA', en: 'ELDERLY' },
  treatment: { id: 'OBAT', en: 'TREATMENT' },
  cost: { id: 'BIAYA', en: 'COST' },
};

/** The closest topics, by the word that fetches each: `Mungkin maksud Anda: GEJALA, MASKER, VAKSIN. ...` */
export function faqSuggestReply(topics: readonly Pick<FaqTopic, 'id'>[], lang: Lang): string {
  const words = topics.map((t) => FAQ_REPLY_WORDS[t.id][lang]).join(', ');
  return sms(fill(COPY.suggest[lang], { words }));
}

/** Nothing matched: where to look instead. */
export function noMatchReply(lang: Lang): string {
  return sms(COPY.noMatch[lang]);
}

/** After STOP: confirmed, and how to come back. One segment. */
export function stopReply(lang: Lang): string {
  return sms(COPY.stop[lang]);
}

/** After START: welcome, and what to send. One segment. */
export function startReply(lang: Lang): string {
  return sms(COPY.start[lang]);
}

/** After a language change, in the new language, with the way back in the other. */
export function languageReply(lang: Lang): string {
  return sms(COPY.language[lang]);
}

/** A one-message report that lacks symptoms, a place, or both: one reply asks for all of it. */
export function reportMissingReply(missing: readonly ('symptoms' | 'place')[], lang: Lang): string {
  const symptoms = missing.includes('symptoms');
  const place = missing.includes('place');
  const copy = symptoms && place ? COPY.missingBoth : symptoms ? COPY.missingSymptoms : COPY.missingPlace;
  return sms(copy[lang]);
}

/** Cacak Jatim's two lines, as the hotlines content lists them. */
export interface CacakNumbers {
  /** The office line, working days only. */
  office: string;
  /** The 24-hour line. */
  allDay: string;
}

/** The hotline ids {@link cacakNumbers} reads: stable ids in `hotlines.json`. */
const CACAK_OFFICE_ID = 'cacak-office';
const CACAK_24H_ID = 'cacak-24h';
/** The national line, when the content pack lacks a Cacak Jatim line: better a longer queue than no number. */
const NATIONAL_FALLBACK = '119';

/** Cacak Jatim's numbers from the hotlines content, so that an admin's edit reaches the advice too. */
export function cacakNumbers(hotlines: readonly Pick<Hotline, 'id' | 'number'>[]): CacakNumbers {
  const numberOf = (id: string) => hotlines.find((h) => h.id === id)?.number ?? NATIONAL_FALLBACK;
  return { office: numberOf(CACAK_OFFICE_ID), allDay: numberOf(CACAK_24H_ID) };
}

/** What the advice after a report needs. */
export interface ReportAdvice {
  risk: Triage;
  /** The nearest referral hospital, when the report named a place. */
  hospital?: Pick<ReferralHospital, 'name' | 'phone'> | undefined;
  cacak: CacakNumbers;
}

/**
 * Advice after a report, by risk: low (stay home, isolate if symptoms start, the danger signs), low
 * after exposure (quarantine), moderate (call Cacak Jatim and get tested), high (the nearest referral
 * hospital now, by name and phone, and 119/112/118).
 */
export function reportAdviceReply(advice: ReportAdvice, lang: Lang): string {
  const { risk, hospital, cacak } = advice;
  if (risk.level === 'high') {
    if (!hospital) return sms(COPY.adviceHighNoHospital[lang]);
    const phone = hospital.phone === '' ? '' : ` ${fill(COPY.phone[lang], { phone: hospital.phone })}`;
    return sms(fill(COPY.adviceHigh[lang], { hospital: `${hospital.name}${phone}` }));
  }
  if (risk.level === 'moderate') return sms(fill(COPY.adviceModerate[lang], { ...cacak }));
  if (risk.quarantine) return sms(fill(COPY.adviceQuarantine[lang], { ...cacak }));
  return sms(COPY.adviceLow[lang]);
}
