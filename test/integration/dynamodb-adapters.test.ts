import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { DynamoChoiceStore } from '../../shared/adapters/dynamodb/choices.repository.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDeliveryStore } from '../../shared/adapters/dynamodb/deliveries.repository.js';
import { DynamoDraftStore } from '../../shared/adapters/dynamodb/drafts.repository.js';
import { DynamoOnceStore } from '../../shared/adapters/dynamodb/once.repository.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import { DynamoSendLog } from '../../shared/adapters/dynamodb/send-log.repository.js';
import { DynamoSubscriberStore } from '../../shared/adapters/dynamodb/subscribers.repository.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import { type TriageAnswers, triage } from '../../shared/line/triage.js';
import type { ReportDraft } from '../../shared/ports.js';
import { startTestTable } from '../support/dynamo.js';

const TABLE = 'adapters-test';

/** A low-risk report of 22 November, for the writes that complete a claim. */
function sampleReport(subscriberId: string): SymptomReport {
  const answers: TriageAnswers = {
    ageBand: '18-39',
    symptoms: [],
    contactWithCase: false,
    pregnantOrChronic: false,
  };
  return {
    subscriberId,
    reportedOn: '2026-11-22',
    sessionId: `s-${subscriberId}`,
    channel: 'ussd',
    lang: 'id',
    answers,
    risk: triage(answers),
    kabCode: '35.10',
    kecCode: '35.10.20',
    placeLabel: 'Kec. Sempu, Kab. Banyuwangi',
    contactConsent: false,
    reportedAt: '2026-11-22T00:00:00.000Z',
  };
}
let dynamo: DynamoDbLocal;
let db: ReturnType<typeof makeDocumentClient>;

beforeAll(async () => {
  dynamo = await startTestTable(TABLE);
  db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
});

afterAll(async () => {
  db?.destroy();
  await dynamo?.stop();
});

describe('subscriber store on DynamoDB Local', () => {
  it('remembers a language per subscriber and knows nothing of others', async () => {
    // Prepare
    const store = new DynamoSubscriberStore(db, TABLE);
    // Act
    await store.setLanguage('sub-a', 'en', new Date('2026-11-22T00:00:00Z'));
    // Assess
    expect(await store.profileOf('sub-a')).toEqual({ lang: 'en', optedOut: false });
    expect(await store.profileOf('sub-b')).toEqual({ lang: undefined, optedOut: false });
  });

  it('changes the language in place', async () => {
    const store = new DynamoSubscriberStore(db, TABLE);
    await store.setLanguage('sub-c', 'en', new Date());
    await store.setLanguage('sub-c', 'id', new Date());
    expect((await store.profileOf('sub-c')).lang).toBe('id');
  });
});

describe('choice store on DynamoDB Local', () => {
  it('keeps the latest numbered list per subscriber until it expires', async () => {
    const store = new DynamoChoiceStore(db, TABLE);
    const now = new Date('2026-11-23T03:00:00Z');
    const expires = new Date('2026-11-23T03:30:00Z');
    await store.save('sub-q', { kind: 'topic', topicIds: ['vaccine', 'symptoms'] }, expires);
    await store.save(
      'sub-q',
      { kind: 'place', for: 'hospital', understood: '', places: [{ level: 'kabkota', code: '35.07' }] },
      expires,
    );
    expect(await store.latest('sub-q', now)).toEqual({
      kind: 'place',
      for: 'hospital',
      understood: '',
      places: [{ level: 'kabkota', code: '35.07' }],
    });
    expect(await store.latest('sub-r', now)).toBeUndefined();
    // DynamoDB Local never deletes expired items: the store must not return one.
    expect(await store.latest('sub-q', new Date('2026-11-23T03:31:00Z'))).toBeUndefined();
  });
});

describe('once store on DynamoDB Local', () => {
  const T0 = new Date('2026-11-22T00:00:00Z');
  const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
  const LEASE = 30_000;
  const DAY_LATER = new Date('2026-11-23T00:00:00Z');

  it('grants a key to one of many concurrent claims; the others find it busy', async () => {
    // Prepare
    const once = new DynamoOnceStore(db, TABLE);
    // Act
    const results = await Promise.all(
      Array.from({ length: 8 }, () => once.claim('k1', T0, LEASE, DAY_LATER)),
    );
    // Assess
    expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
    expect(results.filter((r) => r === 'busy')).toHaveLength(7);
    expect(await once.claim('k2', T0, LEASE, DAY_LATER)).toBe('claimed');
  });

  it('says done once completed, however late, and a release cannot undo it', async () => {
    const once = new DynamoOnceStore(db, TABLE);
    await once.claim('k3', T0, LEASE, DAY_LATER);
    await once.complete('k3');
    await once.release('k3');
    expect(await once.claim('k3', at(1), LEASE, DAY_LATER)).toBe('done');
    expect(await once.claim('k3', at(3600), LEASE, DAY_LATER)).toBe('done');
  });

  it('lets a retry take a claim that was given back, or whose lease ran out', async () => {
    const once = new DynamoOnceStore(db, TABLE);
    await once.claim('k4', T0, LEASE, DAY_LATER);
    await once.release('k4');
    expect(await once.claim('k4', at(1), LEASE, DAY_LATER)).toBe('claimed');
    // That try dies holding it: busy until its lease runs out, then a retry's, once.
    expect(await once.claim('k4', at(30), LEASE, DAY_LATER)).toBe('busy');
    const retries = await Promise.all(
      Array.from({ length: 4 }, () => once.claim('k4', at(31), LEASE, DAY_LATER)),
    );
    expect(retries.filter((r) => r === 'claimed')).toHaveLength(1);
    await once.complete('k4');
    expect(await once.claim('k4', at(120), LEASE, DAY_LATER)).toBe('done');
  });

  it('treats an expired claim as gone, since DynamoDB Local never deletes it', async () => {
    const once = new DynamoOnceStore(db, TABLE);
    await once.claim('k5', T0, LEASE, DAY_LATER);
    await once.complete('k5');
    expect(await once.claim('k5', at(60), LEASE, DAY_LATER)).toBe('done');
    expect(
      await once.claim('k5', new Date('2026-11-24T00:00:00Z'), LEASE, new Date('2026-11-25T00:00:00Z')),
    ).toBe('claimed');
  });

  it('refuses to complete a claim that no longer exists, rather than keep it forever', async () => {
    const once = new DynamoOnceStore(db, TABLE);
    await expect(once.complete('never-claimed')).rejects.toThrow();
  });

  it('stores a report and completes its claim in one write, and refuses a second store under a done claim', async () => {
    // Prepare
    const once = new DynamoOnceStore(db, TABLE);
    const reports = new DynamoReportStore(db, TABLE);
    const report = sampleReport('sub-once');
    const keep = new Date('2026-12-22T00:00:00Z');
    await once.claim('k6', T0, LEASE, DAY_LATER);
    // Act
    await reports.save(report, keep, 'k6');
    const again = reports.save({ ...report, reportedAt: '2026-11-22T00:05:00.000Z' }, keep, 'k6');
    // Assess
    await expect(again).rejects.toThrow();
    expect(await once.claim('k6', at(1), LEASE, DAY_LATER)).toBe('done');
    const stored = await reports.reportsOn(report.reportedOn, T0);
    expect(stored.filter((r) => r.subscriberId === 'sub-once').map((r) => r.reportedAt)).toEqual([
      report.reportedAt,
    ]);
  });

  it('stores no report when its claim is not held', async () => {
    const reports = new DynamoReportStore(db, TABLE);
    await expect(
      reports.save(sampleReport('sub-unclaimed'), new Date('2026-12-22T00:00:00Z'), 'k7'),
    ).rejects.toThrow();
    const stored = await reports.reportsOn('2026-11-22', T0);
    expect(stored.filter((r) => r.subscriberId === 'sub-unclaimed')).toEqual([]);
  });
});

describe('draft store on DynamoDB Local', () => {
  const T0 = new Date('2026-11-23T03:00:00Z');
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
  const draft = (sessionId: string): ReportDraft => ({
    sessionId,
    screen: 'report-symptoms',
    params: { c: '1', age: '1' },
    updatedAt: T0.toISOString(),
  });

  it('reads the language, the live draft and the offer together; each runs out on its own', async () => {
    // Prepare
    const drafts = new DynamoDraftStore(db, TABLE);
    await new DynamoSubscriberStore(db, TABLE).setLanguage('sub-d1', 'en', T0);
    const offer = { sessionId: 's2', draft: draft('s1') };
    // Act
    await drafts.save('sub-d1', draft('s2'), offer, { draft: at(10), offer: at(60) });
    // Assess
    expect(await drafts.callerOf('sub-d1', at(1))).toEqual({ lang: 'en', draft: draft('s2'), offer });
    expect(await drafts.callerOf('sub-d1', at(11))).toEqual({ lang: 'en', draft: undefined, offer });
    expect(await drafts.callerOf('sub-d1', at(61))).toEqual({
      lang: 'en',
      draft: undefined,
      offer: undefined,
    });
    expect(await drafts.callerOf('sub-none', at(1))).toEqual({
      lang: undefined,
      draft: undefined,
      offer: undefined,
    });
  });

  it('keeps the draft when an offer is remembered, and the offer when the draft is dropped', async () => {
    const drafts = new DynamoDraftStore(db, TABLE);
    await drafts.save(
      'sub-d2',
      draft('s1'),
      { sessionId: 's1', draft: undefined },
      { draft: at(10), offer: at(60) },
    );
    await drafts.keepOffer('sub-d2', { sessionId: 's2', draft: draft('s1') }, at(61));
    expect(await drafts.callerOf('sub-d2', at(5))).toEqual({
      lang: undefined,
      draft: draft('s1'),
      offer: { sessionId: 's2', draft: draft('s1') },
    });
    // The draft still runs out when it did.
    expect((await drafts.callerOf('sub-d2', at(11))).draft).toBeUndefined();
    await drafts.discard('sub-d2', { sessionId: 's2', draft: draft('s1') }, at(62));
    expect(await drafts.callerOf('sub-d2', at(6))).toEqual({
      lang: undefined,
      draft: undefined,
      offer: { sessionId: 's2', draft: draft('s1') },
    });
  });

  it('reads a draft stored before drafts had their own deadline until its item expired', async () => {
    // Prepare: the item as it was written: the draft and the item's expiry only.
    const drafts = new DynamoDraftStore(db, TABLE);
    await db.send(
      new PutCommand({
        TableName: TABLE,
        Item: {
          pk: 'SUB#sub-d3',
          sk: 'DRAFT',
          draft: draft('s1'),
          expiresAt: Math.floor(at(10).getTime() / 1000),
        },
      }),
    );
    // Act
    const before = await drafts.callerOf('sub-d3', at(5));
    await drafts.keepOffer('sub-d3', { sessionId: 's2', draft: draft('s1') }, at(60));
    const after = await drafts.callerOf('sub-d3', at(11));
    // Assess: remembering an offer moves the item's expiry, not the draft's.
    expect(before).toEqual({ lang: undefined, draft: draft('s1'), offer: undefined });
    expect(after).toEqual({
      lang: undefined,
      draft: undefined,
      offer: { sessionId: 's2', draft: draft('s1') },
    });
  });
});

describe('a write that completes a once-claim on DynamoDB Local', () => {
  const T0 = new Date('2026-11-23T03:00:00Z');
  const LATER = new Date('2026-11-24T03:00:00Z');

  it('stores the change and marks the claim done together', async () => {
    // Prepare
    const once = new DynamoOnceStore(db, TABLE);
    const choices = new DynamoChoiceStore(db, TABLE);
    const subscribers = new DynamoSubscriberStore(db, TABLE);
    await once.claim('c1', T0, 30_000, LATER);
    await once.claim('c2', T0, 30_000, LATER);
    // Act
    await choices.save('sub-claim', { kind: 'topic', topicIds: ['vaccine'] }, LATER, 'c1');
    await subscribers.setOptedOut('sub-claim', true, T0, 'c2');
    // Assess
    expect(await choices.latest('sub-claim', T0)).toEqual({ kind: 'topic', topicIds: ['vaccine'] });
    expect(await subscribers.profileOf('sub-claim')).toEqual({ lang: undefined, optedOut: true });
    expect(await once.claim('c1', T0, 30_000, LATER)).toBe('done');
    expect(await once.claim('c2', T0, 30_000, LATER)).toBe('done');
  });

  it('stores nothing when the claim is gone', async () => {
    const subscribers = new DynamoSubscriberStore(db, TABLE);
    await expect(subscribers.setLanguage('sub-g', 'en', T0, 'never-claimed')).rejects.toThrow();
    expect(await subscribers.profileOf('sub-g')).toEqual({ lang: undefined, optedOut: false });
  });
});

describe('delivery store on DynamoDB Local', () => {
  it('keeps the final status when an in-flight one arrives late, and moves forward otherwise', async () => {
    // Prepare
    const store = new DynamoDeliveryStore(db, TABLE);
    const expires = new Date('2026-12-22T00:00:00Z');
    // Act
    const sent = await store.record({ messageId: 'm1', status: 'Sent', at: '2026-11-22T00:00:00Z' }, expires);
    const success = await store.record(
      { messageId: 'm1', status: 'Success', at: '2026-11-22T00:00:05Z' },
      expires,
    );
    const late = await store.record(
      { messageId: 'm1', status: 'Buffered', at: '2026-11-22T00:00:03Z' },
      expires,
    );
    const again = await store.record(
      { messageId: 'm1', status: 'Success', at: '2026-11-22T00:00:05Z' },
      expires,
    );
    // Assess
    expect([sent, success, late, again]).toEqual([true, true, false, true]);
  });
});

describe('subscriber opt-out on DynamoDB Local', () => {
  it('keeps the language when opting out and back in', async () => {
    const store = new DynamoSubscriberStore(db, TABLE);
    await store.setLanguage('sub-o', 'en', new Date());
    await store.setOptedOut('sub-o', true, new Date());
    expect(await store.profileOf('sub-o')).toEqual({ lang: 'en', optedOut: true });
    await store.setOptedOut('sub-o', false, new Date());
    expect(await store.profileOf('sub-o')).toEqual({ lang: 'en', optedOut: false });
  });
});

describe('send log on DynamoDB Local', () => {
  const at = (iso: string) => new Date(iso);
  const keep = at('2026-11-29T00:00:00Z');

  it('lets one delivery of a message send it, and every later one find it done until it expires', async () => {
    // Prepare
    const log = new DynamoSendLog(db, TABLE);
    const record = { outcome: 'sent' as const, detail: 'ATXid_9', at: '2026-11-22T00:00:00Z' };
    // Act
    const first = await log.claim('ussd:ATUid_1:5:0', at('2026-11-22T00:00:00Z'), 60_000, keep);
    const meanwhile = await log.claim('ussd:ATUid_1:5:0', at('2026-11-22T00:00:01Z'), 60_000, keep);
    await log.record('ussd:ATUid_1:5:0', record, keep);
    const later = await log.claim('ussd:ATUid_1:5:0', at('2026-11-22T00:05:00Z'), 60_000, keep);
    const expired = await log.claim(
      'ussd:ATUid_1:5:0',
      at('2026-11-30T00:00:00Z'),
      60_000,
      at('2026-12-07T00:00:00Z'),
    );
    // Assess
    expect([first, meanwhile, later, expired]).toEqual(['claimed', 'busy', 'done', 'claimed']);
  });

  it('gives a message back after the gateway asked to try later, and takes back one whose sender stopped', async () => {
    const log = new DynamoSendLog(db, TABLE);
    expect(await log.claim('sms:ATXid_r', at('2026-11-22T00:00:00Z'), 60_000, keep)).toBe('claimed');
    await log.release('sms:ATXid_r');
    expect(await log.claim('sms:ATXid_r', at('2026-11-22T00:00:02Z'), 60_000, keep)).toBe('claimed');
    // Its sender stopped without a word: the lease runs out.
    expect(await log.claim('sms:ATXid_r', at('2026-11-22T00:02:00Z'), 60_000, keep)).toBe('claimed');
    // A recorded outcome is never given back.
    await log.record(
      'sms:ATXid_r',
      { outcome: 'sent', detail: 'ATXid_10', at: '2026-11-22T00:02:01Z' },
      keep,
    );
    await log.release('sms:ATXid_r');
    expect(await log.claim('sms:ATXid_r', at('2026-11-22T00:03:00Z'), 60_000, keep)).toBe('done');
  });
});
