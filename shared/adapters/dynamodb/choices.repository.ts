import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ChoiceStore, PendingChoice } from '../../ports.js';
import { choiceKey, epochSeconds, isLive } from './keys.js';
import { writeCompletingClaim } from './once.repository.js';

/** The latest numbered list texted to each subscriber, in the line's table, with its expiry. */
export class DynamoChoiceStore implements ChoiceStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async latest(subscriberId: string, now: Date): Promise<PendingChoice | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: choiceKey(subscriberId) }),
    );
    if (!Item || !isLive(Item, now) || typeof Item.choice !== 'object' || Item.choice === null)
      return undefined;
    return Item.choice as PendingChoice;
  }

  async save(subscriberId: string, choice: PendingChoice, expiresAt: Date, claim?: string): Promise<void> {
    await writeCompletingClaim(this.db, this.tableName, claim, {
      Put: { Item: { ...choiceKey(subscriberId), choice, expiresAt: epochSeconds(expiresAt) } },
    });
  }
}
