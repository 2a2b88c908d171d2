import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Lang } from '../../lang.js';
import type { SubscriberStore } from '../../ports.js';
import { languageFromItem, subscriberItem, subscriberKey } from './keys.js';

/** Subscribers' language preference in the line's table. */
export class DynamoSubscriberStore implements SubscriberStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async languageOf(subscriberId: string): Promise<Lang | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: subscriberKey(subscriberId) }),
    );
    return languageFromItem(Item);
  }

  async setLanguage(subscriberId: string, lang: Lang, at: Date): Promise<void> {
    const item = subscriberItem(subscriberId, lang, at);
    // An update, not a put, so other attributes of the subscriber (opt-out, consent) survive.
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: subscriberKey(subscriberId),
        UpdateExpression: 'SET #lang = :lang, updatedAt = :at',
        ExpressionAttributeNames: { '#lang': 'lang' },
        ExpressionAttributeValues: { ':lang': item.lang, ':at': item.updatedAt },
      }),
    );
  }

  async isOptedOut(subscriberId: string): Promise<boolean> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: subscriberKey(subscriberId),
        ProjectionExpression: 'optedOut',
      }),
    );
    return Item?.optedOut === true;
  }

  async setOptedOut(subscriberId: string, optedOut: boolean, at: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: subscriberKey(subscriberId),
        UpdateExpression: 'SET optedOut = :o, updatedAt = :at',
        ExpressionAttributeValues: { ':o': optedOut, ':at': at.toISOString() },
      }),
    );
  }
}
