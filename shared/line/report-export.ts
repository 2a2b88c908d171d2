import type { SymptomReport } from './reports.js';

/**
 * The health office's export of symptom reports: argument checking, rows (pseudonymous subscriber
 * id; a phone number only where the caller agreed to be called), CSV, and small-count suppression.
 */

export interface ExportOptions {
  from: string;
  to: string;
  kab?: string | undefined;
  format: 'csv' | 'jsonl';
  aggregate: boolean;
  table?: string | undefined;
  region?: string | undefined;
}

/** Counts below this are shown as `<5`, so a rare row cannot single out a person. */
export const SUPPRESS_BELOW = 5;
/** A longer range would be a scan in all but name; ask for it in pieces. */
export const MAX_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

function isRealDate(ymd: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return false;
  const date = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === ymd;
}

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Checks the export's options; returns them, or a message saying what is wrong. `today` is the WIB
 * day used when no dates are given.
 */
export function checkExportOptions(
  raw: {
    from?: string;
    to?: string;
    kab?: string;
    format?: string;
    aggregate?: boolean;
    table?: string;
    region?: string;
  },
  today: string,
  kabCodes: ReadonlySet<string>,
): ExportOptions | { error: string } {
  const to = raw.to ?? raw.from ?? today;
  const from = raw.from ?? to;
  for (const [name, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!isRealDate(value)) return { error: `${name} must be a date as YYYY-MM-DD, got "${value}"` };
  }
  if (from > to) return { error: `--from (${from}) is after --to (${to})` };
  if (daysBetween(from, to).length > MAX_DAYS) return { error: `at most ${MAX_DAYS} days at a time` };
  if (raw.kab !== undefined && !kabCodes.has(raw.kab)) {
    return {
      error: `--kab "${raw.kab}" is not a kab/kota code of the line's province (e.g. ${[...kabCodes].slice(0, 2).join(', ')})`,
    };
  }
  const format = raw.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl')
    return { error: `--format must be csv or jsonl, got "${format}"` };
  if (raw.table !== undefined && !raw.region) return { error: '--table needs --region' };
  return {
    from,
    to,
    kab: raw.kab,
    format,
    aggregate: raw.aggregate ?? false,
    table: raw.table,
    region: raw.region,
  };
}

export const REPORT_COLUMNS = [
  'reportedOn',
  'reportedAt',
  'subscriberId',
  'kabCode',
  'kecCode',
  'risk',
  'advice',
  'triageRow',
  'ageBand',
  'symptoms',
  'contactWithCase',
  'pregnantOrChronic',
  'channel',
  'lang',
  'contactConsent',
  'phone',
] as const;

export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number | boolean>;

/** One flat row per report; the phone column stays empty unless the caller consented to be called. */
export function reportRow(report: SymptomReport): ReportRow {
  return {
    reportedOn: report.reportedOn,
    reportedAt: report.reportedAt,
    subscriberId: report.subscriberId,
    kabCode: report.kabCode,
    kecCode: report.kecCode ?? '',
    risk: report.risk.level,
    advice: report.risk.advice,
    triageRow: report.risk.row,
    ageBand: report.answers.ageBand,
    symptoms: report.answers.symptoms.join(';'),
    contactWithCase: report.answers.contactWithCase,
    pregnantOrChronic: report.answers.pregnantOrChronic,
    channel: report.channel,
    lang: report.lang,
    contactConsent: report.contactConsent,
    phone: report.contactConsent && report.phone ? report.phone : '',
  };
}

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header line. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | boolean | null>[],
): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

export interface AggregateRow {
  reportedOn: string;
  kabCode: string;
  risk: string;
  /** Null where suppressed. */
  count: number | null;
  suppressed: boolean;
}

/** Counts per day, kab/kota and risk level, with counts below {@link SUPPRESS_BELOW} suppressed. */
export function aggregateReports(reports: readonly SymptomReport[]): AggregateRow[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const key = `${r.reportedOn}|${r.kabCode}|${r.risk.level}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => {
      const [reportedOn = '', kabCode = '', risk = ''] = key.split('|');
      const suppressed = count < SUPPRESS_BELOW;
      return { reportedOn, kabCode, risk, count: suppressed ? null : count, suppressed };
    });
}
