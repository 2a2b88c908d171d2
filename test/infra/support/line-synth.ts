import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../../infra/app.js';
import type { LineStack } from '../../../infra/line-stack.js';

/**
 * The infra tests' shared fixture: the line synthesized once per context and test file, without
 * bundling or validation plugins (nag.test.ts runs those), so a file's assertions share one synth
 * instead of each paying for its own.
 */

/**
 * Synthesis and bundling run several times slower on a loaded 2-core machine than alone: 20 s
 * timed out in half the runs. Each infra test file applies these with `vi.setConfig`.
 */
export const INFRA_TIMEOUTS = { testTimeout: 120_000, hookTimeout: 180_000 } as const;

export interface SynthesizedLine {
  readonly stack: LineStack;
  readonly template: Template;
}

const synthesized = new Map<string, SynthesizedLine>();
const outdirs: string[] = [];

/**
 * An alarm address, so the synth does not print its "nobody is subscribed" warning on every test
 * run; a test of that warning passes `alarmEmail: ''`.
 */
const TEST_CONTEXT = { alarmEmail: 'line-alarms@example.org' };

/** The line stack for these context values (`-c key=value` arrives as strings), synthesized once. */
export function synthLine(overrides: Record<string, unknown> = {}): SynthesizedLine {
  const context = { ...TEST_CONTEXT, ...overrides };
  const key = JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b)));
  const found = synthesized.get(key);
  if (found) return found;
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-cdk-'));
  outdirs.push(outdir);
  const app = new App({
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    outdir,
    builtinCloudFormationValidation: false,
  });
  const { stack } = buildApp({ app, nag: false });
  const line = { stack, template: Template.fromStack(stack) };
  synthesized.set(key, line);
  return line;
}

/** Removes the cloud assemblies written so far; for an `afterAll`. */
export function removeSynthOutputs(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
