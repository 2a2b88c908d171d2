import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearLocalState,
  readLocalState,
  runningLocalLines,
  writeLocalState,
} from '../../infra/local/state.js';

/** Where running local lines say how to reach them: one file each, and nothing left of a line that died. */
const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'covid-line-state-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A process id that was used and has ended. */
async function endedPid(): Promise<number> {
  const child = spawn('true');
  const pid = child.pid ?? 0;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}

describe('local line state files', () => {
  it('keeps one file per running line and gives the newest', () => {
    const d = dir();
    writeLocalState({ endpoint: 'http://127.0.0.1:1', tableName: 't', pid: process.pid, url: 'a' }, d);
    expect(readLocalState(d)?.url).toBe('a');
    expect(readdirSync(d)).toEqual([`${process.pid}.json`]);
    clearLocalState(process.pid, d);
    expect(readLocalState(d)).toBeUndefined();
  });

  it('forgets a line that died and stops the DynamoDB Local it left running', async () => {
    const d = dir();
    // Stands in for the orphaned server: its command line names the jar.
    const orphan = spawn('bash', ['-c', 'sleep 30; true', 'DynamoDBLocal.jar'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => orphan.once('exit', (_code, signal) => resolve(signal)));
    writeLocalState(
      { endpoint: 'http://127.0.0.1:2', tableName: 't', pid: await endedPid(), dynamoPid: orphan.pid },
      d,
    );
    expect(runningLocalLines(d)).toEqual([]);
    expect(readdirSync(d)).toEqual([]);
    await expect(exited).resolves.toBe('SIGKILL');
  });

  it('never stops a process that is not DynamoDB Local', async () => {
    const d = dir();
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    writeLocalState(
      { endpoint: 'http://127.0.0.1:3', tableName: 't', pid: await endedPid(), dynamoPid: other.pid },
      d,
    );
    runningLocalLines(d);
    expect(other.exitCode).toBeNull();
    expect(other.signalCode).toBeNull();
    other.kill();
  });
});
