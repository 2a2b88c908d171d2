import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { deliveryKey, isLive } from '../../../shared/adapters/dynamodb/keys.js';
import type { SentSms } from '../../../shared/adapters/local/outbox.js';
import type { SymptomReport } from '../../../shared/line/reports.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../../shared/ports.js';
import { maskPhone } from '../../../shared/text.js';

/** What the local pages read back from the line's table: reports by day and delivery statuses. */

/** A report as the simulator's side panel lists it: the phone masked, as in the logs. */
export interface RecentReport {
  reportedAt: string;
  channel: 'ussd' | 'sms';
  risk: string;
  advice: string;
  place: string;
  /** Masked; absent when the caller did not agree to be called (no number is kept). */
  phone?: string;
}

/** The newest reports first, at most `limit`. */
export function recentReports(reports: readonly SymptomReport[], limit: number): RecentReport[] {
  return [...reports]
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))
    .slice(0, limit)
    .map((r) => ({
      reportedAt: r.reportedAt,
      channel: r.channel,
      risk: r.risk.level,
      advice: r.risk.advice,
      place: r.placeLabel,
      ...(r.phone ? { phone: maskPhone(r.phone) } : {}),
    }));
}

export interface SmsDelivery {
  status: DeliveryStatus;
  failureReason?: string;
  at?: string;
}

/** A sent SMS with the latest delivery report the line kept for it, if any came. */
export interface SentSmsWithDelivery extends SentSms {
  delivery: SmsDelivery | null;
}

/** BatchGetItem takes at most 100 keys. */
const BATCH_KEYS = 100;

/** The latest delivery status of each message id that has one. */
export async function deliveriesOf(
  db: DynamoDBDocumentClient,
  tableName: string,
  messageIds: readonly string[],
  now: Date,
): Promise<Map<string, SmsDelivery>> {
  const found = new Map<string, SmsDelivery>();
  const unique = [...new Set(messageIds)];
  for (let i = 0; i < unique.length; i += BATCH_KEYS) {
    let keys: Record<string, unknown>[] | undefined = unique
      .slice(i, i + BATCH_KEYS)
      .map((id) => ({ ...deliveryKey(id) }));
    while (keys && keys.length > 0) {
      const page: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
      );
      for (const item of page.Responses?.[tableName] ?? []) {
        const status = item.status as DeliveryStatus;
        if (!isLive(item, now) || !DELIVERY_STATUSES.includes(status)) continue;
        found.set(String(item.messageId), {
          status,
          ...(typeof item.failureReason === 'string' ? { failureReason: item.failureReason } : {}),
          ...(typeof item.at === 'string' ? { at: item.at } : {}),
        });
      }
      keys = page.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
}

/** Every SMS sent, oldest first, each with its delivery status (null until a report came). */
export async function sentWithDelivery(
  db: DynamoDBDocumentClient,
  tableName: string,
  sent: readonly SentSms[],
  now: Date,
): Promise<SentSmsWithDelivery[]> {
  const deliveries = await deliveriesOf(
    db,
    tableName,
    sent.map((sms) => sms.messageId),
    now,
  );
  return sent.map((sms) => ({ ...sms, delivery: deliveries.get(sms.messageId) ?? null }));
}
