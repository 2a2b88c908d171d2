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
  dynamo = await startTestTable(TABLE);
  const db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  const store = new DynamoReportStore(db, TABLE);
  const keep = new Date('2027-05-01T00:00:00Z');
  // Six low-risk reports in Banyuwangi on the 22nd (one consented to be called), two in Surabaya, one on the 23rd.
  for (let n = 1; n <= 6; n += 1) {
    await store.save(
      report(n, n === 1 ? { contactConsent: true, phone: '+6281211112222' } : { phone: '+6281299998888' }),
      keep,
    );
  }
  await store.save(report(7, { kabCode: '35.78', kecCode: '35.78.01' }), keep);
  await store.save(report(8, { kabCode: '35.78', kecCode: '35.78.01' }), keep);
  await store.save(report(9, { reportedOn: '2026-11-23' }), keep);
  // Expired: must not appear although DynamoDB Local never deletes it.
  await store.save(report(10), new Date('2026-11-01T00:00:00Z'));
  db.destroy();
});

afterAll(async () => {
  await dynamo?.stop();
});

describe('npm run reports', () => {
  it('exports one day as CSV, without expired reports', async () => {
    const { code, out } = await run(['--from', '2026-11-22', '--to', '2026-11-22']);
    const lines = out.trim().split('\n');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^reportedOn,reportedAt,subscriberId,kabCode,kecCode,risk,advice,triageRow,/);
    expect(lines).toHaveLength(1 + 8);
    // The health office sees the advice given and the triage row that decided it.
    for (const line of lines.slice(1)) expect(line).toMatch(/,low,well,5,18-39,/);
    expect(out).not.toContain('sub-10');
  });

  it('shows a phone number only for the caller who agreed to be called', async () => {
    const { out } = await run(['--from', '2026-11-22', '--format', 'jsonl']);
    expect(out.match(/\+62\d+/g)).toEqual(['+6281211112222']);
    expect(out).not.toContain('81299998888');
  });

  it('exports JSON lines filtered by kab/kota and a date range', async () => {
    const { out } = await run([
      '--from',
      '2026-11-22',
      '--to',
      '2026-11-23',
      '--kab',
      '35.10',
      '--format',
      'jsonl',
    ]);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kabCode: string; reportedOn: string });
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.kabCode))).toEqual(new Set(['35.10']));
    expect(new Set(rows.map((r) => r.reportedOn))).toEqual(new Set(['2026-11-22', '2026-11-23']));
  });

  it('aggregates per day, kab/kota and risk, suppressing counts below 5', async () => {
    const { out } = await run(['--from', '2026-11-22', '--aggregate']);
    expect(out.trim().split('\n')).toEqual([
      'reportedOn,kabCode,risk,count',
      '2026-11-22,35.10,low,6',
      '2026-11-22,35.78,low,<5',
    ]);
    const jsonl = await run(['--from', '2026-11-22', '--aggregate', '--format', 'jsonl']);
    expect(jsonl.out).toContain('"count":null,"suppressed":true');
  });

  it.each([
    [['--from', '2026-02-30'], /--from must be a date/],
    [['--from', '2026-11-23', '--to', '2026-11-01'], /after --to/],
    [['--kab', '36.01'], /not a kab\/kota code/],
    [['--format', 'xml'], /--format must be csv or jsonl/],
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
