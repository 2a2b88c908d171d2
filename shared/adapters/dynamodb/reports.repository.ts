import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SymptomReport } from '../../line/reports.js';
import type { ReportStore } from '../../ports.js';
import { isLive, kabPrefix, reportFromItem, reportItem } from './keys.js';
import { TABLE_DESIGN } from './table-design.js';

/** Symptom reports in the line's table, exported through the by-day index. */
export class DynamoReportStore implements ReportStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async save(report: SymptomReport, expiresAt: Date): Promise<'created' | 'updated'> {
    const { Attributes } = await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: reportItem(report, expiresAt),
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes ? 'updated' : 'created';
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
