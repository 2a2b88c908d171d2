import { systemClock } from '../../shared/adapters/clock.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDeliveryStore } from '../../shared/adapters/dynamodb/deliveries.repository.js';
import { loadTableConfig } from '../../shared/config.js';
import { callbackRoute } from '../../shared/http/callback-route.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import { parseForm, textResponse } from '../../shared/http/wire.js';
import { log } from '../../shared/log.js';
import type { Clock, DeliveryStore } from '../../shared/ports.js';
import { defaultCallbackToken } from '../callback-token.js';
import { DeliveryReportSchema } from './schema.js';

export interface DeliveryDeps {
  deliveries: DeliveryStore;
  clock: Clock;
}

/** Delivery statuses are kept a month: long enough to answer "did my SMS arrive?". */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** `POST /sms/delivery-reports`: records each message's status, at least once and in any order. */
export function makeHandler(
  deps: DeliveryDeps | (() => DeliveryDeps),
  token: CallbackTokenSource = OPEN_CALLBACKS,
) {
  const resolve = typeof deps === 'function' ? deps : () => deps;
  return callbackRoute('sms-delivery-reports', token).handler(async (event) => {
    const report = parseForm(DeliveryReportSchema, event);
    const { deliveries, clock } = resolve();
    const now = clock.now();
    const recorded = await deliveries.record(
      {
        messageId: report.id,
        status: report.status,
        failureReason: report.failureReason,
        at: now.toISOString(),
      },
      new Date(now.getTime() + KEEP_MS),
    );
    log.info('sms delivery report', { id: report.id, status: report.status, recorded });
    return textResponse(200, 'OK');
  });
}

let defaults: DeliveryDeps | undefined;

function defaultDeps(): DeliveryDeps {
  if (!defaults) {
    const config = loadTableConfig();
    const db = makeDocumentClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT });
    defaults = { deliveries: new DynamoDeliveryStore(db, config.TABLE_NAME), clock: systemClock };
  }
  return defaults;
}

export const handler = makeHandler(defaultDeps, defaultCallbackToken());
