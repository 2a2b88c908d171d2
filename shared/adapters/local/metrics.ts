import type { LineMetric, Metrics } from '../../ports.js';

/** The local host's counters: kept in memory and shown at `GET /dev/metrics`. */
export class MemoryMetrics implements Metrics {
  private readonly counts = new Map<string, number>();

  count(metric: LineMetric): void {
    const key = metric.name === 'Reports' ? `Reports/${metric.riskLevel}` : metric.name;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Each counter by name (`Reports/<risk level>` for reports), in the order first counted. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
