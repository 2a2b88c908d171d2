import type { ReferralHospital } from '../content/hospitals.js';
import type { Hotline, HotlineRole } from '../content/hotlines.js';
import { type HospitalDistance, nearestMainReferralHospital, nearestReferralHospital } from './hospitals.js';
import { hotlineStatusAt } from './hotlines.js';
import type { LineContext } from './line.js';
import type { Place } from './places.js';
import { type Triage, type TriageAnswers, triage } from './triage.js';

/**
 * The line's decisions, once for every channel: which hospital, which hotlines, what a report means.
 * Each returns data; the USSD screens and the SMS replies only render it, so the two never disagree.
 */

/** The hospital answer for a place. */
export type HospitalAnswer =
  /** From a point (a kecamatan or desa): the nearest referral hospital and the nearest main one. */
  | { kind: 'nearest'; from: Place; nearest: HospitalDistance; main: HospitalDistance }
  /**
   * From a whole kab/kota: its own referral hospitals, main ones first. A distance from the middle of
   * a kabupaten would mean nothing, so none is given.
   */
  | { kind: 'in-area'; from: Place; hospitals: readonly ReferralHospital[] };

/** The referral hospitals for a place: the nearest from a point, or the kab/kota's own from a kab/kota. */
export function hospitalAnswer(ctx: Pick<LineContext, 'hospitals'>, from: Place): HospitalAnswer {
  if (from.level === 'kabkota') {
    const own = ctx.hospitals.filter((h) => h.kabCode === from.kabCode);
    if (own.length > 0) {
      const ranked = [...own.filter((h) => h.main), ...own.filter((h) => !h.main)];
      return { kind: 'in-area', from, hospitals: ranked };
    }
  }
  return {
    kind: 'nearest',
    from,
    nearest: nearestReferralHospital(ctx.hospitals, from),
    main: nearestMainReferralHospital(ctx.hospitals, from),
  };
}

/** The lines with a role that serve a caller in `area` (province-wide lines serve everyone). */
function linesFor(
  ctx: Pick<LineContext, 'hotlines'>,
  role: HotlineRole,
  area: string | undefined,
): Hotline[] {
  return ctx.hotlines.filter((h) => h.roles.includes(role) && (h.area === null || h.area === area));
}

/** The emergency numbers for a caller, the ones for their own kab/kota included when it is known. */
export function emergencyLines(ctx: Pick<LineContext, 'hotlines'>, area?: string): Hotline[] {
  return linesFor(ctx, 'emergency', area);
}

/**
 * The advice line to call now: the first advice line (in the pack's order) open at this instant. The
 * pack always has one open around the clock, so a caller is never sent to a closed line.
 */
export function openAdviceLine(
  ctx: Pick<LineContext, 'hotlines' | 'now' | 'calendar'>,
  area?: string,
): Hotline | undefined {
  return linesFor(ctx, 'advice', area).find((h) => hotlineStatusAt(h, ctx.now, ctx.calendar).open);
}

/** What a report means for the caller: the risk, the advice, and the referral hospital to go to. */
export interface ReportOutcome {
  risk: Triage;
  place: Place;
  hospital: HospitalDistance;
}

/** Triages a report and finds the referral hospital nearest the caller's place. */
export function reportOutcome(
  ctx: Pick<LineContext, 'hospitals'>,
  answers: TriageAnswers,
  place: Place,
): ReportOutcome {
  return { risk: triage(answers), place, hospital: nearestReferralHospital(ctx.hospitals, place) };
}
