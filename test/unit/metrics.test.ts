import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PowertoolsLineMetrics } from '../../shared/adapters/metrics.js';
import { TELEMETRY } from '../../shared/telemetry.js';

/** The embedded-metric-format lines CloudWatch turns into the dashboard's metrics. */
function emfLines(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls
    .map(([chunk]) => String(chunk))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('line metrics through Powertools', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes reports by risk level on their own line, and SMS counts when the invocation ends', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const powertools = new Metrics({ namespace: TELEMETRY.namespace, serviceName: TELEMETRY.service });
    const metrics = new PowertoolsLineMetrics(powertools);
    metrics.count({ name: 'Reports', riskLevel: 'high', channel: 'ussd' });
    metrics.count({ name: 'SmsSent' });
    metrics.count({ name: 'SmsSent' });
    metrics.count({ name: 'SmsFailed' });
    powertools.publishStoredMetrics();
    const [report, sms] = emfLines(write);
    expect(report).toMatchObject({ service: 'covid-line', RiskLevel: 'high', Reports: 1, channel: 'ussd' });
    expect(report?._aws).toMatchObject({
      CloudWatchMetrics: [{ Namespace: 'CovidLine', Dimensions: [['service', 'RiskLevel']] }],
    });
    expect(sms).toMatchObject({ service: 'covid-line', SmsSent: [1, 1], SmsFailed: 1 });
    expect(sms?._aws).toMatchObject({
      CloudWatchMetrics: [{ Namespace: 'CovidLine', Dimensions: [['service']] }],
    });
  });
});
