import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { runReportsCli } from '../../scripts/reports.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import { type TriageAnswers, triage } from '../../shared/line/triage.js';
import { startTestTable } from '../support/dynamo.js';

const TABLE = 'reports-export-test';
const NOW = new Date('2026-11-23T05:00:00Z');
let dynamo: DynamoDbLocal;
let files: string;

const COUGH: TriageAnswers = {
  ageBand: '40-59',
  symptoms: ['fever', 'cough'],
  contactWithCase: false,
  pregnantOrChronic: false,
};
const BREATHLESS: TriageAnswers = {
  ageBand: '60+',
  symptoms: ['breathing'],
  contactWithCase: false,
  pregnantOrChronic: true,
};

function report(
  n: number,
  overrides: Partial<SymptomReport> & { answers?: TriageAnswers } = {},
): SymptomReport {
  // No symptom and no contact: low risk (triage row 5). A cough alone is moderate now.
  const answers: TriageAnswers = overrides.answers ?? {
    ageBand: '18-39',
    symptoms: [],
    contactWithCase: false,
    pregnantOrChronic: false,
  };
  return {
    subscriberId: `sub-${n}`,
    reportedOn: '2026-11-22',
    sessionId: `s-${n}`,
    channel: 'ussd',
    lang: 'id',
    answers,
    risk: triage(answers),
    kabCode: '35.10',
    kecCode: '35.10.20',
    placeLabel: 'Kec. Sempu, Kab. Banyuwangi',
    contactConsent: false,
    reportedAt: '2026-11-22T03:00:00.000Z',
    ...overrides,
  };
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runReportsCli(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    now: NOW,
    localState: () => ({ endpoint: dynamo.endpoint, tableName: TABLE }),
  });
  return { code, out, err };
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'reports-'));
  dynamo = await startTestTable(TABLE);
  const db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  const store = new DynamoReportStore(db, TABLE);
  const keep = new Date('2027-05-01T00:00:00Z');
  // On the 22nd: six low-risk reports in Banyuwangi (one caller agreed to be called), a moderate one
  // at 19:05 WIB whose caller agreed, a high one whose caller did not, and two low in Surabaya.
  for (let n = 1; n <= 6; n += 1) {
    await store.save(
      report(n, n === 1 ? { contactConsent: true, phone: '+6281211112222' } : { phone: '+6281299998888' }),
      keep,
    );
  }
  await store.save(
    report(11, {
      answers: COUGH,
      risk: triage(COUGH),
      contactConsent: true,
      phone: '+6281233334444',
      reportedAt: '2026-11-22T12:05:00.000Z',
    }),
    keep,
  );
  await store.save(
    report(13, { answers: BREATHLESS, risk: triage(BREATHLESS), phone: '+6281277770000' }),
    keep,
  );
  await store.save(report(7, { kabCode: '35.78', kecCode: '35.78.01' }), keep);
  await store.save(report(8, { kabCode: '35.78', kecCode: '35.78.01' }), keep);
  // On the 23rd: one low in Banyuwangi, and a high one in Surabaya at 08:00 WIB whose caller agreed.
  await store.save(report(9, { reportedOn: '2026-11-23' }), keep);
  await store.save(
    report(12, {
      answers: BREATHLESS,
      risk: triage(BREATHLESS),
      contactConsent: true,
      phone: '+6281255556666',
      kabCode: '35.78',
      kecCode: '35.78.01',
      placeLabel: 'Kec. Karangpilang, Kota Surabaya',
      reportedOn: '2026-11-23',
      reportedAt: '2026-11-23T01:00:00.000Z',
    }),
    keep,
  );
  // Expired: must not appear although DynamoDB Local never deletes it.
  await store.save(report(10), new Date('2026-11-01T00:00:00Z'));
  db.destroy();
});

afterAll(async () => {
  await dynamo?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** A worksheet's rows as values, header first. */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

/** The column of a sheet with this header (1-based). */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const index = sheetRows(sheet)[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`no column "${header}" in ${sheet.name}`);
  return index + 1;
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('npm run reports', () => {
  it('exports one day as CSV with Indonesian headers, WIB times and names beside codes, without expired reports', async () => {
    const { code, out } = await run(['--from', '2026-11-22', '--to', '2026-11-22']);
    const lines = out.trim().split('\n');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^Tanggal \(WIB\),Waktu lapor \(WIB\),Kab\/Kota,Kode kab\/kota,Kecamatan,Kode kecamatan,Tempat yang disebut,Tingkat risiko,/,
    );
    expect(lines).toHaveLength(1 + 10);
    // The health office sees the advice given and the triage row that decided it.
    expect(lines.filter((l) => /,Rendah,Lapor lagi bila bergejala,5,18-39,/.test(l))).toHaveLength(8);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^2026-11-22,2026-11-22 19:05,Kab\. Banyuwangi,35\.10,Sempu,35\.10\.20,"Kec\. Sempu, Kab\. Banyuwangi",Sedang,/,
      ),
    );
    expect(out).not.toContain('sub-10');
  });

  it('shows a phone number only for callers who agreed to be called', async () => {
    const { out } = await run(['--from', '2026-11-22', '--to', '2026-11-23', '--format', 'jsonl']);
    expect(out.match(/\+62\d+/g)?.sort()).toEqual(['+6281211112222', '+6281233334444', '+6281255556666']);
    expect(out).not.toContain('81299998888');
    expect(out).not.toContain('81277770000');
  });

  it('exports JSON lines filtered by kab/kota, given by name, and a date range', async () => {
    const { out } = await run([
      '--from',
      '2026-11-22',
      '--to',
      '2026-11-23',
      '--kab',
      'banyuwangi',
      '--format',
      'jsonl',
    ]);
    const rows = out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { kabCode: string; kabName: string; reportedOn: string; reportedAtWib: string },
      );
    expect(rows).toHaveLength(9);
    expect(new Set(rows.map((r) => `${r.kabCode} ${r.kabName}`))).toEqual(new Set(['35.10 Kab. Banyuwangi']));
    expect(new Set(rows.map((r) => r.reportedOn))).toEqual(new Set(['2026-11-22', '2026-11-23']));
    expect(rows.map((r) => r.reportedAtWib)).toContain('2026-11-22 19:05');
  });

  it('writes CSV separated by semicolons for Excel, codes as written', async () => {
    const { code, out } = await run(['--from', '2026-11-23', '--kab', 'Kota Surabaya', '--delimiter', ';']);
    expect(code).toBe(0);
    const [header, row, ...rest] = out.trim().split('\n');
    expect(header).toMatch(/^Tanggal \(WIB\);Waktu lapor \(WIB\);Kab\/Kota;Kode kab\/kota;/);
    expect(row).toMatch(
      /^2026-11-23;2026-11-23 08:00;Kota Surabaya;35\.78;[^;]+;35\.78\.01;Kec\. Karangpilang, Kota Surabaya;Tinggi;Segera ke RS rujukan;1;60\+;Sesak napas;Tidak;Ya;Ya;\+6281255556666;USSD;Indonesia;sub-12$/,
    );
    expect(rest).toEqual([]);
  });

  it('writes CSV to the file named by --out, saying where, and nothing else to the terminal', async () => {
    const path = join(files, 'bwi.csv');
    const { code, out } = await run([
      '--from',
      '2026-11-22',
      '--kab',
      '35.10',
      '--delimiter',
      ';',
      '--out',
      path,
    ]);
    expect(code).toBe(0);
    expect(out).toBe(`Wrote ${path}: 8 reports, 2026-11-22 to 2026-11-22 (WIB).\n`);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1 + 8);
    expect(lines.slice(1).every((l) => l.includes(';Kab. Banyuwangi;35.10;Sempu;35.10.20;'))).toBe(true);
  });

  it('aggregates per day, week and kab/kota with a total, every count from 1 to 4 shown as <5', async () => {
    const { out } = await run(['--from', '2026-11-22', '--aggregate', '--delimiter', ';']);
    expect(out.trim().split('\n')).toEqual([
      'Periode;Minggu (ISO, Senin-Minggu);Dari (WIB);Sampai (WIB);Kab/Kota;Kode kab/kota;Tinggi;Sedang;Rendah;Jumlah',
      'Harian;2026-W47;2026-11-22;2026-11-22;Kab. Banyuwangi;35.10;<5;<5;6;8',
      'Harian;2026-W47;2026-11-22;2026-11-22;Kota Surabaya;35.78;0;0;<5;<5',
      'Mingguan;2026-W47;2026-11-22;2026-11-22;Kab. Banyuwangi;35.10;<5;<5;6;8',
      'Mingguan;2026-W47;2026-11-22;2026-11-22;Kota Surabaya;35.78;0;0;<5;<5',
      'Jumlah;;2026-11-22;2026-11-22;Semua kab/kota;;<5;<5;8;10',
    ]);
    const jsonl = await run(['--from', '2026-11-22', '--aggregate', '--format', 'jsonl']);
    expect(jsonl.out).toContain(
      '"kabCode":"35.78","kabName":"Kota Surabaya","high":0,"moderate":0,"low":"<5","total":"<5"',
    );
    expect(jsonl.out).not.toMatch(/sub-|\+62/);
  });

  it('writes a workbook a clerk can open: a sheet per view, Indonesian headers, WIB times, codes and phones as text', async () => {
    // Prepare
    const path = join(files, 'laporan.xlsx');

    // Act
    const { code, out, err } = await run([
      '--from',
      '2026-11-22',
      '--to',
      '2026-11-23',
      '--format',
      'xlsx',
      '--out',
      path,
    ]);

    // Assess
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(
      `Wrote ${path}: Laporan, Perlu dihubungi, Harian, Mingguan, Keterangan; 12 reports, 2 to call back, 2026-11-22 to 2026-11-23 (WIB).\n`,
    );
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Laporan',
      'Perlu dihubungi',
      'Harian',
      'Mingguan',
      'Keterangan',
    ]);

    const reports = sheet(workbook, 'Laporan');
    expect(sheetRows(reports)[0]?.slice(0, 8)).toEqual([
      'Tanggal (WIB)',
      'Waktu lapor (WIB)',
      'Kab/Kota',
      'Kode kab/kota',
      'Kecamatan',
      'Kode kecamatan',
      'Tempat yang disebut',
      'Tingkat risiko',
    ]);
    expect(sheetRows(reports)).toHaveLength(1 + 12);
    expect(reports.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(reports.getRow(1).getCell(1).font?.bold).toBe(true);
    const kabCode = reports.getRow(2).getCell(columnOf(reports, 'Kode kab/kota'));
    expect([kabCode.value, kabCode.numFmt]).toEqual(['35.10', '@']);
    const times = sheetRows(reports).map((r) => r[columnOf(reports, 'Waktu lapor (WIB)') - 1]);
    expect(times).toContain('2026-11-22 19:05');
    expect(times).not.toContain('2026-11-22 12:05');

    const followUp = sheet(workbook, 'Perlu dihubungi');
    const header = sheetRows(followUp)[0] ?? [];
    const pick = [
      'Waktu lapor (WIB)',
      'Tingkat risiko',
      'No. HP',
      'Kab/Kota',
      'Kode kab/kota',
      'Saran yang diberikan',
    ].map((h) => header.indexOf(h));
    expect(
      sheetRows(followUp)
        .slice(1)
        .map((r) => pick.map((i) => r[i])),
    ).toEqual([
      ['2026-11-23 08:00', 'Tinggi', '+6281255556666', 'Kota Surabaya', '35.78', 'Segera ke RS rujukan'],
      [
        '2026-11-22 19:05',
        'Sedang',
        '+6281233334444',
        'Kab. Banyuwangi',
        '35.10',
        'Isolasi di rumah, hubungi layanan konsultasi',
      ],
    ]);
    const phone = followUp.getRow(2).getCell(columnOf(followUp, 'No. HP'));
    expect([phone.value, phone.numFmt]).toEqual(['+6281255556666', '@']);

    expect(sheetRows(sheet(workbook, 'Harian'))).toEqual([
      [
        'Tanggal (WIB)',
        'Minggu (ISO, Senin-Minggu)',
        'Kab/Kota',
        'Kode kab/kota',
        'Tinggi',
        'Sedang',
        'Rendah',
        'Jumlah',
      ],
      ['2026-11-22', '2026-W47', 'Kab. Banyuwangi', '35.10', 1, 1, 6, 8],
      ['2026-11-22', '2026-W47', 'Kota Surabaya', '35.78', 0, 0, 2, 2],
      ['2026-11-23', '2026-W48', 'Kab. Banyuwangi', '35.10', 0, 0, 1, 1],
      ['2026-11-23', '2026-W48', 'Kota Surabaya', '35.78', 1, 0, 0, 1],
      ['Jumlah', '', 'Semua kab/kota', '', 2, 1, 9, 12],
    ]);
    const weekly = sheet(workbook, 'Mingguan');
    expect(sheetRows(weekly).map((r) => r.slice(0, 3).concat(r.slice(-1)))).toEqual([
      ['Minggu (ISO, Senin-Minggu)', 'Dari (WIB)', 'Sampai (WIB)', 'Jumlah'],
      ['2026-W47', '2026-11-22', '2026-11-22', 8],
      ['2026-W47', '2026-11-22', '2026-11-22', 2],
      ['2026-W48', '2026-11-23', '2026-11-23', 1],
      ['2026-W48', '2026-11-23', '2026-11-23', 1],
      ['Jumlah', '2026-11-22', '2026-11-23', 12],
    ]);
    expect(weekly.getRow(6).getCell(1).font?.bold).toBe(true);
  });

  it('leaves every row about a person out of the aggregate workbook', async () => {
    const path = join(files, 'agregat.xlsx');
    const { code } = await run(['--from', '2026-11-22', '--aggregate', '--out', path]);
    expect(code).toBe(0);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Harian', 'Mingguan', 'Keterangan']);
    expect(sheetRows(sheet(workbook, 'Harian')).at(-1)).toEqual([
      'Jumlah',
      '',
      'Semua kab/kota',
      '',
      '<5',
      '<5',
      8,
      10,
    ]);
    const everything = readFileSync(path).toString('latin1');
    expect(everything).not.toMatch(/6281/);
  });

  it.each([
    [['--from', '2026-02-30'], /--from must be a date/],
    [['--from', '2026-11-23', '--to', '2026-11-01'], /after --to/],
    [['--kab', '36.01'], /not a kab\/kota code/],
    [['--kab', 'malang'], /--kab "malang" could be Kab\. Malang \(35\.07\) or Kota Malang \(35\.73\)/],
    [
      ['--kab', 'banyuwang'],
      /--kab "banyuwang" is no kab\/kota of the line's province: did you mean Kab\. Banyuwangi \(35\.10\)\?/,
    ],
    [['--format', 'xml'], /--format must be csv, jsonl or xlsx/],
    [
      ['--format', 'xlsx'],
      /--format xlsx needs --out FILE\.xlsx: a workbook cannot be written to the terminal/,
    ],
    [['--format', 'xlsx', '--out', '-'], /--format xlsx needs --out/],
    [['--table', 'covid-line'], /--table needs --region/],
    [['--bogus'], /Unknown option/],
  ])('rejects %j with a clear message', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('says so when the table cannot be reached', async () => {
    let err = '';
    const code = await runReportsCli([], {
      out: () => undefined,
      err: (t) => {
        err += t;
      },
      now: NOW,
      localState: () => ({ endpoint: 'http://127.0.0.1:9', tableName: TABLE }),
    });
    expect(code).toBe(1);
    expect(err).toMatch(/cannot reach DynamoDB|reading .* failed/);
  });
});
