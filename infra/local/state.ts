import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a running local line says how to reach its DynamoDB Local (a random port), so that
 * `npm run reports` can read the local table without being told.
 */
const STATE_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'local-line.json');

export interface LocalLineState {
  endpoint: string;
  tableName: string;
  pid: number;
}

export function writeLocalState(state: LocalLineState, file = STATE_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state));
}

export function clearLocalState(file = STATE_FILE): void {
  rmSync(file, { force: true });
}

export function readLocalState(file = STATE_FILE): LocalLineState | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalLineState;
  } catch {
    return undefined;
  }
}
