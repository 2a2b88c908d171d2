import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';
import type { SentSms } from '../../shared/adapters/local/outbox.js';
import { postForm } from '../support/http.js';

/**
 * Storage that hangs rather than fails: DynamoDB Local paused with SIGSTOP, so connections open and
 * requests are sent but nothing answers. A USSD caller still gets a polite END naming a line that is
 * open, in time for the gateway; an SMS callback gets a non-2xx quickly, so the gateway retries it;
 * and once storage answers again the retried message is answered once.
 */

const NOW = '2026-11-23T03:00:00Z';
const PHONE = '+6281299991234';
/** How long the gateway waits before posting an SMS callback again, in this test. */
const RETRY_EVERY_MS = 2_000;
/** A claim left behind by a try that storage swallowed is free again after its lease (30 s). */
const GIVE_UP_AFTER_MS = 60_000;

let line: LocalLine;

beforeAll(async () => {
  line = await startLocalLine({ port: 0, now: undefined, env: {} });
}, 60_000);

afterAll(async () => {
  try {
    if (line?.dynamoPid) process.kill(line.dynamoPid, 'SIGCONT');
  } catch {
    // Already gone: the last test kills it.
  }
  await line?.stop();
});

const post = (path: string, fields: Record<string, string>) => postForm(line.url, path, fields);

const hop = (text: string) =>
  post('/ussd', { sessionId: 'ATUid_stuck', serviceCode: '*384*1#', phoneNumber: PHONE, text });
const sms = () =>
  post('/sms', { from: PHONE, to: '21212', text: 'RS sempu banyuwangi', date: NOW, id: 'ATXid_stuck' });

describe('storage that stops answering', () => {
  it('ends a USSD hop within 2 s and has an SMS retried within 3 s; the retry is answered once', async () => {
    // Prepare: the line has warm connections to its storage, as a function that has answered before.
    expect((await hop('')).body).toMatch(/^CON /);
    const pid = line.dynamoPid;
    if (!pid) throw new Error('DynamoDB Local has no process id');
    // Act: storage hangs.
    process.kill(pid, 'SIGSTOP');
    let ussd: Awaited<ReturnType<typeof post>>;
    let first: Awaited<ReturnType<typeof post>>;
    try {
      ussd = await hop('3');
      first = await sms();
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    // The gateway posts the message again until it gets a 200.
    const retries: number[] = [];
    const deadline = Date.now() + GIVE_UP_AFTER_MS;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
      const retry = await sms();
      retries.push(retry.status);
      if (retry.status === 200 || Date.now() > deadline) break;
    }
    const late = await sms();
    const sent = ((await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[]).filter(
      (s) => s.to === PHONE,
    );
    // Assess
    expect(ussd.ms).toBeLessThan(2_000);
    expect(ussd.body).toMatch(/^END Maaf/);
    expect(ussd.body).toMatch(/\d{3,}/);
    expect(first.ms).toBeLessThan(3_000);
    expect(first.status).toBeGreaterThanOrEqual(500);
    expect(retries.at(-1)).toBe(200);
    expect(late.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.message).toMatch(/Sempu|Banyuwangi|Genteng|Blambangan/);
  }, 120_000);

  it('lets the host know when DynamoDB Local dies, saying how', async () => {
    const pid = line.dynamoPid;
    if (!pid) throw new Error('DynamoDB Local has no process id');
    process.kill(pid, 'SIGKILL');
    await expect(line.storageLost).resolves.toMatch(/DynamoDB Local was killed \(SIGKILL\)/);
  });
});
