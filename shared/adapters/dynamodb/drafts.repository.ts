import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DraftStore, ReportDraft } from '../../ports.js';
import { draftKey, epochSeconds, isLive, sessionOfferKey } from './keys.js';

function draftFrom(item: Record<string, unknown> | undefined, now: Date): ReportDraft | undefined {
  if (!item || !isLive(item, now) || typeof item.draft !== 'object' || item.draft === null) return undefined;
  return item.draft as ReportDraft;
}

/** Unfinished report flows and each session's resume offer, in the line's table. */
export class DynamoDraftStore implements DraftStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latest(subscriberId: string, now: Date): Promise<ReportDraft | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: draftKey(subscriberId) }),
    );
    return draftFrom(Item, now);
  }

  async save(subscriberId: string, draft: ReportDraft, expiresAt: Date): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...draftKey(subscriberId), draft, expiresAt: epochSeconds(expiresAt) },
      }),
    );
  }

  async discard(subscriberId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: draftKey(subscriberId) }));
  }

  async rememberOffer(sessionId: string, offer: ReportDraft | undefined, expiresAt: Date): Promise<void> {
    // Written once: a retried first hop must not replace the offer the session already showed.
    await this.db
      .send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...sessionOfferKey(sessionId), draft: offer ?? null, expiresAt: epochSeconds(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      )
      .catch((error: unknown) => {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      });
  }

  async offerFor(sessionId: string, now: Date): Promise<ReportDraft | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: sessionOfferKey(sessionId) }),
    );
    return draftFrom(Item, now);
  }
}
