import type { Lang } from '../lang.js';
import type { Place } from './places.js';
import { type Triage, type TriageAnswers, triage } from './triage.js';

/** A symptom report as the health office receives it. One per caller per WIB day: a later report that day updates it. */
export interface SymptomReport {
  subscriberId: string;
  /** WIB calendar day, `YYYY-MM-DD`. */
  reportedOn: string;
  sessionId: string;
  channel: 'ussd' | 'sms';
  lang: Lang;
  answers: TriageAnswers;
  risk: Triage;
  kabCode: string;
  kecCode?: string | undefined;
  placeLabel: string;
  contactConsent: boolean;
  /** Only when the caller agreed to be contacted by a health worker. */
  phone?: string | undefined;
  reportedAt: string;
}

/** The kecamatan code a place lies in, from the Kemendagri code's first three parts, if it is that fine. */
export function kecamatanCodeOf(place: Place): string | undefined {
  if (place.level === 'kabkota') return undefined;
  return place.code.split('.').slice(0, 3).join('.');
}

export interface NewReport {
  subscriberId: string;
  reportedOn: string;
  sessionId: string;
  channel: 'ussd' | 'sms';
  lang: Lang;
  answers: TriageAnswers;
  place: Place;
  contactConsent: boolean;
  phone: string;
  at: Date;
}

/** Triages the answers and builds the stored report, keeping the phone only with consent. */
export function buildReport(input: NewReport): SymptomReport {
  return {
    subscriberId: input.subscriberId,
    reportedOn: input.reportedOn,
    sessionId: input.sessionId,
    channel: input.channel,
    lang: input.lang,
    answers: input.answers,
    risk: triage(input.answers),
    kabCode: input.place.kabCode,
    kecCode: kecamatanCodeOf(input.place),
    placeLabel: input.place.label,
    contactConsent: input.contactConsent,
    phone: input.contactConsent ? input.phone : undefined,
    reportedAt: input.at.toISOString(),
  };
}
