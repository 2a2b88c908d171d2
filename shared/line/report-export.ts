import type { AdviceId } from '../content/advice.js';
import type { Messages } from '../content/messages.js';
import type { KabKota, PlaceAliases, Regions } from '../content/regions.js';
import { addDays, isoWeekdayOf, wibDate } from './calendar.js';
import type { SymptomReport } from './reports.js';
import type { RiskLevel } from './triage.js';

/**
 * The health office's export of symptom reports: argument checking (a kab/kota by code or by name),
 * the tables a clerk reads (every report, the people to call back, counts per day and per week with a
 * total), and CSV. Everything is in Bahasa Indonesia and in WIB; codes and phone numbers are text.
 * Rows carry the pseudonymous subscriber id, and a phone number only where the caller agreed to be
 * called (storage keeps no other). The workbook itself is written by `scripts/reports.ts`.
 */

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'xlsx'];
/** `,` is the CSV default; `;` is what Excel expects where the decimal mark is a comma, as in Indonesia. */
export type CsvDelimiter = ',' | ';';

export interface ExportOptions {
  from: string;
  to: string;
  /** A kab/kota code, resolved from a code or a name. */
  kab?: string | undefined;
  format: ExportFormat;
  delimiter: CsvDelimiter;
  /** Where to write; required for a workbook. Without it, CSV and JSON lines go to stdout. */
  out?: string | undefined;
  aggregate: boolean;
  table?: string | undefined;
  region?: string | undefined;
}

/** Counts from 1 to this minus 1 are shown as `<5`, so a rare group cannot single out a person. */
export const SUPPRESS_BELOW = 5;
/** What a suppressed count shows instead of its number. */
export const SUPPRESSED = `<${SUPPRESS_BELOW}`;
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

/** Lowercase words of a name, without dots and commas: `Kab. Banyuwangi` -> `kab banyuwangi`. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,'`-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_WORDS: Readonly<Record<string, KabKota['kind']>> = {
  kab: 'kabupaten',
  kabupaten: 'kabupaten',
  kota: 'kota',
  kot: 'kota',
};

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const labelled = (k: KabKota) => `${k.label} (${k.code})`;

/**
 * The kab/kota a `--kab` value means: a code (`35.10`), a name (`banyuwangi`, `Kab. Banyuwangi`,
 * `kota malang`, `malang kota`) or a texting alias of the pack (`sby`). A name two kab/kota share
 * (`Malang`) is refused with both; an unknown one with the closest names.
 */
export function resolveKab(
  input: string,
  kabKota: readonly KabKota[],
  aliases: PlaceAliases = {},
): { code: string } | { error: string } {
  const text = input.trim();
  if (/^\d{2}\.\d{2}$/.test(text)) {
    if (kabKota.some((k) => k.code === text)) return { code: text };
    const examples = kabKota.slice(0, 2).map((k) => `${k.code} ${k.label}`);
    return {
      error: `--kab "${input}" is not a kab/kota code of the line's province (e.g. ${examples.join(', ')})`,
    };
  }
  const parts = words(text).split(' ');
  const first = KIND_WORDS[parts[0] ?? ''];
  const last = parts.length > 1 ? KIND_WORDS[parts.at(-1) ?? ''] : undefined;
  const kind = first ?? last;
  const name = (first ? parts.slice(1) : last ? parts.slice(0, -1) : parts).join(' ');
  const byName = kabKota.filter((k) => words(k.name) === name && (!kind || k.kind === kind));
  const byAlias = kind
    ? []
    : (aliases[name.replace(/ /g, '')] ?? []).flatMap((code) => kabKota.filter((k) => k.code === code));
  const found = byName.length > 0 ? byName : byAlias;
  if (found.length === 1 && found[0]) return { code: found[0].code };
  if (found.length > 1) {
    return {
      error:
        `--kab "${input}" could be ${found.map(labelled).join(' or ')}: ` +
        `write ${found.map((k) => `"${k.label}"`).join(' or ')}, or the code`,
    };
  }
  const near = kabKota
    .map((k) => ({
      k,
      d: Math.min(editDistance(name, words(k.name)), editDistance(words(text), words(k.label))),
    }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(name.length / 4)))
    .sort((a, b) => a.d - b.d || a.k.code.localeCompare(b.k.code))
    .slice(0, 3)
    .map(({ k }) => labelled(k));
  const hint =
    near.length > 0
      ? `: did you mean ${near.join(', ')}?`
      : ': give its name as the line lists it, or its code (35.10)';
  return { error: `--kab "${input}" is no kab/kota of the line's province${hint}` };
}

/** The raw options as typed, before checking. */
export interface RawExportOptions {
  from?: string;
  to?: string;
  kab?: string;
  format?: string;
  delimiter?: string;
  out?: string;
  aggregate?: boolean;
  table?: string;
  region?: string;
}

/**
 * Checks the export's options; returns them, or a message saying what is wrong. `today` is the WIB
 * day used when no dates are given; a workbook needs `--out`, and a format is taken from the file's
 * extension when none is given.
 */
export function checkExportOptions(
  raw: RawExportOptions,
  today: string,
  kabKota: readonly KabKota[],
  aliases: PlaceAliases = {},
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
  let kab: string | undefined;
  if (raw.kab !== undefined) {
    const resolved = resolveKab(raw.kab, kabKota, aliases);
    if ('error' in resolved) return resolved;
    kab = resolved.code;
  }
  const fromExtension = EXPORT_FORMATS.find((f) => raw.out?.toLowerCase().endsWith(`.${f}`));
  const format = raw.format ?? fromExtension ?? 'csv';
  if (!EXPORT_FORMATS.includes(format as ExportFormat))
    return { error: `--format must be csv, jsonl or xlsx, got "${format}"` };
  if (format === 'xlsx' && (raw.out === undefined || raw.out === '-'))
    return { error: '--format xlsx needs --out FILE.xlsx: a workbook cannot be written to the terminal' };
  const delimiter = raw.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';')
    return { error: `--delimiter must be "," or ";", got "${delimiter}"` };
  if (raw.delimiter !== undefined && format !== 'csv')
    return { error: '--delimiter is for --format csv only' };
  if (raw.table !== undefined && !raw.region) return { error: '--table needs --region' };
  return {
    from,
    to,
    kab,
    format: format as ExportFormat,
    delimiter,
    out: raw.out === '-' ? undefined : raw.out,
    aggregate: raw.aggregate ?? false,
    table: raw.table,
    region: raw.region,
  };
}

const RISK_LABELS: Readonly<Record<RiskLevel, string>> = {
  high: 'Tinggi',
  moderate: 'Sedang',
  low: 'Rendah',
};

/** The advice given, in a clerk's words; what it says in full is in the content pack's `advice.json`. */
const ADVICE_LABELS: Readonly<Record<AdviceId, string>> = {
  urgent: 'Segera ke RS rujukan',
  symptoms: 'Isolasi di rumah, hubungi layanan konsultasi',
  contact: 'Pantau gejala, tanyakan tes',
  well: 'Lapor lagi bila bergejala',
};

const yesNo = (value: boolean) => (value ? 'Ya' : 'Tidak');

/** `2026-11-27 19:05`: an instant on a wall clock in WIB. */
export function wibDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { ymd, hhmm } = wibDate(instant);
  return `${ymd} ${hhmm}`;
}

/** What the export needs of the content pack: place names and the words for symptoms. */
export interface ExportContent {
  regions: Pick<Regions, 'kabByCode' | 'kecByCode'>;
  messages: Messages;
}

/** A cell: text, or a count. */
export type Cell = string | number;

/** A column of a table. */
export interface ExportColumn {
  readonly key: string;
  readonly header: string;
  /** Width in characters, for the workbook. */
  readonly width: number;
  /** Codes and phone numbers: always text, so a spreadsheet never turns `35.10` into 35.1. */
  readonly text?: boolean;
}

/** One view of the export: a sheet of the workbook, or the rows of a CSV. */
export interface ExportTable {
  readonly name: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /** The total row under the rows, where the view has one. */
  readonly total?: Readonly<Record<string, Cell>>;
}

const col = (key: string, header: string, width: number, text = false): ExportColumn => ({
  key,
  header,
  width,
  text,
});

/** The place columns every row view has: names beside codes. */
const PLACE_COLUMNS = [
  col('kab', 'Kab/Kota', 18),
  col('kabCode', 'Kode kab/kota', 13, true),
  col('kec', 'Kecamatan', 18),
  col('kecCode', 'Kode kecamatan', 15, true),
  col('place', 'Tempat yang disebut', 32),
];

export const REPORT_COLUMNS: readonly ExportColumn[] = [
  col('day', 'Tanggal (WIB)', 13, true),
  col('time', 'Waktu lapor (WIB)', 17, true),
  ...PLACE_COLUMNS,
  col('risk', 'Tingkat risiko', 14),
  col('advice', 'Saran yang diberikan', 36),
  col('triageRow', 'Baris triase', 12),
  col('age', 'Umur', 11, true),
  col('symptoms', 'Gejala', 30),
  col('contactWithCase', 'Kontak dengan kasus positif', 14),
  col('pregnantOrChronic', 'Hamil atau penyakit penyerta', 14),
  col('consent', 'Bersedia dihubungi', 12),
  col('phone', 'No. HP', 16, true),
  col('channel', 'Saluran', 9),
  col('lang', 'Bahasa', 11),
  col('subscriber', 'ID pelapor (samaran)', 24, true),
];

export const FOLLOW_UP_COLUMNS: readonly ExportColumn[] = [
  col('time', 'Waktu lapor (WIB)', 17, true),
  col('risk', 'Tingkat risiko', 14),
  col('phone', 'No. HP', 16, true),
  ...PLACE_COLUMNS,
  col('advice', 'Saran yang diberikan', 36),
  col('symptoms', 'Gejala', 30),
  col('age', 'Umur', 11, true),
  col('pregnantOrChronic', 'Hamil atau penyakit penyerta', 14),
  col('lang', 'Bahasa', 11),
  col('subscriber', 'ID pelapor (samaran)', 24, true),
];

/** One report as a clerk reads it; the phone only where the caller agreed to be called. */
export function reportCells(report: SymptomReport, content: ExportContent): Record<string, Cell> {
  const kab = content.regions.kabByCode(report.kabCode);
  const kec = report.kecCode ? content.regions.kecByCode(report.kecCode) : undefined;
  const symptoms = report.answers.symptoms.map((s) => content.messages[`report.symptom.${s}`].id);
  return {
    day: report.reportedOn,
    time: wibDateTime(report.reportedAt),
    kab: kab?.label ?? '',
    kabCode: report.kabCode,
    kec: kec?.name ?? '',
    kecCode: report.kecCode ?? '',
    place: report.placeLabel,
    risk: RISK_LABELS[report.risk.level],
    advice: ADVICE_LABELS[report.risk.advice],
    triageRow: report.risk.row,
    age: report.answers.ageBand,
    symptoms: symptoms.length > 0 ? symptoms.join(', ') : content.messages['report.symptom.none'].id,
    contactWithCase: yesNo(report.answers.contactWithCase),
    pregnantOrChronic: yesNo(report.answers.pregnantOrChronic),
    consent: yesNo(report.contactConsent),
    phone: report.contactConsent && report.phone ? report.phone : '',
    channel: report.channel.toUpperCase(),
    lang: report.lang === 'id' ? 'Indonesia' : 'Inggris',
    subscriber: report.subscriberId,
  };
}

/**
 * One report as a JSON line for programs: the stored fields under stable names, the instant as stored
 * (UTC) beside its WIB wall-clock time, and place names beside codes.
 */
export function reportJson(report: SymptomReport, content: ExportContent): Record<string, unknown> {
  return {
    reportedOn: report.reportedOn,
    reportedAt: report.reportedAt,
    reportedAtWib: wibDateTime(report.reportedAt),
    subscriberId: report.subscriberId,
    kabCode: report.kabCode,
    kabName: content.regions.kabByCode(report.kabCode)?.label ?? '',
    kecCode: report.kecCode ?? '',
    kecName: (report.kecCode && content.regions.kecByCode(report.kecCode)?.name) || '',
    placeLabel: report.placeLabel,
    risk: report.risk.level,
    advice: report.risk.advice,
    triageRow: report.risk.row,
    ageBand: report.answers.ageBand,
    symptoms: report.answers.symptoms,
    contactWithCase: report.answers.contactWithCase,
    pregnantOrChronic: report.answers.pregnantOrChronic,
    channel: report.channel,
    lang: report.lang,
    contactConsent: report.contactConsent,
    phone: report.contactConsent && report.phone ? report.phone : '',
  };
}

/** Every report, oldest first. */
export function reportsTable(reports: readonly SymptomReport[], content: ExportContent): ExportTable {
  const sorted = [...reports].sort(
    (a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.kabCode.localeCompare(b.kabCode),
  );
  return { name: 'Laporan', columns: REPORT_COLUMNS, rows: sorted.map((r) => reportCells(r, content)) };
}

/** The reports a health worker should call back: moderate or high risk, and the caller agreed. */
export function followUpReports(reports: readonly SymptomReport[]): SymptomReport[] {
  return reports
    .filter((r) => r.risk.level !== 'low' && r.contactConsent)
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
}

/** The follow-up list, newest first. */
export function followUpTable(reports: readonly SymptomReport[], content: ExportContent): ExportTable {
  return {
    name: 'Perlu dihubungi',
    columns: FOLLOW_UP_COLUMNS,
    rows: followUpReports(reports).map((r) => reportCells(r, content)),
  };
}

/** The Monday of the ISO week (Monday to Sunday) a WIB day falls in. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekdayOf(day));
}

/** `2026-W48`: the ISO 8601 week of a day (the week's Thursday decides its year). */
export function isoWeekOf(day: string): string {
  const thursday = addDays(mondayOf(day), 3);
  const year = thursday.slice(0, 4);
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A row of counts: per day or per ISO week and kab/kota, or the total over the range. */
export interface CountRow {
  period: 'day' | 'week' | 'total';
  /** ISO week of the day or week; '' on the total. */
  week: string;
  /** First and last WIB day counted: a week is cut to the range at either end. */
  from: string;
  to: string;
  kabCode: string;
  kabName: string;
  high: Cell;
  moderate: Cell;
  low: Cell;
  total: Cell;
}

/** A count as an aggregate shows it: 1 to 4 become `<5`; none is 0, since nobody hides among nobody. */
export function shownCount(count: number): Cell {
  return count > 0 && count < SUPPRESS_BELOW ? SUPPRESSED : count;
}

/**
 * Counts per day and kab/kota and per ISO week and kab/kota (rows only where there are reports), and
 * the total over the range. With `suppress`, every count, the totals included, is {@link shownCount}.
 *
 * @param everywhere what the total row's place says: all kab/kota, or the one the export is for.
 */
export function countRows(
  reports: readonly SymptomReport[],
  range: { from: string; to: string },
  content: ExportContent,
  options: { suppress: boolean; everywhere: { code: string; name: string } },
): { days: CountRow[]; weeks: CountRow[]; total: CountRow } {
  const show = options.suppress ? shownCount : (n: number) => n;
  const tally = (group: readonly SymptomReport[]) => {
    const by = (level: RiskLevel) => group.filter((r) => r.risk.level === level).length;
    return {
      high: show(by('high')),
      moderate: show(by('moderate')),
      low: show(by('low')),
      total: show(group.length),
    };
  };
  const grouped = (keyOf: (r: SymptomReport) => string) => {
    const groups = new Map<string, SymptomReport[]>();
    for (const r of reports) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  const kabName = (code: string) => content.regions.kabByCode(code)?.label ?? '';
  const days = grouped((r) => `${r.reportedOn}|${r.kabCode}`).map(([key, group]): CountRow => {
    const [day = '', kabCode = ''] = key.split('|');
    return {
      period: 'day',
      week: isoWeekOf(day),
      from: day,
      to: day,
      kabCode,
      kabName: kabName(kabCode),
      ...tally(group),
    };
  });
  const weeks = grouped((r) => `${mondayOf(r.reportedOn)}|${r.kabCode}`).map(([key, group]): CountRow => {
    const [monday = '', kabCode = ''] = key.split('|');
    const sunday = addDays(monday, 6);
    return {
      period: 'week',
      week: isoWeekOf(monday),
      from: monday < range.from ? range.from : monday,
      to: sunday > range.to ? range.to : sunday,
      kabCode,
      kabName: kabName(kabCode),
      ...tally(group),
    };
  });
  const total: CountRow = {
    period: 'total',
    week: '',
    from: range.from,
    to: range.to,
    kabCode: options.everywhere.code,
    kabName: options.everywhere.name,
    ...tally(reports),
  };
  return { days, weeks, total };
}

const COUNT_COLUMNS = [
  col('high', 'Tinggi', 9),
  col('moderate', 'Sedang', 9),
  col('low', 'Rendah', 9),
  col('total', 'Jumlah', 9),
];
const WEEK_HEADER = 'Minggu (ISO, Senin-Minggu)';

const countCells = (row: CountRow): Record<string, Cell> => ({ ...row });

/** The daily counts, with the total row. */
export function dailyTable(days: readonly CountRow[], total: CountRow): ExportTable {
  return {
    name: 'Harian',
    columns: [
      col('from', 'Tanggal (WIB)', 13, true),
      col('week', WEEK_HEADER, 14, true),
      col('kabName', 'Kab/Kota', 18),
      col('kabCode', 'Kode kab/kota', 13, true),
      ...COUNT_COLUMNS,
    ],
    rows: days.map(countCells),
    total: { ...countCells(total), from: 'Jumlah', week: '' },
  };
}

/** The weekly counts (ISO weeks, Monday to Sunday in WIB, cut to the range), with the total row. */
export function weeklyTable(weeks: readonly CountRow[], total: CountRow): ExportTable {
  return {
    name: 'Mingguan',
    columns: [
      col('week', WEEK_HEADER, 14, true),
      col('from', 'Dari (WIB)', 12, true),
      col('to', 'Sampai (WIB)', 12, true),
      col('kabName', 'Kab/Kota', 18),
      col('kabCode', 'Kode kab/kota', 13, true),
      ...COUNT_COLUMNS,
    ],
    rows: weeks.map(countCells),
    total: { ...countCells(total), week: 'Jumlah' },
  };
}

const PERIOD_LABELS: Readonly<Record<CountRow['period'], string>> = {
  day: 'Harian',
  week: 'Mingguan',
  total: 'Jumlah',
};

/** The aggregate as one CSV table: days, then weeks, then the total, each row saying which it is. */
export function aggregateTable(
  days: readonly CountRow[],
  weeks: readonly CountRow[],
  total: CountRow,
): ExportTable {
  return {
    name: 'Agregat',
    columns: [
      col('period', 'Periode', 9),
      col('week', WEEK_HEADER, 14, true),
      col('from', 'Dari (WIB)', 12, true),
      col('to', 'Sampai (WIB)', 12, true),
      col('kabName', 'Kab/Kota', 18),
      col('kabCode', 'Kode kab/kota', 13, true),
      ...COUNT_COLUMNS,
    ],
    rows: [...days, ...weeks, total].map((r) => ({ ...countCells(r), period: PERIOD_LABELS[r.period] })),
  };
}

function csvCell(value: Cell | undefined, delimiter: CsvDelimiter): string {
  const text = value === undefined ? '' : String(value);
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV of a table with its header line (and its total row, if any). Counts are whole numbers
 * and codes are written as they are, so a `;` file reads the same where the decimal mark is a comma.
 */
export function toCsv(
  table: Pick<ExportTable, 'columns' | 'rows' | 'total'>,
  delimiter: CsvDelimiter = ',',
): string {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const lines = [
    table.columns.map((c) => csvCell(c.header, delimiter)).join(delimiter),
    ...rows.map((row) => table.columns.map((c) => csvCell(row[c.key], delimiter)).join(delimiter)),
  ];
  return `${lines.join('\n')}\n`;
}

/** What a clerk needs to read the workbook right: the range, the place, the week, the suppression. */
export function notesTable(
  options: Pick<ExportOptions, 'from' | 'to' | 'aggregate'>,
  place: string,
  madeAt: string,
): ExportTable {
  const notes: [string, string][] = [
    ['Rentang', `${options.from} s.d. ${options.to} (hari WIB)`],
    ['Kab/Kota', place],
    ['Dibuat', `${madeAt} WIB`],
    ['Waktu', 'Semua waktu dalam WIB (UTC+7).'],
    [
      'Minggu',
      'Minggu ISO 8601: Senin sampai Minggu (hari WIB); minggu di awal dan akhir rentang dipotong ke rentang.',
    ],
    options.aggregate
      ? [
          'Jumlah kecil',
          `Setiap hitungan 1 sampai ${SUPPRESS_BELOW - 1} ditulis ${SUPPRESSED}, termasuk kolom Jumlah dan baris Jumlah; 0 ditulis 0.`,
        ]
      : [
          'Jumlah kecil',
          `Tidak disembunyikan: berkas ini memuat setiap laporan. Untuk dibagikan, pakai --aggregate.`,
        ],
    ['No. HP', 'Hanya untuk pelapor yang bersedia dihubungi petugas kesehatan.'],
    ['ID pelapor', 'Samaran dari nomor HP, sama untuk nomor yang sama; nomornya tidak dapat dibaca darinya.'],
  ];
  return {
    name: 'Keterangan',
    columns: [col('what', 'Keterangan', 14), col('value', 'Isi', 100)],
    rows: notes.map(([what, value]) => ({ what, value })),
  };
}
