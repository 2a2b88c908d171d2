import { errorFields, log } from '../../log.js';
import type { OutboundSms, Outbox, SendOutcome, SmsGateway } from '../../ports.js';
import { maskPhone } from '../../text.js';

/** What `GET /dev/outbox` shows: an SMS the local line has sent. */
export interface SentSms {
  to: string;
  message: string;
  messageId: string;
  at: string;
}

/** The local host's SMS gateway: records each message instead of sending it. */
export class LocalSmsGateway implements SmsGateway {
  private readonly sent: SentSms[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  async send(sms: { to: string; message: string }): Promise<SendOutcome> {
    const messageId = `local-${this.sent.length + 1}`;
    this.sent.push({ to: sms.to, message: sms.message, messageId, at: this.now().toISOString() });
    return { kind: 'sent', messageId, status: 'Success' };
  }

  /** Everything sent so far, oldest first. */
  list(): readonly SentSms[] {
    return [...this.sent];
  }
}

/** Hands one message to the sender; true when it is done with (sent, rejected or already handled). */
export type DeliverOne = (sms: OutboundSms, attempt: number) => Promise<boolean>;

export interface LocalOutboxOptions {
  /** Attempts before a message is set aside as a dead letter. @default 5 */
  maxAttempts?: number;
  /** Wait before the n-th retry, in ms: n times this. @default 200 */
  retryDelayMs?: number;
}

/**
 * The local host's outbox: an in-process queue in front of the same sender use case the SQS consumer
 * runs. `enqueue` returns at once, as with SQS; `settled` waits until every queued message is handled,
 * so `GET /dev/outbox` shows what a caller would have received.
 */
export class LocalOutbox implements Outbox {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly dead: OutboundSms[] = [];
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly deliver: DeliverOne,
    options: LocalOutboxOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
  }

  async enqueue(sms: OutboundSms): Promise<void> {
    const run = this.attempt(sms).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private async attempt(sms: OutboundSms): Promise<void> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      // Like SQS, the sender runs after the enqueueing request has moved on.
      await new Promise((resolve) =>
        setTimeout(resolve, attempt === 1 ? 0 : this.retryDelayMs * (attempt - 1)),
      );
      try {
        if (await this.deliver(sms, attempt)) return;
      } catch (error) {
        log.warn('local outbox delivery failed', { attempt, ...errorFields(error) });
      }
    }
    this.dead.push(sms);
    log.error('local outbox gave up on an sms', { to: maskPhone(sms.to), dedupeKey: sms.dedupeKey });
  }

  /** Resolves once every message queued so far is sent or set aside. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Messages that failed every attempt (the dead-letter queue's stand-in). */
  deadLetters(): readonly OutboundSms[] {
    return [...this.dead];
  }
}
