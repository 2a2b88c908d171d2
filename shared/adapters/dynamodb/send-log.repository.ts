import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, SendLog, SendRecord } from '../../ports.js';
import { epochSeconds, sendKey } from './keys.js';
import { claimItem, releaseItem } from './once.repository.js';

/**
 * Outbox messages' sending claims and final outcomes, so the SMS sender never sends one message
 * twice: not when the queue redelivers it, and not when two copies of it are delivered at once. The
 * claim is a conditional write (no read decides it); an expired item counts as absent.
 */
export class DynamoSendLog implements SendLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  claim(dedupeKey: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome> {
    // A recorded outcome (with or without a state, as older records have none) counts as done.
    return claimItem(this.db, this.tableName, sendKey(dedupeKey), 'sending', { now, leaseMs, expiresAt });
  }

  async record(dedupeKey: string, record: SendRecord, expiresAt: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sendKey(dedupeKey), state: 'done', ...record, expiresAt: epochSeconds(expiresAt) },
      }),
    );
  }

  release(dedupeKey: string): Promise<void> {
    return releaseItem(this.db, this.tableName, sendKey(dedupeKey), 'sending');
  }
}
