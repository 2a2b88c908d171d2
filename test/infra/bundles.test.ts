import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LINE_FUNCTIONS } from '../../infra/line-functions.js';
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

  it('puts the SDK in the SMS sender, the one function that sends', async () => {
    const sender = LINE_FUNCTIONS.find((spec) => spec.id === 'SmsSender');
    if (!sender) throw new Error('no SmsSender row');
    const result = await bundleFunction(sender, outdir);
    expect(result.includesAfricasTalking).toBe(true);
    expect(LINE_FUNCTIONS.filter((spec) => !spec.answersUsers).map((spec) => spec.id)).toContain('SmsSender');
  });

  it.each(LINE_FUNCTIONS)('$id bundle loads as an ES module and exports its handler', async (spec) => {
    await bundleFunction(spec, outdir);
    const bundle = (await import(pathToFileURL(join(outdir, spec.id, 'index.mjs')).href)) as {
      handler?: unknown;
    };
    expect(typeof bundle.handler).toBe('function');
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
