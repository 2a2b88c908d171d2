import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, OnceStore } from '../../ports.js';
import { epochSeconds, onceKey } from './keys.js';

/**
 * Idempotency claims as conditional puts: the first writer wins. An expired claim can be taken again,
 * because DynamoDB deletes expired items only eventually (and DynamoDB Local never does).
 */
export class DynamoOnceStore implements OnceStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async claim(key: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...onceKey(key), expiresAt: epochSeconds(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': epochSeconds(this.clock.now()) },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(key: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: onceKey(key) }));
  }
}
