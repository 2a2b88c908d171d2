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

  claim(key: string, now: Date, leaseMs: number, expiresAt: Date): Promise<ClaimOutcome> {
    return claimItem(this.db, this.tableName, onceKey(key), 'taken', { now, leaseMs, expiresAt });
  }

  async complete(key: string): Promise<void> {
    await this.db.send(new UpdateCommand({ TableName: this.tableName, ...completeClaimUpdate(key) }));
  }

  release(key: string): Promise<void> {
    return releaseItem(this.db, this.tableName, onceKey(key), 'taken');
  }
}

/**
 * Takes an item as a lease-holding claim with one conditional write, so two tries can never both take
 * it: absent, expired (DynamoDB deletes expired items only eventually, DynamoDB Local never), or held
 * in `heldState` past its lease. Otherwise the item that stopped the write says `done` (any other
 * state) or `busy` (held); an endpoint that does not return it is read, and gone by then is `busy`.
 */
export async function claimItem(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: ItemKey,
  heldState: string,
  lease: { now: Date; leaseMs: number; expiresAt: Date },
): Promise<ClaimOutcome> {
  const { now, leaseMs, expiresAt } = lease;
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...key,
          state: heldState,
          leaseUntil: now.getTime() + leaseMs,
          expiresAt: epochSeconds(expiresAt),
        },
        ConditionExpression:
          'attribute_not_exists(pk) OR expiresAt <= :nowSeconds OR (#state = :held AND leaseUntil <= :nowMs)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':nowSeconds': epochSeconds(now),
          ':nowMs': now.getTime(),
          ':held': heldState,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    return 'claimed';
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const item =
      error.Item ??
      (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
    return item ? claimOutcomeOf(item, heldState) : 'busy';
  }
}

/** Gives a claim back: deletes the item only while it is still held, so a done claim stays done. */
export async function releaseItem(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: ItemKey,
  heldState: string,
): Promise<void> {
  try {
    await db.send(
      new DeleteCommand({
        TableName: tableName,
        Key: key,
        ConditionExpression: '#state = :held',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':held': heldState },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
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
