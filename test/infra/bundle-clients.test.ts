import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LINE_BUNDLING } from '../../infra/constructs/line-function.js';
import { INFRA_TIMEOUTS } from './support/line-synth.js';

/**
 * The stack hands esbuild its settings on the command line (aliases, banner), where they apply to
 * every file of the bundle; a bundle built that way must still make AWS SDK clients that reach the
 * network, which loading it alone does not show.
 */
const outdir = mkdtempSync(join(tmpdir(), 'covid-line-probe-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 9));
    });
  });
}

describe('a bundle built with the stack’s esbuild arguments', () => {
  it('creates a DynamoDB client that reaches the network', {
    timeout: INFRA_TIMEOUTS.testTimeout,
  }, async () => {
    const outfile = join(outdir, 'probe.mjs');
    execFileSync(
      join(process.cwd(), 'node_modules', '.bin', 'esbuild'),
      [
        'test/infra/support/client-probe.ts',
        '--bundle',
        '--platform=node',
        '--format=esm',
        `--target=${LINE_BUNDLING.target}`,
        `--outfile=${outfile}`,
        '--log-level=error',
        `--banner:js=${LINE_BUNDLING.banner}`,
        ...Object.entries(LINE_BUNDLING.alias).map(([from, to]) => `--alias:${from}=${to}`),
      ],
      { stdio: 'pipe' },
    );
    const bundle = (await import(pathToFileURL(outfile).href)) as {
      probe: (endpoint: string) => Promise<string>;
    };
    // Nothing listens there: a client that works is refused; a broken one throws before it connects.
    expect(await bundle.probe(`http://127.0.0.1:${await closedPort()}`)).toBe('ECONNREFUSED');
  });
});
