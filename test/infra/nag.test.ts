import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.js';

const outdirs: string[] = [];

afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

function testApp(builtinCloudFormationValidation: boolean): App {
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-nag-'));
  outdirs.push(outdir);
  return new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir, builtinCloudFormationValidation });
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; severity: string; violatingConstructs: { constructPath?: string }[] }[];
  }[];
}

/**
 * Synthesizes the app and returns every finding left unacknowledged: cdk-nag 3 reports through
 * CDK's validation report (synth throws when an error is left), and annotations are collected too
 * in case a rule pack still emits them.
 */
function unacknowledgedFindings(app: App, pluginName: RegExp): string[] {
  let annotations: string[] = [];
  try {
    const assembly = app.synth();
    annotations = assembly.stacks.flatMap((stack) =>
      stack.messages
        .filter((m) => m.level !== 'info' && /AwsSolutions-/.test(String(m.entry.data)))
        .map((m) => `${m.level} ${m.id}: ${String(m.entry.data)}`),
    );
  } catch (error) {
    // Unacknowledged errors stop synth; the report below still names them.
    if (!/ValidationFailed|Validation failed/.test(String(error))) throw error;
  }
  const report = JSON.parse(
    readFileSync(join(app.outdir, 'validation-report.json'), 'utf8'),
  ) as ValidationReport;
  const violations = report.pluginReports
    .filter((plugin) => pluginName.test(plugin.pluginName))
    .flatMap((plugin) =>
      plugin.violations.map(
        (v) =>
          `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`,
      ),
    );
  return [...violations, ...annotations];
}

describe('cdk-nag AWS Solutions checks', () => {
  it('leave no finding unacknowledged on the line stack', () => {
    const { app } = buildApp({ app: testApp(false) });
    expect(unacknowledgedFindings(app, /AwsSolutions/)).toEqual([]);
  });

  it('are really running: an unencrypted-in-transit queue is reported', () => {
    const app = testApp(false);
    new Queue(new Stack(app, 'Careless'), 'Queue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(unacknowledgedFindings(app, /AwsSolutions/)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error AwsSolutions-SQS4 at Careless\/Queue/)]),
    );
  });

  // The built-in CloudFormation rules run on every `cdk synth` and cost about 3 s, once.
  it('leave the template valid for the CloudFormation rules cdk synth runs', () => {
    const { app } = buildApp({ app: testApp(true) });
    expect(unacknowledgedFindings(app, /./)).toEqual([]);
  });
});
