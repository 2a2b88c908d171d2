import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DraftStore, ReportDraft, SessionOffer, UssdCaller } from '../../ports.js';
import { draftItem, draftKey, epochSeconds, type ItemKey, subscriberKey, ussdCallerFrom } from './keys.js';

/** BatchGetItem may leave keys unread under throttling; they are asked for again, a few times. */
const BATCH_TRIES = 4;

/**
 * Unfinished report flows and the offer each session was shown, one item a subscriber in the line's
 * table. A USSD hop reads that item and the subscriber's profile in one BatchGetItem.
 */
export class DynamoDraftStore implements DraftStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async callerOf(subscriberId: string, now: Date): Promise<UssdCaller> {
    const profileKey = subscriberKey(subscriberId);
    const itemKey = draftKey(subscriberId);
    const found = await this.batchGet([profileKey, itemKey]);
    const pick = (key: ItemKey) => found.find((item) => item.sk === key.sk);
    return ussdCallerFrom(pick(profileKey), pick(itemKey), now);
  }

  private async batchGet(keys: ItemKey[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let pending: ItemKey[] = keys;
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > BATCH_TRIES) throw new Error(`BatchGetItem left ${pending.length} keys unread`);
      const { Responses, UnprocessedKeys } = await this.db.send(
        // Eventually consistent, half the cost of a consistent read: a hop that misses the offer its
        // session just remembered falls back to the draft it names, which is the same draft.
        new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending } } }),
      );
      items.push(...(Responses?.[this.tableName] ?? []));
      pending = (UnprocessedKeys?.[this.tableName]?.Keys ?? []) as ItemKey[];
    }
    return items;
  }

  async save(
    subscriberId: string,
    draft: ReportDraft,
    offer: SessionOffer,
    until: { draft: Date; offer: Date },
  ): Promise<void> {
    const Item = draftItem(subscriberId, {
      draft: { value: draft, until: until.draft },
      offer: { value: offer, until: until.offer },
    });
    await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
  }

  async discard(subscriberId: string, offer: SessionOffer, until: Date): Promise<void> {
    const Item = draftItem(subscriberId, { offer: { value: offer, until } });
    await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
  }

  async keepOffer(subscriberId: string, offer: SessionOffer, until: Date): Promise<void> {
    // An update, not a put: the draft stays as it is. A draft stored before drafts had their own
    // deadline keeps the item's expiry as its deadline, before the item's expiry moves to the offer's.
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: draftKey(subscriberId),
        UpdateExpression:
          'SET draftUntil = if_not_exists(draftUntil, expiresAt), #offer = :offer, offerUntil = :until, expiresAt = :until',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#offer': 'offer' },
        ExpressionAttributeValues: {
          ':offer': { sessionId: offer.sessionId, draft: offer.draft ?? null },
          ':until': epochSeconds(until),
        },
      }),
    );
  }
}
