import { randomUUID } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';

/** One queued message as the SMS sender receives it: its queue id, body and delivery count. */
export interface QueuedMessage {
  messageId?: string;
  body: string;
  receiveCount?: number;
}

/** Outbox messages as the SQS event the deployed SMS sender receives. */
export function sqsEventOf(messages: readonly QueuedMessage[]): SQSEvent {
  const now = String(Date.now());
  return {
    Records: messages.map((message) => ({
      messageId: message.messageId ?? randomUUID(),
      receiptHandle: 'local',
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount ?? 1),
        SentTimestamp: now,
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: now,
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:local:000000000000:outbox',
      awsRegion: 'local',
    })),
  };
}
