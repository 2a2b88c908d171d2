import { MemoryMetrics } from '../../shared/adapters/local/metrics.js';
import type { Lang } from '../../shared/lang.js';
import type { Line } from '../../shared/line/line.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import type {
  ChoiceStore,
  ClaimOutcome,
  Clock,
  DraftStore,
  OnceStore,
  OutboundSms,
  Outbox,
  PendingChoice,
  ReportDraft,
  ReportStore,
  SendLog,
  SendOutcome,
  SendRecord,
  SmsGateway,
  SubscriberStore,
} from '../../shared/ports.js';

/** In-memory stand-ins for the DynamoDB adapters, for tests of the line and the handlers. */
export class MemorySubscriberStore implements SubscriberStore {
  readonly languages = new Map<string, Lang>();
  async languageOf(subscriberId: string): Promise<Lang | undefined> {
    return this.languages.get(subscriberId);
  }
  async setLanguage(subscriberId: string, lang: Lang): Promise<void> {
    this.languages.set(subscriberId, lang);
  }
  readonly optedOut = new Set<string>();
  async isOptedOut(subscriberId: string): Promise<boolean> {
    return this.optedOut.has(subscriberId);
  }
  async setOptedOut(subscriberId: string, optedOut: boolean): Promise<void> {
    if (optedOut) this.optedOut.add(subscriberId);
    else this.optedOut.delete(subscriberId);
  }
}

/** Once-claims with their state, lease and expiry, as `DynamoOnceStore` keeps them. */
export class MemoryOnceStore implements OnceStore {
  readonly claims = new Map<string, { state: 'taken' | 'done'; leaseUntil: number; expiresAt: Date }>();
  async claim(key: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome> {
    const found = this.claims.get(key);
    if (found && found.expiresAt > now) {
      if (found.state === 'done') return 'done';
      if (found.leaseUntil > now.getTime()) return 'busy';
    }
    this.claims.set(key, { state: 'taken', leaseUntil: now.getTime() + leaseMs, expiresAt });
    return 'claimed';
  }
  async complete(key: string): Promise<void> {
    this.markDone(key, false);
  }
  async release(key: string): Promise<void> {
    if (this.claims.get(key)?.state === 'taken') this.claims.delete(key);
  }
  /** The claim's half of `MemoryReportStore.save`, with the conditions of the DynamoDB writes. */
  markDone(key: string, whileTaken: boolean): void {
    const found = this.claims.get(key);
    if (!found || (whileTaken && found.state !== 'taken')) throw new Error(`claim ${key} is not held`);
    found.state = 'done';
  }
}

/** Reports keyed by subscriber and day; a save with a claim completes it in the same step or fails whole. */
export class MemoryReportStore implements ReportStore {
  readonly reports = new Map<string, SymptomReport>();
  /** Every write that went through, so a test can tell a report stored twice from one stored once. */
  writes = 0;
  constructor(private readonly once: MemoryOnceStore) {}
  async save(report: SymptomReport, _expiresAt: Date, claim?: string): Promise<void> {
    if (claim !== undefined) this.once.markDone(claim, true);
    this.reports.set(`${report.subscriberId}#${report.reportedOn}`, report);
    this.writes += 1;
  }
}

/** Drafts with their expiry, so tests can move the clock past it. */
export class MemoryDraftStore implements DraftStore {
  private readonly drafts = new Map<string, { draft: ReportDraft; expiresAt: Date }>();
  private readonly offers = new Map<string, { draft: ReportDraft | undefined; expiresAt: Date }>();
  async latest(subscriberId: string, now: Date): Promise<ReportDraft | undefined> {
    const entry = this.drafts.get(subscriberId);
    return entry && entry.expiresAt > now ? entry.draft : undefined;
  }
  async save(subscriberId: string, draft: ReportDraft, expiresAt: Date): Promise<void> {
    this.drafts.set(subscriberId, { draft, expiresAt });
  }
  async discard(subscriberId: string): Promise<void> {
    this.drafts.delete(subscriberId);
  }
  async rememberOffer(sessionId: string, draft: ReportDraft | undefined, expiresAt: Date): Promise<void> {
    if (!this.offers.has(sessionId)) this.offers.set(sessionId, { draft, expiresAt });
  }
  async offerFor(sessionId: string, now: Date): Promise<ReportDraft | undefined> {
    const entry = this.offers.get(sessionId);
    return entry && entry.expiresAt > now ? entry.draft : undefined;
  }
}

/** An outbox that keeps what was queued, for tests of the code that queues SMS. */
export class MemoryOutbox implements Outbox {
  private readonly queued: OutboundSms[] = [];
  async enqueue(sms: OutboundSms): Promise<void> {
    this.queued.push(sms);
  }
  list(): readonly OutboundSms[] {
    return [...this.queued];
  }
}

/** Outcomes of outbox messages, in memory. */
export class MemorySendLog implements SendLog {
  readonly records = new Map<string, SendRecord>();
  async find(dedupeKey: string): Promise<SendRecord | undefined> {
    return this.records.get(dedupeKey);
  }
  async record(dedupeKey: string, record: SendRecord): Promise<void> {
    this.records.set(dedupeKey, record);
  }
}

/** A gateway answering from a script, by phone number; unscripted numbers are sent. */
export class ScriptedSmsGateway implements SmsGateway {
  readonly calls: { to: string; message: string }[] = [];
  constructor(private readonly script: Record<string, SendOutcome | Error> = {}) {}
  async send(sms: { to: string; message: string }): Promise<SendOutcome> {
    this.calls.push(sms);
    const scripted = this.script[sms.to];
    if (scripted instanceof Error) throw scripted;
    return scripted ?? { kind: 'sent', messageId: `ATXid_${this.calls.length}`, status: 'Success' };
  }
}

/** Numbered lists with their expiry, so tests can move the clock past it. */
export class MemoryChoiceStore implements ChoiceStore {
  private readonly choices = new Map<string, { choice: PendingChoice; expiresAt: Date }>();
  async latest(subscriberId: string, now: Date): Promise<PendingChoice | undefined> {
    const found = this.choices.get(subscriberId);
    return found && found.expiresAt > now ? found.choice : undefined;
  }
  async save(subscriberId: string, choice: PendingChoice, expiresAt: Date): Promise<void> {
    this.choices.set(subscriberId, { choice, expiresAt });
  }
}

/**
 * Everything a USSD hop or an inbound SMS needs, in memory, on a given line and clock; subscriber ids
 * are `sub-` and the phone's last four digits.
 */
export function memoryLineDeps(line: Line, clock: Clock) {
  const once = new MemoryOnceStore();
  return {
    line,
    clock,
    subscribers: new MemorySubscriberStore(),
    once,
    outbox: new MemoryOutbox(),
    reports: new MemoryReportStore(once),
    drafts: new MemoryDraftStore(),
    choices: new MemoryChoiceStore(),
    metrics: new MemoryMetrics(),
    subscriberIdOf: (phone: string) => `sub-${phone.slice(-4)}`,
  };
}
