import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildLineDeps, pepperOf } from '../../functions/deps.js';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { makeHandler as makeDeliveryHandler } from '../../functions/sms-delivery-reports/handler.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { makeHandler as makeUssdEventsHandler } from '../../functions/ussd-events/handler.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDeliveryStore } from '../../shared/adapters/dynamodb/deliveries.repository.js';
import { LocalOutbox } from '../../shared/adapters/local/outbox.js';
import { loadConfig } from '../../shared/config.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { startLocalServer } from './server.js';
import { createLineTable } from './table.js';

export interface LocalLine {
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  outbox: LocalOutbox;
  stop(): Promise<void>;
}

export interface LocalLineOptions {
  port?: number;
  /** An ISO instant to fix the line's clock at (`LINE_NOW`). */
  now?: string;
  /** Read for `TABLE_NAME`, `PHONE_HASH_PEPPER`, `LINE_NOW`; defaults suit a developer machine. */
  env?: Record<string, string | undefined>;
}

/** A pepper for the throwaway in-memory table only; deployed stacks read theirs from Secrets Manager. */
const LOCAL_PEPPER = 'local-development-pepper-not-a-secret';

/**
 * Starts the whole line on this machine: DynamoDB Local in memory, the table, and the HTTP server
 * with the deployed routes, each served by the deployed handler code.
 */
export async function startLocalLine(options: LocalLineOptions = {}): Promise<LocalLine> {
  const env = options.env ?? process.env;
  const dynamo = await startDynamoDbLocal();
  try {
    const config = loadConfig({
      TABLE_NAME: env.TABLE_NAME ?? 'covid-line-local',
      PHONE_HASH_PEPPER: env.PHONE_HASH_PEPPER ?? LOCAL_PEPPER,
      AWS_REGION: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      LINE_NOW: options.now ?? env.LINE_NOW,
    });
    const admin = new DynamoDBClient({
      region: 'local',
      endpoint: dynamo.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await createLineTable(admin, config.TABLE_NAME);
    admin.destroy();

    const outbox = new LocalOutbox();
    const db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    const deps = buildLineDeps(config, outbox, await pepperOf(config));
    const { server, url } = await startLocalServer(
      {
        'POST /ussd': { kind: 'lambda', handler: makeUssdHandler(deps) },
        'POST /ussd/events': { kind: 'lambda', handler: makeUssdEventsHandler() },
        'POST /sms': { kind: 'lambda', handler: makeSmsHandler(deps) },
        'POST /sms/delivery-reports': {
          kind: 'lambda',
          handler: makeDeliveryHandler({
            deliveries: new DynamoDeliveryStore(db, config.TABLE_NAME),
            clock: deps.clock,
          }),
        },
        'GET /dev/outbox': { kind: 'json', body: () => outbox.list() },
      },
      options.port ?? 3000,
    );
    return {
      url,
      dynamoEndpoint: dynamo.endpoint,
      tableName: config.TABLE_NAME,
      outbox,
      stop: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        db.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
