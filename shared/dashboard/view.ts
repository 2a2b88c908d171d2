import type { AdviceId } from '../content/advice.js';
import type { KabKota, Kecamatan } from '../content/regions.js';
import { addDays, isoWeekdayOf } from '../line/calendar.js';
import { daysBetween, SUPPRESS_BELOW } from '../line/report-export.js';
import type { SymptomReport } from '../line/reports.js';
import type { AgeBand, RiskLevel, Symptom, TriageRow } from '../line/triage.js';

/**
 * What the health office's dashboard shows, shaped from stored symptom reports: counts per day, per
 * week and per kab/kota by risk level with small counts suppressed, the kab/kota placed on a map of
 * the province, and the follow-up list of callers who agreed to be called. Pure: reports, regions and
 * days come in, plain JSON-ready data goes out, so any host can serve the same page the same data.
 */

/** Risk levels, most urgent first: the order of every column and legend. */
export const DASHBOARD_RISKS = ['high', 'moderate', 'low'] as const satisfies readonly RiskLevel[];

/** What a suppressed count shows instead of its number. */
export const SUPPRESSED = `<${SUPPRESS_BELOW}` as const;

/** A count shown as the band of {@link SUPPRESS_BELOW} it lies in, `5–9`, `10–14`. */
export type CountBand = `${number}–${number}`;

/**
 * A count as shown: the number; {@link SUPPRESSED} when a small group could be singled out; or its
 * band when the exact number, set against the other counts shown, would give a suppressed one away.
 */
export type ShownCount = number | typeof SUPPRESSED | CountBand;

/** The longest range the dashboard reads at once (one query per day). */
export const MAX_DASHBOARD_DAYS = 92;
/** The range shown when none is asked for: four whole weeks. */
export const DEFAULT_DASHBOARD_DAYS = 28;

/** Counts from 1 to {@link SUPPRESS_BELOW} - 1; none is no one, so 0 is shown. */
const isSmall = (count: number) => count > 0 && count < SUPPRESS_BELOW;

/**
 * A count and whether it may be shown exactly: only when it is not small and every count it is the
 * sum of, in any breakdown the dashboard shows, may be shown exactly too. Otherwise the difference
 * between it and its shown parts would be a suppressed count (6 in all, 5 moderate, 0 low: 1 high).
 */
interface Cell {
  count: number;
  exact: boolean;
}

function cell(count: number, parts: readonly Cell[] = []): Cell {
  return { count, exact: !isSmall(count) && parts.every((part) => part.exact) };
}

/**
 * A count as the aggregate views show it: from 1 to {@link SUPPRESS_BELOW} - 1 as `<5`, as in the
 * export's `--aggregate`; a larger count with a suppressed part as its band (`5–9`); else the number.
 */
function shownCount(count: Cell): ShownCount {
  if (isSmall(count.count)) return SUPPRESSED;
  if (count.exact) return count.count;
  const low = Math.floor(count.count / SUPPRESS_BELOW) * SUPPRESS_BELOW;
  return `${low}–${low + SUPPRESS_BELOW - 1}`;
}

export interface RiskCounts {
  high: ShownCount;
  moderate: ShownCount;
  low: ShownCount;
  total: ShownCount;
}

export interface DayRow extends RiskCounts {
  /** WIB day, `YYYY-MM-DD`. */
  day: string;
}

/** A Monday-to-Sunday week, cut to the range at either end. */
export interface WeekRow extends RiskCounts {
  from: string;
  to: string;
}

/** A kab/kota with its counts and its point on the map. */
export interface KabRow extends RiskCounts {
  code: string;
  label: string;
  x: number;
  y: number;
}

/** A caller to phone back: moderate or high risk, and agreed to be called. Never suppressed. */
export interface FollowUpEntry {
  reportedAt: string;
  reportedOn: string;
  phone: string;
  place: string;
  kabCode: string;
  kabLabel: string;
  risk: 'moderate' | 'high';
  advice: AdviceId;
  /** What the caller was told to do, in a line. */
  adviceGiven: string;
  triageRow: TriageRow;
  symptoms: readonly Symptom[];
  ageBand: AgeBand;
  contactWithCase: boolean;
  pregnantOrChronic: boolean;
  channel: 'ussd' | 'sms';
}

export interface DashboardMap {
  width: number;
  height: number;
  /** Every kecamatan's point, projected the same way as the kab/kota: the province's shape, in dots. */
  outline: readonly (readonly [number, number])[];
}

export interface DashboardView {
  province: string;
  from: string;
  to: string;
  generatedAt: string;
  suppressBelow: number;
  totals: RiskCounts;
  /** Every day of the range, oldest first. */
  days: DayRow[];
  weeks: WeekRow[];
  /** Every kab/kota of the province, in code order. */
  kabKota: KabRow[];
  map: DashboardMap;
  /** Newest first. */
  followUp: FollowUpEntry[];
}

export interface DashboardInput {
  reports: readonly SymptomReport[];
  kabKota: readonly KabKota[];
  kecamatan: readonly Pick<Kecamatan, 'lat' | 'lon'>[];
  province: string;
  /** First and last WIB day of the range, inclusive. */
  from: string;
  to: string;
  generatedAt: Date;
}

/** What each advice tells the caller to do, as the README's triage table says it. */
export const ADVICE_GIVEN: Readonly<Record<AdviceId, string>> = {
  urgent: 'Go now to the nearest referral hospital; emergency numbers given',
  symptoms: 'Stay home away from others, wear a mask; call the advice line for advice and a test',
  contact: 'Wear a mask around others, watch for symptoms; call the advice line about a test',
  well: 'If symptoms start, report again or call the advice line',
};

/** The map's width in SVG units; its height follows the province's shape. */
export const MAP_WIDTH = 1000;

interface Tally {
  high: number;
  moderate: number;
  low: number;
}

const emptyTally = (): Tally => ({ high: 0, moderate: 0, low: 0 });

/** One row of counts: one cell a risk level, and the row's total. */
type CellRow = Record<RiskLevel | 'total', Cell>;

const totalOf = (row: Pick<CellRow, RiskLevel>) => DASHBOARD_RISKS.reduce((sum, r) => sum + row[r].count, 0);

/**
 * A row whose risk cells are the tally's counts, each also the sum of `riskParts` (the same risk in
 * a finer breakdown shown elsewhere), and whose total is also the sum of `totalParts`.
 */
function cellRow(
  tally: Tally,
  riskParts: (risk: RiskLevel) => readonly Cell[] = () => [],
  totalParts: readonly Cell[] = [],
): CellRow {
  const risks = {
    high: cell(tally.high, riskParts('high')),
    moderate: cell(tally.moderate, riskParts('moderate')),
    low: cell(tally.low, riskParts('low')),
  };
  return { ...risks, total: cell(totalOf(risks), [...Object.values(risks), ...totalParts]) };
}

function shown(row: CellRow): RiskCounts {
  return {
    high: shownCount(row.high),
    moderate: shownCount(row.moderate),
    low: shownCount(row.low),
    total: shownCount(row.total),
  };
}

function tallyBy<K>(reports: readonly SymptomReport[], keyOf: (report: SymptomReport) => K): Map<K, Tally> {
  const tallies = new Map<K, Tally>();
  for (const report of reports) {
    const key = keyOf(report);
    const tally = tallies.get(key) ?? emptyTally();
    tally[report.risk.level] += 1;
    tallies.set(key, tally);
  }
  return tallies;
}

/** The Monday of the ISO week a day falls in. */
function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekdayOf(day));
}

/**
 * An equirectangular projection of the points into a box {@link MAP_WIDTH} wide, with longitude
 * shrunk by the cosine of the middle latitude so the province keeps its shape. Near the equator this
 * is as good as any projection at a province's scale.
 */
function projection(points: readonly { lat: number; lon: number }[]) {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  const shrink = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * shrink, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  // A margin so the circles and names at the edges stay inside the box.
  const margin = 0.06 * MAP_WIDTH;
  const scale = (MAP_WIDTH - 2 * margin) / spanX;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width: MAP_WIDTH,
    height: Math.round(spanY * scale + 2 * margin),
    at: (p: { lat: number; lon: number }): [number, number] => [
      round(margin + (p.lon - minLon) * shrink * scale),
      round(margin + (maxLat - p.lat) * scale),
    ],
  };
}

/**
 * Shapes the dashboard from the reports of a range of WIB days. Reports outside the range are left
 * out. In every aggregate view (totals, days, weeks, kab/kota) counts below {@link SUPPRESS_BELOW}
 * are shown as `<5`, and a count that would give one away by subtraction as its band (`5–9`); the
 * follow-up list, for the health office to phone people back, is not suppressed.
 *
 * @throws RangeError when `from` or `to` is not a calendar day.
 */
export function dashboardView(input: DashboardInput): DashboardView {
  const reports = input.reports.filter((r) => r.reportedOn >= input.from && r.reportedOn <= input.to);
  const range = daysBetween(input.from, input.to);

  // Every count is worked out with the finer counts it sums, so that none is shown exactly where it
  // and the counts shown beside it would give a suppressed one away.
  const byDay = tallyBy(reports, (r) => r.reportedOn);
  const dayCells = range.map((day) => ({ day, cells: cellRow(byDay.get(day) ?? emptyTally()) }));
  const days = dayCells.map(({ day, cells }) => ({ day, ...shown(cells) }));

  const byWeek = tallyBy(reports, (r) => mondayOf(r.reportedOn));
  const weekCells: { from: string; to: string; cells: CellRow }[] = [];
  for (let monday = mondayOf(input.from); monday <= input.to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const inWeek = dayCells.filter(({ day }) => day >= monday && day <= sunday).map((d) => d.cells);
    weekCells.push({
      from: monday < input.from ? input.from : monday,
      to: sunday > input.to ? input.to : sunday,
      cells: cellRow(
        byWeek.get(monday) ?? emptyTally(),
        (risk) => inWeek.map((d) => d[risk]),
        inWeek.map((d) => d.total),
      ),
    });
  }
  const weeks = weekCells.map(({ from, to, cells }) => ({ from, to, ...shown(cells) }));

  const project = projection([...input.kabKota, ...input.kecamatan]);
  const byKab = tallyBy(reports, (r) => r.kabCode);
  const kabCells = input.kabKota.map((kab) => ({ kab, cells: cellRow(byKab.get(kab.code) ?? emptyTally()) }));
  const kabKota = kabCells.map(({ kab, cells }) => {
    const [x, y] = project.at(kab);
    return { code: kab.code, label: kab.label, x, y, ...shown(cells) };
  });

  const totals = cellRow(
    tallyBy(reports, () => 'all').get('all') ?? emptyTally(),
    (risk) => [...kabCells.map((k) => k.cells[risk]), ...weekCells.map((w) => w.cells[risk])],
    [...kabCells.map((k) => k.cells.total), ...weekCells.map((w) => w.cells.total)],
  );

  const labels = new Map(input.kabKota.map((kab) => [kab.code, kab.label]));
  const followUp = reports
    .filter(
      (r): r is SymptomReport & { risk: { level: 'moderate' | 'high' }; phone: string } =>
        r.risk.level !== 'low' && r.contactConsent && typeof r.phone === 'string' && r.phone !== '',
    )
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))
    .map((r) => ({
      reportedAt: r.reportedAt,
      reportedOn: r.reportedOn,
      phone: r.phone,
      place: r.placeLabel,
      kabCode: r.kabCode,
      kabLabel: labels.get(r.kabCode) ?? r.kabCode,
      risk: r.risk.level,
      advice: r.risk.advice,
      adviceGiven: ADVICE_GIVEN[r.risk.advice],
      triageRow: r.risk.row,
      symptoms: r.answers.symptoms,
      ageBand: r.answers.ageBand,
      contactWithCase: r.answers.contactWithCase,
      pregnantOrChronic: r.answers.pregnantOrChronic,
      channel: r.channel,
    }));

  return {
    province: input.province,
    from: input.from,
    to: input.to,
    generatedAt: input.generatedAt.toISOString(),
    suppressBelow: SUPPRESS_BELOW,
    totals: shown(totals),
    days,
    weeks,
    kabKota,
    map: { width: project.width, height: project.height, outline: input.kecamatan.map((k) => project.at(k)) },
    followUp,
  };
}

/**
 * The range of days the dashboard is asked for: `days` WIB days ending `today`, 28 unless given.
 * Returns the range or a message saying what is wrong with the request.
 */
export function dashboardRange(
  today: string,
  days: string | null | undefined,
): { from: string; to: string; days: number } | { error: string } {
  const given = days ?? '';
  const count = given === '' ? DEFAULT_DASHBOARD_DAYS : /^\d{1,3}$/.test(given) ? Number(given) : Number.NaN;
  if (!(count >= 1 && count <= MAX_DASHBOARD_DAYS)) {
    return { error: `days must be a whole number from 1 to ${MAX_DASHBOARD_DAYS}, got "${days}"` };
  }
  return { from: addDays(today, 1 - count), to: today, days: count };
}
