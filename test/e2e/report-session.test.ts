import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import type { SentSms } from '../../shared/adapters/local/outbox.js';

// The line logs at the level a deployment runs, read when the logger is built: set before any import.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

/** A caller reports symptoms over the wire, through the local line, with the final hop posted twice. */
let line: LocalLine;
const logged: string[] = [];

beforeAll(async () => {
  // The log lines are what this file checks: read them at the level a deployment runs, and keep them
  // out of the test output.
  for (const stream of [process.stdout, process.stderr]) {
    const capture = (chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    };
    vi.spyOn(stream, 'write').mockImplementation(capture as typeof stream.write);
  }
  line = await startLocalLine({ port: 0, now: '2026-11-23T03:00:00Z', env: {} });
});

afterAll(async () => {
  await line?.stop();
  vi.restoreAllMocks();
});

async function hop(sessionId: string, phoneNumber: string, text: string): Promise<string> {
  const res = await fetch(`${line.url}/ussd`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sessionId, serviceCode: '*384*1#', phoneNumber, text }).toString(),
  });
  return res.text();
}

async function walk(sessionId: string, phone: string, path: string[]): Promise<string> {
  let reply = await hop(sessionId, phone, '');
  for (let i = 1; i <= path.length; i += 1) reply = await hop(sessionId, phone, path.slice(0, i).join('*'));
  return reply;
}

describe('a symptom report over the wire', () => {
  it('is stored once and texted once when the final hop is posted twice', async () => {
    // Prepare: difficulty breathing, 60+, in Kec. Sempu, Banyuwangi; not to be called
    const phone = '+6281299990001';
    const path = ['4', '1', '4', '1 4', '2', '1', '2', 'sempu banyuwangi', '2'];
    // Act
    const first = await walk('rep-1', phone, path);
    const again = await hop('rep-1', phone, path.join('*'));
    // Assess
    expect(first).toMatch(/^END Risiko TINGGI/);
    expect(again).toBe(first);
    const db = makeDocumentClient({ region: 'local', endpoint: line.dynamoEndpoint });
    const reports = await new DynamoReportStore(db, line.tableName).reportsOn(
      '2026-11-23',
      new Date('2026-11-23T03:00:00Z'),
    );
    db.destroy();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.risk.level).toBe('high');
    expect(reports[0]?.kabCode).toBe('35.10');
    expect(reports[0]?.phone).toBeUndefined();
    expect(JSON.stringify(reports)).not.toContain('81299990001');
    const sent = (await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[];
    const outbox = sent.filter((sms) => sms.to === phone);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.message).toMatch(/Risiko TINGGI/);
  });

  it('never logs a phone number or what a caller typed', () => {
    // Request ids are random hex: a segment such as "-622354337929" is not a number.
    const all = logged
      .join('')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    expect(all).toContain('ussd');
    expect(all).not.toContain('81299990001');
    expect(all).not.toMatch(/(\+62|\b62|\b08)\d{7,}/);
    expect(all).not.toContain('sempu banyuwangi');
  });
});
