import { daysBetween } from '../line/report-export.js';
import type { SymptomReport } from '../line/reports.js';

/**
 * Where the dashboard reads stored reports from: one WIB day at a time, as the table's by-day index
 * serves them (`DynamoReportStore.reportsOn`), never a scan.
 */
export interface ReportsByDay {
  reportsOn(day: string, now: Date): Promise<SymptomReport[]>;
}

/** Days read at once: a 92-day range is 12 rounds of reads, each small enough for any table. */
const PARALLEL_DAYS = 8;

/** Every live report from `from` to `to` (WIB days, inclusive), oldest day first. */
export async function reportsBetween(
  store: ReportsByDay,
  from: string,
  to: string,
  now: Date,
): Promise<SymptomReport[]> {
  const days = daysBetween(from, to);
  const reports: SymptomReport[] = [];
  for (let i = 0; i < days.length; i += PARALLEL_DAYS) {
    const batch = await Promise.all(days.slice(i, i + PARALLEL_DAYS).map((day) => store.reportsOn(day, now)));
    for (const dayReports of batch) reports.push(...dayReports);
  }
  return reports;
}
