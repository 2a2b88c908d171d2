import type { FaqTopic } from '../content/faq.js';
import type { ReferralHospital } from '../content/hospitals.js';
import type { Lang } from './lang.js';
import type { Place } from './places.js';
import { toGsm7 } from './text.js';

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
