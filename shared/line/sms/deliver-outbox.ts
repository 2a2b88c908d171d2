import { errorFields, log } from '../../log.js';
import type { Clock, Metrics, OutboundSms, SendLog, SmsGateway } from '../../ports.js';
import { maskPhone } from '../../text.js';

/**
 * The SMS sender's use case: hands each outbox message to the gateway, once. A message already
 * recorded as sent or rejected is skipped (the outbox may deliver a message twice); a rejected one is
 * recorded and dropped; anything that may go through later is returned as failed, so the queue retries
 * only those and, after its last attempt, keeps them in the dead-letter queue.
 */

export interface DeliverDeps {
  gateway: SmsGateway;
  sendLog: SendLog;
  clock: Clock;
  metrics: Metrics;
}

export type Delivery = 'sent' | 'rejected' | 'already-done' | 'retry';

/** How long an outcome is remembered: longer than a message can stay in the outbox (4 days). */
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * How long a delivery holds a message it is sending: longer than the sender may run
 * (`SENDER_TIMEOUT_SECONDS`, 30 s), so a lease never runs out under a send still in progress. Only a
 * sender that stopped between the gateway's acceptance and the record leaves a claim to run out, and
 * then a redelivery sends again: the one case the gateway, which takes no idempotency key, allows.
 */
export const SEND_LEASE_MS = 60_000;

/** Gives the message back so a later delivery sends it; if that fails too, the lease runs out instead. */
async function giveBack(deps: DeliverDeps, dedupeKey: string): Promise<void> {
  try {
    await deps.sendLog.release(dedupeKey);
  } catch (error) {
    log.warn('sms claim not given back; its lease will run out', { dedupeKey, ...errorFields(error) });
  }
}

export async function deliverSms(deps: DeliverDeps, sms: OutboundSms): Promise<Delivery> {
  const now = deps.clock.now();
  const fields = { to: maskPhone(sms.to), dedupeKey: sms.dedupeKey };
  const claim = await deps.sendLog.claim(
    sms.dedupeKey,
    now,
    SEND_LEASE_MS,
    new Date(now.getTime() + KEEP_MS),
  );
  if (claim === 'done') {
    log.info('sms already handled', fields);
    return 'already-done';
  }
  if (claim === 'busy') {
    // Another copy of this message is being sent right now: come back for its outcome.
    log.info('sms being sent by another delivery', fields);
    return 'retry';
  }
  let outcome: Awaited<ReturnType<SmsGateway['send']>>;
  try {
    outcome = await deps.gateway.send({ to: sms.to, message: sms.message });
  } catch (error) {
    await giveBack(deps, sms.dedupeKey);
    throw error;
  }
  if (outcome.kind === 'retry') {
    deps.metrics.count({ name: 'SmsRetried' });
    log.warn('sms not sent, will retry', { ...fields, reason: outcome.reason });
    await giveBack(deps, sms.dedupeKey);
    return 'retry';
  }
  let detail: string;
  if (outcome.kind === 'sent') {
    detail = outcome.messageId;
    deps.metrics.count({ name: 'SmsSent' });
    log.info('sms sent', { ...fields, messageId: outcome.messageId, status: outcome.status });
  } else {
    detail = outcome.reason;
    deps.metrics.count({ name: 'SmsFailed' });
    log.warn('sms rejected, dropped', { ...fields, reason: outcome.reason });
  }
  try {
    const record = { outcome: outcome.kind, detail, at: now.toISOString() };
    await deps.sendLog.record(sms.dedupeKey, record, new Date(now.getTime() + KEEP_MS));
  } catch (error) {
    // The gateway has the message: failing it now would send it again. Only a redelivery could repeat it.
    log.error('sms outcome not recorded', { ...fields, ...errorFields(error) });
  }
  return outcome.kind;
}

/** One message of a batch: its queue id and its body, or why the body could not be read. */
export type BatchItem = { id: string; sms: OutboundSms } | { id: string; unreadable: string };

/**
 * Delivers a batch concurrently; returns the ids to try again. An unreadable body is never dropped: it
 * fails every attempt and ends in the dead-letter queue, where a person can read it.
 */
export async function deliverBatch(deps: DeliverDeps, items: readonly BatchItem[]): Promise<string[]> {
  const results = await Promise.all(
    items.map(async (item): Promise<boolean> => {
      if ('unreadable' in item) {
        log.error('outbox message unreadable', { id: item.id, reason: item.unreadable });
        return false;
      }
      try {
        return (await deliverSms(deps, item.sms)) !== 'retry';
      } catch (error) {
        log.error('sms delivery failed', { id: item.id, ...errorFields(error) });
        return false;
      }
    }),
  );
  return items.filter((_, i) => !results[i]).map((item) => item.id);
}
