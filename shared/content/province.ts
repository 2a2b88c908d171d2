import * as z from 'zod';
import { shownText } from './load.js';

/**
 * The province a pack serves: its name, the first part of every region code in it, and the box its
 * points lie in (a point outside is a typo: a swapped sign, lat for lon).
 */
export interface Province {
  readonly name: string;
  /** The two-digit Kemendagri province code every region code starts with: `35` for Jawa Timur. */
  readonly codePrefix: string;
  readonly bounds: {
    readonly minLat: number;
    readonly maxLat: number;
    readonly minLon: number;
    readonly maxLon: number;
  };
}

export const ProvinceSchema = z
  .strictObject({
    name: shownText(1, 40),
    codePrefix: z.string().regex(/^\d{2}$/, { message: 'a province code is two digits' }),
    bounds: z.strictObject({
      minLat: z.number().min(-90).max(90),
      maxLat: z.number().min(-90).max(90),
      minLon: z.number().min(-180).max(180),
      maxLon: z.number().min(-180).max(180),
    }),
  })
  .refine((p) => p.bounds.minLat < p.bounds.maxLat && p.bounds.minLon < p.bounds.maxLon, {
    message: 'bounds must have min below max',
    path: ['bounds'],
  });

/** True when a point lies in the province's box. */
export function withinProvince(province: Province, point: { lat: number; lon: number }): boolean {
  const b = province.bounds;
  return point.lat >= b.minLat && point.lat <= b.maxLat && point.lon >= b.minLon && point.lon <= b.maxLon;
}
