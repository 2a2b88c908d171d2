import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Lang } from '../../lang.js';
import type { SubscriberProfile, SubscriberStore } from '../../ports.js';
import { profileFromItem, subscriberItem, subscriberKey } from './keys.js';
import { updateCompletingClaim } from './once.repository.js';

/** Subscribers' language preference and opt-out in the line's table, on one profile item each. */
export class DynamoSubscriberStore implements SubscriberStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async profileOf(subscriberId: string): Promise<SubscriberProfile> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: subscriberKey(subscriberId),
        ProjectionExpression: '#lang, optedOut',
        ExpressionAttributeNames: { '#lang': 'lang' },
      }),
    );
    return profileFromItem(Item);
  }

  async setLanguage(subscriberId: string, lang: Lang, at: Date, claim?: string): Promise<void> {
    const item = subscriberItem(subscriberId, lang, at);
    // An update, not a put, so other attributes of the subscriber (opt-out, consent) survive.
    await updateCompletingClaim(this.db, this.tableName, claim, {
      Key: subscriberKey(subscriberId),
      UpdateExpression: 'SET #lang = :lang, updatedAt = :at',
      ExpressionAttributeNames: { '#lang': 'lang' },
      ExpressionAttributeValues: { ':lang': item.lang, ':at': item.updatedAt },
    });
  }

  async setOptedOut(subscriberId: string, optedOut: boolean, at: Date, claim?: string): Promise<void> {
    await updateCompletingClaim(this.db, this.tableName, claim, {
      Key: subscriberKey(subscriberId),
      UpdateExpression: 'SET optedOut = :o, updatedAt = :at',
      ExpressionAttributeValues: { ':o': optedOut, ':at': at.toISOString() },
    });
  }
}
