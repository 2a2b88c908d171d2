import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';

/** Bundled the way the stack bundles a function: makes a DynamoDB client and sends one request. */
export async function probe(endpoint: string): Promise<string> {
  const db = makeDocumentClient({ region: 'local', endpoint });
  try {
    await db.send(new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } }));
    return 'answered';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).name;
  } finally {
    db.destroy();
  }
}
