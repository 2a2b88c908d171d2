import { parseArgs } from 'node:util';
import { readLocalState } from '../infra/local/state.js';
import { makeDocumentClient } from '../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../shared/adapters/dynamodb/reports.repository.js';
import { loadContentPack } from '../shared/content/index.js';
import { wibDate } from '../shared/line/calendar.js';
import {
  aggregateReports,
  checkExportOptions,
  daysBetween,
  REPORT_COLUMNS,
  reportRow,
  toCsv,
} from '../shared/line/report-export.js';
import type { SymptomReport } from '../shared/line/reports.js';

const USAGE = `Usage: npm run reports -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--kab 35.10] [--format csv|jsonl]
                          [--aggregate] [--table NAME --region R]
Exports symptom reports (WIB days, inclusive; default today). Without --table it reads the local
line started by npm start. Rows carry the hashed subscriber id; a phone only where the caller agreed
to be called. --aggregate counts per day, kab/kota and risk level, showing counts below 5 as <5.`;

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

/** The export command; returns the exit code. */
export async function runReportsCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
  const OPTIONS = {
    from: { type: 'string' },
    to: { type: 'string' },
    kab: { type: 'string' },
    format: { type: 'string' },
    aggregate: { type: 'boolean' },
    table: { type: 'string' },
    region: { type: 'string' },
    help: { type: 'boolean' },
  } as const;
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
  const kabCodes = new Set(loadContentPack().regions.kabKota.map((k) => k.code));
  const options = checkExportOptions(parsed.values, wibDate(io.now).ymd, kabCodes);
  if ('error' in options) {
    io.err(`${options.error}\n${USAGE}\n`);
    return 2;
  }

  const local = options.table ? undefined : (io.localState ?? readLocalState)();
  if (!options.table && !local) {
    io.err('No local line is running: start it with `npm start`, or pass --table NAME --region R.\n');
    return 1;
  }
  const tableName = options.table ?? local?.tableName ?? '';
  const where = options.table
    ? `${tableName} in ${options.region}`
    : `local ${tableName} at ${local?.endpoint}`;
  const db = makeDocumentClient(
    options.table ? { region: options.region ?? '' } : { region: 'local', endpoint: local?.endpoint },
  );
  const store = new DynamoReportStore(db, tableName);
  const reports: SymptomReport[] = [];
  try {
    for (const day of daysBetween(options.from, options.to)) {
      reports.push(...(await store.reportsOn(day, io.now, options.kab)));
    }
  } catch (error) {
    io.err(`${describeFailure(error, where)}\n`);
    return 1;
  } finally {
    db.destroy();
  }

  if (options.aggregate) {
    const rows = aggregateReports(reports);
    if (options.format === 'jsonl') io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else
      io.out(
        toCsv(
          ['reportedOn', 'kabCode', 'risk', 'count'],
          rows.map((r) => ({ ...r, count: r.suppressed ? '<5' : r.count })),
        ),
      );
  } else {
    const rows = reports.map(reportRow);
    if (options.format === 'jsonl') io.out(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else io.out(toCsv(REPORT_COLUMNS, rows));
  }
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
