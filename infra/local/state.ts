import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where each running local line says how to reach it and its DynamoDB Local (a random port), so that
 * `npm run reports` can read the local table without being told. One file per running line, named by
 * its process id, so two lines started from one checkout never overwrite each other's.
 */
const STATE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'local-lines');

export interface LocalLineState {
  endpoint: string;
  tableName: string;
  pid: number;
  /** Its DynamoDB Local's process id. */
  dynamoPid?: number;
  /** The line's HTTP address. */
  url?: string;
  startedAt?: string;
}

const fileOf = (dir: string, pid: number) => join(dir, `${pid}.json`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A line killed without the chance to stop (SIGKILL, a closed terminal) leaves its DynamoDB Local
 * running: stopped here, once its line is known to be gone, if the process is still that server.
 */
function stopOrphan(pid: number | undefined): void {
  if (pid === undefined || !alive(pid)) return;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal.jar')) return;
  } catch {
    return;
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone meanwhile.
  }
}

export function writeLocalState(state: LocalLineState, dir = STATE_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(fileOf(dir, state.pid), JSON.stringify({ startedAt: new Date().toISOString(), ...state }));
}

export function clearLocalState(pid = process.pid, dir = STATE_DIR): void {
  rmSync(fileOf(dir, pid), { force: true });
}

/** Every local line still running, newest first; files left by lines that died are removed. */
export function runningLocalLines(dir = STATE_DIR): LocalLineState[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const lines: LocalLineState[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const state = JSON.parse(readFileSync(file, 'utf8')) as LocalLineState;
      if (alive(state.pid)) lines.push(state);
      else {
        stopOrphan(state.dynamoPid);
        rmSync(file, { force: true });
      }
    } catch {
      rmSync(file, { force: true });
    }
  }
  return lines.sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? ''));
}

/** The most recently started local line that is still running. */
export function readLocalState(dir = STATE_DIR): LocalLineState | undefined {
  return runningLocalLines(dir)[0];
}
