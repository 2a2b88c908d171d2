import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';
import type { SentSms } from '../../shared/adapters/local/outbox.js';

/** The SMS channel over HTTP, through the local line (DynamoDB Local included). */
let line: LocalLine;

beforeAll(async () => {
  line = await startLocalLine({ port: 0, now: '2026-11-23T03:00:00Z', env: {} });
});

afterAll(async () => {
  await line?.stop();
});

let sent = 0;
async function text(from: string, message: string, id?: string) {
  sent += 1;
  const res = await fetch(`${line.url}/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      from,
      to: '21212',
      text: message,
      id: id ?? `ATXid_${sent}`,
      date: '2026-11-23 03:00:00',
    }).toString(),
  });
  return res.status;
}

/** What `GET /dev/outbox` shows as sent to one phone. */
async function inbox(phone: string): Promise<SentSms[]> {
  const sent = (await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[];
  return sent.filter((sms) => sms.to === phone);
}

describe('the SMS channel over HTTP', () => {
  it('texts back the nearest referral hospital for RS banyuwangi', async () => {
    expect(await text('+6281300000001', 'RS banyuwangi')).toBe(200);
    const replies = await inbox('+6281300000001');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.message).toMatch(/RSUD Blambangan|Banyuwangi|Genteng/);
  });

  it('answers a message id once, however often the gateway retries it', async () => {
    await text('+6281300000002', 'gejala corona apa aja', 'ATXid_dup');
    await text('+6281300000002', 'gejala corona apa aja', 'ATXid_dup');
    expect(await inbox('+6281300000002')).toHaveLength(1);
  });

  it('confirms STOP once, then sends nothing until START', async () => {
    const phone = '+6281300000003';
    await text(phone, 'STOP');
    await text(phone, 'STOP');
    await text(phone, 'JAM');
    await text(phone, 'RS sby');
    expect(await inbox(phone)).toHaveLength(1);
    await text(phone, 'START');
    await text(phone, 'JAM');
    expect(await inbox(phone)).toHaveLength(3);
  });

  it('stores a one-message report and texts the advice', async () => {
    await text('+6281300000004', 'lapor demam batuk sesak sempu banyuwangi');
    expect((await inbox('+6281300000004'))[0]?.message).toMatch(/TINGGI|tinggi/);
    const metrics = (await (await fetch(`${line.url}/dev/metrics`)).json()) as Record<string, number>;
    expect(metrics['Reports/high']).toBe(1);
    const sent = (await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[];
    expect(metrics.SmsSent).toBe(sent.length);
  });

  it('records delivery reports and rejects malformed ones', async () => {
    const post = (fields: Record<string, string>) =>
      fetch(`${line.url}/sms/delivery-reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await post({ id: 'ATXid_1', status: 'Success', phoneNumber: '+6281300000001' })).status).toBe(
      200,
    );
    expect((await post({ id: 'ATXid_1', status: 'Sent' })).status).toBe(200);
    const bad = await post({ id: 'ATXid_1', status: 'Delivered?' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/status/);
  });
});
