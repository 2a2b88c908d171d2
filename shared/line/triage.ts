/**
 * Symptom triage for the report flow. The rule is a small points table in the spirit of the
 * HealthCheck line used in South Africa, written for this line and documented in the README:
 *
 * | answer                                         | effect            |
 * | ---------------------------------------------- | ----------------- |
 * | difficulty breathing                           | high, whatever else |
 * | fever, cough, sore throat, loss of smell/taste | 1 point each      |
 * | contact with a confirmed case                  | 2 points          |
 * | travel from an area with local transmission    | 1 point           |
 * | age 60 or over                                 | 1 point           |
 * | pregnant or a chronic illness                  | 1 point           |
 *
 * No symptoms: low (with exposure: still low, and the advice says quarantine). With symptoms: 1-2
 * points is low, 3-4 moderate, 5 or more high. A symptom together with contact with a confirmed case
 * is at least moderate, because that caller needs a test whatever the count.
 */

export const SYMPTOMS = ['fever', 'cough', 'sore-throat', 'breathing', 'smell-taste'] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const AGE_BANDS = ['0-17', '18-39', '40-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export type RiskLevel = 'low' | 'moderate' | 'high';

export interface TriageAnswers {
  ageBand: AgeBand;
  symptoms: readonly Symptom[];
  contactWithCase: boolean;
  travelFromTransmissionArea: boolean;
  pregnantOrChronic: boolean;
}

export interface Triage {
  level: RiskLevel;
  points: number;
  /** Exposure without symptoms: the advice is quarantine rather than only watching for symptoms. */
  quarantine: boolean;
}

/** Scores a report by the table above. Pure; the boundaries are tested case by case. */
export function triage(answers: TriageAnswers): Triage {
  const symptoms = new Set(answers.symptoms);
  const exposed = answers.contactWithCase || answers.travelFromTransmissionArea;
  const points =
    [...symptoms].filter((s) => s !== 'breathing').length +
    (answers.contactWithCase ? 2 : 0) +
    (answers.travelFromTransmissionArea ? 1 : 0) +
    (answers.ageBand === '60+' ? 1 : 0) +
    (answers.pregnantOrChronic ? 1 : 0);

  if (symptoms.has('breathing')) return { level: 'high', points, quarantine: false };
  if (symptoms.size === 0) return { level: 'low', points, quarantine: exposed };
  if (points >= 5) return { level: 'high', points, quarantine: false };
  if (points >= 3 || answers.contactWithCase) return { level: 'moderate', points, quarantine: false };
  return { level: 'low', points, quarantine: false };
}
