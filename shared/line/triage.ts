import type { AdviceId } from '../content/advice.js';

/**
 * Symptom triage for the report flow, written to err on the safe side. The rows are read top down and
 * the first that matches decides; the README shows the same table and each row has a test.
 *
 * | row | the caller reports                                                             | risk     | advice     |
 * | --- | ------------------------------------------------------------------------------ | -------- | ---------- |
 * | 1   | difficulty breathing                                                           | high     | `urgent`   |
 * | 2   | two or more symptoms, and age 60 or over, a chronic illness or pregnancy       | high     | `urgent`   |
 * | 3   | any symptom (with or without contact with a confirmed case)                    | moderate | `symptoms` |
 * | 4   | no symptom, contact with a confirmed case                                      | moderate | `contact`  |
 * | 5   | no symptom, no contact                                                         | low      | `well`     |
 *
 * A report told by SMS that names chest pain or pressure is read as difficulty breathing (row 1): WHO
 * names both as needing care at once.
 *
 * The advice names what to do now for this caller: someone with symptoms is never told to act "if
 * symptoms start". What each advice says lives in the content pack (`advice.json`), with its sources.
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
  pregnantOrChronic: boolean;
}

/** The rows of the table above, in order. */
export const TRIAGE_ROWS = [
  { row: 1, level: 'high', advice: 'urgent' },
  { row: 2, level: 'high', advice: 'urgent' },
  { row: 3, level: 'moderate', advice: 'symptoms' },
  { row: 4, level: 'moderate', advice: 'contact' },
  { row: 5, level: 'low', advice: 'well' },
] as const satisfies readonly { row: number; level: RiskLevel; advice: AdviceId }[];

export type TriageRow = (typeof TRIAGE_ROWS)[number]['row'];

export interface Triage {
  level: RiskLevel;
  advice: AdviceId;
  /** Which row of the table decided: kept with the report, so the health office can see why. */
  row: TriageRow;
}

/** How many symptoms count as "several" for a caller at higher risk of severe illness. */
export const SEVERAL_SYMPTOMS = 2;

function rowFor(answers: TriageAnswers): TriageRow {
  const symptoms = new Set(answers.symptoms);
  const higherRisk = answers.ageBand === '60+' || answers.pregnantOrChronic;
  if (symptoms.has('breathing')) return 1;
  if (symptoms.size >= SEVERAL_SYMPTOMS && higherRisk) return 2;
  if (symptoms.size > 0) return 3;
  if (answers.contactWithCase) return 4;
  return 5;
}

/** Triages a report by the table above. Pure. */
export function triage(answers: TriageAnswers): Triage {
  const row = rowFor(answers);
  const { level, advice } = TRIAGE_ROWS[row - 1] ?? TRIAGE_ROWS[0];
  return { level, advice, row };
}
