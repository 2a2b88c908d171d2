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
  SessionOffer,
  SmsGateway,
  SubscriberProfile,
  SubscriberStore,
  UssdCaller,
} from '../../shared/ports.js';

/** In-memory stand-ins for the DynamoDB adapters, for tests of the line and the handlers. */
export class MemorySubscriberStore implements SubscriberStore {
  readonly languages = new Map<string, Lang>();
  readonly optedOut = new Set<string>();
  /** The once-claims a write given a claim completes, as the DynamoDB adapter's transaction does. */
  constructor(private readonly once?: MemoryOnceStore) {}
  async profileOf(subscriberId: string): Promise<SubscriberProfile> {
    return { lang: this.languages.get(subscriberId), optedOut: this.optedOut.has(subscriberId) };
  }
  async setLanguage(subscriberId: string, lang: Lang, _at?: Date, claim?: string): Promise<void> {
    completeWith(this.once, claim);
    this.languages.set(subscriberId, lang);
  }
  async setOptedOut(subscriberId: string, optedOut: boolean, _at?: Date, claim?: string): Promise<void> {
    completeWith(this.once, claim);
    if (optedOut) this.optedOut.add(subscriberId);
    else this.optedOut.delete(subscriberId);
  }
  /** Whether the subscriber is opted out, for a test to check. */
  isOptedOut(subscriberId: string): boolean {
    return this.optedOut.has(subscriberId);
  }
}

/** The claim's half of a write that completes one, failing whole when the claim is gone. */
function completeWith(once: MemoryOnceStore | undefined, claim: string | undefined): void {
  if (claim === undefined) return;
  if (!once) throw new Error(`no once store to complete ${claim} in`);
  once.markDone(claim, false);
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

/** The draft item of each subscriber, with its deadlines, so tests can move the clock past them. */
export class MemoryDraftStore implements DraftStore {
  private readonly items = new Map<
    string,
    { draft?: { value: ReportDraft; until: Date }; offer?: { value: SessionOffer; until: Date } }
  >();
  /** Reads the caller's language from `subscribers`, as the DynamoDB adapter reads the profile item. */
  constructor(private readonly subscribers: MemorySubscriberStore) {}
  async callerOf(subscriberId: string, now: Date): Promise<UssdCaller> {
    const item = this.items.get(subscriberId);
    const draft = item?.draft && item.draft.until > now ? item.draft.value : undefined;
    const offer = item?.offer && item.offer.until > now ? item.offer.value : undefined;
    return { lang: this.subscribers.languages.get(subscriberId), draft, offer };
  }
  async save(
    subscriberId: string,
    draft: ReportDraft,
    offer: SessionOffer,
    until: { draft: Date; offer: Date },
  ): Promise<void> {
    this.items.set(subscriberId, {
      draft: { value: draft, until: until.draft },
      offer: { value: offer, until: until.offer },
    });
  }
  async discard(subscriberId: string, offer: SessionOffer, until: Date): Promise<void> {
    this.items.set(subscriberId, { offer: { value: offer, until } });
  }
  async keepOffer(subscriberId: string, offer: SessionOffer, until: Date): Promise<void> {
    const item = this.items.get(subscriberId);
    if (!item) throw new Error(`no draft item for ${subscriberId}`);
    this.items.set(subscriberId, { ...item, offer: { value: offer, until } });
  }
  /** The caller's unfinished report at `now`, for a test to check. */
  latest(subscriberId: string, now: Date): ReportDraft | undefined {
    const draft = this.items.get(subscriberId)?.draft;
    return draft && draft.until > now ? draft.value : undefined;
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
  private readonly sending = new Map<string, number>();
  async claim(dedupeKey: string, now: Date, leaseMs: number): Promise<ClaimOutcome> {
    if (this.records.has(dedupeKey)) return 'done';
    const until = this.sending.get(dedupeKey);
    if (until !== undefined && until > now.getTime()) return 'busy';
    this.sending.set(dedupeKey, now.getTime() + leaseMs);
    return 'claimed';
  }
  async record(dedupeKey: string, record: SendRecord): Promise<void> {
    this.records.set(dedupeKey, record);
    this.sending.delete(dedupeKey);
  }
  async release(dedupeKey: string): Promise<void> {
    this.sending.delete(dedupeKey);
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
  constructor(private readonly once?: MemoryOnceStore) {}
  async latest(subscriberId: string, now: Date): Promise<PendingChoice | undefined> {
    const found = this.choices.get(subscriberId);
    return found && found.expiresAt > now ? found.choice : undefined;
  }
  async save(subscriberId: string, choice: PendingChoice, expiresAt: Date, claim?: string): Promise<void> {
    completeWith(this.once, claim);
    this.choices.set(subscriberId, { choice, expiresAt });
  }
}

/**
 * Everything a USSD hop or an inbound SMS needs, in memory, on a given line and clock; subscriber ids
 * are `sub-` and the phone's last four digits.
 */
export function memoryLineDeps(line: Line, clock: Clock) {
  const once = new MemoryOnceStore();
  const subscribers = new MemorySubscriberStore(once);
  return {
    line,
    clock,
    subscribers,
    once,
    outbox: new MemoryOutbox(),
    reports: new MemoryReportStore(once),
    drafts: new MemoryDraftStore(subscribers),
    choices: new MemoryChoiceStore(once),
    metrics: new MemoryMetrics(),
    subscriberIdOf: (phone: string) => `sub-${phone.slice(-4)}`,
  };
}
