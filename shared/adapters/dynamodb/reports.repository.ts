import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SymptomReport } from '../../line/reports.js';
import type { ReportStore } from '../../ports.js';
import { completeClaimUpdate, isLive, kabPrefix, reportFromItem, reportItem } from './keys.js';
import { TABLE_DESIGN } from './table-design.js';

/**
 * Symptom reports in the line's table, exported through the by-day index. A report and the once-claim
 * it completes are one transaction: both are written or neither.
 */
export class DynamoReportStore implements ReportStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async save(report: SymptomReport, expiresAt: Date, claim?: string): Promise<void> {
    const Item = reportItem(report, expiresAt);
    if (claim === undefined) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
      return;
    }
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item } },
          { Update: { TableName: this.tableName, ...completeClaimUpdate(claim, { whileTaken: true }) } },
        ],
      }),
    );
  }

  /** The live reports of one WIB day, optionally of one kab/kota, without a scan. */
  async reportsOn(day: string, now: Date, kabCode?: string): Promise<SymptomReport[]> {
    const index = TABLE_DESIGN.reportsByDay;
    const reports: SymptomReport[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.indexName,
          KeyConditionExpression: kabCode ? '#pk = :day AND begins_with(#sk, :kab)' : '#pk = :day',
          ExpressionAttributeNames: {
            '#pk': index.partitionKey,
            ...(kabCode ? { '#sk': index.sortKey } : {}),
          },
          ExpressionAttributeValues: {
            ':day': `DAY#${day}`,
            ...(kabCode ? { ':kab': kabPrefix(kabCode) } : {}),
          },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) if (isLive(item, now)) reports.push(reportFromItem(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return reports;
  }
}
