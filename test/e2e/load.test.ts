import { describe, expect, it } from 'vitest';
import { runLoad } from '../../scripts/load.js';

/** `npm run load`, small: sessions and messages at once, every SMS once, every report once. */
describe('npm run load', () => {
  it('passes with exact counts and says what it checked', async () => {
    const out: string[] = [];
    const code = await runLoad({ sessions: 9, sms: 9, thinkMs: 0, record: false }, (line) => out.push(line));
    expect(out.at(-1)).toBe('PASS: every SMS sent once, every report stored once');
    expect(code).toBe(0);
    // 3 hospital and 3 report sessions text once; every inbound SMS is answered once.
    expect(out).toContain('SMS sent: 15 (expected 15); phones with other than their SMS: 0');
    // 3 reports by USSD, 3 by SMS.
    expect(out).toContain('reports stored: 6 (expected 6)');
  }, 120_000);
});
