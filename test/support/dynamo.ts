import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { createLineTable } from '../../infra/local/table.js';

/** DynamoDB Local with the line's table created, for integration tests. */
export async function startTestTable(tableName: string): Promise<DynamoDbLocal> {
  const dynamo = await startDynamoDbLocal();
  const admin = new DynamoDBClient({
    region: 'local',
    endpoint: dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await createLineTable(admin, tableName);
  admin.destroy();
  return dynamo;
}
