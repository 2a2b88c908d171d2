import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failureKind, makeHandler } from '../../functions/ussd-events/handler.js';
import { formEvent, lambdaContext } from '../support/http.js';

// The line logs at the level a deployment runs, read when the logger is built: set before any import.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

/** The end-of-session notification: logged for operations, with nothing a caller said or is. */
const logged: string[] = [];

beforeEach(() => {
  logged.length = 0;
  const capture = (chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /ussd/events', () => {
  it('logs the kind of failure, never the gateway’s free text', async () => {
    const res = await makeHandler()(
      formEvent(
        {
          sessionId: 'ATUid_9',
          phoneNumber: '+6281234567890',
          status: 'Failed',
          errorMessage: 'Session timed out for +6281234567890 after input sempu banyuwangi',
          input: '3*2*sempu banyuwangi',
        },
        { path: '/ussd/events' },
      ),
      lambdaContext,
    );
    expect(res.statusCode).toBe(200);
    const line = logged.join('');
    expect(line).toContain('"failure":"timeout"');
    expect(line).not.toMatch(/6281234567890|sempu|banyuwangi|Session timed out/);
  });

  it('sorts gateway messages into a few kinds', () => {
    expect(
      [
        'Request timeout',
        'Network unreachable',
        'Invalid response from app',
        'User cancelled',
        'Whatever 0812',
      ].map(failureKind),
    ).toEqual(['timeout', 'network', 'invalid-response', 'ended-by-user', 'other']);
  });
});
