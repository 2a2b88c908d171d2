import { describe, expect, it } from 'vitest';
import { dashboardRange, dashboardView, SUPPRESSED } from '../../shared/dashboard/view.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import type { TriageAnswers } from '../../shared/line/triage.js';
import { fixturePack } from '../support/packs.js';
import { fixtureReport } from '../support/reports.js';

/** The dashboard's data shaping on the fixture province (Kab. Lerengan 99.01, Kab. Pesisir 99.02, Kota Pesisir 99.71). */
const pack = fixturePack();
const regions = pack.regions;

const HIGH: TriageAnswers = {
  ageBand: '18-39',
  symptoms: ['breathing'],
  contactWithCase: false,
  pregnantOrChronic: false,
};
const MODERATE: TriageAnswers = {
  ageBand: '18-39',
  symptoms: ['fever'],
  contactWithCase: false,
  pregnantOrChronic: false,
};
const LOW: TriageAnswers = {
  ageBand: '18-39',
  symptoms: [],
  contactWithCase: false,
  pregnantOrChronic: false,
};

/** One stored report; each has its own caller, `+628110000nnnn`. */
const report = fixtureReport;

const times = (n: number, make: () => SymptomReport) => Array.from({ length: n }, make);

function view(reports: readonly SymptomReport[], from = '2026-11-20', to = '2026-12-03') {
  return dashboardView({
    reports,
    kabKota: regions.kabKota,
    kecamatan: regions.kecamatan,
    province: pack.province.name,
    from,
    to,
    generatedAt: new Date('2026-12-03T05:00:00Z'),
  });
}

describe('dashboard counts', () => {
  it('counts each day by risk level and shows counts below 5 as <5', () => {
    // Prepare
    const reports = [
      ...times(6, () => report('2026-11-25', MODERATE)),
      ...times(2, () => report('2026-11-25', HIGH)),
      report('2026-11-26', LOW),
    ];
    // Act
    const { days, totals } = view(reports);
    // Assess
    expect(days.find((d) => d.day === '2026-11-25')).toEqual({
      day: '2026-11-25',
      high: SUPPRESSED,
      moderate: 6,
      low: 0,
      total: '5–9',
    });
    expect(days.find((d) => d.day === '2026-11-26')).toEqual({
      day: '2026-11-26',
      high: 0,
      moderate: 0,
      low: SUPPRESSED,
      total: SUPPRESSED,
    });
    expect(totals).toEqual({ high: SUPPRESSED, moderate: 6, low: SUPPRESSED, total: '5–9' });
  });

  it('never shows a count exactly where subtracting the counts beside it gives a suppressed one away', () => {
    // Prepare: 6 in all, 5 moderate in Kab. Pesisir, so an exact total would give away 1 high in Lerengan.
    const reports = [
      ...times(5, () => report('2026-11-25', MODERATE, { kab: '99.02' })),
      report('2026-11-25', HIGH),
    ];
    // Act
    const { totals, days, weeks, kabKota } = view(reports);
    // Assess
    expect(totals).toEqual({ high: SUPPRESSED, moderate: 5, low: 0, total: '5–9' });
    expect(days.find((d) => d.day === '2026-11-25')?.total).toBe('5–9');
    expect(weeks.find((w) => w.from === '2026-11-23')?.total).toBe('5–9');
    expect(kabKota.map((k) => k.total)).toEqual([SUPPRESSED, 5, 0]);
  });

  it('shows a week exactly only when each of its days is, else as its band', () => {
    // One day of 5 and one of 1: an exact 6 for the week would give the second day away.
    const oneSmallDay = view([
      ...times(5, () => report('2026-11-24', MODERATE)),
      report('2026-11-25', MODERATE),
    ]);
    const noSmallDay = view(times(6, () => report('2026-11-24', MODERATE)));
    expect(oneSmallDay.weeks.find((w) => w.from === '2026-11-23')?.moderate).toBe('5–9');
    expect(noSmallDay.weeks.find((w) => w.from === '2026-11-23')?.moderate).toBe(6);
  });

  it('lists every day of the range oldest first, with nothing from outside it', () => {
    const { days, totals } = view(
      [...times(5, () => report('2026-11-19', HIGH)), ...times(5, () => report('2026-12-04', HIGH))],
      '2026-11-20',
      '2026-11-23',
    );
    expect(days.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(days.every((d) => d.total === 0)).toBe(true);
    expect(totals.total).toBe(0);
  });

  it('totals Monday-to-Sunday weeks, cut at the ends of the range', () => {
    // 2026-11-20 is a Friday, 2026-12-03 a Thursday.
    const reports = [
      ...times(3, () => report('2026-11-22', MODERATE)),
      ...times(3, () => report('2026-11-23', MODERATE)),
      ...times(4, () => report('2026-11-29', LOW)),
      ...times(5, () => report('2026-12-03', HIGH)),
    ];
    expect(view(reports).weeks).toEqual([
      { from: '2026-11-20', to: '2026-11-22', high: 0, moderate: SUPPRESSED, low: 0, total: SUPPRESSED },
      { from: '2026-11-23', to: '2026-11-29', high: 0, moderate: SUPPRESSED, low: SUPPRESSED, total: '5–9' },
      { from: '2026-11-30', to: '2026-12-03', high: 5, moderate: 0, low: 0, total: 5 },
    ]);
  });

  it('counts every kab/kota, placed on the map as they lie: east to the right, north up', () => {
    const reports = [
      ...times(7, () => report('2026-11-30', MODERATE, { kab: '99.02' })),
      report('2026-11-30', HIGH, { kab: '99.71' }),
    ];
    const { kabKota, map } = view(reports);
    expect(kabKota.map(({ code, label, total }) => ({ code, label, total }))).toEqual([
      { code: '99.01', label: 'Kab. Lerengan', total: 0 },
      { code: '99.02', label: 'Kab. Pesisir', total: 7 },
      { code: '99.71', label: 'Kota Pesisir', total: SUPPRESSED },
    ]);
    const [lerengan, pesisir] = kabKota;
    // Lerengan (-1.2, 120.1) lies north-west of Kab. Pesisir (-1.8, 120.8).
    expect(pesisir?.x).toBeGreaterThan(lerengan?.x ?? Infinity);
    expect(pesisir?.y).toBeGreaterThan(lerengan?.y ?? Infinity);
    for (const [x, y] of [...kabKota.map((k) => [k.x, k.y] as const), ...map.outline]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
    expect(map.outline).toHaveLength(regions.kecamatan.length);
  });
});

describe('dashboard follow-up list', () => {
  it('lists moderate and high reports of callers who agreed to be called, newest first, unsuppressed', () => {
    // Prepare
    const early = report('2026-11-28', HIGH, { consent: true, hour: '01', kab: '99.02' });
    const late = report('2026-11-28', MODERATE, { consent: true, hour: '09' });
    const noConsent = report('2026-11-29', HIGH, { consent: false });
    const lowRisk = report('2026-11-29', LOW, { consent: true });
    // Act
    const { followUp } = view([early, noConsent, late, lowRisk]);
    // Assess
    expect(followUp).toEqual([
      expect.objectContaining({
        phone: late.phone,
        place: late.placeLabel,
        kabLabel: 'Kab. Lerengan',
        risk: 'moderate',
        advice: 'symptoms',
        adviceGiven: expect.stringMatching(/^Stay home/),
        symptoms: ['fever'],
      }),
      expect.objectContaining({
        phone: early.phone,
        kabLabel: 'Kab. Pesisir',
        risk: 'high',
        advice: 'urgent',
        adviceGiven: expect.stringMatching(/^Go now to the nearest referral hospital/),
      }),
    ]);
  });
});

describe('dashboard range', () => {
  it('defaults to 28 WIB days ending today', () => {
    expect(dashboardRange('2026-12-03', null)).toEqual({ from: '2026-11-06', to: '2026-12-03', days: 28 });
    expect(dashboardRange('2026-12-03', '7')).toEqual({ from: '2026-11-27', to: '2026-12-03', days: 7 });
  });

  it.each(['0', '93', 'abc', '7.5', '-3'])('refuses days=%s with a reason', (days) => {
    expect(dashboardRange('2026-12-03', days)).toEqual({
      error: `days must be a whole number from 1 to 92, got "${days}"`,
    });
  });
});
