import { describe, expect, it } from 'vitest';
import hospitalData from '../../shared/content/data/referral-hospitals.json' with { type: 'json' };
import regionData from '../../shared/content/data/regions.json' with { type: 'json' };
import { parseReferralHospitals, type ReferralHospital } from '../../shared/content/hospitals.js';
import { RegionsFileSchema } from '../../shared/content/regions.js';
import { distanceKm, type GeoPoint } from '../../shared/line/hospitals.js';

/**
 * How much nearer a desa/kelurahan point of another kecamatan may be than the nearest of the hospital's
 * own. Desa points are centroids: at the edge of a large village beside a small town kelurahan, the
 * town's centroid can be the nearer though the point is in the village. A kilometre is about 500 m past
 * the midline between the two centroids, so a point near a border passes and one in the next town fails.
 */
const SLACK_KM = 1;

type Box = readonly [minLat: number, minLon: number, maxLat: number, maxLon: number];

const file = RegionsFileSchema.parse(regionData);
const hospitals = parseReferralHospitals(hospitalData);

const kecamatan = file.kecamatan.map(([code, name, lat, lon, bbox]) => ({
  code,
  name,
  kabCode: code.slice(0, 5),
  lat,
  lon,
  bbox,
}));
const desa = file.desa.map(([code, kind, name, lat, lon]) => ({
  code,
  label: `${kind === 'kelurahan' ? 'Kel.' : 'Ds.'} ${name}`,
  kecCode: code.slice(0, 8),
  kabCode: code.slice(0, 5),
  lat,
  lon,
}));
const kecName = new Map(kecamatan.map((k) => [k.code, k.name]));

function inBox(p: GeoPoint, [minLat, minLon, maxLat, maxLon]: Box): boolean {
  return p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
}

function nearest<T extends GeoPoint>(
  places: readonly T[],
  p: GeoPoint,
): { place: T; km: number } | undefined {
  let best: { place: T; km: number } | undefined;
  for (const place of places) {
    const km = distanceKm(p, place);
    if (!best || km < best.km) best = { place, km };
  }
  return best;
}

/** The kecamatan a hospital's `kecName` names in its kab/kota: the one its point is checked against. */
function kecamatanOf(h: ReferralHospital) {
  return kecamatan.filter((k) => k.kabCode === h.kabCode && k.name === h.kecName);
}

/**
 * Why the point does not lie in the hospital's own kecamatan, or undefined when it does: inside the
 * kecamatan's bbox, and no desa/kelurahan of another kecamatan in the kab/kota more than
 * {@link SLACK_KM} nearer than the nearest of its own. Kecamatan centroids are not used: a kecamatan
 * that wraps round a town (Kedungwaru, Kebomas) or stretches far out (Sukolilo, Patrang) has its centroid
 * kilometres from the town edge where hospitals stand.
 */
function misplacement(h: ReferralHospital): string | undefined {
  const where = `${h.code} ${h.name} (${h.lat}, ${h.lon})`;
  const [kec, ...others] = kecamatanOf(h);
  if (!kec || others.length > 0) return `${where}: "${h.kecName}" is not one kecamatan of ${h.kabCode}`;
  if (!kec.bbox) return `${where}: Kec. ${kec.name} has no bbox`;
  if (!inBox(h, kec.bbox)) return `${where} is outside the bbox of Kec. ${kec.name}`;
  const inKab = desa.filter((d) => d.kabCode === h.kabCode);
  const any = nearest(inKab, h);
  const own = nearest(
    inKab.filter((d) => d.kecCode === kec.code),
    h,
  );
  if (!any || !own) return `${where}: Kec. ${kec.name} has no desa`;
  if (own.km - any.km <= SLACK_KM) return undefined;
  return (
    `${where} is ${any.km.toFixed(1)} km from ${any.place.label}, Kec. ${kecName.get(any.place.kecCode)}, ` +
    `but ${own.km.toFixed(1)} km from ${own.place.label}, the nearest in Kec. ${kec.name}`
  );
}

describe('referral hospital points', () => {
  it("names, in each kecName, exactly one kecamatan of the hospital's kab/kota", () => {
    const unknown = hospitals
      .filter((h) => h.kecName === undefined || kecamatanOf(h).length !== 1)
      .map((h) => `${h.code} ${h.name}: ${h.kecName ?? 'no kecName'} in ${h.kabCode}`);

    expect(unknown).toEqual([]);
  });

  it('ships every kecamatan with a bbox around its own point', () => {
    const bad = kecamatan.filter((k) => !k.bbox || !inBox(k, k.bbox)).map((k) => k.code);

    expect(bad).toEqual([]);
  });

  it('puts every referral hospital inside its own kecamatan', () => {
    const offenders = hospitals.map(misplacement).filter((why) => why !== undefined);

    expect(offenders).toEqual([]);
  });

  it('puts a point moved to a desa/kelurahan of the reference data on that one, in its kecamatan', () => {
    const wrong = hospitals.flatMap((h) => {
      const named = /^centroid of ((?:Kel|Ds)\. .+) \(.+\), jatim_regions\.csv$/.exec(
        h.pointSource ?? '',
      )?.[1];
      if (named === undefined) return [];
      const [kec] = kecamatanOf(h);
      const on = desa.find((d) => d.kecCode === kec?.code && d.label === named);
      return on && on.lat === h.lat && on.lon === h.lon ? [] : [`${h.code} ${h.name}: ${h.pointSource}`];
    });

    expect(wrong).toEqual([]);
  });
});
