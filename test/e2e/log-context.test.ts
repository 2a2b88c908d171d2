import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';
import { postForm } from '../support/http.js';

// The line logs at the level a deployment runs, read when the logger is built: set before any import.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

/**
 * The local line answers many requests at once in one process; each log line still carries its own
 * request's id and function, as it would on Lambda, so a line in the logs leads to the right request.
 */
let line: LocalLine;
const logged: string[] = [];

beforeAll(async () => {
  line = await startLocalLine({ port: 0, now: '2026-11-23T03:00:00Z', env: {} });
  const capture = (chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await line?.stop();
});

const post = (path: string, fields: Record<string, string>) => postForm(line.url, path, fields);

describe('log lines of concurrent requests', () => {
  it('each carry their own request id and function', async () => {
    const n = 20;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        Promise.all([
          post('/ussd', {
            sessionId: `ctx-${i}`,
            serviceCode: '*384*1#',
            phoneNumber: `+628129000${1000 + i}`,
            text: '1',
          }),
          post('/sms', {
            from: `+628129100${1000 + i}`,
            to: '21212',
            text: 'RS genteng',
            id: `ATXid_ctx_${i}`,
          }),
        ]),
      ),
    );
    // Every SMS handed to the outbox is sent (and logged) before the lines are read.
    await fetch(`${line.url}/dev/outbox`);
    const records = logged
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, string>);
    const hops = records.filter((r) => r.message === 'ussd hop');
    const sms = records.filter((r) => r.message === 'sms in');
    expect(hops).toHaveLength(n);
    expect(sms).toHaveLength(n);
    expect(new Set(hops.map((r) => r.function_name))).toEqual(new Set(['local-/ussd']));
    expect(new Set(sms.map((r) => r.function_name))).toEqual(new Set(['local-/sms']));
    const ids = [...hops, ...sms].map((r) => r.function_request_id);
    expect(new Set(ids).size).toBe(2 * n);
  });
});
