import * as z from 'zod';
import { nonGsmCharacters } from '../text.js';
import { parseContentFile } from './load.js';

/**
 * East Java's COVID-19 referral hospitals (the province's list of May 2020), built from the reference
 * data by `scripts/build-content-regions.ts`. Phones and names changed often in 2020-2022: an admin
 * checks them here before they are texted to the public.
 */

/** A name must leave room for the distance and the phone on a 160-character USSD screen. */
export const HOSPITAL_NAME_MAX = 40;

/** One COVID-19 referral hospital. */
export interface ReferralHospital {
  /** The Kemenkes hospital code (`kode_rs`); its first four digits are the kab/kota. */
  readonly code: string;
  /** Short and readable: the type and the name, `RSUD <name>`, without the kab/kota spelt out. */
  readonly name: string;
  readonly kabCode: string;
  /** The kecamatan of its address. */
  readonly kecName?: string;
  /** `(0xxx) xxxxxx` or a mobile `08xx-xxxx-xxx`; '' when no complete number is known. */
  readonly phone: string;
  readonly lat: number;
  readonly lon: number;
  /** Where the point came from, when not the facility map: for the admin who checks it, never texted. */
  readonly pointSource?: string;
  /** One of the province's three main referral hospitals (2020). */
  readonly main: boolean;
  /** On the Ministry of Health's national referral list (2020). */
  readonly national: boolean;
}

const gsmText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => nonGsmCharacters(text, { basicOnly: true }).length === 0, {
      message: 'must be GSM-7 basic characters only',
    })
    .refine((text) => text === text.trim() && !/\s{2,}/.test(text), { message: 'has odd whitespace' });

/** An area code and subscriber number, or a mobile number: what a caller can dial as written. */
const PHONE = /^(?:\(0\d{2,3}\) \d{5,8}|08\d{2}-\d{3,4}-\d{3,4})$/;

export const ReferralHospitalSchema = z.strictObject({
  code: z.string().regex(/^\d{7}$/, 'a kode_rs is seven digits'),
  name: gsmText(HOSPITAL_NAME_MAX),
  kabCode: z.string().regex(/^\d{2}\.\d{2}$/),
  kecName: gsmText(40).optional(),
  phone: z.union([
    z.literal(''),
    z
      .string()
      .regex(
        PHONE,
        'a phone is an area code in brackets and the number, (0xxx) xxxxxx, or a mobile 08xx-xxxx-xxx',
      ),
  ]),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  pointSource: z.string().min(1).max(200).optional(),
  main: z.boolean(),
  national: z.boolean(),
});

/** The whole list: codes unique, each in its own kab/kota, and at least one main hospital to refer to. */
export const ReferralHospitalsSchema = z
  .array(ReferralHospitalSchema)
  .min(1)
  .superRefine((hospitals, ctx) => {
    const seen = new Set<string>();
    hospitals.forEach((h, i) => {
      if (seen.has(h.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `${h.code} repeats` });
      seen.add(h.code);
      if (h.code.slice(0, 4) !== h.kabCode.replace('.', '')) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'kabCode'],
          message: `${h.kabCode} is not the kab of ${h.code}`,
        });
      }
    });
    if (!hospitals.some((h) => h.main))
      ctx.addIssue({ code: 'custom', message: 'no main referral hospital' });
  });

/**
 * Validates a referral hospital list (the parsed `referral-hospitals.json`, or a test's modified copy).
 *
 * @throws Error naming the file, the path of each wrong field, and why.
 */
export function parseReferralHospitals(data: unknown, path = 'referral-hospitals.json'): ReferralHospital[] {
  return parseContentFile(path, ReferralHospitalsSchema, data);
}
