import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINE_FUNCTIONS } from '../../infra/line-functions.js';
import { LOCAL_FACTORIES, type LocalLine, startLocalLine } from '../../infra/local/host.js';

/** The local line over HTTP, exactly as `npm start` serves it (DynamoDB Local included). */
let line: LocalLine;

beforeAll(async () => {
  line = await startLocalLine({ port: 0, now: '2026-12-25T03:00:00Z', env: {} });
});

afterAll(async () => {
  await line?.stop();
});

async function ussd(fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded') {
  const res = await fetch(`${line.url}/ussd`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

const session = (sessionId: string, phoneNumber: string) => (text: string) =>
  ussd({ sessionId, serviceCode: '*384*1#', phoneNumber, networkCode: '51010', text });

describe('the local line over HTTP', () => {
  it('serves the home menu on the first hop', async () => {
    const res = await session('e2e-1', '+6281100000001')('');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^CON Info COVID-19 Jatim/);
  });

  it('says the office line is closed on Christmas Day (LINE_NOW fixed on a holiday)', async () => {
    const res = await session('e2e-2', '+6281100000002')('2');
    expect(res.text).toMatch(/^CON /);
    expect(res.text).toMatch(/8430313: tutup/);
  });

  it('texts the nearest referral hospital once, even when the last hop is posted twice', async () => {
    // Prepare
    const hop = session('e2e-3', '+6281100000003');
    await hop('3');
    await hop('3*2');
    const result = await hop('3*2*sempu banyuwangi');
    // Act
    const first = await hop('3*2*sempu banyuwangi*1');
    const again = await hop('3*2*sempu banyuwangi*1');
    const outbox = (await (await fetch(`${line.url}/dev/outbox`)).json()) as {
      to: string;
      message: string;
    }[];
    // Assess
    expect(result.text).toMatch(/^CON /);
    expect(first.text).toMatch(/^END /);
    expect(again.text).toBe(first.text);
    const mine = outbox.filter((sms) => sms.to === '+6281100000003');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.message).toMatch(/Banyuwangi|Genteng|Blambangan/);
  });

  it('remembers English across sessions', async () => {
    await session('e2e-4', '+6281100000004')('5*2');
    const next = await session('e2e-5', '+6281100000004')('');
    expect(next.text).toMatch(/^CON COVID-19 Info E\. Java/);
  });

  it('rejects a malformed callback with 400 and a reason', async () => {
    const res = await ussd({ text: '1' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/missing field sessionId/);
  });

  it('answers 404 off the routes and 405 on a wrong method', async () => {
    expect((await fetch(`${line.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${line.url}/sms`)).status).toBe(405);
  });
});

describe('one code path: the local host runs the deployed handlers', () => {
  it.each(LINE_FUNCTIONS)('$id is built from the makeHandler its entry exports', async (spec) => {
    const entry = (await import(/* @vite-ignore */ `../../${spec.entry}`)) as {
      makeHandler: unknown;
      handler: unknown;
    };
    expect(typeof entry.handler).toBe('function');
    expect(LOCAL_FACTORIES[spec.entry]).toBe(entry.makeHandler);
  });

  it('serves every callback route the stack deploys, and reads each one', async () => {
    const callbacks = LINE_FUNCTIONS.flatMap((spec) =>
      'callback' in spec.trigger ? [spec.trigger.callback] : [],
    );
    expect(callbacks).toHaveLength(4);
    for (const path of callbacks) {
      const res = await fetch(`${line.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      // Reached the handler, which names what is missing; an unknown route would be a 404.
      expect([path, res.status, (await res.text()).startsWith('Bad request: missing field')]).toEqual([
        path,
        400,
        true,
      ]);
    }
  });
});
