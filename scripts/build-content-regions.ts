/**
 * Builds the region and referral-hospital content files from the reference CSVs:
 *
 *   npx tsx scripts/build-content-regions.ts [data-dir]
 *
 * `data-dir` defaults to `../shared/data` beside the repository. The output is committed, so the line
 * never needs the reference folder at run time; the same input always gives byte-identical output.
 * `regions.json` is written as columns (see `RegionColumns` in `shared/content/regions.ts`): a third of
 * the rows' size, and cheap for a function to load at cold start.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COORDINATE_UNITS, type RegionColumns } from '../shared/content/region-columns.js';
import type { RegionsFile } from '../shared/content/regions.js';
import { toGsm7 } from '../shared/text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Row = Readonly<Record<string, string>>;

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) throw new Error('empty CSV');
  return body.map((values, line) => {
    if (values.length !== header.length) {
      throw new Error(`CSV row ${line + 2} has ${values.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, values[i] ?? '']));
  });
}

function col(row: Row, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`column ${name} missing`);
  return value;
}

/** Five decimals is about a metre: finer than any centroid deserves, and it keeps the file small. */
function round5(value: number): number {
  const rounded = Math.round(value * 1e5) / 1e5;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function coordinate(text: string, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new Error(`bad coordinate for ${what}: "${text}"`);
  return round5(value);
}

/** Names go on USSD screens: GSM-7 basic set, single spaces. */
function cleanName(name: string): string {
  return toGsm7(name.replace(/\s+/g, ' '), { basicOnly: true });
}

/** Compares as the resolver does, so spelling variants that differ only in spaces or dashes are dropped. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : 1);

// --- regions ---------------------------------------------------------------------------------------

interface PointRow {
  code: string;
  name: string;
  lat: number;
  lon: number;
  name2020: string;
}

/** A centroid outside its own polygon (a crescent, or islands) would route from the wrong place. */
function pointOf(row: Row): { lat: number; lon: number } {
  const code = col(row, 'code');
  return col(row, 'centroid_inside') === 'N'
    ? { lat: coordinate(col(row, 'rep_lat'), code), lon: coordinate(col(row, 'rep_lon'), code) }
    : { lat: coordinate(col(row, 'lat'), code), lon: coordinate(col(row, 'lon'), code) };
}

/**
 * `minLat,minLon,maxLat,maxLon` of the region's polygon. Shipped for kecamatan only: the content test
 * checks each referral hospital against its kecamatan's box, and desa boxes would make the file half as
 * big again.
 */
function bboxOf(row: Row): [number, number, number, number] {
  const code = col(row, 'code');
  const box = col(row, 'bbox')
    .split(',')
    .map((part) => coordinate(part, `${code} bbox`));
  const [minLat = Number.NaN, minLon = Number.NaN, maxLat = Number.NaN, maxLon = Number.NaN] = box;
  if (box.length !== 4 || !(minLat <= maxLat && minLon <= maxLon)) {
    throw new Error(`${code}: bad bbox "${col(row, 'bbox')}"`);
  }
  return [minLat, minLon, maxLat, maxLon];
}

function pointRow(row: Row): PointRow {
  const name = cleanName(col(row, 'name'));
  const old = cleanName(col(row, 'name_2020'));
  return {
    code: col(row, 'code'),
    name,
    ...pointOf(row),
    name2020: old !== '' && nameKey(old) !== nameKey(name) ? old : '',
  };
}

function buildRegions(csvRows: readonly Row[]): RegionsFile {
  const level = (name: string) => csvRows.filter((r) => col(r, 'level') === name);
  const kecamatan = level('kecamatan')
    .map((row) => ({ ...pointRow(row), bbox: bboxOf(row) }))
    .sort(byCode);
  const kecByCode = new Map(kecamatan.map((k) => [k.code, k]));

  const kabKota = level('kabkota')
    .map((row) => {
      const code = col(row, 'code');
      const kind = col(row, 'kind');
      if (kind !== 'kabupaten' && kind !== 'kota') throw new Error(`${code}: kind ${kind}`);
      const prefix = kind === 'kabupaten' ? 'Kabupaten ' : 'Kota ';
      const full = cleanName(col(row, 'name'));
      if (!full.startsWith(prefix)) throw new Error(`${code}: name ${full} lacks ${prefix}`);
      const name = full.slice(prefix.length);
      // A kabupaten's centroid is often far inland (Banyuwangi's is near Genteng, Sumenep's out among
      // its islands); callers expect the town. The town is the kecamatan of the same name, and Sumenep's
      // is called "Kota Sumenep". A kota is small enough for its centroid.
      const town =
        kind === 'kabupaten'
          ? (kecByCode.get(col(row, 'same_name_kec_code')) ??
            kecamatan.find(
              (k) => k.code.startsWith(`${code}.`) && nameKey(k.name) === nameKey(`Kota ${name}`),
            ))
          : undefined;
      const point = town ? { lat: town.lat, lon: town.lon } : pointOf(row);
      return { code, kind: kind as RegionsFile['kabKota'][number][1], name, ...point };
    })
    .sort(byCode);

  const desa = level('desakel')
    .map((row) => {
      const kind = col(row, 'kind');
      if (kind !== 'desa' && kind !== 'kelurahan') throw new Error(`${col(row, 'code')}: kind ${kind}`);
      return { ...pointRow(row), kind: kind as RegionsFile['desa'][number][1] };
    })
    .sort(byCode);

  const names2020: Record<string, string> = {};
  for (const place of [...kecamatan, ...desa]) if (place.name2020) names2020[place.code] = place.name2020;

  return {
    kabKota: kabKota.map((k) => [k.code, k.kind, k.name, k.lat, k.lon]),
    kecamatan: kecamatan.map((k) => [k.code, k.name, k.lat, k.lon, k.bbox]),
    desa: desa.map((d) => [d.code, d.kind, d.name, d.lat, d.lon]),
    names2020,
  };
}

/** A coordinate in whole units of 1e-5 degree: exact, as the 5-decimal figures are. */
const units = (degrees: number): number => Math.round(degrees * COORDINATE_UNITS);

/** Each line's first value in full, the rest as the change from the one before. */
function changes(values: readonly number[]): string {
  return values.map((value, i) => (i === 0 ? value : value - (values[i - 1] ?? 0))).join(',');
}

/**
 * The rows as the columns `regions.json` ships (`RegionColumns` in `shared/content/regions.ts` describes
 * them): one line per kab/kota in each column. Reading them back gives the same rows, number for number.
 */
export function regionColumnsOfRows(rows: RegionsFile): RegionColumns {
  const lines = <T>(list: readonly T[], codeOf: (row: T) => string, line: (rows: readonly T[]) => string) =>
    rows.kabKota.map(([kab]) => line(list.filter((row) => codeOf(row).startsWith(`${kab}.`))));
  type Kec = RegionsFile['kecamatan'][number];
  type Desa = RegionsFile['desa'][number];
  const kec = (line: (list: readonly Kec[]) => string) => lines(rows.kecamatan, ([code]) => code, line);
  const desa = (line: (list: readonly Desa[]) => string) => lines(rows.desa, ([code]) => code, line);
  return {
    format: 'columns',
    kabKota: rows.kabKota,
    kecamatan: {
      code: kec((list) => list.map(([code]) => code).join(',')),
      name: kec((list) => list.map(([, name]) => name).join('|')),
      lat: kec((list) => changes(list.map(([, , lat]) => units(lat)))),
      lon: kec((list) => changes(list.map(([, , , lon]) => units(lon)))),
      bbox: kec((list) =>
        list
          .map(([code, , lat, lon, box]) => {
            if (!box) throw new Error(`${code}: no bbox`);
            const [minLat, minLon, maxLat, maxLon] = box;
            return [units(minLat) - units(lat), units(minLon) - units(lon), units(maxLat) - units(lat)]
              .concat(units(maxLon) - units(lon))
              .join(',');
          })
          .join(','),
      ),
    },
    desa: {
      code: desa((list) =>
        list
          .map(([code], i) => {
            const previous = list[i - 1]?.[0];
            return previous?.slice(0, 8) === code.slice(0, 8)
              ? Number(code.slice(9)) - Number(previous.slice(9))
              : code;
          })
          .join(','),
      ),
      name: desa((list) => list.map(([, , name]) => name).join('|')),
      lat: desa((list) => changes(list.map(([, , , lat]) => units(lat)))),
      lon: desa((list) => changes(list.map(([, , , , lon]) => units(lon)))),
    },
    names2020: rows.names2020,
  };
}

// --- referral hospitals ----------------------------------------------------------------------------

/**
 * Where the register's own name reads badly on a small screen: cut at 50 characters, or a long
 * formal name where the short one people use is unambiguous.
 */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  // The register cuts "Kabupaten Situbondo" to "Kabupaten Situbon".
  '3512012': 'RSUD dr. Abdoer Rahem Situbondo',
  '3515026': 'RSU Siti Khodijah Sepanjang',
  '3578764': 'RS Bhayangkara Samsoeri Mertojoso',
};

const HOSPITAL_NAME_MAX = 40;

function hospitalName(code: string, registerName: string): string {
  const override = NAME_OVERRIDES[code];
  if (override) return override;
  let name = cleanName(registerName)
    .replace(/^RS Umum Daerah\b/, 'RSUD')
    .replace(/^RS Umum\b/, 'RSU')
    .replace(/^RS Daerah\b/, 'RSD')
    .replace(/\s*\(Persero\)/, '')
    .replace(/\bTk\.(?=[IV])/g, 'Tk. ')
    // "H.Koesnadi": initials glued to the name.
    .replace(/\b([A-Z])\.(?=[A-Z][a-z])/g, '$1. ')
    // A kab/kota after a person's name says where, and the bare name says it shorter; right after the
    // prefix ("RSUD Kab. Jombang") it is the name itself.
    .replace(/(?<=\S \S+) (?:Kabupaten|Kab\.) (?=\S)/, ' ')
    .replace(/\bKabupaten\b/, 'Kab.');
  if (name.length > HOSPITAL_NAME_MAX) name = name.replace(/\s*\([^)]*\)/g, '');
  if (name.length > HOSPITAL_NAME_MAX) name = name.replace(/ Kota (?=\S+$)/, ' ');
  if (name.length > HOSPITAL_NAME_MAX) throw new Error(`${code}: name too long: ${name}`);
  return name;
}

/** The register cut phone fields at 20 characters: a number running into that cut may be incomplete. */
const PHONE_FIELD_CUT = 20;

/**
 * The first number in a phone field, as `(0xxx) xxxxxx` or a mobile `08xx-xxxx-xxx`; '' when there is no
 * complete one. Extensions and second numbers are dropped: one number fits a screen.
 */
function normalisePhone(raw: string): string {
  const text = raw.replace(/^\s*(?:Telepon|Telp\.?|Tel\.?)\s*:?\s*/i, '');
  const landline = /^\(?(0[1-9]\d{1,2})\)?\s*-?\s*(\d{5,8})(?!\d)/.exec(text);
  const mobile = /^(08\d{2})-?(\d{3,4})-?(\d{3,4})(?!\d)/.exec(text);
  const match = mobile ?? landline;
  if (!match) return '';
  const consumed = raw.length - text.length + match[0].length;
  if (raw.length >= PHONE_FIELD_CUT && consumed >= raw.trimEnd().length) return '';
  if (mobile) return `${mobile[1]}-${mobile[2]}-${mobile[3]}`;
  const [, area, local] = landline ?? [];
  // Surabaya (031) numbers have 7 or 8 digits; shorter means the field was cut mid-number.
  if (area === '031' && (local ?? '').length < 7) return '';
  return `(${area}) ${local}`;
}

function hospitalPhone(row: Row): string {
  const check = col(row, 'phone_check');
  // `phone_check` flags a number that cannot be right (a Surabaya hospital listed with Madiun's area code);
  // the national referral list has the correct one.
  const source = check === 'ok' || check === 'mobile' ? col(row, 'phone') : col(row, 'phone_national_list');
  return normalisePhone(source);
}

/**
 * Referral hospitals whose facility-map point lies outside their own kecamatan (the rule is in
 * `docs/data-sources.md`), moved to the centroid of the desa or kelurahan their address names. In a town
 * that is within a kilometre or two of the door; the map points were 3 to 12 km off, most of them in the
 * busy centre of a neighbouring kecamatan, whose callers were told the hospital was next door.
 * `namedBy` says which address names it: the register's (`address`) or the SIPID list's (`address_sipid`).
 */
const POINT_OVERRIDES: Readonly<Record<string, { desa: string; namedBy: string }>> = {
  // RSU Siti Khodijah Sepanjang, Kec. Taman: the map point is in Sidoarjo town, 12 km south. The SIPID
  // address names Bebekan, the kelurahan next to Sepanjang.
  '3515026': { desa: '35.15.13.1019', namedBy: 'register address' },
  // RSUD Nganjuk: the map point is in Kec. Berbek, 8 km south-west of the town.
  '3518011': { desa: '35.18.13.1008', namedBy: 'SIPID address' },
  // RSUD Mardi Waluyo, Kota Blitar: the map point is in Kec. Kepanjenkidul; the register's address
  // names no kelurahan.
  '3572010': { desa: '35.72.03.1006', namedBy: 'SIPID address' },
  // RSU Dr. Wahidin Sudiro Husodo, Kota Mojokerto: the map point is in the city centre (Kec. Kranggan).
  '3576014': { desa: '35.76.01.1007', namedBy: 'register address' },
  // RS PHC Surabaya, by the port: the map point is in Kec. Genteng, central Surabaya, 5 km south.
  '3578086': { desa: '35.78.12.1006', namedBy: 'register and SIPID addresses' },
};

function hospitalPoint(
  row: Row,
  regionByCode: ReadonlyMap<string, Row>,
): { lat: number; lon: number; pointSource?: string } {
  const code = col(row, 'kode_rs');
  const override = POINT_OVERRIDES[code];
  if (!override) return { lat: coordinate(col(row, 'lat'), code), lon: coordinate(col(row, 'lon'), code) };
  const desa = regionByCode.get(override.desa);
  if (!desa || col(desa, 'level') !== 'desakel' || col(desa, 'kec_code') !== col(row, 'kec_code')) {
    throw new Error(`${code}: ${override.desa} is not a desa/kelurahan of kecamatan ${col(row, 'kec_code')}`);
  }
  const kind = col(desa, 'kind') === 'kelurahan' ? 'Kel.' : 'Ds.';
  const what = col(desa, 'centroid_inside') === 'N' ? 'point inside' : 'centroid of';
  return {
    ...pointOf(desa),
    pointSource: `${what} ${kind} ${cleanName(col(desa, 'name'))} (${override.namedBy}), jatim_regions.csv`,
  };
}

function buildHospitals(rows: readonly Row[], regionRows: readonly Row[]) {
  const regionByCode = new Map(regionRows.map((row) => [col(row, 'code'), row]));
  const stale = Object.keys(POINT_OVERRIDES).filter(
    (code) => !rows.some((row) => col(row, 'kode_rs') === code),
  );
  if (stale.length > 0) throw new Error(`point overrides for hospitals not on the list: ${stale.join(', ')}`);
  return rows
    .map((row) => {
      const code = col(row, 'kode_rs');
      const kecName = cleanName(col(row, 'kec_name'));
      // The content keeps the kecamatan's name only, and the content test finds the kecamatan by it.
      const kec = regionByCode.get(col(row, 'kec_code'));
      if (kecName && (!kec || cleanName(col(kec, 'name')) !== kecName)) {
        throw new Error(`${code}: kecamatan ${col(row, 'kec_code')} is not ${kecName}`);
      }
      return {
        code,
        name: hospitalName(code, col(row, 'name')),
        kabCode: col(row, 'kab_code'),
        ...(kecName ? { kecName } : {}),
        phone: hospitalPhone(row),
        ...hospitalPoint(row, regionByCode),
        main: col(row, 'covid_rujukan_utama_jatim_2020') === 'Y',
        national: col(row, 'covid_rujukan_nasional_kemenkes_2020') === 'Y',
      };
    })
    .sort(byCode);
}

// --- output ---------------------------------------------------------------------------------------

/**
 * Objects one key a line, arrays one item a line: small diffs when a name or a point is corrected
 * (in `regions.json`, a column's line is one kab/kota).
 */
function jsonText(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${jsonText(item, inner)}`,
    );
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function writeJson(outDir: string, file: string, value: unknown): number {
  const text = `${jsonText(value)}\n`;
  writeFileSync(join(outDir, file), text);
  return Buffer.byteLength(text);
}

function main(): void {
  const dataDir = resolve(process.argv[2] ?? join(repoRoot, '../shared/data'));
  const outDir = join(repoRoot, 'shared/content/data');
  const readCsv = (file: string): Row[] =>
    parseCsv(readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, ''));
  const regionRows = readCsv('jatim_regions.csv');
  const regions = buildRegions(regionRows);
  const hospitals = buildHospitals(readCsv('jatim_covid_referral_hospitals.csv'), regionRows);
  const regionBytes = writeJson(outDir, 'regions.json', regionColumnsOfRows(regions));
  const hospitalBytes = writeJson(outDir, 'referral-hospitals.json', hospitals);
  console.log(
    `regions.json: ${regions.kabKota.length} kab/kota, ${regions.kecamatan.length} kecamatan, ` +
      `${regions.desa.length} desa/kelurahan, ${Object.keys(regions.names2020).length} 2020 spellings, ` +
      `${(regionBytes / 1024).toFixed(0)} KB`,
  );
  console.log(
    `referral-hospitals.json: ${hospitals.length} hospitals, ${hospitals.filter((h) => h.main).length} main, ` +
      `${hospitals.filter((h) => h.phone === '').length} without a phone, ` +
      `${hospitals.filter((h) => h.pointSource).length} points moved, ${(hospitalBytes / 1024).toFixed(0)} KB`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
