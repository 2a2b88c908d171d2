import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type DeliveryStore, type DeliveryUpdate, deliveryRank } from '../../ports.js';
import { deliveryKey, epochSeconds } from './keys.js';

/** Delivery reports, kept forward-only: a final status is never replaced by an in-flight one. */
export class DynamoDeliveryStore implements DeliveryStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(update: DeliveryUpdate, expiresAt: Date): Promise<boolean> {
    const rank = deliveryRank(update.status);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...deliveryKey(update.messageId),
            ...update,
            statusRank: rank,
            expiresAt: epochSeconds(expiresAt),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR statusRank <= :rank',
          ExpressionAttributeValues: { ':rank': rank },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
