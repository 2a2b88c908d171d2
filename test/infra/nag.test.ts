import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../infra/app.js';
import { INFRA_TIMEOUTS } from './support/line-synth.js';

vi.setConfig(INFRA_TIMEOUTS);

const outdirs: string[] = [];

afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

function testApp(builtinCloudFormationValidation: boolean, context: Record<string, unknown> = {}): App {
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-nag-'));
  outdirs.push(outdir);
  return new App({
    context: { 'aws:cdk:bundling-stacks': [], ...context },
    outdir,
    builtinCloudFormationValidation,
  });
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
function unacknowledgedFindings(app: App): { plugin: string; finding: string }[] {
  let annotations: { plugin: string; finding: string }[] = [];
  try {
    const assembly = app.synth();
    annotations = assembly.stacks.flatMap((stack) =>
      stack.messages
        .filter((m) => m.level !== 'info' && /AwsSolutions-/.test(String(m.entry.data)))
        .map((m) => ({ plugin: 'AwsSolutions', finding: `${m.level} ${m.id}: ${String(m.entry.data)}` })),
    );
  } catch (error) {
    // Unacknowledged errors stop synth; the report below still names them.
    if (!/ValidationFailed|Validation failed/.test(String(error))) throw error;
  }
  const report = JSON.parse(
    readFileSync(join(app.outdir, 'validation-report.json'), 'utf8'),
  ) as ValidationReport;
  const violations = report.pluginReports.flatMap((plugin) =>
    plugin.violations.map((v) => ({
      plugin: plugin.pluginName,
      finding: `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`,
    })),
  );
  return [...violations, ...annotations];
}

describe('the line stack, validated as cdk synth validates it', () => {
  // One synth runs both cdk-nag and the built-in CloudFormation rules (about 3 s on an idle machine);
  // each test reads its plugins' findings. With an alarm address, as a production deploy has one.
  let findings: { plugin: string; finding: string }[];
  beforeAll(() => {
    const { app } = buildApp({ app: testApp(true, { alarmEmail: 'line-alarms@example.org' }) });
    findings = unacknowledgedFindings(app);
  });

  it('leaves no cdk-nag AWS Solutions finding unacknowledged', () => {
    expect(findings.filter((f) => /AwsSolutions/.test(f.plugin)).map((f) => f.finding)).toEqual([]);
  });

  it('leaves the template valid for the CloudFormation rules cdk synth runs', () => {
    expect(findings.map((f) => f.finding)).toEqual([]);
  });
});

describe('cdk-nag AWS Solutions checks', () => {
  it('are really running: an unencrypted-in-transit queue is reported', () => {
    const app = testApp(false);
    new Queue(new Stack(app, 'Careless'), 'Queue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(unacknowledgedFindings(app).map((f) => f.finding)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error AwsSolutions-SQS4 at Careless\/Queue/)]),
    );
  });
});
