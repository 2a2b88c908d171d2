import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { log } from '../log.js';
import { powertoolsMetrics } from './metrics.js';

/**
 * The Powertools middleware every function starts with: log lines carry the invocation's request id
 * and cold start, and the invocation's metrics are flushed when it ends, even on error.
 */
export function lineTelemetry() {
  return [injectLambdaContext(log, { resetKeys: true }), logMetrics(powertoolsMetrics)];
}
