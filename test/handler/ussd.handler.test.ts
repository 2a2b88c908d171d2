import { describe, expect, it } from 'vitest';
import { sharedLine } from '../../functions/deps.js';
import { makeHandler } from '../../functions/ussd/handler.js';
import { makeHandler as makeEventsHandler } from '../../functions/ussd-events/handler.js';
import { fixedClock } from '../../shared/adapters/clock.js';
import { MemoryMetrics } from '../../shared/adapters/local/metrics.js';
import type { UssdDeps } from '../../shared/line/ussd/answer-hop.js';
import { subscriberIdOf } from '../../shared/privacy.js';
import {
  MemoryDraftStore,
  MemoryOnceStore,
  MemoryOutbox,
  MemoryReportStore,
  MemorySubscriberStore,
} from '../support/fakes.js';
import { formEvent, lambdaContext } from '../support/http.js';

/** A draft store whose one read, the caller's, fails with `message`. */
const unreadable = (message: string) =>
  Object.assign(new MemoryDraftStore(new MemorySubscriberStore()), {
    callerOf: () => Promise.reject(new Error(message)),
  });

function deps(overrides: Partial<UssdDeps> = {}): UssdDeps & { outbox: MemoryOutbox } {
  const once = new MemoryOnceStore();
  const subscribers = new MemorySubscriberStore(once);
  return {
    line: sharedLine(),
    clock: fixedClock('2026-11-23T03:00:00Z'),
    subscribers,
    once,
    outbox: new MemoryOutbox(),
    reports: new MemoryReportStore(once),
    drafts: new MemoryDraftStore(subscribers),
    metrics: new MemoryMetrics(),
    subscriberIdOf: (phone) => subscriberIdOf(phone, 'test-pepper-test-pepper'),
    ...overrides,
  } as UssdDeps & { outbox: MemoryOutbox };
}

const hop = (text: string, extra: Record<string, string> = {}) => ({
  sessionId: 'ATUid_1',
  serviceCode: '*384*1234#',
  phoneNumber: '+6281234567890',
  networkCode: '51010',
  text,
  ...extra,
});

describe('POST /ussd', () => {
  it('answers the first hop with the home menu as text/plain CON', async () => {
    // Prepare
    const handler = makeHandler(deps());
    // Act
    const res = await handler(formEvent(hop('')), lambdaContext);
    // Assess
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/^CON Info COVID-19 Jatim\n1 /);
  });

  it('reads a plain (not base64) body too', async () => {
    const res = await makeHandler(deps())(formEvent(hop('1'), { base64: false }), lambdaContext);
    expect(res.body).toMatch(/^CON /);
  });

  it.each([
    [
      'no sessionId',
      formEvent({ serviceCode: '*384#', phoneNumber: '+6281234567890', text: '' }),
      /sessionId/,
    ],
    ['no phoneNumber', formEvent({ sessionId: 's', serviceCode: '*384#', text: '' }), /phoneNumber/],
    ['a phone that is not one', formEvent(hop('', { phoneNumber: 'DROP TABLE' })), /phoneNumber/],
    ['a JSON body', formEvent(JSON.stringify(hop('')), { contentType: 'application/json' }), /content-type/],
    ['no content type', formEvent(hop(''), { contentType: null }), /content-type/],
    ['garbage', formEvent('\u0000\u0001%%%=&&&==', {}), /missing field/],
    [
      'a field given twice',
      formEvent('sessionId=a&sessionId=b&serviceCode=x&phoneNumber=%2B628123456789'),
      /sessionId/,
    ],
  ])('rejects a callback with %s: 400 with a reason', async (_name, event, reason) => {
    // Act
    const res = await makeHandler(deps())(event, lambdaContext);
    // Assess
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(reason);
  });

  it('ends the session with an apology, not an error, when the line fails', async () => {
    // Prepare
    const failing = deps({ drafts: unreadable('table unreachable') });
    // Act
    const res = await makeHandler(failing)(formEvent(hop('')), lambdaContext);
    // Assess
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^END Maaf/);
  });

  it('queues the hospital SMS once when the final hop is retried', async () => {
    // Prepare
    const d = deps();
    const handler = makeHandler(d);
    // Act
    const first = await handler(formEvent(hop('3*2*sempu banyuwangi*1')), lambdaContext);
    await handler(formEvent(hop('3*2*sempu banyuwangi*1')), lambdaContext);
    // Assess
    expect(first.body).toMatch(/^END /);
    expect(d.outbox.list()).toHaveLength(1);
    expect(d.outbox.list()[0]?.to).toBe('+6281234567890');
  });

  it('takes a phone whose plus arrived unencoded (a space) and texts it in E.164', async () => {
    // Prepare
    const d = deps();
    // Act
    const res = await makeHandler(d)(
      formEvent('sessionId=s9&serviceCode=*384%23&phoneNumber=+6281234567890&text=1*1*1'),
      lambdaContext,
    );
    // Assess
    expect(res.body).toMatch(/^END /);
    expect(d.outbox.list()[0]?.to).toBe('+6281234567890');
  });

  it('remembers English for the caller in later sessions', async () => {
    // Prepare
    const d = deps();
    const handler = makeHandler(d);
    // Act
    await handler(formEvent(hop('5*2')), lambdaContext);
    const later = await handler(formEvent(hop('', { sessionId: 'ATUid_2' })), lambdaContext);
    // Assess
    expect(later.body).toMatch(/^CON COVID-19 Info E\. Java/);
  });
});

describe('the callback token', () => {
  const source = (current: string, rotated?: string) => ({
    get: async () => current,
    refresh: async () => rotated,
  });
  const withToken = (token?: string) => {
    const event = formEvent(hop(''));
    return token === undefined ? event : { ...event, queryStringParameters: { token } };
  };

  it.each([
    ['no token', undefined],
    ['a wrong token', 'guess'],
    ['a token of another length', 's3cret-token-s3cret-token-extra'],
  ])('refuses a callback with %s: 403 before any work', async (_name, token) => {
    // Prepare
    const d = deps({ drafts: unreadable('must not be read') });
    // Act
    const res = await makeHandler(d, source('s3cret-token-s3cret-token'))(withToken(token), lambdaContext);
    // Assess
    expect(res.statusCode).toBe(403);
  });

  it('accepts the right token, and a rotated one after re-reading the secret', async () => {
    const ok = await makeHandler(deps(), source('s3cret'))(withToken('s3cret'), lambdaContext);
    const rotated = await makeHandler(deps(), source('old', 'new'))(withToken('new'), lambdaContext);
    expect(ok.body).toMatch(/^CON /);
    expect(rotated.body).toMatch(/^CON /);
  });

  it('guards the session-end notifications too', async () => {
    const res = await makeEventsHandler(source('s3cret'))(
      formEvent({ sessionId: 'ATUid_1' }, { path: '/ussd/events' }),
      lambdaContext,
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /ussd/events', () => {
  it('accepts an end-of-session notification', async () => {
    const res = await makeEventsHandler()(
      formEvent(
        { sessionId: 'ATUid_1', status: 'Success', hopsCount: '3', durationInMillis: '5000' },
        { path: '/ussd/events' },
      ),
      lambdaContext,
    );
    expect(res.statusCode).toBe(200);
  });

  it('rejects one without a session id', async () => {
    const res = await makeEventsHandler()(
      formEvent({ status: 'Failed' }, { path: '/ussd/events' }),
      lambdaContext,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/sessionId/);
  });
});
