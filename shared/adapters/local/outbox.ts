import type { OutboundSms, Outbox } from '../../ports.js';

/** What `GET /dev/outbox` shows: the SMS the local line has sent, oldest first. */
export interface SentSms {
  to: string;
  message: string;
  at: string;
}

/**
 * The local host's outbox: it "sends" at once by recording the message, standing in for the SQS
 * queue and the SMS sender behind it.
 */
export class LocalOutbox implements Outbox {
  private readonly sent: SentSms[] = [];

  async enqueue(sms: OutboundSms): Promise<void> {
    this.sent.push({ to: sms.to, message: sms.message, at: sms.queuedAt });
  }

  list(): readonly SentSms[] {
    return [...this.sent];
  }
}
