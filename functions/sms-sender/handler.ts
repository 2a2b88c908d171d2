import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lineTelemetry } from '../../shared/adapters/telemetry.js';
import { type BatchItem, type DeliverDeps, deliverBatch } from '../../shared/line/sms/deliver-outbox.js';
import { errorFields, log } from '../../shared/log.js';
import { defaultSenderDeps } from './deps.js';
import { readOutboxBody } from './schema.js';

/**
 * The outbox's consumer: sends each queued SMS and reports the ones to try again as partial batch
 * failures, so a batch's sent messages are not sent twice. Never throws: a failure it cannot place
 * (no API key yet, say) fails the whole batch, which the queue retries and finally keeps in its
 * dead-letter queue.
 */
export function makeHandler(deps: DeliverDeps | (() => DeliverDeps | Promise<DeliverDeps>)) {
  const resolve = typeof deps === 'function' ? deps : () => deps;
  return middy<SQSEvent, SQSBatchResponse>()
    .use(lineTelemetry())
    .handler(async (event) => {
      const items: BatchItem[] = event.Records.map((record) => ({
        id: record.messageId,
        ...readOutboxBody(record.body),
      }));
      let failed: string[];
      try {
        failed = await deliverBatch(await resolve(), items);
      } catch (error) {
        log.error('sms batch not delivered', { size: items.length, ...errorFields(error) });
        failed = items.map((item) => item.id);
      }
      if (failed.length > 0) log.warn('sms to retry', { size: items.length, failed: failed.length });
      return { batchItemFailures: failed.map((itemIdentifier) => ({ itemIdentifier })) };
    });
}

export const handler = makeHandler(defaultSenderDeps);
