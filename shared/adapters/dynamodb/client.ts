import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CALLER_WAITING, type ClientBudget } from '../aws-clients.js';

/**
 * A document client; `endpoint` points it at DynamoDB Local on the local host and in tests. Its time
 * limits default to those of a caller waiting on the line (see `aws-clients.ts`).
 */
export function makeDocumentClient(options: {
  region: string;
  endpoint?: string;
  budget?: ClientBudget;
}): DynamoDBDocumentClient {
  const budget = options.budget ?? CALLER_WAITING;
  const client = new DynamoDBClient({
    region: options.region,
    maxAttempts: budget.maxAttempts,
    requestHandler: { ...budget.requestHandler },
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
