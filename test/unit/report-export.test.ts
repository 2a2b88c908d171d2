import { describe, expect, it } from 'vitest';
import {
  aggregateTable,
  checkExportOptions,
  countRows,
  daysBetween,
  type ExportContent,
  followUpTable,
  isoWeekOf,
  reportsTable,
  resolveKab,
  toCsv,
} from '../../shared/line/report-export.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import { type TriageAnswers, triage } from '../../shared/line/triage.js';
import { fixturePack } from '../support/packs.js';

/** The export's logic on the fixture province (99): Kab. Lerengan 99.01, Kab. Pesisir 99.02, Kota Pesisir 99.71. */
const pack = fixturePack();
const content: ExportContent = { regions: pack.regions, messages: pack.messages };
const KABS = pack.regions.kabKota;

const WELL: TriageAnswers = {
  ageBand: '18-39',
  symptoms: [],
  contactWithCase: false,
  pregnantOrChronic: false,
};
const COUGH: TriageAnswers = { ...WELL, symptoms: ['fever', 'cough'] };
const BREATHLESS: TriageAnswers = { ...WELL, ageBand: '60+', symptoms: ['breathing'] };

function report(n: number, overrides: Partial<SymptomReport> = {}): SymptomReport {
  const answers = overrides.answers ?? WELL;
  return {
    subscriberId: `sub-${n}`,
    reportedOn: '2026-11-22',
    sessionId: `s-${n}`,
    channel: 'ussd',
    lang: 'id',
    answers,
    risk: triage(answers),
    kabCode: '99.01',
    kecCode: '99.01.02',
    placeLabel: 'Kec. Watugede, Kab. Lerengan',
    contactConsent: false,
    reportedAt: '2026-11-22T03:00:00.000Z',
    ...overrides,
  };
}

describe('report export options', () => {
  it('defaults to today (WIB) as comma-separated CSV on the terminal', () => {
    expect(checkExportOptions({}, '2026-11-22', KABS)).toEqual({
      from: '2026-11-22',
      to: '2026-11-22',
      kab: undefined,
      format: 'csv',
      delimiter: ',',
      out: undefined,
      aggregate: false,
      table: undefined,
      region: undefined,
    });
  });

  it('refuses more than a year at once', () => {
    expect(checkExportOptions({ from: '2025-01-01', to: '2026-11-22' }, '2026-11-22', KABS)).toEqual({
      error: 'at most 366 days at a time',
    });
  });

  it.each([
    [
      { format: 'xlsx' },
      /--format xlsx needs --out FILE\.xlsx: a workbook cannot be written to the terminal/,
    ],
    [{ format: 'xlsx', out: '-' }, /--format xlsx needs --out/],
    [{ delimiter: '\t' }, /--delimiter must be "," or ";"/],
    [{ format: 'jsonl', delimiter: ';' }, /--delimiter is for --format csv only/],
    [{ format: 'xml' }, /--format must be csv, jsonl or xlsx, got "xml"/],
  ])('refuses %j', (raw, message) => {
    const checked = checkExportOptions(raw, '2026-11-22', KABS);
    expect('error' in checked && checked.error).toMatch(message);
  });

  it('takes the format from the file it writes, and a semicolon for Excel', () => {
    expect(checkExportOptions({ out: 'nov.xlsx' }, '2026-11-22', KABS)).toMatchObject({
      format: 'xlsx',
      out: 'nov.xlsx',
    });
    expect(checkExportOptions({ delimiter: ';', kab: 'lerengan' }, '2026-11-22', KABS)).toMatchObject({
      format: 'csv',
      delimiter: ';',
      kab: '99.01',
    });
  });

  it('lists every day of a range across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });
});

describe('--kab by code or name', () => {
  it.each([
    ['99.01', '99.01'],
    ['lerengan', '99.01'],
    ['Kab. Lerengan', '99.01'],
    ['kabupaten lerengan', '99.01'],
    ['Kota Pesisir', '99.71'],
    ['pesisir kota', '99.71'],
    ['kab pesisir', '99.02'],
    ['lrg', '99.01'],
  ])('finds %s', (input, code) => {
    expect(resolveKab(input, KABS, pack.aliases)).toEqual({ code });
  });

  it.each([
    [
      'Pesisir',
      '--kab "Pesisir" could be Kab. Pesisir (99.02) or Kota Pesisir (99.71): write "Kab. Pesisir" or "Kota Pesisir", or the code',
    ],
    [
      'psr',
      '--kab "psr" could be Kab. Pesisir (99.02) or Kota Pesisir (99.71): write "Kab. Pesisir" or "Kota Pesisir", or the code',
    ],
    ['lerengn', `--kab "lerengn" is no kab/kota of the line's province: did you mean Kab. Lerengan (99.01)?`],
    [
      'kota lereng',
      `--kab "kota lereng" is no kab/kota of the line's province: did you mean Kab. Lerengan (99.01)?`,
    ],
    [
      'zzz',
      `--kab "zzz" is no kab/kota of the line's province: give its name as the line lists it, or its code (35.10)`,
    ],
    [
      '98.01',
      `--kab "98.01" is not a kab/kota code of the line's province (e.g. 99.01 Kab. Lerengan, 99.02 Kab. Pesisir)`,
    ],
  ])('refuses %s with the candidates', (input, error) => {
    expect(resolveKab(input, KABS, pack.aliases)).toEqual({ error });
  });
});

describe('the reports and the follow-up list', () => {
  const reports = [
    report(1, { reportedAt: '2026-11-22T12:05:00.000Z' }),
    report(2, {
      answers: COUGH,
      risk: triage(COUGH),
      contactConsent: true,
      phone: '+6281211112222',
      reportedAt: '2026-11-22T01:30:00.000Z',
      lang: 'en',
      channel: 'sms',
    }),
    report(3, {
      answers: BREATHLESS,
      risk: triage(BREATHLESS),
      contactConsent: true,
      phone: '+6281233334444',
      kabCode: '99.71',
      kecCode: '99.71.02',
      placeLabel: 'Kec. Pelabuhan, Kota Pesisir',
      reportedAt: '2026-11-22T16:59:00.000Z',
      reportedOn: '2026-11-22',
    }),
    // High risk, but declined to be called: not on the list, and no phone anywhere.
    report(4, {
      answers: BREATHLESS,
      risk: triage(BREATHLESS),
      contactConsent: false,
      phone: '+6281255556666',
    }),
    // Low risk and agreed: nothing to call about.
    report(5, { contactConsent: true, phone: '+6281277778888' }),
  ];

  it('shows each report in WIB, with place names beside codes and Indonesian words', () => {
    const table = reportsTable(reports, content);
    expect(table.columns.map((c) => c.header).slice(0, 9)).toEqual([
      'Tanggal (WIB)',
      'Waktu lapor (WIB)',
      'Kab/Kota',
      'Kode kab/kota',
      'Kecamatan',
      'Kode kecamatan',
      'Tempat yang disebut',
      'Tingkat risiko',
      'Saran yang diberikan',
    ]);
    expect(table.rows[0]).toMatchObject({
      time: '2026-11-22 08:30',
      kab: 'Kab. Lerengan',
      kabCode: '99.01',
      kec: 'Watugede',
      kecCode: '99.01.02',
      risk: 'Sedang',
      symptoms: 'Demam, Batuk',
      consent: 'Ya',
      phone: '+6281211112222',
      channel: 'SMS',
      lang: 'Inggris',
    });
    // 16:59 UTC is one minute before midnight WIB.
    expect(table.rows.at(-1)).toMatchObject({
      time: '2026-11-22 23:59',
      kab: 'Kota Pesisir',
      kec: 'Pelabuhan',
    });
    // Oldest first; a phone only where the caller agreed to be called.
    expect(table.rows.map((r) => [r.subscriber, r.phone])).toEqual([
      ['sub-2', '+6281211112222'],
      ['sub-4', ''],
      ['sub-5', '+6281277778888'],
      ['sub-1', ''],
      ['sub-3', '+6281233334444'],
    ]);
  });

  it('lists moderate and high reports whose callers agreed to be called, newest first', () => {
    const rows = followUpTable(reports, content).rows;
    expect(rows.map((r) => [r.time, r.risk, r.phone, r.kab, r.advice])).toEqual([
      ['2026-11-22 23:59', 'Tinggi', '+6281233334444', 'Kota Pesisir', 'Segera ke RS rujukan'],
      [
        '2026-11-22 08:30',
        'Sedang',
        '+6281211112222',
        'Kab. Lerengan',
        'Isolasi di rumah, hubungi layanan konsultasi',
      ],
    ]);
  });
});

describe('counts', () => {
  const everywhere = { code: '', name: 'Semua kab/kota' };

  it('names ISO weeks, the last days of December in the week of the New Year', () => {
    expect(['2026-12-27', '2026-12-28', '2026-12-31', '2027-01-03', '2027-01-04'].map(isoWeekOf)).toEqual([
      '2026-W52',
      '2026-W53',
      '2026-W53',
      '2026-W53',
      '2027-W01',
    ]);
  });

  it('counts per day and per week and kab/kota, a week cut to the range, with the total', () => {
    const reports = [
      ...[1, 2, 3, 4, 5, 6].map((n) => report(n)),
      report(7, { answers: COUGH, risk: triage(COUGH), reportedOn: '2026-11-23' }),
      report(8, { kabCode: '99.71', kecCode: '99.71.02' }),
    ];
    const { days, weeks, total } = countRows(reports, { from: '2026-11-20', to: '2026-11-24' }, content, {
      suppress: false,
      everywhere,
    });
    expect(days.map((d) => [d.from, d.week, d.kabName, d.high, d.moderate, d.low, d.total])).toEqual([
      ['2026-11-22', '2026-W47', 'Kab. Lerengan', 0, 0, 6, 6],
      ['2026-11-22', '2026-W47', 'Kota Pesisir', 0, 0, 1, 1],
      ['2026-11-23', '2026-W48', 'Kab. Lerengan', 0, 1, 0, 1],
    ]);
    expect(weeks.map((w) => [w.week, w.from, w.to, w.kabCode, w.total])).toEqual([
      ['2026-W47', '2026-11-20', '2026-11-22', '99.01', 6],
      ['2026-W47', '2026-11-20', '2026-11-22', '99.71', 1],
      ['2026-W48', '2026-11-23', '2026-11-24', '99.01', 1],
    ]);
    expect(total).toMatchObject({
      from: '2026-11-20',
      to: '2026-11-24',
      high: 0,
      moderate: 1,
      low: 7,
      total: 8,
    });
  });

  it('in the aggregate, shows every count from 1 to 4 as <5, the totals too, and none as 0', () => {
    const reports = [
      ...[1, 2, 3, 4, 5, 6].map((n) => report(n)),
      report(7, { answers: COUGH, risk: triage(COUGH), reportedOn: '2026-11-23' }),
      report(8, { kabCode: '99.71', kecCode: '99.71.02' }),
    ];
    const { days, weeks, total } = countRows(reports, { from: '2026-11-22', to: '2026-11-23' }, content, {
      suppress: true,
      everywhere,
    });
    expect(toCsv(aggregateTable(days, weeks, total), ';')).toBe(
      [
        'Periode;Minggu (ISO, Senin-Minggu);Dari (WIB);Sampai (WIB);Kab/Kota;Kode kab/kota;Tinggi;Sedang;Rendah;Jumlah',
        'Harian;2026-W47;2026-11-22;2026-11-22;Kab. Lerengan;99.01;0;0;6;6',
        'Harian;2026-W47;2026-11-22;2026-11-22;Kota Pesisir;99.71;0;0;<5;<5',
        'Harian;2026-W48;2026-11-23;2026-11-23;Kab. Lerengan;99.01;0;<5;0;<5',
        'Mingguan;2026-W47;2026-11-22;2026-11-22;Kab. Lerengan;99.01;0;0;6;6',
        'Mingguan;2026-W47;2026-11-22;2026-11-22;Kota Pesisir;99.71;0;0;<5;<5',
        'Mingguan;2026-W48;2026-11-23;2026-11-23;Kab. Lerengan;99.01;0;<5;0;<5',
        'Jumlah;;2026-11-22;2026-11-23;Semua kab/kota;;0;<5;7;8',
        '',
      ].join('\n'),
    );
  });
});

describe('CSV', () => {
  it('separates with a semicolon and quotes only what holds one, keeping codes and phones as written', () => {
    const reports = [
      report(1, { answers: COUGH, risk: triage(COUGH), contactConsent: true, phone: '+6281211112222' }),
    ];
    const [header, row] = toCsv(reportsTable(reports, content), ';').split('\n');
    expect(header).toBe(
      'Tanggal (WIB);Waktu lapor (WIB);Kab/Kota;Kode kab/kota;Kecamatan;Kode kecamatan;Tempat yang disebut;' +
        'Tingkat risiko;Saran yang diberikan;Baris triase;Umur;Gejala;Kontak dengan kasus positif;' +
        'Hamil atau penyakit penyerta;Bersedia dihubungi;No. HP;Saluran;Bahasa;ID pelapor (samaran)',
    );
    expect(row).toBe(
      '2026-11-22;2026-11-22 10:00;Kab. Lerengan;99.01;Watugede;99.01.02;Kec. Watugede, Kab. Lerengan;Sedang;' +
        'Isolasi di rumah, hubungi layanan konsultasi;3;18-39;Demam, Batuk;Tidak;Tidak;Ya;+6281211112222;USSD;Indonesia;sub-1',
    );
    const comma = toCsv(reportsTable(reports, content), ',').split('\n')[1];
    expect(comma).toContain(
      ',"Kec. Watugede, Kab. Lerengan",Sedang,"Isolasi di rumah, hubungi layanan konsultasi",3,',
    );
  });

  it('quotes a cell that holds the delimiter, a quote or a line break', () => {
    const table = {
      columns: [
        { key: 'a', header: 'a', width: 1 },
        { key: 'b', header: 'b', width: 1 },
      ],
      rows: [{ a: 'Sempu; Genteng', b: 'say "hi"' }],
    };
    expect(toCsv(table, ';')).toBe('a;b\n"Sempu; Genteng";"say ""hi"""\n');
    expect(toCsv(table, ',')).toBe('a,b\nSempu; Genteng,"say ""hi"""\n');
  });
});
