import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { makeHandler as makeDeliveryHandler } from '../../functions/sms-delivery-reports/handler.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { makeHandler as makeEventsHandler } from '../../functions/ussd-events/handler.js';
import { fixedClock } from '../../shared/adapters/clock.js';
import type { DeliveryStore } from '../../shared/ports.js';
import { isGsm7Basic, USSD_SCREEN_MAX } from '../../shared/text.js';
import { memoryLineDeps } from '../support/fakes.js';
import { formEvent, lambdaContext } from '../support/http.js';
import { fixtureLine } from '../support/packs.js';

/**
 * Whatever a gateway (or anyone) posts, every route answers a clear 400 or a valid reply, never a 500
 * and never the apology that means the line itself failed: any form body, any `text` path, unicode,
 * long strings and the names of Object's prototype members. Bounded runs, so `npm test` stays quick.
 */
const RUNS = { numRuns: 150, seed: 20261127 };
const line = fixtureLine();

/** Strings people, phones and attackers send, prototype names among them. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 2_000 }),
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', ''),
  fc.constantFrom('1', '98', '0', '00', '99', '12', '1 2', 'sempu', 'watugede', 'genteng'),
);

/** A form body: the route's fields with any values, some left out, some extra. */
function formOf(fields: readonly string[]) {
  return fc
    .tuple(
      fc.record(Object.fromEntries(fields.map((f) => [f, nasty])), { requiredKeys: [] }),
      fc.dictionary(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor')),
        nasty,
        {
          maxKeys: 3,
        },
      ),
    )
    .map(([known, extra]) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(extra)) params.append(k, v);
      for (const [k, v] of Object.entries(known)) if (typeof v === 'string') params.append(k, v);
      return params.toString();
    });
}

/** A USSD path: menu inputs and typed text joined by `*`, as Africa's Talking sends it. */
const ussdPath = fc.array(nasty, { maxLength: 12 }).map((inputs) => inputs.join('*'));

const apologyStart = 'END Maaf';

describe('any input to every route', () => {
  it('POST /ussd: 400, or a CON/END screen within 160 GSM-7 characters', async () => {
    const handler = makeUssdHandler(memoryLineDeps(line, fixedClock('2026-11-23T03:00:00Z')));
    await fc.assert(
      fc.asyncProperty(
        formOf(['sessionId', 'serviceCode', 'phoneNumber', 'networkCode', 'text']),
        async (body) => {
          const res = await handler(formEvent(body), lambdaContext);
          expect([200, 400], body).toContain(res.statusCode);
          if (res.statusCode === 400) return;
          const screen = res.body ?? '';
          expect(screen, body).toMatch(/^(CON|END) /);
          expect(screen.startsWith(apologyStart), body).toBe(false);
          expect(screen.length - 4).toBeLessThanOrEqual(USSD_SCREEN_MAX);
          expect(isGsm7Basic(screen)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('POST /ussd: any path of a valid session gets a screen, not the apology', async () => {
    const handler = makeUssdHandler(memoryLineDeps(line, fixedClock('2026-11-23T03:00:00Z')));
    await fc.assert(
      fc.asyncProperty(ussdPath, async (text) => {
        const fields = { sessionId: 'ATUid_fuzz', serviceCode: '*384#', phoneNumber: '+6281234567890', text };
        const res = await handler(formEvent(fields), lambdaContext);
        const screen = res.body ?? '';
        expect(res.statusCode, text).toBe(200);
        expect(screen, text).toMatch(/^(CON|END) /);
        expect(screen.startsWith(apologyStart), text).toBe(false);
        expect(screen.length - 4, text).toBeLessThanOrEqual(USSD_SCREEN_MAX);
      }),
      RUNS,
    );
  });

  it('POST /sms: 400, or 200 with the reply queued as GSM-7 within two segments', async () => {
    const deps = memoryLineDeps(line, fixedClock('2026-11-23T03:00:00Z'));
    const handler = makeSmsHandler(deps);
    await fc.assert(
      fc.asyncProperty(
        formOf(['from', 'to', 'text', 'date', 'id', 'linkId', 'networkCode']),
        async (body) => {
          const res = await handler(formEvent(body, { path: '/sms' }), lambdaContext);
          expect([200, 400], body).toContain(res.statusCode);
        },
      ),
      RUNS,
    );
    for (const sms of deps.outbox.list()) {
      expect(isGsm7Basic(sms.message), sms.message).toBe(true);
      expect(sms.message.length).toBeLessThanOrEqual(306);
    }
  });

  it('POST /sms: any text from a valid sender is answered, never a 500', async () => {
    const deps = memoryLineDeps(line, fixedClock('2026-11-23T03:00:00Z'));
    const handler = makeSmsHandler(deps);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(nasty, async (text) => {
        n += 1;
        const fields = {
          from: '+6281234567890',
          to: '21212',
          id: `ATXid_${n}`,
          text,
          date: '2026-11-23 03:00:00',
        };
        const res = await handler(formEvent(fields, { path: '/sms' }), lambdaContext);
        expect([200, 400], text).toContain(res.statusCode);
      }),
      RUNS,
    );
  });

  it('POST /ussd/events and /sms/delivery-reports: 400 or 200', async () => {
    const events = makeEventsHandler();
    const deliveries: DeliveryStore = { record: async () => true };
    const reports = makeDeliveryHandler({ deliveries, clock: fixedClock('2026-11-23T03:00:00Z') });
    const eventFields = [
      'sessionId',
      'serviceCode',
      'networkCode',
      'phoneNumber',
      'status',
      'cost',
      'durationInMillis',
      'hopsCount',
      'input',
      'lastAppResponse',
      'errorMessage',
      'date',
    ];
    const reportFields = ['id', 'status', 'phoneNumber', 'networkCode', 'failureReason', 'retryCount'];
    await fc.assert(
      fc.asyncProperty(formOf(eventFields), formOf(reportFields), async (a, b) => {
        expect([200, 400], a).toContain(
          (await events(formEvent(a, { path: '/ussd/events' }), lambdaContext)).statusCode,
        );
        expect([200, 400], b).toContain(
          (await reports(formEvent(b, { path: '/sms/delivery-reports' }), lambdaContext)).statusCode,
        );
      }),
      RUNS,
    );
  });
});
