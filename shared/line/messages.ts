import type { FaqTopic } from '../content/faq.js';
import type { ReferralHospital } from '../content/hospitals.js';
import type { Lang } from '../lang.js';
import type { Place } from './places.js';
import { toGsm7 } from '../text.js';

/**
 * The SMS the line texts back. Every template is normalised to GSM-7 and kept within two segments
 * (the template test walks them all in both languages).
 */

/** Distances are rounded to whole kilometres: the centroids behind them are no more precise. */
export function formatKm(km: number): string {
  return km < 1 ? '<1 km' : `${Math.round(km)} km`;
}

export interface HospitalAnswer {
  from: Place;
  nearest: { hospital: ReferralHospital; distanceKm: number };
  main: { hospital: ReferralHospital; distanceKm: number };
}

const EMERGENCY: Record<Lang, string> = {
  id: 'Darurat/sesak napas: 119 atau 112.',
  en: 'Emergency/short of breath: 119 or 112.',
};

function phonePart(h: ReferralHospital, lang: Lang): string {
  if (h.phone === '') return '';
  return lang === 'id' ? `, Telp ${h.phone}` : `, tel ${h.phone}`;
}

/** The nearest referral hospital and main referral hospital, texted after the USSD answer. */
export function hospitalSms(answer: HospitalAnswer, lang: Lang): string {
  const { from, nearest, main } = answer;
  const sameMain = nearest.hospital.code === main.hospital.code;
  const near = `${nearest.hospital.name}${phonePart(nearest.hospital, lang)} (${formatKm(nearest.distanceKm)})`;
  const mainPart = sameMain
    ? ''
    : lang === 'id'
      ? ` Rujukan utama: ${main.hospital.name}${phonePart(main.hospital, lang)} (${formatKm(main.distanceKm)}).`
      : ` Main referral: ${main.hospital.name}${phonePart(main.hospital, lang)} (${formatKm(main.distanceKm)}).`;
  const head =
    lang === 'id'
      ? `RS rujukan COVID-19 terdekat dari ${from.label}: ${near}.`
      : `Nearest COVID-19 referral hospital to ${from.label}: ${near}.`;
  return toGsm7(`${head}${mainPart} ${EMERGENCY[lang]}`);
}

/** A FAQ topic's one-segment answer. */
export function faqSms(topic: FaqTopic, lang: Lang): string {
  return toGsm7(topic.sms[lang]);
}

const REPORT_ADVICE: Record<'high' | 'moderate' | 'low' | 'quarantine', Record<Lang, string>> = {
  high: {
    id: 'Laporan gejala: risiko TINGGI. Segera ke RS rujukan dan hubungi 119/112/118.',
    en: 'Symptom report: HIGH risk. Go to a referral hospital now and call 119/112/118.',
  },
  moderate: {
    id: 'Laporan gejala: risiko SEDANG. Hubungi Cacak Jatim 031-8430313 atau 0813-3436-7800 (24 jam) untuk tes.',
    en: 'Symptom report: MODERATE risk. Call Cacak Jatim 031-8430313 or 0813-3436-7800 (24h) to get tested.',
  },
  low: {
    id: 'Laporan gejala: risiko RENDAH. Tetap di rumah, isolasi bila bergejala.',
    en: 'Symptom report: LOW risk. Stay home, isolate if you have symptoms.',
  },
  quarantine: {
    id: 'Laporan gejala: risiko RENDAH. Karantina di rumah 14 hari, hubungi 119 bila muncul gejala.',
    en: 'Symptom report: LOW risk. Quarantine at home 14 days, call 119 if symptoms start.',
  },
};

/** The advice for a triaged report with the nearest referral hospital, texted after the report. */
export function reportSms(
  risk: { level: 'low' | 'moderate' | 'high'; quarantine: boolean },
  answer: HospitalAnswer,
  lang: Lang,
): string {
  const advice = REPORT_ADVICE[risk.level === 'low' && risk.quarantine ? 'quarantine' : risk.level][lang];
  const h = answer.nearest.hospital;
  const nearest =
    lang === 'id'
      ? ` RS rujukan terdekat: ${h.name}${phonePart(h, lang)} (${formatKm(answer.nearest.distanceKm)}).`
      : ` Nearest referral hospital: ${h.name}${phonePart(h, lang)} (${formatKm(answer.nearest.distanceKm)}).`;
  return toGsm7(`${advice}${nearest}`);
}
