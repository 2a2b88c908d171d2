/**
 * What the line needs from the outside world. The domain in `shared/line/` sees only these
 * interfaces; `shared/adapters/` implements them for DynamoDB, SQS and the local host.
 */
import type { Lang } from './lang.js';
import type { SymptomReport } from './line/reports.js';

/** The time source. Injected so a test or the local host (`LINE_NOW`) can fix the instant. */
export interface Clock {
  now(): Date;
}

/** What the line remembers of a caller across channels: their language and whether they opted out. */
export interface SubscriberProfile {
  /** The language the caller chose, if they chose one. */
  lang: Lang | undefined;
  /** Whether the subscriber texted STOP (and not START since). */
  optedOut: boolean;
}

/**
 * A caller's remembered preferences, keyed by a keyed hash of the phone number, never the number. A
 * write given a once-claim `claim` also marks that claim done in the same atomic write, so the change
 * and the action it belongs to are stored together or not at all (see {@link ReportStore.save}).
 */
export interface SubscriberStore {
  /** The language and opt-out, in one read. */
  profileOf(subscriberId: string): Promise<SubscriberProfile>;
  setLanguage(subscriberId: string, lang: Lang, at: Date, claim?: string): Promise<void>;
  setOptedOut(subscriberId: string, optedOut: boolean, at: Date, claim?: string): Promise<void>;
}

/** One text message waiting to be sent to one phone. */
export interface OutboundSms {
  /** E.164 phone number of the recipient. */
  to: string;
  /** GSM-7 text, at most two segments. */
  message: string;
  /** Stable key of the action that produced it, so a retried hop cannot queue it twice. */
  dedupeKey: string;
  /** ISO instant it was queued. */
  queuedAt: string;
}

/** Where outgoing SMS wait for the sender: SQS on AWS, an in-process list on the local host. */
export interface Outbox {
  enqueue(sms: OutboundSms): Promise<void>;
}

/** What became of one attempt to hand an SMS to the gateway. */
export type SendOutcome =
  /** The gateway accepted it; delivery reports follow under `messageId`. */
  | { kind: 'sent'; messageId: string; status: string }
  /** It can never be sent as it is (a bad or blacklisted number): recorded and dropped. */
  | { kind: 'rejected'; reason: string }
  /** It may go through later (gateway error, network, timeout, account problem): tried again. */
  | { kind: 'retry'; reason: string };

/** The SMS gateway: Africa's Talking on AWS, a recording stand-in on the local host. */
export interface SmsGateway {
  send(sms: { to: string; message: string }): Promise<SendOutcome>;
}

/** An outbox message that reached a final outcome, so a redelivered copy is not sent again. */
export interface SendRecord {
  outcome: 'sent' | 'rejected';
  /** The gateway's message id (sent) or why it was refused (rejected). */
  detail: string;
  at: string;
}

/** Final outcomes of outbox messages, by their dedupe key. */
export interface SendLog {
  /**
   * Takes a message for sending for `leaseMs`: `done` if its outcome is recorded, `busy` while another
   * delivery of the same message holds it (the outbox can hold one message twice), else `claimed`.
   */
  claim(dedupeKey: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome>;
  /** Records the gateway's final outcome; the message is done. */
  record(dedupeKey: string, record: SendRecord, expiresAt: Date): Promise<void>;
  /** Gives a claimed message back after the gateway asked to try later; never undoes `record`. */
  release(dedupeKey: string): Promise<void>;
}

/** What a claim on a one-off action found. */
export type ClaimOutcome =
  /** The action is this try's to run: the key was new, given back, or its last try's lease ran out. */
  | 'claimed'
  /** The action ran and was marked done: skip it. */
  | 'done'
  /** Another try holds the claim and may still be running it: neither run it nor claim its result. */
  | 'busy';

/**
 * Remembers which one-off actions ran: claim, run, then `complete`. A claim is a lease, so a try that
 * died mid-way (timeout, crash) holds its action only until the lease runs out and a retry can run it;
 * a try that failed gives it back at once with `release`. However often or concurrently `claim` is
 * called, at most one try holds an unexpired key at a time, and none once it is done.
 */
export interface OnceStore {
  /**
   * Takes `key` for `leaseMs` from `now` unless it is done or another try's lease is running; the key
   * and its outcome are forgotten at `expiresAt`.
   */
  claim(key: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome>;
  /** Marks the claimed action done, so no retry runs it again. */
  complete(key: string): Promise<void>;
  /** Gives a claim back after the action failed, so the gateway's retry can run it; never undoes `complete`. */
  release(key: string): Promise<void>;
}

/** Symptom reports: one per subscriber per WIB day. */
export interface ReportStore {
  /**
   * Creates the day's report or replaces it. With `claim`, also marks that once-claim done in the same
   * atomic write, so a stored report never leaves its claim open for a retry to store it again.
   */
  save(report: SymptomReport, expiresAt: Date, claim?: string): Promise<void>;
}

/**
 * A numbered list an SMS reply sent ("Maksud Anda: 1) ... 2) ..."), kept for a while so that a reply
 * of only a number picks that item.
 */
export type PendingChoice =
  | {
      kind: 'place';
      /** What the place was asked for, and for a report what else its message said (`reportWords`). */
      for: 'hospital' | 'report';
      understood: string;
      places: readonly { level: 'kabkota' | 'kecamatan' | 'desa'; code: string }[];
    }
  | { kind: 'topic'; topicIds: readonly string[] };

/** The latest numbered list sent to each subscriber. */
export interface ChoiceStore {
  latest(subscriberId: string, now: Date): Promise<PendingChoice | undefined>;
  /** With `claim`, also marks that once-claim done in the same atomic write. */
  save(subscriberId: string, choice: PendingChoice, expiresAt: Date, claim?: string): Promise<void>;
}

/** A report flow the caller has not finished: where they were and what they had answered. */
export interface ReportDraft {
  sessionId: string;
  screen: string;
  params: Readonly<Record<string, string>>;
  updatedAt: string;
}

/**
 * What a session was offered to resume when it first showed the report menu (nothing, or an earlier
 * session's draft), kept so that replaying its path keeps showing the same screens however the draft
 * changes or expires meanwhile.
 */
export interface SessionOffer {
  sessionId: string;
  draft: ReportDraft | undefined;
}

/** What a USSD hop needs to know of its caller before it replays the session's path. */
export interface UssdCaller {
  /** The language the caller chose, if they chose one. */
  lang: Lang | undefined;
  /** The caller's unfinished report, while it may still be resumed. */
  draft: ReportDraft | undefined;
  /** The offer remembered for the caller's latest session that saw one. */
  offer: SessionOffer | undefined;
}

/**
 * Unfinished reports, so a dropped session loses nothing confirmed, kept with the offer the session
 * writing them was shown. One item a subscriber: a hop reads it, with the caller's language, in one
 * round trip, and writes it only when the report changed or an offer must be remembered.
 */
export interface DraftStore {
  /** The caller's language, unfinished report and remembered offer, in one read. */
  callerOf(subscriberId: string, now: Date): Promise<UssdCaller>;
  /**
   * Saves the session's draft, resumable until `until.draft`, with the offer the session had; the offer
   * is kept until `until.offer`.
   */
  save(
    subscriberId: string,
    draft: ReportDraft,
    offer: SessionOffer,
    until: { draft: Date; offer: Date },
  ): Promise<void>;
  /** Drops the draft, keeping the offer the session had until `until`. */
  discard(subscriberId: string, offer: SessionOffer, until: Date): Promise<void>;
  /** Remembers the offer a session was shown until `until`, keeping the draft as it is. */
  keepOffer(subscriberId: string, offer: SessionOffer, until: Date): Promise<void>;
}

/** Each sent message's latest delivery status, as reported by the gateway (at least once, any order). */
export interface DeliveryStore {
  /** Records the status unless a later (final) one is already known; says whether it was recorded. */
  record(update: DeliveryUpdate, expiresAt: Date): Promise<boolean>;
}

export interface DeliveryUpdate {
  messageId: string;
  status: DeliveryStatus;
  failureReason?: string | undefined;
  at: string;
}

export const DELIVERY_STATUSES = [
  'Sent',
  'Submitted',
  'Buffered',
  'Rejected',
  'Success',
  'Failed',
  'AbsentSubscriber',
  'Expired',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** In-flight statuses rank below final ones, so a late "Sent" never overwrites "Success". */
export function deliveryRank(status: DeliveryStatus): number {
  return status === 'Sent' || status === 'Submitted' || status === 'Buffered' ? 1 : 2;
}

/**
 * The line's own counters (CloudWatch metrics on AWS, namespace `CovidLine`). The dashboard reads these
 * names and dimensions, so they are fixed here.
 */
export type LineMetric =
  | { name: 'Reports'; riskLevel: 'low' | 'moderate' | 'high'; channel: 'ussd' | 'sms' }
  | { name: 'SmsSent' }
  | { name: 'SmsFailed' }
  | { name: 'SmsRetried' };

export interface Metrics {
  count(metric: LineMetric): void;
}
