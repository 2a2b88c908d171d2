import type { Context } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { makeHandler } from '../../functions/sms-sender/handler.js';
import { sqsEventOf } from '../../infra/local/outbox-queue.js';
import { fixedClock } from '../../shared/adapters/clock.js';
import { MemoryMetrics } from '../../shared/adapters/local/metrics.js';
import { LocalOutbox } from '../../shared/adapters/local/outbox.js';
import { type DeliverDeps, deliverSms } from '../../shared/line/sms/deliver-outbox.js';
import type { OutboundSms } from '../../shared/ports.js';
import { MemorySendLog, ScriptedSmsGateway } from '../support/fakes.js';

const clock = fixedClock('2026-11-23T03:00:00Z');

function deps(gateway = new ScriptedSmsGateway()) {
  return { gateway, sendLog: new MemorySendLog(), clock, metrics: new MemoryMetrics() } satisfies DeliverDeps;
}

function sms(to: string, dedupeKey = `ussd:ATUid_${to.slice(-3)}:5:0`): OutboundSms {
  return { to, message: 'RS terdekat: RSUD Blambangan', dedupeKey, queuedAt: '2026-11-23T02:59:59Z' };
}

function sqsEvent(bodies: { id: string; body: string }[]) {
  return sqsEventOf(bodies.map(({ id, body }) => ({ messageId: id, body })));
}

const context = { functionName: 'sms-sender', awsRequestId: 'r' } as Context;

describe('delivering one outbox message', () => {
  it('sends it, records the message id and counts it', async () => {
    const d = deps();
    expect(await deliverSms(d, sms('+6281200000001'))).toBe('sent');
    expect(d.sendLog.records.get('ussd:ATUid_001:5:0')).toEqual({
      outcome: 'sent',
      detail: 'ATXid_1',
      at: '2026-11-23T03:00:00.000Z',
    });
    expect(d.metrics.snapshot()).toEqual({ SmsSent: 1 });
  });

  it('does not send a redelivered message twice', async () => {
    const d = deps();
    await deliverSms(d, sms('+6281200000001'));
    expect(await deliverSms(d, sms('+6281200000001'))).toBe('already-done');
    expect(d.gateway.calls).toHaveLength(1);
  });

  it('records and drops a message the gateway refuses for good', async () => {
    const d = deps(
      new ScriptedSmsGateway({ '+6281200000002': { kind: 'rejected', reason: 'UserInBlacklist' } }),
    );
    expect(await deliverSms(d, sms('+6281200000002'))).toBe('rejected');
    expect(d.sendLog.records.get('ussd:ATUid_002:5:0')?.detail).toBe('UserInBlacklist');
    expect(d.metrics.snapshot()).toEqual({ SmsFailed: 1 });
    // Redelivered, it is not tried again.
    expect(await deliverSms(d, sms('+6281200000002'))).toBe('already-done');
  });

  it('leaves a message that may go through later unrecorded, to be retried', async () => {
    const d = deps(
      new ScriptedSmsGateway({ '+6281200000003': { kind: 'retry', reason: '500 InternalServerError' } }),
    );
    expect(await deliverSms(d, sms('+6281200000003'))).toBe('retry');
    expect(d.sendLog.records.size).toBe(0);
    expect(d.metrics.snapshot()).toEqual({ SmsRetried: 1 });
  });

  it('counts a sent message as sent even when its outcome cannot be recorded', async () => {
    const d = deps();
    vi.spyOn(d.sendLog, 'record').mockRejectedValue(new Error('ProvisionedThroughputExceeded'));
    expect(await deliverSms(d, sms('+6281200000004'))).toBe('sent');
  });
});

describe('the SMS sender function', () => {
  it('reports only the messages to retry as batch item failures', async () => {
    const gateway = new ScriptedSmsGateway({
      '+6281200000011': { kind: 'retry', reason: '502 RejectedByGateway' },
      '+6281200000012': { kind: 'rejected', reason: 'InvalidPhoneNumber' },
      '+6281200000013': new Error('socket hang up'),
    });
    const handler = makeHandler(deps(gateway));
    const result = await handler(
      sqsEvent([
        { id: 'm1', body: JSON.stringify(sms('+6281200000010')) },
        { id: 'm2', body: JSON.stringify(sms('+6281200000011')) },
        { id: 'm3', body: JSON.stringify(sms('+6281200000012')) },
        { id: 'm4', body: JSON.stringify(sms('+6281200000013')) },
      ]),
      context,
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }, { itemIdentifier: 'm4' }]);
    expect(gateway.calls.map((c) => c.to)).toHaveLength(4);
  });

  it('keeps an unreadable message for the dead-letter queue instead of dropping it', async () => {
    const d = deps();
    const result = await makeHandler(d)(
      sqsEvent([
        { id: 'bad-json', body: '{"to":' },
        { id: 'bad-phone', body: JSON.stringify({ ...sms('+6281200000020'), to: '0812' }) },
        { id: 'ok', body: JSON.stringify(sms('+6281200000021')) },
      ]),
      context,
    );
    expect(result.batchItemFailures).toEqual([
      { itemIdentifier: 'bad-json' },
      { itemIdentifier: 'bad-phone' },
    ]);
    expect(d.gateway.calls).toHaveLength(1);
  });

  it('fails the whole batch, without throwing, when it cannot start (no API key yet)', async () => {
    const handler = makeHandler(() => {
      throw new Error('Invalid configuration: AT_USERNAME: required');
    });
    const result = await handler(
      sqsEvent([{ id: 'a', body: JSON.stringify(sms('+6281200000030')) }]),
      context,
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
  });
});

describe('the local outbox', () => {
  it('returns at once and delivers afterwards', async () => {
    const delivered: string[] = [];
    const outbox = new LocalOutbox(async (m) => {
      delivered.push(m.to);
      return true;
    });
    await outbox.enqueue(sms('+6281200000040'));
    expect(delivered).toEqual([]);
    await outbox.settled();
    expect(delivered).toEqual(['+6281200000040']);
  });

  it('retries a failed delivery and sets a message aside after the last attempt', async () => {
    let attempts = 0;
    const outbox = new LocalOutbox(
      async (_m, attempt) => {
        attempts = attempt;
        if (attempt < 3) throw new Error('DynamoDB Local not ready');
        return false;
      },
      { maxAttempts: 4, retryDelayMs: 1 },
    );
    await outbox.enqueue(sms('+6281200000041'));
    await outbox.settled();
    expect(attempts).toBe(4);
    expect(outbox.deadLetters().map((m) => m.to)).toEqual(['+6281200000041']);
  });
});

describe('two copies of one message delivered at once', () => {
  it('reach the gateway once; the other copy comes back for the outcome and finds it done', async () => {
    // Prepare: the gateway answers only when let go, so both deliveries overlap.
    const gateway = new ScriptedSmsGateway();
    const send = gateway.send.bind(gateway);
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    gateway.send = async (sms) => {
      await gate;
      return send(sms);
    };
    const deps = {
      gateway,
      sendLog: new MemorySendLog(),
      clock: { now: () => new Date('2026-11-22T00:00:00Z') },
      metrics: new MemoryMetrics(),
    } satisfies DeliverDeps;
    const sms = {
      to: '+6281234567890',
      message: 'RS ...',
      dedupeKey: 'sms:ATXid_2',
      queuedAt: '2026-11-22T00:00:00Z',
    };
    // Act
    const first = deliverSms(deps, sms);
    const second = await deliverSms(deps, sms);
    letGo();
    const firstOutcome = await first;
    const redelivered = await deliverSms(deps, sms);
    // Assess
    expect([firstOutcome, second, redelivered]).toEqual(['sent', 'retry', 'already-done']);
    expect(gateway.calls).toHaveLength(1);
  });
});
