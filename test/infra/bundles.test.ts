import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LINE_FUNCTIONS } from '../../infra/line-stack.js';
import { bundleFunction, formatReport } from '../../scripts/bundle-report.js';

const outdir = mkdtempSync(join(tmpdir(), 'covid-line-bundles-'));

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

describe('function bundles', () => {
  it.each(LINE_FUNCTIONS.filter((spec) => spec.answersUsers))(
    "$id builds without the Africa's Talking SDK",
    async (spec) => {
      const result = await bundleFunction(spec, outdir);
      expect(result.bytes).toBeGreaterThan(10_000);
      expect(result.includesAfricasTalking).toBe(false);
    },
  );

  it('notices the SDK when an entry pulls it in', async () => {
    // A stand-in package: the real SDK is not a dependency of this repository.
    const fixture = join(outdir, 'fixture');
    mkdirSync(join(fixture, 'node_modules/africastalking'), { recursive: true });
    writeFileSync(
      join(fixture, 'node_modules/africastalking/index.js'),
      'module.exports = () => ({ SMS: {} });\n',
    );
    writeFileSync(
      join(fixture, 'entry.ts'),
      "import at from 'africastalking';\nexport const handler = () => at();\n",
    );
    const result = await bundleFunction(
      { id: 'Leaky', entry: join(fixture, 'entry.ts'), answersUsers: true },
      outdir,
    );
    expect(result.includesAfricasTalking).toBe(true);
  });

  it('prints one row per function', () => {
    const report = formatReport([
      { id: 'Ussd', answersUsers: true, bytes: 2048, includesAfricasTalking: false },
      { id: 'SmsSender', answersUsers: false, bytes: 1_887_437, includesAfricasTalking: true },
    ]);
    expect(report.split('\n')).toEqual([
      'function   bundle KB  africastalking  answers users',
      'Ussd       2.0        no              yes',
      'SmsSender  1843.2     yes             no',
    ]);
  });
});
