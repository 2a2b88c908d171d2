import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, OnceStore } from '../../ports.js';
import { claimOutcomeOf, completeClaimUpdate, epochSeconds, type ItemKey, onceKey } from './keys.js';

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

/** An update of one item, without its table name. */
export interface ItemUpdate {
  Key: ItemKey;
  UpdateExpression: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/**
 * Writes one item and, given a once-claim, marks that claim done in the same `TransactWriteItems`:
 * the change is stored exactly when its action is recorded as done, in one round trip.
 */
export async function writeCompletingClaim(
  db: DynamoDBDocumentClient,
  tableName: string,
  claim: string | undefined,
  write: { Put: { Item: Record<string, unknown> } } | { Update: ItemUpdate },
): Promise<void> {
  if (claim === undefined) {
    if ('Put' in write) await db.send(new PutCommand({ TableName: tableName, ...write.Put }));
    else await db.send(new UpdateCommand({ TableName: tableName, ...write.Update }));
    return;
  }
  const item =
    'Put' in write
      ? { Put: { TableName: tableName, ...write.Put } }
      : { Update: { TableName: tableName, ...write.Update } };
  await db.send(
    new TransactWriteCommand({
      TransactItems: [item, { Update: { TableName: tableName, ...completeClaimUpdate(claim) } }],
    }),
  );
}

/** {@link writeCompletingClaim} for an update. */
export function updateCompletingClaim(
  db: DynamoDBDocumentClient,
  tableName: string,
  claim: string | undefined,
  update: ItemUpdate,
): Promise<void> {
  return writeCompletingClaim(db, tableName, claim, { Update: update });
}
