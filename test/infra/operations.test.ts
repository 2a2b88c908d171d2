import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, projectContext } from '../../infra/app.js';
import { LINE_FUNCTIONS } from '../../infra/line-functions.js';
import type { LineStack } from '../../infra/line-stack.js';
import { INFRA_TIMEOUTS, removeSynthOutputs, synthLine } from './support/line-synth.js';

vi.setConfig(INFRA_TIMEOUTS);

afterAll(removeSynthOutputs);

type Json = Record<string, unknown>;

/** The cdk.json defaults, which `cdk deploy` uses when no `-c` is given. */
const DEFAULTS = projectContext() as {
  ussdRateLimit: number;
  ussdBurstLimit: number;
  callbackRateLimit: number;
  callbackBurstLimit: number;
  ussdReservedConcurrency: number;
  callbackReservedConcurrency: number;
  alarmEmail: string;
};

function stageOf(template: Template): { id: string; props: Json; dependsOn: string[] } {
  const stages = Object.entries(template.findResources('AWS::ApiGatewayV2::Stage'));
  expect(stages).toHaveLength(1);
  const [id, stage] = stages[0] as [string, { Properties: Json; DependsOn?: string[] }];
  return { id, props: stage.Properties, dependsOn: stage.DependsOn ?? [] };
}

/** Each line function's reserved concurrency, undefined where it has none. */
function reservedConcurrency(line: { stack: LineStack; template: Template }): Record<string, unknown> {
  const resources = line.template.toJSON().Resources as Record<string, { Properties: Json }>;
  return Object.fromEntries(
    LINE_FUNCTIONS.map((spec) => {
      const fn = line.stack.functions.get(spec.id)?.fn;
      if (!fn) throw new Error(`no function ${spec.id}`);
      const id = line.stack.getLogicalId(fn.node.defaultChild as never);
      return [spec.id, resources[id]?.Properties.ReservedConcurrentExecutions];
    }),
  );
}

describe('capacity', () => {
  let line: ReturnType<typeof synthLine>;
  beforeAll(() => {
    line = synthLine();
  });

  it('is sized by default for 1,000 concurrent USSD sessions (docs/deploy.md, "Capacity")', () => {
    // 1,000 sessions, one hop every 4 s of caller think time: 250 hops/s, with headroom.
    expect(DEFAULTS.ussdRateLimit).toBeGreaterThanOrEqual(1_000 / 4);
    // A start-of-hour surge: every session's first hop at once.
    expect(DEFAULTS.ussdBurstLimit).toBeGreaterThanOrEqual(1_000);
    // Concurrency = rate x duration: the surge's 1,000 hops at a p99 of 0.4 s.
    expect(DEFAULTS.ussdReservedConcurrency).toBeGreaterThanOrEqual(1_000 * 0.4);
    // Within the default account concurrency of 1,000, leaving Lambda's minimum 100 unreserved.
    expect(DEFAULTS.ussdReservedConcurrency + 3 * DEFAULTS.callbackReservedConcurrency).toBeLessThanOrEqual(
      900,
    );
  });

  it('throttles each callback route at the cdk.json defaults, and POST /ussd at its own', () => {
    const stage = stageOf(line.template);
    expect(stage.props).toMatchObject({
      DefaultRouteSettings: {
        ThrottlingRateLimit: DEFAULTS.callbackRateLimit,
        ThrottlingBurstLimit: DEFAULTS.callbackBurstLimit,
      },
      RouteSettings: {
        'POST /ussd': {
          ThrottlingRateLimit: DEFAULTS.ussdRateLimit,
          ThrottlingBurstLimit: DEFAULTS.ussdBurstLimit,
        },
      },
    });
    expect(Object.keys(stage.props.RouteSettings as Json)).toEqual(['POST /ussd']);
  });

  it('creates the stage after the /ussd route, which its route settings name', () => {
    const [routeId] = Object.keys(
      line.template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: 'POST /ussd' } }),
    );
    expect(stageOf(line.template).dependsOn).toContain(routeId);
  });

  it('reserves concurrency for every callback function from the cdk.json defaults, none for the sender', () => {
    expect(reservedConcurrency(line)).toEqual({
      Ussd: DEFAULTS.ussdReservedConcurrency,
      UssdEvents: DEFAULTS.callbackReservedConcurrency,
      Sms: DEFAULTS.callbackReservedConcurrency,
      SmsDeliveryReports: DEFAULTS.callbackReservedConcurrency,
      SmsSender: undefined,
    });
  });

  it('takes -c overrides for the throttles and concurrency, `none` for no reservation', () => {
    const sized = synthLine({
      ussdRateLimit: '500',
      ussdBurstLimit: '1500',
      callbackRateLimit: '20',
      callbackBurstLimit: '40',
      ussdReservedConcurrency: '600',
      callbackReservedConcurrency: 'none',
    });
    expect(stageOf(sized.template).props).toMatchObject({
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      RouteSettings: { 'POST /ussd': { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1500 } },
    });
    expect(reservedConcurrency(sized)).toEqual({
      Ussd: 600,
      UssdEvents: undefined,
      Sms: undefined,
      SmsDeliveryReports: undefined,
      SmsSender: undefined,
    });
  });

  it.each([
    ['ussdRateLimit', 'fast'],
    ['ussdRateLimit', '0'],
    ['callbackRateLimit', '20000'],
    ['ussdBurstLimit', '6000'],
    ['callbackBurstLimit', '2.5'],
    // Lambda's reserved concurrency 0 stops a function: not a way to say "none".
    ['ussdReservedConcurrency', '0'],
    ['callbackReservedConcurrency', 'unlimited'],
  ])('refuses -c %s=%s, naming the key', (key, value) => {
    expect(() => synthLine({ [key]: value })).toThrow(new RegExp(`-c ${key}:`));
  });
});

describe('alarm notifications', () => {
  let template: Template;
  let topicId: string;
  beforeAll(() => {
    ({ template } = synthLine());
    const topics = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topics).toHaveLength(1);
    topicId = topics[0] as string;
  });

  it('sends every alarm to the topic when it fires and when it clears', () => {
    const alarms = Object.entries(template.findResources('AWS::CloudWatch::Alarm'));
    // The dead letters, errors and throttles of each of the five functions, API 5xx, USSD latency.
    expect(alarms).toHaveLength(1 + 2 * LINE_FUNCTIONS.length + 2);
    for (const [id, alarm] of alarms) {
      expect([id, alarm.Properties.AlarmActions, alarm.Properties.OKActions]).toEqual([
        id,
        [{ Ref: topicId }],
        [{ Ref: topicId }],
      ]);
    }
  });

  it('encrypts the topic with a rotated key of its own that CloudWatch may use', () => {
    const topic = template.toJSON().Resources[topicId].Properties as { KmsMasterKeyId: unknown };
    const keyId = (topic.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    template.hasResource('AWS::KMS::Key', {
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            }),
          ]),
        },
      },
    });
    expect(Object.keys(template.findResources('AWS::KMS::Key'))).toEqual([keyId]);
  });

  it('refuses publishing without TLS and lets CloudWatch alarms of this account publish', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: Match.objectLike({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }),
          }),
        ]),
      },
    });
  });

  it('subscribes the -c alarmEmail address by e-mail', () => {
    const { template: subscribed } = synthLine({ alarmEmail: 'dinkes-oncall@example.org' });
    const [topic] = Object.keys(subscribed.findResources('AWS::SNS::Topic'));
    subscribed.resourceCountIs('AWS::SNS::Subscription', 1);
    subscribed.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'dinkes-oncall@example.org',
      TopicArn: { Ref: topic },
    });
  });

  it('keeps the topic without a subscriber when alarmEmail is empty, and warns at synth', () => {
    // The warning is printed as an admin sees it at synth: read here, kept out of the test output.
    const printed: string[] = [];
    const keep = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    };
    const captures = [
      vi.spyOn(console, 'error').mockImplementation(keep),
      vi.spyOn(console, 'warn').mockImplementation(keep),
      vi.spyOn(console, 'log').mockImplementation(keep),
    ];
    try {
      const unsubscribed = synthLine({ alarmEmail: '' });
      unsubscribed.template.resourceCountIs('AWS::SNS::Topic', 1);
      unsubscribed.template.resourceCountIs('AWS::SNS::Subscription', 0);
      Annotations.fromStack(unsubscribed.stack).hasWarning(
        '/CovidLine-dev/Monitoring',
        Match.stringLikeRegexp('No -c alarmEmail'),
      );
    } finally {
      for (const capture of captures) capture.mockRestore();
    }
    expect(printed.join('\n')).toMatch(/No -c alarmEmail: alarms notify a topic nobody is subscribed to/);
    expect(DEFAULTS.alarmEmail).toBe('');
  });

  it('refuses an alarmEmail that is not an address', () => {
    expect(() => synthLine({ alarmEmail: 'dinkes' })).toThrow(/-c alarmEmail:/);
  });
});

describe('outputs', () => {
  it('never carry the callback token, only its secret ARN', () => {
    const { template } = synthLine();
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const [tokenSecret] = Object.keys(template.findResources('AWS::SecretsManager::Secret')).filter((id) =>
      id.startsWith('CallbackToken'),
    );
    expect(tokenSecret).toBeDefined();
    for (const [name, { Value }] of Object.entries(outputs)) {
      const value = JSON.stringify(Value);
      expect(value, name).not.toMatch(/resolve:secretsmanager|SecretString|token=/i);
      expect(value, name).not.toContain('Fn::GetAtt');
      if (value.includes(`"${tokenSecret}"`)) expect([name, Value]).toEqual([name, { Ref: tokenSecret }]);
    }
    expect(Object.keys(outputs)).toContain('CallbackTokenSecretArn');
    // Nothing reads the token at deploy time to put it anywhere.
    template.resourceCountIs('Custom::AWS', 0);
  });
});

describe('the callback token', () => {
  it('is given to every callback function: synth refuses a callback function without it', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'covid-line-cdk-'));
    try {
      const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir });
      const functions = LINE_FUNCTIONS.map((spec) =>
        spec.id === 'UssdEvents' ? { ...spec, secrets: [] } : spec,
      );
      expect(() => buildApp({ app, nag: false, functions })).toThrow(
        /UssdEvents serves a callback but is not given the callbackToken secret/,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
