import { AfricasTalkingSmsGateway } from '../../shared/adapters/africastalking/sms-gateway.js';
import { BACKGROUND } from '../../shared/adapters/aws-clients.js';
import { systemClock } from '../../shared/adapters/clock.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoSendLog } from '../../shared/adapters/dynamodb/send-log.repository.js';
import { PowertoolsLineMetrics } from '../../shared/adapters/metrics.js';
import { cachedSecret, readSecret } from '../../shared/adapters/secrets.js';
import { loadSenderConfig } from '../../shared/config.js';
import type { DeliverDeps } from '../../shared/line/sms/deliver-outbox.js';

/**
 * The SMS sender's dependencies, once per cold start. Kept apart from `functions/deps.ts`: this is the
 * only place that loads the Africa's Talking SDK, and the functions that answer users must not bundle it.
 */
let senderDeps: DeliverDeps | undefined;

export function defaultSenderDeps(): DeliverDeps {
  if (senderDeps) return senderDeps;
  const config = loadSenderConfig();
  const apiKey = cachedSecret(() => readSecret(config.AT_API_KEY_SECRET_ARN, config.AWS_REGION));
  const db = makeDocumentClient({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    budget: BACKGROUND,
  });
  senderDeps = {
    gateway: new AfricasTalkingSmsGateway({
      username: config.AT_USERNAME,
      senderId: config.AT_SENDER_ID,
      apiKey: async (fresh) => (fresh ? await apiKey.refresh() : undefined) ?? apiKey.get(),
      timeoutMs: config.AT_TIMEOUT_MS,
    }),
    sendLog: new DynamoSendLog(db, config.TABLE_NAME),
    clock: systemClock,
    metrics: new PowertoolsLineMetrics(),
  };
  return senderDeps;
}
