/**
 * Names the functions' telemetry shares with the stack's dashboard: change one side, change both.
 * Every metric carries the Powertools `service` dimension besides its own.
 */
export const TELEMETRY = {
  service: 'covid-line',
  namespace: 'CovidLine',
} as const;
