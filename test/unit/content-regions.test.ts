import { describe, expect, it } from 'vitest';
import { regionColumnsOfRows } from '../../scripts/build-content-regions.js';
import hospitalData from '../../shared/content/data/referral-hospitals.json' with { type: 'json' };
import regionData from '../../shared/content/data/regions.json' with { type: 'json' };
import { parseReferralHospitals } from '../../shared/content/hospitals.js';
import { regionRowsOfColumns } from '../../shared/content/region-columns.js';
import { parsePlaceAliases, parseRegions, RegionsFileSchema } from '../../shared/content/regions.js';
import { isGsm7Basic } from '../../shared/text.js';
import fixtureRegionData from '../fixtures/pack/regions.json' with { type: 'json' };
import { eastJavaPack } from '../support/packs.js';

type WritableColumns = {
  -readonly [K in 'kecamatan' | 'desa']: Record<string, string[]>;
};

/** A mutable copy of the shipped columns for the schema to reject. */
function copyOfColumns(): WritableColumns {
  return structuredClone(regionData) as unknown as WritableColumns;
}

/** Replaces line `line` of a column. */
function editLine(column: string[] | undefined, line: number, edit: (text: string) => string): void {
  if (!column?.[line]) throw new Error(`no line ${line}`);
  column[line] = edit(column[line]);
}

/** East Java's mainland and near islands; only Bawean and Masalembu lie further north. */
const MAINLAND = { latMin: -8.9, latMax: -6.7, lonMin: 110.8, lonMax: 116.3 };
const NORTHERN_ISLANDS = ['35.25.17', '35.25.18', '35.29.23']; // Sangkapura, Tambak (Bawean), Masalembu

function inMainlandBox(p: { lat: number; lon: number }): boolean {
  return (
    p.lat >= MAINLAND.latMin &&
    p.lat <= MAINLAND.latMax &&
    p.lon >= MAINLAND.lonMin &&
    p.lon <= MAINLAND.lonMax
  );
}

describe('regions content', () => {
  it('has every kab/kota, kecamatan and desa/kelurahan of East Java', () => {
    // Prepare / Act
    const regions = eastJavaPack().regions;

    // Assess
    expect(regions.kabKota).toHaveLength(38);
    expect(regions.kabKota.filter((k) => k.kind === 'kota')).toHaveLength(9);
    expect(regions.kecamatan).toHaveLength(666);
    expect(regions.desa).toHaveLength(8494);
    expect(regions.desa.filter((d) => d.kind === 'kelurahan')).toHaveLength(773);
  });

  it('lists kab/kota in code order with bare names and short labels', () => {
    const regions = eastJavaPack().regions;

    const codes = regions.kabKota.map((k) => k.code);

    expect(codes).toEqual([...codes].sort());
    expect(regions.kabByCode('35.10')).toMatchObject({
      kind: 'kabupaten',
      name: 'Banyuwangi',
      label: 'Kab. Banyuwangi',
    });
    expect(regions.kabByCode('35.73')).toMatchObject({ kind: 'kota', name: 'Malang', label: 'Kota Malang' });
    expect(regions.kabByCode('35.07')).toMatchObject({
      kind: 'kabupaten',
      name: 'Malang',
      label: 'Kab. Malang',
    });
    expect(regions.kabByCode('36.01')).toBeUndefined();
  });

  it('links each kecamatan and desa to its parents', () => {
    const regions = eastJavaPack().regions;

    const sempu = regions.kecByCode('35.10.20');
    const desa = regions.desa.find((d) => d.code === '35.10.20.2001');

    expect(sempu).toMatchObject({ name: 'Sempu', kabCode: '35.10' });
    expect(desa).toMatchObject({ name: 'Sempu', kind: 'desa', kecCode: '35.10.20', kabCode: '35.10' });
    for (const kec of regions.kecamatan) expect(regions.kabByCode(kec.kabCode)).toBeDefined();
    for (const d of regions.desa) expect(regions.kecByCode(d.kecCode)?.kabCode).toBe(d.kabCode);
  });

  it('routes a kabupaten from its town, not its inland centroid', () => {
    const regions = eastJavaPack().regions;

    const point = (code: string) => {
      const kab = regions.kabByCode(code);
      return kab && { lat: kab.lat, lon: kab.lon };
    };
    const kecPoint = (code: string) => {
      const kec = regions.kecByCode(code);
      return kec && { lat: kec.lat, lon: kec.lon };
    };

    // Banyuwangi's centroid is near Genteng; the town is Kec. Banyuwangi on the coast.
    expect(point('35.10')).toEqual(kecPoint('35.10.16'));
    // Sumenep's centroid lies among its eastern islands; its town is Kec. Kota Sumenep.
    expect(point('35.29')).toEqual(kecPoint('35.29.01'));
  });

  it('puts every point in East Java: the mainland box, or Bawean and Masalembu', () => {
    const regions = eastJavaPack().regions;

    const all = [...regions.kabKota, ...regions.kecamatan, ...regions.desa];
    const outside = all.filter((p) => !inMainlandBox(p));

    expect(all.every((p) => p.lat >= -8.9 && p.lat <= -5 && p.lon >= 110.8 && p.lon <= 116.3)).toBe(true);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((p) => NORTHERN_ISLANDS.some((kec) => p.code.startsWith(kec)))).toBe(true);
  });

  it('keeps names and labels GSM-7, trimmed and at most 40 characters', () => {
    const regions = eastJavaPack().regions;

    const texts = [
      ...regions.kabKota.flatMap((k) => [k.name, k.label]),
      ...regions.kecamatan.map((k) => k.name),
      ...regions.desa.map((d) => d.name),
    ];

    const bad = texts.filter((t) => !isGsm7Basic(t) || t.length > 40 || t !== t.trim() || /\s{2}/.test(t));
    expect(bad).toEqual([]);
  });

  it('keeps the 2020 spelling where it differs, for the resolver', () => {
    const regions = eastJavaPack().regions;

    expect(regions.kecByCode('35.13.16')).toMatchObject({ name: 'Pajarakan', name2020: 'Pejarakan' });
    // Differences of spacing only are not kept: the resolver ignores spaces anyway.
    expect(regions.kecByCode('35.07.23')).toEqual(
      expect.not.objectContaining({ name2020: expect.anything() }),
    );
  });

  it('rejects a region file with a curly quote in a name or a desa without its kecamatan', () => {
    // Prepare: Banyuwangi (35.10) is the tenth line of each column.
    const curly = copyOfColumns();
    editLine(curly.desa.name, 9, (names) => names.replace(/^[^|]+/, 'Ra\u2019as'));
    const orphan = copyOfColumns();
    editLine(orphan.desa.code, 9, (codes) => `${codes},35.10.99.2001`);
    editLine(orphan.desa.name, 9, (names) => `${names}|Nowhere`);
    editLine(orphan.desa.lat, 9, (lats) => `${lats},0`);
    editLine(orphan.desa.lon, 9, (lons) => `${lons},0`);

    // Act + Assess
    expect(() => parseRegions(curly)).toThrow(/regions\.json[\s\S]*GSM-7/);
    expect(() => parseRegions(orphan)).toThrow(/35\.10\.99\.2001 has no kecamatan/);
  });

  it.each<[string, (columns: WritableColumns) => void, RegExp]>([
    [
      'a name too few',
      (c) => editLine(c.desa.name, 0, (names) => names.replace(/^[^|]+\|/, '')),
      /desa\.name has 8493 values for 8494 regions/,
    ],
    [
      'a coordinate that is not whole units',
      (c) => editLine(c.kecamatan.lat, 0, (lats) => lats.replace(/^-?\d+/, '-8.18')),
      /kecamatan\.lat: "-8\.18" is not a whole number/,
    ],
    [
      'a code step with no full code before it',
      (c) => editLine(c.desa.code, 0, (codes) => codes.replace(/^[^,]+/, '1')),
      /desa\.code: "1" is neither a full code nor a step after one/,
    ],
    ['a column missing', (c) => delete c.desa.lat, /desa\.lat/],
  ])('rejects columns with %s, naming the file and the column', (_case, spoil, reason) => {
    // Prepare
    const columns = copyOfColumns();
    spoil(columns);
    // Act + Assess
    expect(() => parseRegions(columns)).toThrow(reason);
    expect(() => parseRegions(columns)).toThrow(/regions\.json/);
  });
});

describe('regions.json as columns', () => {
  it('holds exactly the rows the build script wrote it from', () => {
    // Act: the rows the shipped columns read into, written out again as the build script does.
    const rows = RegionsFileSchema.parse(regionData);
    // Assess
    expect(regionColumnsOfRows(rows)).toEqual(regionData);
    expect(rows.desa).toHaveLength(8494);
  });

  it('reads back hand-written rows number for number, every point and box to 1e-5 degree', () => {
    // Prepare
    // The build rounds every coordinate to 5 decimals; so do these boxes.
    const round5 = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
    const rows = RegionsFileSchema.parse(fixtureRegionData);
    const withBoxes = {
      ...rows,
      kecamatan: rows.kecamatan.map(([code, name, lat, lon]) => [
        code,
        name,
        lat,
        lon,
        [round5(lat - 0.01234), round5(lon - 0.05), round5(lat + 0.00001), round5(lon + 0.1)],
      ]),
    } as typeof rows;
    // Act
    const read = regionRowsOfColumns(regionColumnsOfRows(withBoxes));
    // Assess
    expect(read).toEqual(RegionsFileSchema.parse(withBoxes));
  });

  it('is read the same, validated or not', () => {
    // Act
    const validated = parseRegions(regionData);
    const bundled = eastJavaPack().regions;
    // Assess
    expect(bundled.kabKota).toEqual(validated.kabKota);
    expect(bundled.kecamatan).toEqual(validated.kecamatan);
    expect(bundled.desa).toEqual(validated.desa);
  });

  it('is written as columns, one line per kab/kota', () => {
    expect(regionData.format).toBe('columns');
    for (const column of [...Object.values(regionData.kecamatan), ...Object.values(regionData.desa)]) {
      expect(column).toHaveLength(38);
    }
  });
});

describe('place aliases', () => {
  it('maps texting abbreviations to kab/kota codes, both where a name is shared', () => {
    const aliases = eastJavaPack().aliases;

    expect(aliases.sby).toEqual(['35.78']);
    expect(aliases.bwi).toEqual(['35.10']);
    expect(aliases.mlg).toEqual(['35.07', '35.73']);
    expect(aliases.kdr).toEqual(['35.06', '35.71']);
  });

  it('rejects an alias that points at no kab/kota', () => {
    expect(() => parsePlaceAliases({ xyz: ['35.99'] }, eastJavaPack().regions)).toThrow(/xyz -> 35\.99/);
  });
});

describe('referral hospitals content', () => {
  it('has the 85 referral hospitals, each with a point in East Java', () => {
    const hospitals = eastJavaPack().referralHospitals;

    expect(hospitals).toHaveLength(85);
    expect(new Set(hospitals.map((h) => h.code)).size).toBe(85);
    expect(hospitals.every((h) => inMainlandBox(h))).toBe(true);
  });

  it('marks exactly the three main referral hospitals and the eleven national ones', () => {
    const hospitals = eastJavaPack().referralHospitals;

    const main = hospitals.filter((h) => h.main).map((h) => [h.code, h.name]);

    expect(main).toEqual([
      ['3573011', 'RSUD Dr. Saiful Anwar'],
      ['3577015', 'RSUD Dr. Soedono Madiun'],
      ['3578016', 'RSUD Dr. Soetomo'],
    ]);
    expect(hospitals.filter((h) => h.national)).toHaveLength(11);
  });

  it("gives Dr. Soetomo Surabaya's number, not the one listed with Madiun's area code", () => {
    const soetomo = eastJavaPack().referralHospitals.find((h) => h.code === '3578016');

    expect(soetomo?.phone).toBe('(031) 5501078');
  });

  it('keeps names short, readable and GSM-7, and phones dialable as written', () => {
    const hospitals = eastJavaPack().referralHospitals;

    const byCode = (code: string) => hospitals.find((h) => h.code === code);

    expect(byCode('3510010')).toMatchObject({
      name: 'RSUD Blambangan',
      phone: '(0333) 421118',
      kabCode: '35.10',
    });
    expect(byCode('3502112')?.name).toBe('RSU Aisyiyah Ponorogo');
    for (const h of hospitals) {
      expect(h.name.length).toBeLessThanOrEqual(40);
      expect(isGsm7Basic(h.name)).toBe(true);
      expect(h.phone).toMatch(/^$|^\(0\d{2,3}\) \d{5,8}$|^08\d{2}-\d{3,4}-\d{3,4}$/);
    }
  });

  it('drops a phone the source cut off mid-number rather than text a wrong one', () => {
    // The register cut "Telepon: (031) 5668..." at 20 characters.
    const brawijaya = eastJavaPack().referralHospitals.find((h) => h.code === '3578122');

    expect(brawijaya?.phone).toBe('');
  });

  it('rejects a hospital list with a malformed phone or no main hospital', () => {
    const badPhone = structuredClone(hospitalData);
    const first = badPhone[0];
    if (first) first.phone = '0333-421118 ext 2';
    const noMain = structuredClone(hospitalData).map((h) => ({ ...h, main: false }));

    expect(() => parseReferralHospitals(badPhone)).toThrow(/referral-hospitals\.json[\s\S]*phone/);
    expect(() => parseReferralHospitals(noMain)).toThrow(/no main referral hospital/);
  });
});
