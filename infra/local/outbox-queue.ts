import { randomUUID } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';
import type { OutboundSms } from '../../shared/ports.js';

/** One outbox message as the SQS event the deployed SMS sender receives. */
export function sqsEventOf(sms: OutboundSms, attempt: number): SQSEvent {
  const now = Date.now();
  return {
    Records: [
      {
        messageId: randomUUID(),
        receiptHandle: 'local',
        body: JSON.stringify(sms),
        attributes: {
          ApproximateReceiveCount: String(attempt),
          SentTimestamp: String(now),
          SenderId: 'local',
          ApproximateFirstReceiveTimestamp: String(now),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:local:000000000000:outbox',
        awsRegion: 'local',
      },
    ],
  };
}
