/**
 * The single table's shape, shared by the CDK stack and the local host so the two cannot drift.
 * Generic key names (`pk`, `sk`) because one table holds subscribers, reports, drafts and
 * idempotency claims.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes expired items eventually, and code treats them as gone at once. */
  ttlAttribute: 'expiresAt',
  /** Reports by WIB day, then kab/kota: the health office's export reads it without a scan. */
  reportsByDay: { indexName: 'byDay', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
} as const;
