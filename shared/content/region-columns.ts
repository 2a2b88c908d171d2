import { ContentError, deepFreeze } from './load.js';
import type { Desa, KabKota, Kecamatan, Regions, RegionsFile } from './regions.js';

/**
 * Reading `regions.json` into the line's regions, with no schema: the functions load the bundled file,
 * already validated, with this alone; `parseRegions` (`regions.ts`) validates first.
 */

/** Coordinates are stored as whole units of 1e-5 degree (about a metre), the precision the build keeps. */
export const COORDINATE_UNITS = 1e5;

/**
 * `regions.json` as the build script writes it: the kecamatan and desa lists as columns, each column one
 * string per kab/kota (in kab/kota order; a correction changes one kab/kota's line), its values joined by
 * `,` (names by `|`, which is not in the GSM-7 basic set and so never in a name). Two-fifths the size of
 * the rows, and far cheaper to load: the bundle parses a few long strings instead of 9,000 arrays.
 *
 * - `lat`, `lon`: whole units of 1e-5 degree; the first of each line in full, the rest as the change from
 *   the region before (neighbouring codes lie close together).
 * - `kecamatan.code`: each code in full. `kecamatan.bbox`: four values a kecamatan, its box's
 *   `minLat, minLon, maxLat, maxLon` less its own point.
 * - `desa.code`: the first desa/kelurahan of each kecamatan in full, the rest as the step up in the last
 *   part of the code (`35.10.20.2001,1,1,3`). Whether it is a desa or a kelurahan is in the code (2 or 1).
 */
export interface RegionColumns {
  readonly format: 'columns';
  readonly kabKota: RegionsFile['kabKota'];
  readonly kecamatan: {
    readonly code: readonly string[];
    readonly name: readonly string[];
    readonly lat: readonly string[];
    readonly lon: readonly string[];
    readonly bbox: readonly string[];
  };
  readonly desa: {
    readonly code: readonly string[];
    readonly name: readonly string[];
    readonly lat: readonly string[];
    readonly lon: readonly string[];
  };
  readonly names2020: RegionsFile['names2020'];
}

/** Each line of a column, split into its values. */
function columnValues(lines: readonly string[], separator: string): string[][] {
  return lines.map((line) => (line === '' ? [] : line.split(separator)));
}

function wholeNumber(value: string, what: string): number {
  const n = Number(value);
  if (value === '' || !Number.isInteger(n))
    throw new ContentError(`${what}: "${value}" is not a whole number`);
  return n;
}

/** A coordinate column as whole units: each line's first value in full, the rest as changes. */
function coordinateUnits(lines: readonly string[], what: string): number[] {
  const units: number[] = [];
  for (const values of columnValues(lines, ',')) {
    let current = 0;
    values.forEach((value, i) => {
      current = (i === 0 ? 0 : current) + wholeNumber(value, what);
      units.push(current);
    });
  }
  return units;
}

function sameLength(what: string, expected: number, actual: number): void {
  if (actual !== expected) throw new ContentError(`${what} has ${actual} values for ${expected} regions`);
}

const FULL_DESA_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const CODE_STEP = /^[1-9]\d*$/;

function desaCodes(lines: readonly string[]): string[] {
  const codes: string[] = [];
  for (const values of columnValues(lines, ',')) {
    let kecPart = '';
    let last = 0;
    for (const value of values) {
      if (FULL_DESA_CODE.test(value)) {
        kecPart = value.slice(0, 8);
        last = Number(value.slice(9));
      } else if (CODE_STEP.test(value) && kecPart !== '') {
        last += Number(value);
      } else {
        throw new ContentError(`desa.code: "${value}" is neither a full code nor a step after one`);
      }
      codes.push(`${kecPart}.${String(last).padStart(4, '0')}`);
    }
  }
  return codes;
}

/** Whole units as degrees: the same number as the 5-decimal figure the build rounded to. */
const degrees = (units: number): number => units / COORDINATE_UNITS;

/**
 * Reads the columns into rows. Checks only what reading needs (as many values as regions, whole
 * numbers, steps after a full code); what the rows say is checked by the rows' schema.
 *
 * @throws ContentError naming the malformed column.
 */
export function regionRowsOfColumns(columns: RegionColumns): RegionsFile {
  const { kecamatan: kec, desa } = columns;
  const kecCodes = columnValues(kec.code, ',').flat();
  const kecNames = columnValues(kec.name, '|').flat();
  const kecLat = coordinateUnits(kec.lat, 'kecamatan.lat');
  const kecLon = coordinateUnits(kec.lon, 'kecamatan.lon');
  const boxes = columnValues(kec.bbox, ',')
    .flat()
    .map((value) => wholeNumber(value, 'kecamatan.bbox'));
  sameLength('kecamatan.name', kecCodes.length, kecNames.length);
  sameLength('kecamatan.lat', kecCodes.length, kecLat.length);
  sameLength('kecamatan.lon', kecCodes.length, kecLon.length);
  sameLength('kecamatan.bbox (four a kecamatan)', kecCodes.length * 4, boxes.length);

  const codes = desaCodes(desa.code);
  const names = columnValues(desa.name, '|').flat();
  const lats = coordinateUnits(desa.lat, 'desa.lat');
  const lons = coordinateUnits(desa.lon, 'desa.lon');
  sameLength('desa.name', codes.length, names.length);
  sameLength('desa.lat', codes.length, lats.length);
  sameLength('desa.lon', codes.length, lons.length);

  // Every index below is within its column: the lengths were checked above.
  const at = (values: readonly number[], i: number): number => values[i] as number;
  return {
    kabKota: columns.kabKota,
    kecamatan: kecCodes.map((code, i) => {
      const lat = at(kecLat, i);
      const lon = at(kecLon, i);
      const box = (k: number, base: number) => degrees(base + at(boxes, i * 4 + k));
      return [
        code,
        kecNames[i] as string,
        degrees(lat),
        degrees(lon),
        [box(0, lat), box(1, lon), box(2, lat), box(3, lon)],
      ];
    }),
    desa: codes.map((code, i) => [
      code,
      code[9] === '1' ? 'kelurahan' : 'desa',
      names[i] as string,
      degrees(at(lats, i)),
      degrees(at(lons, i)),
    ]),
    names2020: columns.names2020,
  };
}

function isColumns(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'columns';
}

/**
 * The rows of a `regions.json` in either form, without checking them: for a file already validated
 * (the bundled pack, which the tests and `npm run content:check` validate).
 */
export function regionRows(data: unknown): RegionsFile {
  return isColumns(data) ? regionRowsOfColumns(data as RegionColumns) : (data as RegionsFile);
}

/** Whether a parsed `regions.json` is in columns (as the build script writes it) rather than rows. */
export function isRegionColumns(data: unknown): data is RegionColumns {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'columns';
}

/** Indexes the rows (already validated) for the line: objects with their parents' codes, and lookups. */
export function indexRegions(file: RegionsFile): Regions {
  const names2020 = new Map(Object.entries(file.names2020));
  const kabKota: KabKota[] = file.kabKota.map(([code, kind, name, lat, lon]) => ({
    code,
    kind,
    name,
    label: `${kind === 'kabupaten' ? 'Kab.' : 'Kota'} ${name}`,
    lat,
    lon,
  }));
  // Two literals rather than a spread of the 2020 spelling: this runs 9,000 times at a cold start.
  const kecamatan: Kecamatan[] = file.kecamatan.map(([code, name, lat, lon]) => {
    const kabCode = code.slice(0, 5);
    const name2020 = names2020.get(code);
    return name2020 === undefined
      ? { code, name, kabCode, lat, lon }
      : { code, name, kabCode, name2020, lat, lon };
  });
  const desa: Desa[] = file.desa.map(([code, kind, name, lat, lon]) => {
    const kecCode = code.slice(0, 8);
    const kabCode = code.slice(0, 5);
    const name2020 = names2020.get(code);
    return name2020 === undefined
      ? { code, name, kind, kecCode, kabCode, lat, lon }
      : { code, name, kind, kecCode, kabCode, name2020, lat, lon };
  });
  const kabIndex = new Map(kabKota.map((k) => [k.code, k]));
  const kecIndex = new Map(kecamatan.map((k) => [k.code, k]));
  return deepFreeze({
    kabKota,
    kecamatan,
    desa,
    kabByCode: (code: string) => kabIndex.get(code),
    kecByCode: (code: string) => kecIndex.get(code),
  });
}

/**
 * Indexes a regions file already validated (the bundled pack): `parseRegions` without the checks.
 *
 * @throws ContentError only when the columns cannot be read at all.
 */
export function trustedRegions(data: unknown): Regions {
  return indexRegions(isRegionColumns(data) ? regionRowsOfColumns(data) : (data as RegionsFile));
}
