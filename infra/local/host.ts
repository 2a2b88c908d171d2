import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { makeHandler as makeDashboardHandler } from '../../functions/dashboard/handler.js';
import { buildLineDeps, clockOf, pepperOf } from '../../functions/deps.js';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { makeHandler as makeDeliveryHandler } from '../../functions/sms-delivery-reports/handler.js';
import { makeHandler as makeSenderHandler } from '../../functions/sms-sender/handler.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { makeHandler as makeUssdEventsHandler } from '../../functions/ussd-events/handler.js';
import { BACKGROUND } from '../../shared/adapters/aws-clients.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDeliveryStore } from '../../shared/adapters/dynamodb/deliveries.repository.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import { DynamoSendLog } from '../../shared/adapters/dynamodb/send-log.repository.js';
import { MemoryMetrics } from '../../shared/adapters/local/metrics.js';
import { LocalOutbox, LocalSmsGateway } from '../../shared/adapters/local/outbox.js';
import { loadConfig } from '../../shared/config.js';
import { loadContentPack } from '../../shared/content/index.js';
import { DASHBOARD_PATHS } from '../../shared/dashboard/page.js';
import { LINE_FUNCTIONS } from '../line-functions.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { faultsRoute, faultyMethod, LocalFaults } from './faults.js';
import { asInvocation, prepareInvocations } from './invocations.js';
import { sqsEventOf } from './outbox-queue.js';
import {
  type LambdaHttpHandler,
  type LocalRoute,
  type LocalRoutes,
  lambdaContext,
  startLocalServer,
} from './server.js';
import { createLineTable, warmUpLineTable } from './table.js';
import { webRoutes } from './web/routes.js';

export interface LocalLine {
  url: string;
  dynamoEndpoint: string;
  /** DynamoDB Local's process id, so a test can pause it. */
  dynamoPid: number | undefined;
  /** Settles, with what happened, if DynamoDB Local dies while the line runs. */
  storageLost: Promise<string>;
  tableName: string;
  /** The faults armed through `/dev/faults`. */
  faults: LocalFaults;
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

/** The factory each deployed function's entry exports, so a test can check the local host uses it. */
export const LOCAL_FACTORIES: Readonly<Record<string, unknown>> = {
  'functions/ussd/handler.ts': makeUssdHandler,
  'functions/ussd-events/handler.ts': makeUssdEventsHandler,
  'functions/sms/handler.ts': makeSmsHandler,
  'functions/sms-delivery-reports/handler.ts': makeDeliveryHandler,
  'functions/sms-sender/handler.ts': makeSenderHandler,
  'functions/dashboard/handler.ts': makeDashboardHandler,
};

/** The API's routes, from the deployed functions table: every callback the stack routes, and no other. */
function callbackRoutes(handlers: Readonly<Record<string, LambdaHttpHandler>>): LocalRoutes {
  const routes: Record<string, LocalRoute> = {};
  for (const spec of LINE_FUNCTIONS) {
    if (!('callback' in spec.trigger)) continue;
    const handler = handlers[spec.entry];
    if (!handler) throw new Error(`The local host has no handler for ${spec.id} (${spec.entry})`);
    routes[`POST ${spec.trigger.callback}`] = { kind: 'lambda', handler };
  }
  return routes;
}

/**
 * Starts the whole line on this machine: DynamoDB Local in memory, the table, and the HTTP server
 * with the deployed routes, each served by the deployed handler code.
 */
export async function startLocalLine(options: LocalLineOptions = {}): Promise<LocalLine> {
  const env = options.env ?? process.env;
  // Before the first AWS SDK request, which would otherwise settle the process on one shared context.
  await prepareInvocations();
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
    await warmUpLineTable(admin, config.TABLE_NAME);
    admin.destroy();

    // One client for every store, so `/dev/faults` can fail any DynamoDB call the line makes.
    const faults = new LocalFaults();
    const db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
    faultyMethod(db, 'send', 'storage', faults);
    const clock = clockOf(config);
    const metrics = new MemoryMetrics();
    // The outbox runs the deployed SMS sender handler, with a gateway that records instead of sending.
    const gateway = new LocalSmsGateway(() => clock.now());
    faultyMethod(gateway, 'send', 'gateway', faults);
    const sender = makeSenderHandler({
      gateway,
      sendLog: new DynamoSendLog(db, config.TABLE_NAME),
      clock,
      metrics,
    });
    // Each delivery is an invocation of its own, as the queue's consumer is on AWS.
    const outbox = new LocalOutbox(async (sms, attempt) => {
      const context = lambdaContext('sms-sender');
      const result = await asInvocation(context.awsRequestId, () =>
        sender(sqsEventOf([{ body: JSON.stringify(sms), receiveCount: attempt }]), context),
      );
      return result.batchItemFailures.length === 0;
    });
    faultyMethod(outbox, 'enqueue', 'outbox', faults);
    const deps = buildLineDeps(config, outbox, metrics, await pepperOf(config), db);
    // What `GET /dev/outbox` shows: every SMS sent, once the messages queued so far are handled.
    const sentSms = async () => {
      await outbox.settled();
      return gateway.list();
    };
    // Each deployed callback function, keyed by its entry in LINE_FUNCTIONS, built from that entry's
    // own `makeHandler` with the local dependencies.
    const handlers: Record<string, LambdaHttpHandler> = {
      'functions/ussd/handler.ts': makeUssdHandler(deps),
      'functions/ussd-events/handler.ts': makeUssdEventsHandler(),
      'functions/sms/handler.ts': makeSmsHandler(deps),
      'functions/sms-delivery-reports/handler.ts': makeDeliveryHandler({
        deliveries: new DynamoDeliveryStore(db, config.TABLE_NAME),
        clock,
      }),
    };
    // The dashboard's data from the deployed handler, without sign-in (the local line is open). It
    // reads through a client of its own, as the pages do, so its reads never set off an armed fault.
    const dashboardDb = makeDocumentClient({
      region: 'local',
      endpoint: dynamo.endpoint,
      budget: BACKGROUND,
    });
    const dashboard = makeDashboardHandler({
      reports: new DynamoReportStore(dashboardDb, config.TABLE_NAME),
      clock,
      pack: loadContentPack(),
    });
    const { server, url } = await startLocalServer(
      {
        ...callbackRoutes(handlers),
        ...webRoutes({
          db,
          dynamoEndpoint: dynamo.endpoint,
          tableName: config.TABLE_NAME,
          clock,
          line: deps.line,
          sentSms,
        }),
        // After the pages' routes: the page and its files are read from shared/dashboard/page/ at start,
        // the data is the deployed function's.
        [`GET ${DASHBOARD_PATHS.data}`]: { kind: 'lambda', handler: dashboard },
        'GET /dev/outbox': { kind: 'json', body: sentSms },
        'GET /dev/metrics': { kind: 'json', body: () => metrics.snapshot() },
        'GET /dev/faults': { kind: 'http', handle: faultsRoute(faults) },
        'POST /dev/faults': { kind: 'http', handle: faultsRoute(faults) },
      },
      options.port ?? 3000,
    );
    return {
      url,
      dynamoEndpoint: dynamo.endpoint,
      dynamoPid: dynamo.pid,
      storageLost: dynamo.lost,
      tableName: config.TABLE_NAME,
      faults,
      stop: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await outbox.settled();
        db.destroy();
        dashboardDb.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
