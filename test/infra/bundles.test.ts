import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LINE_FUNCTIONS } from '../../infra/line-functions.js';
import {
  ANSWERING_BUNDLE_MAX_BYTES,
  type BundleResult,
  bundleProblems,
  NEVER_BUNDLED,
} from '../../scripts/bundle-report.js';
import { bundleFunction, formatReport } from './support/bundle-fixture.js';

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

  it.each(LINE_FUNCTIONS.filter((spec) => spec.answersUsers))(
    '$id stays within 1,200 KB: a cold start loads all of it before the caller is answered',
    async (spec) => {
      const result = await bundleFunction(spec, outdir);
      expect(ANSWERING_BUNDLE_MAX_BYTES).toBe(1200 * 1024);
      expect(result.bytes).toBeLessThanOrEqual(ANSWERING_BUNDLE_MAX_BYTES);
    },
  );

  it.each(LINE_FUNCTIONS)(
    '$id bundles no date-holidays, moment-timezone, astronomia or zod translations',
    async (spec) => {
      const result = await bundleFunction(spec, outdir);
      expect(Object.keys(NEVER_BUNDLED)).toEqual([
        'date-holidays',
        'moment-timezone',
        'astronomia',
        'zod locales',
      ]);
      expect(result.neverBundled).toEqual([]);
    },
  );

  it.each(LINE_FUNCTIONS.filter((spec) => 'callback' in spec.trigger))(
    "$id keeps zod's English messages, which its 400 responses give",
    async (spec) => {
      const result = await bundleFunction(spec, outdir);
      expect(readFileSync(result.file, 'utf8')).toContain('Invalid input: expected ');
    },
  );

  it.each(LINE_FUNCTIONS)(
    '$id requires node:http and node:https rather than importing them (no undici at a cold start)',
    async (spec) => {
      const result = await bundleFunction(spec, outdir);
      expect(readFileSync(result.file, 'utf8')).not.toMatch(/from\s*["']node:https?["']/);
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

  const result = (overrides: Partial<BundleResult> & Pick<BundleResult, 'id'>): BundleResult => ({
    answersUsers: true,
    bytes: 2048,
    includesAfricasTalking: false,
    neverBundled: [],
    file: `${overrides.id}/index.mjs`,
    ...overrides,
  });

  it('prints one row per function, with its import CPU where measured', () => {
    const report = formatReport(
      [
        result({ id: 'Ussd' }),
        result({ id: 'SmsSender', answersUsers: false, bytes: 1_887_437, includesAfricasTalking: true }),
      ],
      new Map([['Ussd', 71.6]]),
    );
    expect(report.split('\n')).toEqual([
      'function   bundle KB  import ms  africastalking  answers users',
      'Ussd       2.0        72         no              yes',
      'SmsSender  1843.2     -          yes             no',
    ]);
  });

  it('fails a build that puts a caller at risk of a slow cold start', () => {
    expect(
      bundleProblems([
        result({ id: 'Ussd', bytes: 1_300_000 }),
        result({ id: 'Sms', includesAfricasTalking: true }),
        result({ id: 'UssdEvents', answersUsers: false, bytes: 2_000_000, neverBundled: ['date-holidays'] }),
        result({ id: 'SmsSender', answersUsers: false, bytes: 2_000_000, includesAfricasTalking: true }),
      ]),
    ).toEqual([
      'Ussd answers callers but its bundle is 1270 KB, over 1,200 KB.',
      'Sms answers callers but bundles africastalking: keep the SDK in the SMS sender.',
      'UssdEvents bundles date-holidays: see NEVER_BUNDLED in scripts/bundle-report.ts.',
    ]);
  });
});
