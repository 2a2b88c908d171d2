import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { fixedClock } from '../../shared/adapters/clock.js';
import { DynamoChoiceStore } from '../../shared/adapters/dynamodb/choices.repository.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDeliveryStore } from '../../shared/adapters/dynamodb/deliveries.repository.js';
import { DynamoOnceStore } from '../../shared/adapters/dynamodb/once.repository.js';
import { DynamoSendLog } from '../../shared/adapters/dynamodb/send-log.repository.js';
import { DynamoSubscriberStore } from '../../shared/adapters/dynamodb/subscribers.repository.js';
import { startTestTable } from '../support/dynamo.js';

const TABLE = 'adapters-test';
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
    expect(await store.languageOf('sub-a')).toBe('en');
    expect(await store.languageOf('sub-b')).toBeUndefined();
  });

  it('changes the language in place', async () => {
    const store = new DynamoSubscriberStore(db, TABLE);
    await store.setLanguage('sub-c', 'en', new Date());
    await store.setLanguage('sub-c', 'id', new Date());
    expect(await store.languageOf('sub-c')).toBe('id');
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
  it('grants a key once, even to concurrent claims', async () => {
    // Prepare
    const once = new DynamoOnceStore(db, TABLE, fixedClock('2026-11-22T00:00:00Z'));
    const expires = new Date('2026-11-23T00:00:00Z');
    // Act
    const results = await Promise.all(Array.from({ length: 8 }, () => once.claim('k1', expires)));
    // Assess
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await once.claim('k2', expires)).toBe(true);
  });

  it('treats an expired claim as gone, since DynamoDB Local never deletes it', async () => {
    // Prepare
    const early = new DynamoOnceStore(db, TABLE, fixedClock('2026-11-22T00:00:00Z'));
    const late = new DynamoOnceStore(db, TABLE, fixedClock('2026-11-24T00:00:00Z'));
    await early.claim('k3', new Date('2026-11-23T00:00:00Z'));
    // Act / Assess
    expect(await early.claim('k3', new Date('2026-11-23T00:00:00Z'))).toBe(false);
    expect(await late.claim('k3', new Date('2026-11-25T00:00:00Z'))).toBe(true);
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
    expect(await store.isOptedOut('sub-o')).toBe(true);
    await store.setOptedOut('sub-o', false, new Date());
    expect(await store.isOptedOut('sub-o')).toBe(false);
    expect(await store.languageOf('sub-o')).toBe('en');
  });
});

describe('send log on DynamoDB Local', () => {
  it('remembers what became of an outbox message until it expires', async () => {
    // Prepare
    const log = new DynamoSendLog(db, TABLE);
    const record = { outcome: 'sent' as const, detail: 'ATXid_9', at: '2026-11-22T00:00:00Z' };
    // Act
    await log.record('ussd:ATUid_1:5:0', record, new Date('2026-11-29T00:00:00Z'));
    // Assess
    expect(await log.find('ussd:ATUid_1:5:0', new Date('2026-11-22T00:01:00Z'))).toEqual(record);
    expect(await log.find('ussd:ATUid_2:5:0', new Date('2026-11-22T00:01:00Z'))).toBeUndefined();
    expect(await log.find('ussd:ATUid_1:5:0', new Date('2026-11-30T00:00:00Z'))).toBeUndefined();
  });
});
