import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, SendLog, SendRecord } from '../../ports.js';
import { epochSeconds, sendKey } from './keys.js';

/** An item's state, whether DynamoDB returned it marshalled (a failed condition) or not (a read). */
function stateOf(item: Record<string, unknown>): unknown {
  const state = item.state;
  return typeof state === 'object' && state !== null ? (state as { S?: unknown }).S : state;
}

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

  async claim(dedupeKey: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...sendKey(dedupeKey),
            state: 'sending',
            leaseUntil: now.getTime() + leaseMs,
            expiresAt: epochSeconds(expiresAt),
          },
          ConditionExpression:
            'attribute_not_exists(pk) OR expiresAt <= :nowSeconds OR (#state = :sending AND leaseUntil <= :nowMs)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':nowSeconds': epochSeconds(now),
            ':nowMs': now.getTime(),
            ':sending': 'sending',
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // A recorded outcome (with or without a state, as older records have none) is done.
      // The item that stopped the write; read it where the endpoint does not return it. Gone by then
      // means its delivery gave it back a moment ago: `busy` sends this one round again.
      const item =
        error.Item ??
        (
          await this.db.send(
            new GetCommand({ TableName: this.tableName, Key: sendKey(dedupeKey), ConsistentRead: true }),
          )
        ).Item;
      if (!item) return 'busy';
      return stateOf(item) === 'sending' ? 'busy' : 'done';
    }
  }

  async record(dedupeKey: string, record: SendRecord, expiresAt: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sendKey(dedupeKey), state: 'done', ...record, expiresAt: epochSeconds(expiresAt) },
      }),
    );
  }

  async release(dedupeKey: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: sendKey(dedupeKey),
          ConditionExpression: '#state = :sending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
