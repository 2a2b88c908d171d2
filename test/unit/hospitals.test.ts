import { describe, expect, it } from 'vitest';
import type { ReferralHospital } from '../../shared/content/hospitals.js';
import {
  distanceKm,
  nearestMainReferralHospital,
  nearestReferralHospital,
} from '../../shared/line/hospitals.js';
import { createPlaceResolver, type Place, type PlaceLevel } from '../../shared/line/places.js';
import { eastJavaPack } from '../support/packs.js';

const hospitals = eastJavaPack().referralHospitals;
const resolver = createPlaceResolver(eastJavaPack().regions, eastJavaPack().aliases, eastJavaPack().lexicon);

function place(level: PlaceLevel, code: string): Place {
  const found = resolver.byCode(level, code);
  if (!found) throw new Error(`no ${level} ${code}`);
  return found;
}

function hospital(overrides: Partial<ReferralHospital>): ReferralHospital {
  return {
    code: '3510010',
    name: 'RS',
    kabCode: '35.10',
    phone: '',
    lat: -8,
    lon: 112,
    main: false,
    national: false,
    ...overrides,
  };
}

describe('distanceKm', () => {
  it('is zero from a point to itself and the same both ways', () => {
    const a = { lat: -7.2667, lon: 112.7582 };
    const b = { lat: -7.9645, lon: 112.6317 };

    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it('measures a degree of latitude as about 111 km', () => {
    const km = distanceKm({ lat: -7, lon: 112 }, { lat: -8, lon: 112 });

    expect(km).toBeCloseTo(111.2, 1);
  });

  it('puts Surabaya about 78 km from Malang as the crow flies', () => {
    // RSUD Dr. Soetomo to RSUD Dr. Saiful Anwar.
    const km = distanceKm({ lat: -7.26668, lon: 112.75822 }, { lat: -7.96453, lon: 112.63171 });

    expect(km).toBeGreaterThan(75);
    expect(km).toBeLessThan(82);
  });
});

describe('nearestReferralHospital', () => {
  it('sends Kec. Sempu, Banyuwangi to a Banyuwangi hospital within 40 km', () => {
    const from = place('kecamatan', '35.10.20');

    const { hospital: h, distanceKm: km } = nearestReferralHospital(hospitals, from);

    expect(h.kabCode).toBe('35.10');
    expect(h.name).toBe('RSUD Blambangan');
    expect(km).toBeLessThan(40);
  });

  it('sends Kota Surabaya to a Surabaya hospital close by', () => {
    const { hospital: h, distanceKm: km } = nearestReferralHospital(hospitals, place('kabkota', '35.78'));

    expect(h.kabCode).toBe('35.78');
    expect(km).toBeLessThan(5);
  });

  it('sends a desa far from its kabupaten town to the hospital near it, not the town one', () => {
    // Ds. Pelem is in Kec. Kertosono, some 25 km east of Nganjuk town.
    const town = nearestReferralHospital(hospitals, place('kabkota', '35.18'));
    const desa = nearestReferralHospital(hospitals, place('desa', '35.18.08.2009'));

    expect(town.hospital.name).toBe('RSUD Nganjuk');
    expect(desa.hospital.name).toBe('RSUD Kertosono');
    expect(desa.distanceKm).toBeLessThan(5);
  });

  it('sends Kab. Sumenep from its town, not from the islands its centroid falls among', () => {
    const { hospital: h, distanceKm: km } = nearestReferralHospital(hospitals, place('kabkota', '35.29'));

    expect(h.name).toBe('RSUD dr. H. Moh. Anwar');
    expect(km).toBeLessThan(5);
  });

  it('prefers a hospital with a phone when two share a point', () => {
    const shared = { lat: -8.1, lon: 113.7 };
    const list = [
      hospital({ code: '3509001', ...shared, phone: '' }),
      hospital({ code: '3509002', ...shared, phone: '(0331) 484674' }),
    ];

    const { hospital: h } = nearestReferralHospital(list, { lat: -8.2, lon: 113.7 });

    expect(h.code).toBe('3509002');
  });

  it('refuses an empty list rather than answer nothing', () => {
    expect(() => nearestReferralHospital([], { lat: -8, lon: 112 })).toThrow(/no referral hospitals/);
  });
});

describe('nearestMainReferralHospital', () => {
  it.each([
    ['kabkota', '35.77', 'RSUD Dr. Soedono Madiun'],
    ['kabkota', '35.19', 'RSUD Dr. Soedono Madiun'],
    ['kabkota', '35.73', 'RSUD Dr. Saiful Anwar'],
    ['kabkota', '35.07', 'RSUD Dr. Saiful Anwar'],
    ['kabkota', '35.78', 'RSUD Dr. Soetomo'],
    ['kabkota', '35.15', 'RSUD Dr. Soetomo'],
    // Malang is 193 km from Banyuwangi town, Surabaya 207 km: Malang is nearer.
    ['kabkota', '35.10', 'RSUD Dr. Saiful Anwar'],
    // Sumenep, across the Madura Strait, is nearest Surabaya.
    ['kabkota', '35.29', 'RSUD Dr. Soetomo'],
    // Kota Kediri lies between the three: Madiun is 59 km, Malang 70 km, Surabaya 103 km.
    ['kabkota', '35.71', 'RSUD Dr. Soedono Madiun'],
  ] as const)('%s %s -> %s', (level, code, name) => {
    const from = place(level, code);

    const main = nearestMainReferralHospital(hospitals, from);

    expect(main.hospital.name).toBe(name);
    expect(main.hospital.main).toBe(true);
  });

  it('is the nearest of the three by haversine distance', () => {
    const from = place('kabkota', '35.10');
    const mains = hospitals.filter((h) => h.main);

    const answer = nearestMainReferralHospital(hospitals, from);

    expect(mains).toHaveLength(3);
    for (const other of mains) expect(answer.distanceKm).toBeLessThanOrEqual(distanceKm(from, other));
    expect(answer.distanceKm).toBeGreaterThan(150);
  });

  it('refuses a list with no main hospital', () => {
    expect(() => nearestMainReferralHospital([hospital({})], { lat: -8, lon: 112 })).toThrow(/no main/);
  });
});
