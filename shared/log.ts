/**
 * Structured one-line JSON logs (CloudWatch parses them). Callers pass masked values only: a phone
 * number goes through `maskPhone`, a user's text through `maskText`. `LOG_LEVEL=silent` mutes tests.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  return level in ORDER ? ORDER[level as Level] : ORDER.info;
}

function write(level: Level, message: string, fields: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (message: string, fields: Record<string, unknown> = {}) => write('debug', message, fields),
  info: (message: string, fields: Record<string, unknown> = {}) => write('info', message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write('warn', message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write('error', message, fields),
};

/** An error as loggable fields, without the request data some SDK errors carry. */
export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.name, reason: error.message } : { error: String(error) };
}
