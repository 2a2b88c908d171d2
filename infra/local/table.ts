import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DESIGN } from '../../shared/adapters/dynamodb/table-design.js';

/** Creates the line's table as the CDK stack defines it (same keys and TTL attribute). */
export async function createLineTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE_DESIGN.partitionKey, AttributeType: 'S' },
          { AttributeName: TABLE_DESIGN.sortKey, AttributeType: 'S' },
          { AttributeName: TABLE_DESIGN.reportsByDay.partitionKey, AttributeType: 'S' },
          { AttributeName: TABLE_DESIGN.reportsByDay.sortKey, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: TABLE_DESIGN.reportsByDay.indexName,
            KeySchema: [
              { AttributeName: TABLE_DESIGN.reportsByDay.partitionKey, KeyType: 'HASH' },
              { AttributeName: TABLE_DESIGN.reportsByDay.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
    }),
  );
}
