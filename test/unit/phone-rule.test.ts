import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { OutboundSmsSchema } from '../../functions/sms-sender/schema.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { callerPhone } from '../../shared/http/phone.js';
import { memoryLineDeps } from '../support/fakes.js';
import { formEvent, lambdaContext } from '../support/http.js';
import { fixtureLine } from '../support/packs.js';

/** What the door accepts is what the outbox can send: one rule for a phone number everywhere. */

const outboxTakes = (to: string) =>
  OutboundSmsSchema.safeParse({ to, message: 'x', dedupeKey: 'k', queuedAt: '2026-11-27T00:00:00Z' }).success;

describe('the phone rule', () => {
  it('accepts the spellings gateways post and turns them into E.164', () => {
    expect(callerPhone.parse('+6281234567890')).toBe('+6281234567890');
    expect(callerPhone.parse(' 6281234567890')).toBe('+6281234567890');
    expect(callerPhone.parse('081234567890')).toBe('+6281234567890');
  });

  it('refuses short codes and numbers no SMS can reach', () => {
    for (const phone of ['123456', '1234567', '+1234567', '+12345', '', 'abc', '+62 812', '0'.repeat(21)]) {
      expect([phone, callerPhone.safeParse(phone).success]).toEqual([phone, false]);
    }
  });

  it('never accepts a number the outbox would refuse', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\+?[0-9]{0,18}$/), fc.string()), (raw) => {
        const parsed = callerPhone.safeParse(raw);
        return !parsed.success || outboxTakes(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a 6 or 7 digit sender at each door', () => {
  const line = fixtureLine();

  it('gets a 400 naming the phone rule by SMS, and nothing is queued', async () => {
    const deps = memoryLineDeps(line, { now: () => new Date('2026-11-27T03:00:00Z') });
    const handler = makeSmsHandler(deps);
    for (const from of ['123456', '1234567']) {
      const res = await handler(
        formEvent({ id: `x${from}`, from, to: '21212', text: 'RS watugede' }),
        lambdaContext,
      );
      expect(res.statusCode).toBe(400);
      expect(res.body).toMatch(/from: must be a phone number in international format/);
    }
    expect(deps.outbox.list()).toHaveLength(0);
  });

  it('gets a 400 by USSD, and is never told an SMS is coming', async () => {
    const deps = memoryLineDeps(line, { now: () => new Date('2026-11-27T03:00:00Z') });
    const handler = makeUssdHandler(deps);
    const res = await handler(
      formEvent({ sessionId: 's', serviceCode: '*384#', phoneNumber: '1234567', text: '' }),
      lambdaContext,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/phoneNumber: must be a phone number in international format/);
    expect(deps.outbox.list()).toHaveLength(0);
  });
});
