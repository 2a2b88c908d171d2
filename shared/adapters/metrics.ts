import {
  MetricUnit,
  type Metrics as Powertools,
  Metrics as PowertoolsMetrics,
} from '@aws-lambda-powertools/metrics';
import { log } from '../log.js';
import type { LineMetric, Metrics } from '../ports.js';
import { TELEMETRY } from '../telemetry.js';

/**
 * The line's counters as CloudWatch embedded-metric-format lines, through Powertools for AWS Lambda.
 * Counts are buffered per invocation and flushed by the `logMetrics` middleware of each function
 * (`lineTelemetry`). The local host counts with `MemoryMetrics` instead, so this prints nothing there.
 */
export const powertoolsMetrics: Powertools = new PowertoolsMetrics({
  namespace: TELEMETRY.namespace,
  serviceName: TELEMETRY.service,
  // Most invocations count nothing (a menu hop); Powertools' warning about that would fill the logs.
  logger: {
    debug: (message: string) => log.debug(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => {
      if (!message.startsWith('No application metrics to publish')) log.warn(message);
    },
    error: (message: string) => log.error(message),
  },
});

export class PowertoolsLineMetrics implements Metrics {
  constructor(private readonly metrics: Powertools = powertoolsMetrics) {}

  count(metric: LineMetric): void {
    if (metric.name === 'Reports') {
      // Its own EMF line: the RiskLevel dimension must not attach to the other counts of the invocation.
      const single = this.metrics.singleMetric();
      single.addDimension('RiskLevel', metric.riskLevel);
      single.addMetadata('channel', metric.channel);
      single.addMetric('Reports', MetricUnit.Count, 1);
      return;
    }
    this.metrics.addMetric(metric.name, MetricUnit.Count, 1);
  }
}
