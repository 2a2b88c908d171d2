import type { Lang } from '../../lang.js';
import type { SymptomReport } from '../../line/reports.js';
import type { ReportDraft, SessionOffer, SubscriberProfile, UssdCaller } from '../../ports.js';

/** Item keys and item <-> domain mappers: pure, so they are unit-tested without a table. */

export interface ItemKey {
  pk: string;
  sk: string;
}

export const subscriberKey = (subscriberId: string): ItemKey => ({
  pk: `SUB#${subscriberId}`,
  sk: 'PROFILE',
});

export const onceKey = (key: string): ItemKey => ({ pk: `ONCE#${key}`, sk: 'ONCE' });

/**
 * The write that marks a once-claim done, alone or inside a transaction. It needs the claim to exist, so
 * a claim already gone is never re-created without an expiry. Alone it may find the claim done already
 * (the SDK resending an update that went through); `whileTaken`, for a transaction that stores a report,
 * refuses a done claim, so that even two tries that both believe they hold it store the report once.
 */
export function completeClaimUpdate(key: string, options: { whileTaken?: boolean } = {}) {
  return {
    Key: onceKey(key),
    UpdateExpression: 'SET #state = :done REMOVE leaseUntil',
    ConditionExpression: options.whileTaken ? '#state = :taken' : 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: { ':done': 'done', ...(options.whileTaken ? { ':taken': 'taken' } : {}) },
  };
}

/**
 * What a live once-claim item means to a try that could not take it: held (`busy`) while taken, else
 * done. Claims written before claims had a state meant the action ran, so they read as done. The item
 * comes from a failed condition check, in DynamoDB's own attribute format, or from a read.
 */
export function claimOutcomeOf(item: Record<string, unknown>, heldState = 'taken'): 'done' | 'busy' {
  const state = item.state;
  const value = typeof state === 'object' && state !== null ? (state as { S?: unknown }).S : state;
  return value === heldState ? 'busy' : 'done';
}

/** DynamoDB's TTL wants whole epoch seconds. */
export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

export interface SubscriberItem extends ItemKey {
  lang: Lang;
  updatedAt: string;
}

export function subscriberItem(subscriberId: string, lang: Lang, at: Date): SubscriberItem {
  return { ...subscriberKey(subscriberId), lang, updatedAt: at.toISOString() };
}

/** Reads the language back, ignoring an item whose attribute is missing or not a known language. */
export function languageFromItem(item: { lang?: unknown } | undefined): Lang | undefined {
  const lang = item?.lang;
  return lang === 'id' || lang === 'en' ? lang : undefined;
}

/** The profile item's language and opt-out; a subscriber without an item has neither. */
export function profileFromItem(item: { lang?: unknown; optedOut?: unknown } | undefined): SubscriberProfile {
  return { lang: languageFromItem(item), optedOut: item?.optedOut === true };
}

export const reportKey = (subscriberId: string, reportedOn: string): ItemKey => ({
  pk: `REPORT#${subscriberId}`,
  sk: `DAY#${reportedOn}`,
});

export const draftKey = (subscriberId: string): ItemKey => ({ pk: `SUB#${subscriberId}`, sk: 'DRAFT' });

/** The latest numbered list texted to a subscriber. */
export const choiceKey = (subscriberId: string): ItemKey => ({ pk: `SUB#${subscriberId}`, sk: 'CHOICE' });

/**
 * The draft item: the unfinished report (`draft`, resumable until `draftUntil`) and the offer the latest
 * session was shown (`offer`, kept until `offerUntil`). `expiresAt`, the item's TTL, is the later of
 * the two, which is always the offer's: an offer outlives the drafts it can name.
 */
export function draftItem(
  subscriberId: string,
  parts: { draft?: { value: ReportDraft; until: Date }; offer: { value: SessionOffer; until: Date } },
): Record<string, unknown> {
  const { draft, offer } = parts;
  return {
    ...draftKey(subscriberId),
    ...(draft ? { draft: draft.value, draftUntil: epochSeconds(draft.until) } : {}),
    offer: { sessionId: offer.value.sessionId, draft: offer.value.draft ?? null },
    offerUntil: epochSeconds(offer.until),
    expiresAt: epochSeconds(offer.until),
  };
}

function reportDraftOf(value: unknown): ReportDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const draft = value as Partial<ReportDraft>;
  const usable =
    typeof draft.sessionId === 'string' &&
    typeof draft.screen === 'string' &&
    typeof draft.params === 'object' &&
    draft.params !== null;
  return usable ? (draft as ReportDraft) : undefined;
}

/** Whether an epoch-seconds deadline is still ahead of `now`. */
const before = (until: unknown, now: Date): boolean => typeof until === 'number' && until > epochSeconds(now);

/**
 * What a USSD hop knows of its caller from the profile and draft items (either may be missing). A draft
 * stored before drafts had their own deadline lives until the item's expiry.
 */
export function ussdCallerFrom(
  profile: Record<string, unknown> | undefined,
  item: Record<string, unknown> | undefined,
  now: Date,
): UssdCaller {
  const lang = languageFromItem(profile);
  if (!item) return { lang, draft: undefined, offer: undefined };
  const draftUntil = item.draftUntil ?? item.expiresAt;
  const draft = before(draftUntil, now) ? reportDraftOf(item.draft) : undefined;
  const stored = item.offer as { sessionId?: unknown; draft?: unknown } | undefined;
  const offer =
    stored && typeof stored.sessionId === 'string' && before(item.offerUntil, now)
      ? { sessionId: stored.sessionId, draft: reportDraftOf(stored.draft) }
      : undefined;
  return { lang, draft, offer };
}

/** The export index: by WIB day, then kab/kota, so one day's or one kab's reports are a single query. */
export const reportIndexKeys = (report: { reportedOn: string; kabCode: string; subscriberId: string }) => ({
  gsi1pk: `DAY#${report.reportedOn}`,
  gsi1sk: `KAB#${report.kabCode}#${report.subscriberId}`,
});

export const kabPrefix = (kabCode: string): string => `KAB#${kabCode}#`;

/** The stored item of a report: the domain fields, the keys, and its expiry in epoch seconds. */
export function reportItem(report: SymptomReport, expiresAt: Date): Record<string, unknown> {
  return {
    ...reportKey(report.subscriberId, report.reportedOn),
    ...reportIndexKeys(report),
    type: 'report',
    ...report,
    expiresAt: epochSeconds(expiresAt),
  };
}

/** Reads a report item back, dropping the storage-only attributes. */
export function reportFromItem(item: Record<string, unknown>): SymptomReport {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, type: _t, expiresAt: _e, ...report } = item;
  return report as unknown as SymptomReport;
}

/** Expired items are gone as far as the line is concerned, whether or not DynamoDB deleted them yet. */
export function isLive(item: { expiresAt?: unknown }, now: Date): boolean {
  return typeof item.expiresAt !== 'number' || item.expiresAt > epochSeconds(now);
}

export const deliveryKey = (messageId: string): ItemKey => ({ pk: `DLR#${messageId}`, sk: 'STATUS' });

/** What became of an outbox message, by the dedupe key of the action that queued it. */
export const sendKey = (dedupeKey: string): ItemKey => ({ pk: `SEND#${dedupeKey}`, sk: 'OUTCOME' });
