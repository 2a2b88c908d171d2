import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { OutboundSms, Outbox } from '../../ports.js';

/** The outbox on AWS: one SQS message per SMS, consumed by the SMS sender function. */
export class SqsOutbox implements Outbox {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(sms: OutboundSms): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(sms) }),
    );
  }
}
