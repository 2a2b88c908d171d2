import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CALLER_WAITING } from '../shared/adapters/aws-clients.js';
import { fixedClock, systemClock } from '../shared/adapters/clock.js';
import { DynamoChoiceStore } from '../shared/adapters/dynamodb/choices.repository.js';
import { makeDocumentClient } from '../shared/adapters/dynamodb/client.js';
import { DynamoDraftStore } from '../shared/adapters/dynamodb/drafts.repository.js';
import { DynamoOnceStore } from '../shared/adapters/dynamodb/once.repository.js';
import { DynamoReportStore } from '../shared/adapters/dynamodb/reports.repository.js';
import { DynamoSubscriberStore } from '../shared/adapters/dynamodb/subscribers.repository.js';
import { PowertoolsLineMetrics } from '../shared/adapters/metrics.js';
import { readSecret } from '../shared/adapters/secrets.js';
import { SqsOutbox } from '../shared/adapters/sqs/outbox.js';
import { type Config, loadConfig } from '../shared/config.js';
import { loadContentPack } from '../shared/content/index.js';
import { createLine, type Line } from '../shared/line/line.js';
import type { SmsDeps } from '../shared/line/sms/answer-sms.js';
import type { UssdDeps } from '../shared/line/ussd/answer-hop.js';
import type { Clock, Metrics, Outbox } from '../shared/ports.js';
import { subscriberIdOf } from '../shared/privacy.js';

/**
 * The composition root: config, clients and adapters, built once per cold start. Both hosts call
 * `buildLineDeps`; only the outbox differs (SQS on AWS, an in-process list on the local host).
 */

const lines = new Map<number, Line>();

/** The line with its content pack and search indexes, built once per process. */
export function sharedLine(reportRetentionDays = 180): Line {
  let line = lines.get(reportRetentionDays);
  if (!line) {
    line = createLine(loadContentPack(), { reportRetentionDays });
    lines.set(reportRetentionDays, line);
  }
  return line;
}

/** The real clock, or the instant `LINE_NOW` fixes. */
export function clockOf(config: Config): Clock {
  return config.LINE_NOW ? fixedClock(config.LINE_NOW) : systemClock;
}

/** What the USSD and SMS functions need: the same stores, one table. */
export type LineDeps = UssdDeps & SmsDeps;

export function buildLineDeps(
  config: Config,
  outbox: Outbox,
  metrics: Metrics,
  pepper: string,
  db: DynamoDBDocumentClient = makeDocumentClient({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
  }),
): LineDeps {
  const clock = clockOf(config);
  return {
    line: sharedLine(config.REPORT_RETENTION_DAYS),
    clock,
    subscribers: new DynamoSubscriberStore(db, config.TABLE_NAME),
    once: new DynamoOnceStore(db, config.TABLE_NAME),
    reports: new DynamoReportStore(db, config.TABLE_NAME),
    drafts: new DynamoDraftStore(db, config.TABLE_NAME),
    choices: new DynamoChoiceStore(db, config.TABLE_NAME),
    outbox,
    metrics,
    subscriberIdOf: (phone) => subscriberIdOf(phone, pepper),
  };
}

/** The pepper from the environment (local host) or from Secrets Manager (AWS), read once. */
export async function pepperOf(config: Config): Promise<string> {
  if (config.PHONE_HASH_PEPPER) return config.PHONE_HASH_PEPPER;
  if (!config.PHONE_HASH_PEPPER_SECRET_ARN) throw new Error('Invalid configuration: no phone-hash pepper');
  return readSecret(config.PHONE_HASH_PEPPER_SECRET_ARN, config.AWS_REGION);
}

let awsDeps: Promise<LineDeps> | undefined;

/** The deployed function's dependencies, from its environment and secrets, once per cold start. */
export function defaultLineDeps(): Promise<LineDeps> {
  awsDeps ??= (async () => {
    const config = loadConfig();
    if (!config.OUTBOX_QUEUE_URL) throw new Error('Invalid configuration: OUTBOX_QUEUE_URL: required on AWS');
    const outbox = new SqsOutbox(
      new SQSClient({ region: config.AWS_REGION, ...CALLER_WAITING }),
      config.OUTBOX_QUEUE_URL,
    );
    return buildLineDeps(config, outbox, new PowertoolsLineMetrics(), await pepperOf(config));
  })().catch((error: unknown) => {
    awsDeps = undefined;
    throw error;
  });
  return awsDeps;
}

/** The inbound SMS function's dependencies: the USSD line's, which include everything it needs. */
export function defaultSmsDeps(): Promise<SmsDeps> {
  return defaultLineDeps();
}
