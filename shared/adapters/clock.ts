import type { Clock } from '../ports.js';

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant: `LINE_NOW` on the local host, and tests. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not an instant: ${String(at)}`);
  return { now: () => new Date(instant) };
}
