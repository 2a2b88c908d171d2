import type { ReferralHospital } from '../content/hospitals.js';

/** A point on the map, in decimal degrees (WGS 84). */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** A hospital and how far it is, as the crow flies, from where the caller is. */
export interface HospitalDistance {
  readonly hospital: ReferralHospital;
  readonly distanceKm: number;
}

/** Mean Earth radius (IUGG); the sphere is off by under 0.5 %, far less than a centroid is. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points (haversine). Straight-line, not by road: across the Madura
 * Strait or a mountain the trip is longer, which is why answers say "about".
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function nearest(hospitals: readonly ReferralHospital[], point: GeoPoint): HospitalDistance | undefined {
  let best: HospitalDistance | undefined;
  for (const hospital of hospitals) {
    const km = distanceKm(point, hospital);
    // Several hospitals share an approximate point (their kecamatan's centroid): on a tie, the one
    // with a phone is the more useful answer.
    const better =
      !best ||
      km < best.distanceKm - 1e-9 ||
      (Math.abs(km - best.distanceKm) <= 1e-9 && best.hospital.phone === '' && hospital.phone !== '');
    if (better) best = { hospital, distanceKm: km };
  }
  return best;
}

/**
 * The referral hospital closest to `point`.
 *
 * @throws Error when `hospitals` is empty (the content pack's schema never lets it be).
 */
export function nearestReferralHospital(
  hospitals: readonly ReferralHospital[],
  point: GeoPoint,
): HospitalDistance {
  const found = nearest(hospitals, point);
  if (!found) throw new Error('no referral hospitals to choose from');
  return found;
}

/**
 * The closest of the province's main referral hospitals (those marked `main` in the content pack),
 * where the hardest cases were sent.
 *
 * @throws Error when no hospital is marked `main` (the content pack's schema never lets that happen).
 */
export function nearestMainReferralHospital(
  hospitals: readonly ReferralHospital[],
  point: GeoPoint,
): HospitalDistance {
  const found = nearest(
    hospitals.filter((h) => h.main),
    point,
  );
  if (!found) throw new Error('no main referral hospital to choose from');
  return found;
}
