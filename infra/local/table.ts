import {
  BatchGetItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ResourceInUseException,
  TransactWriteItemsCommand,
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

/**
 * Runs each kind of request the line makes a few dozen times on a scratch item, so DynamoDB Local's
 * JVM has compiled those paths before the first caller: a cold DynamoDB Local can take longer than a
 * caller's time limit on its first requests, which a deployed table never does.
 */
export async function warmUpLineTable(client: DynamoDBClient, tableName: string, rounds = 25): Promise<void> {
  const key = (i: number) => ({
    [TABLE_DESIGN.partitionKey]: { S: 'warm-up' },
    [TABLE_DESIGN.sortKey]: { S: String(i % 5) },
  });
  for (let i = 0; i < rounds; i += 1) {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          ...key(i),
          n: { N: String(i) },
          [TABLE_DESIGN.reportsByDay.partitionKey]: { S: 'warm-up' },
          [TABLE_DESIGN.reportsByDay.sortKey]: { S: String(i) },
        },
      }),
    );
    await client.send(new GetItemCommand({ TableName: tableName, Key: key(i) }));
    await client.send(
      new BatchGetItemCommand({ RequestItems: { [tableName]: { Keys: [key(i), key(i + 1)] } } }),
    );
    await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
        ExpressionAttributeValues: { ':pk': { S: 'warm-up' } },
      }),
    );
    await client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: key(i),
              UpdateExpression: 'SET n = :n',
              ConditionExpression: 'attribute_exists(#pk)',
              ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
              ExpressionAttributeValues: { ':n': { N: String(i + 1) } },
            },
          },
        ],
      }),
    );
  }
  for (let i = 0; i < 5; i += 1)
    await client.send(new DeleteItemCommand({ TableName: tableName, Key: key(i) }));
}
