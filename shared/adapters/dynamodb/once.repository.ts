import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, OnceStore } from '../../ports.js';
import { claimOutcomeOf, completeClaimUpdate, epochSeconds, onceKey } from './keys.js';

/**
 * Once-claims as conditional writes, so two tries can never both take a key: no read decides a write.
 * An expired item counts as absent, because DynamoDB deletes expired items only eventually (and
 * DynamoDB Local never does).
 */
export class DynamoOnceStore implements OnceStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(key: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...onceKey(key),
            state: 'taken',
            leaseUntil: now.getTime() + leaseMs,
            expiresAt: epochSeconds(expiresAt),
          },
          ConditionExpression:
            'attribute_not_exists(pk) OR expiresAt <= :nowSeconds OR (#state = :taken AND leaseUntil <= :nowMs)',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':nowSeconds': epochSeconds(now),
            ':nowMs': now.getTime(),
            ':taken': 'taken',
          },
          // The item that stopped the write says whether it is done or held, without a second read.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      if (error.Item) return claimOutcomeOf(error.Item);
      return this.outcomeFromRead(key);
    }
  }

  /**
   * For an endpoint that does not return the item that blocked the write: read it. Gone by then means
   * its try gave it back a moment ago; `busy` sends the caller to retry rather than guess.
   */
  private async outcomeFromRead(key: string): Promise<'done' | 'busy'> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: onceKey(key), ConsistentRead: true }),
    );
    return Item ? claimOutcomeOf(Item) : 'busy';
  }

  async complete(key: string): Promise<void> {
    await this.db.send(new UpdateCommand({ TableName: this.tableName, ...completeClaimUpdate(key) }));
  }

  async release(key: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: onceKey(key),
          // A claim marked done stays done, even if the try that completed it then failed.
          ConditionExpression: '#state = :taken',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':taken': 'taken' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
