import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SendLog, SendRecord } from '../../ports.js';
import { epochSeconds, isLive, sendKey } from './keys.js';

/** Final outcomes of outbox messages, so the SMS sender never sends a redelivered message twice. */
export class DynamoSendLog implements SendLog {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(dedupeKey: string, now: Date): Promise<SendRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: sendKey(dedupeKey), ConsistentRead: true }),
    );
    if (!Item || !isLive(Item, now)) return undefined;
    return { outcome: Item.outcome, detail: Item.detail, at: Item.at } as SendRecord;
  }

  async record(dedupeKey: string, record: SendRecord, expiresAt: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sendKey(dedupeKey), ...record, expiresAt: epochSeconds(expiresAt) },
      }),
    );
  }
}
