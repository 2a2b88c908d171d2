import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { readLocalState } from '../infra/local/state.js';
import { BACKGROUND } from '../shared/adapters/aws-clients.js';
import { makeDocumentClient } from '../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../shared/adapters/dynamodb/reports.repository.js';
import { loadContentPack } from '../shared/content/index.js';
import { wibDate } from '../shared/line/calendar.js';
import {
  aggregateTable,
  checkExportOptions,
  countRows,
  dailyTable,
  daysBetween,
  type ExportContent,
  type ExportOptions,
  type ExportTable,
  followUpReports,
  followUpTable,
  notesTable,
  reportJson,
  reportsTable,
  toCsv,
  weeklyTable,
  wibDateTime,
} from '../shared/line/report-export.js';
import type { SymptomReport } from '../shared/line/reports.js';

const USAGE = `Usage: npm run reports -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kab 35.10|NAME]
                          [--format csv|jsonl|xlsx] [--out FILE] [--delimiter ';'] [--aggregate]
                          [--table NAME --region R]
Exports symptom reports (WIB days, inclusive; default today). Without --table it reads the local
line started by npm start.
  --kab        a kab/kota code (35.10) or name: banyuwangi, "Kab. Malang", "kota malang"
  --format     csv (default), jsonl, or xlsx: a workbook with one sheet per view (reports, people to
               call back, daily and weekly counts with a total row, notes); needs --out
  --out        write to FILE instead of the terminal; its extension sets the format if --format is not given
  --delimiter  ';' for Excel where the decimal mark is a comma (Indonesian settings); default ','
  --aggregate  counts only, per day and per ISO week (Monday to Sunday) and kab/kota, and the total:
               every count from 1 to 4 shows as <5
CSV and the workbook have Indonesian headers, times in WIB and place names beside codes. Rows carry
a pseudonymous subscriber id; a phone number only where the caller agreed to be called.`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  now: Date;
  /** Where the local line is, when no --table is given. */
  localState?: () => { endpoint: string; tableName: string } | undefined;
}

function describeFailure(error: unknown, where: string): string {
  const name = (error as { name?: string }).name ?? '';
  const message = (error as Error).message ?? String(error);
  if (name === 'ResourceNotFoundException') return `table not found: ${where}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|connect|timed? ?out/i.test(message))
    return `cannot reach DynamoDB (${where}): ${message}`;
  if (/credential/i.test(message) || name.includes('Credentials'))
    return `no AWS credentials for ${where}: ${message}`;
  return `reading ${where} failed: ${message}`;
}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  kab: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  delimiter: { type: 'string' },
  aggregate: { type: 'boolean' },
  table: { type: 'string' },
  region: { type: 'string' },
  help: { type: 'boolean' },
} as const;

async function readReports(options: ExportOptions, io: CliIo): Promise<SymptomReport[] | { error: string }> {
  const local = options.table ? undefined : (io.localState ?? readLocalState)();
  if (!options.table && !local)
    return { error: 'No local line is running: start it with `npm start`, or pass --table NAME --region R.' };
  const tableName = options.table ?? local?.tableName ?? '';
  const where = options.table
    ? `${tableName} in ${options.region}`
    : `local ${tableName} at ${local?.endpoint}`;
  // An export is not a caller waiting: the generous time limits, so a large day is not cut short.
  const db = makeDocumentClient({
    ...(options.table ? { region: options.region ?? '' } : { region: 'local', endpoint: local?.endpoint }),
    budget: BACKGROUND,
  });
  const store = new DynamoReportStore(db, tableName);
  const reports: SymptomReport[] = [];
  try {
    for (const day of daysBetween(options.from, options.to)) {
      reports.push(...(await store.reportsOn(day, io.now, options.kab)));
    }
    return reports;
  } catch (error) {
    return { error: describeFailure(error, where) };
  } finally {
    db.destroy();
  }
}

/** The views of the export, as the workbook's sheets; the aggregate leaves out every row about a person. */
function exportTables(
  reports: readonly SymptomReport[],
  options: ExportOptions,
  content: ExportContent,
  now: Date,
) {
  const kab = options.kab ? content.regions.kabByCode(options.kab) : undefined;
  const everywhere = kab ? { code: kab.code, name: kab.label } : { code: '', name: 'Semua kab/kota' };
  const { days, weeks, total } = countRows(reports, options, content, {
    suppress: options.aggregate,
    everywhere,
  });
  const place = kab ? `${kab.label} (${kab.code})` : 'Semua kab/kota';
  const counts = [dailyTable(days, total), weeklyTable(weeks, total)];
  const notes = notesTable(options, place, wibDateTime(now.toISOString()));
  const sheets: ExportTable[] = options.aggregate
    ? [...counts, notes]
    : [reportsTable(reports, content), followUpTable(reports, content), ...counts, notes];
  return { sheets, aggregate: aggregateTable(days, weeks, total), rows: { days, weeks, total } };
}

/** Writes the tables as a workbook: header row bold and frozen, codes and phones as text cells. */
export async function writeWorkbook(tables: readonly ExportTable[], path: string, now: Date): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Info COVID-19 Jatim';
  workbook.created = now;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ key: c.key, header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    const rows = table.total ? [...table.rows, table.total] : table.rows;
    for (const values of rows) {
      const row = sheet.addRow({});
      table.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const value = values[c.key] ?? '';
        // A code or a phone stays text: Excel would read 35.10 as 35.1 and +62812... as a number.
        cell.value = c.text ? String(value) : value;
        if (c.text) cell.numFmt = '@';
      });
      if (values === table.total) row.font = { bold: true };
    }
    if (table.columns.length > 0 && table.rows.length > 0)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  await workbook.xlsx.writeFile(path);
}

/** The export command; returns the exit code. */
export async function runReportsCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const pack = loadContentPack();
  const content: ExportContent = { regions: pack.regions, messages: pack.messages };
  const options = checkExportOptions(parsed.values, wibDate(io.now).ymd, pack.regions.kabKota, pack.aliases);
  if ('error' in options) {
    io.err(`${options.error}\n${USAGE}\n`);
    return 2;
  }

  const reports = await readReports(options, io);
  if ('error' in reports) {
    io.err(`${reports.error}\n`);
    return 1;
  }
  const { sheets, aggregate, rows } = exportTables(reports, options, content, io.now);

  let text: string;
  if (options.format === 'xlsx') {
    try {
      await writeWorkbook(sheets, options.out ?? '', io.now);
    } catch (error) {
      io.err(`cannot write ${options.out}: ${(error as Error).message}\n`);
      return 1;
    }
    const callBack = options.aggregate ? '' : `, ${followUpReports(reports).length} to call back`;
    io.out(
      `Wrote ${options.out}: ${sheets.map((s) => s.name).join(', ')}; ${reports.length} reports${callBack}, ` +
        `${options.from} to ${options.to} (WIB).\n`,
    );
    return 0;
  }
  if (options.format === 'jsonl') {
    const lines = options.aggregate
      ? [...rows.days, ...rows.weeks, rows.total]
      : reports.map((r) => reportJson(r, content));
    text = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
  } else {
    text = toCsv(options.aggregate ? aggregate : (sheets[0] as ExportTable), options.delimiter);
  }
  if (!options.out) {
    io.out(text);
    return 0;
  }
  try {
    await writeFile(options.out, text);
  } catch (error) {
    io.err(`cannot write ${options.out}: ${(error as Error).message}\n`);
    return 1;
  }
  io.out(`Wrote ${options.out}: ${reports.length} reports, ${options.from} to ${options.to} (WIB).\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const code = await runReportsCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    now: new Date(),
  });
  process.exitCode = code;
}
