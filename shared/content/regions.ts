import * as z from 'zod';
import { nonGsmCharacters } from '../text.js';
import { ContentError, deepFreeze, parseContentFile } from './load.js';
import { indexRegions, isRegionColumns, type RegionColumns, regionRowsOfColumns } from './region-columns.js';

/**
 * East Java's administrative regions (Kepmendagri codes) with a point each, for the place resolver
 * and the nearest-hospital answer. Built from the reference data by `scripts/build-content-regions.ts`.
 */

/** A kabupaten or kota (regency or city). */
export interface KabKota {
  /** Dotted Kemendagri code, `35.10`. */
  readonly code: string;
  readonly kind: 'kabupaten' | 'kota';
  /** The bare name, `Banyuwangi`, `Malang`: Kab. Malang and Kota Malang share it. */
  readonly name: string;
  /** `Kab. Banyuwangi` or `Kota Malang`: short enough for a menu line. */
  readonly label: string;
  /**
   * Where to route from: for a kabupaten its town (the kecamatan of the same name) when it has one,
   * otherwise a point inside it; for a kota its centroid.
   */
  readonly lat: number;
  readonly lon: number;
}

/** A kecamatan (district). */
export interface Kecamatan {
  /** `35.10.20`. */
  readonly code: string;
  readonly name: string;
  readonly kabCode: string;
  /** The spelling in the 2020 code list, when it differs in more than spaces and dashes. */
  readonly name2020?: string;
  readonly lat: number;
  readonly lon: number;
}

/** A desa (village) or kelurahan (urban village). */
export interface Desa {
  /** `35.10.20.2001`: the last part starts with 2 for a desa, 1 for a kelurahan. */
  readonly code: string;
  readonly name: string;
  readonly kind: 'desa' | 'kelurahan';
  readonly kecCode: string;
  readonly kabCode: string;
  /** The spelling in the 2020 code list, when it differs in more than spaces and dashes. */
  readonly name2020?: string;
  readonly lat: number;
  readonly lon: number;
}

/** Every region of the province, each list in code order. */
export interface Regions {
  readonly kabKota: readonly KabKota[];
  readonly kecamatan: readonly Kecamatan[];
  readonly desa: readonly Desa[];
  kabByCode(code: string): KabKota | undefined;
  kecByCode(code: string): Kecamatan | undefined;
}

/** Texting abbreviations and nicknames (`sby`, `mlg`), lowercase, each to the kab/kota it may mean. */
export type PlaceAliases = Readonly<Record<string, readonly string[]>>;

/** Names are shown on USSD screens: GSM-7 basic set, no stray spaces, short. */
const NAME_MAX = 40;

const placeName = z
  .string()
  .min(1)
  .max(NAME_MAX)
  .superRefine((name, ctx) => {
    const bad = nonGsmCharacters(name, { basicOnly: true });
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not GSM-7 basic: ${bad.join(' ')}` });
    else if (name !== name.trim() || /\s{2,}|[\t\n\r]/.test(name)) {
      ctx.addIssue({ code: 'custom', message: 'has odd whitespace' });
    }
  });

// The province's own box is checked with the whole pack (`province.json`).
const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

const kabCode = z.string().regex(/^\d{2}\.\d{2}$/, 'a kab/kota code is PP.NN');
const kecCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'a kecamatan code is PP.NN.NN');
const desaCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$/, 'a desa code is PP.NN.NN.[12]NNN');

/**
 * A kecamatan's `[minLat, minLon, maxLat, maxLon]`, from its polygon: a point outside it is outside the
 * kecamatan, which is how the content test checks each referral hospital's point. A pack may leave it out.
 */
const bbox = z
  .tuple([lat, lon, lat, lon])
  .refine(([minLat, minLon, maxLat, maxLon]) => minLat <= maxLat && minLon <= maxLon, {
    message: 'a bbox is [minLat, minLon, maxLat, maxLon]',
  });

/**
 * The regions as rows: one tuple a region. Hand-written packs (the test fixture) are written this way;
 * the build script writes the columns below, which are read into these rows.
 */
const RegionRowsSchema = z
  .strictObject({
    kabKota: z.array(z.tuple([kabCode, z.enum(['kabupaten', 'kota']), placeName, lat, lon])).min(1),
    kecamatan: z.array(z.tuple([kecCode, placeName, lat, lon, bbox.optional()])).min(1),
    desa: z.array(z.tuple([desaCode, z.enum(['desa', 'kelurahan']), placeName, lat, lon])).min(1),
    names2020: z.record(z.union([kecCode, desaCode]), placeName),
  })
  .superRefine((file, ctx) => {
    const checkOrder = (key: 'kabKota' | 'kecamatan' | 'desa', codes: readonly string[]) => {
      for (let i = 1; i < codes.length; i += 1) {
        if ((codes[i - 1] ?? '') >= (codes[i] ?? '')) {
          ctx.addIssue({ code: 'custom', path: [key, i], message: `codes must rise: ${codes[i]}` });
          return;
        }
      }
    };
    const kabs = file.kabKota.map(([code]) => code);
    const kecs = file.kecamatan.map(([code]) => code);
    checkOrder('kabKota', kabs);
    checkOrder('kecamatan', kecs);
    checkOrder(
      'desa',
      file.desa.map(([code]) => code),
    );
    const kabSet = new Set(kabs);
    const kecSet = new Set(kecs);
    file.kecamatan.forEach(([code], i) => {
      if (!kabSet.has(code.slice(0, 5))) {
        ctx.addIssue({ code: 'custom', path: ['kecamatan', i], message: `${code} has no kab/kota` });
      }
    });
    file.desa.forEach(([code, kind], i) => {
      if (!kecSet.has(code.slice(0, 8))) {
        ctx.addIssue({ code: 'custom', path: ['desa', i], message: `${code} has no kecamatan` });
      }
      if ((kind === 'kelurahan') !== (code[9] === '1')) {
        ctx.addIssue({ code: 'custom', path: ['desa', i], message: `${code} is not a ${kind} code` });
      }
    });
    const desaSet = new Set(file.desa.map(([code]) => code));
    for (const code of Object.keys(file.names2020)) {
      if (!kecSet.has(code) && !desaSet.has(code)) {
        ctx.addIssue({ code: 'custom', path: ['names2020', code], message: `${code} is not a region` });
      }
    }
  });

/** The regions, one tuple a region: what both forms of `regions.json` are read into. */
export type RegionsFile = z.infer<typeof RegionRowsSchema>;

const column = z.array(z.string());

const RegionColumnsSchema = z.strictObject({
  format: z.literal('columns'),
  // The rows' own schema checks these once the columns are read.
  kabKota: z.array(z.unknown()),
  kecamatan: z.strictObject({ code: column, name: column, lat: column, lon: column, bbox: column }),
  desa: z.strictObject({ code: column, name: column, lat: column, lon: column }),
  names2020: z.record(z.string(), z.unknown()),
});

/** `regions.json` in either form, validated as rows: what both forms say is checked the same way. */
export const RegionsFileSchema = z
  .unknown()
  .transform((data, ctx) => {
    if (!isRegionColumns(data)) return data;
    const columns = RegionColumnsSchema.safeParse(data);
    if (!columns.success) {
      for (const { message, path } of columns.error.issues) ctx.addIssue({ code: 'custom', message, path });
      return z.NEVER;
    }
    try {
      return regionRowsOfColumns(columns.data as RegionColumns);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  })
  .pipe(RegionRowsSchema);

/** `place-aliases.json`: lowercase letters and digits, as the resolver compares them. */
export const PlaceAliasesSchema = z.record(
  z.string().regex(/^[a-z0-9]{2,20}$/, 'an alias is 2-20 lowercase letters or digits'),
  z
    .array(z.union([kabCode, kecCode]))
    .min(1)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'codes repeat' }),
);

/**
 * Validates a regions file (the parsed `regions.json` in either form, or a test's modified copy) and
 * indexes it.
 *
 * @throws Error naming the file, the path of each wrong field, and why.
 */
export function parseRegions(data: unknown, path = 'regions.json'): Regions {
  return indexRegions(parseContentFile(path, RegionsFileSchema, data));
}

/**
 * Validates an alias table against the regions it points into.
 *
 * @throws Error naming the file and each alias that is malformed or points at no kab/kota or kecamatan.
 */
export function parsePlaceAliases(
  data: unknown,
  regions: Regions,
  path = 'place-aliases.json',
): PlaceAliases {
  const aliases = parseContentFile(path, PlaceAliasesSchema, data);
  const unknown = Object.entries(aliases).flatMap(([alias, codes]) =>
    codes
      .filter((code) => !regions.kabByCode(code) && !regions.kecByCode(code))
      .map((code) => `${alias} -> ${code}`),
  );
  if (unknown.length > 0) {
    throw new ContentError(`${path}: no such kab/kota or kecamatan: ${unknown.join(', ')}`);
  }
  return deepFreeze(aliases);
}
