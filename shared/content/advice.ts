import * as z from 'zod';
import type { Localized } from '../lang.js';
import type { Source } from './load.js';
import { localized, sourced } from './load.js';
import { templateText } from './messages.js';

/**
 * What the line advises after a symptom report, one entry per outcome of the triage. Each outcome has
 * the short form a USSD screen ends with and the full form texted after it: the same advice, so the
 * two channels never disagree. Medical statements carry their sources and the day they were checked.
 */
export const ADVICE_IDS = ['urgent', 'symptoms', 'contact', 'well'] as const;
export type AdviceId = (typeof ADVICE_IDS)[number];

export interface Advice {
  /** Ends the USSD report: one screen, with the hospital and the line to call. */
  readonly ussd: Localized;
  /** The SMS after the report (and the reply to a report sent by SMS). */
  readonly sms: Localized;
  readonly sources: readonly Source[];
  readonly checked: string;
}

/** Every outcome names the nearest referral hospital; the urgent one the emergency numbers too. */
const SLOTS: Readonly<Record<AdviceId, readonly string[]>> = {
  urgent: ['hospital!', 'emergency!', 'line'],
  symptoms: ['hospital!', 'line!', 'emergency'],
  contact: ['hospital!', 'line!', 'emergency'],
  well: ['hospital!', 'line!', 'emergency'],
};

export const AdviceSchema = z.strictObject(
  Object.fromEntries(
    ADVICE_IDS.map((id) => [
      id,
      z.strictObject({
        ussd: localized(templateText(SLOTS[id])),
        sms: localized(templateText(SLOTS[id])),
        ...sourced,
      }),
    ]),
  ) as unknown as Record<AdviceId, z.ZodType<Advice>>,
);

export type AdviceTable = Readonly<Record<AdviceId, Advice>>;
