import type { Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LineFunction } from '../../infra/constructs/line-function.js';
import { LINE_FUNCTIONS } from '../../infra/line-functions.js';
import type { LineStack } from '../../infra/line-stack.js';
import { INFRA_TIMEOUTS, removeSynthOutputs, synthLine } from './support/line-synth.js';

vi.setConfig(INFRA_TIMEOUTS);

afterAll(removeSynthOutputs);

type Json = Record<string, unknown>;

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnRole);
}

function lineFunction(stack: LineStack, id: string): LineFunction {
  const fn = stack.functions.get(id);
  if (!fn) throw new Error(`no function ${id}`);
  return fn;
}

/** Every (action, resource) a role is allowed, across all the policies attached to it. */
function grantsOf(template: Template, roleId: string): { action: string; resource: string }[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
  });
  const grants: { action: string; resource: string }[] = [];
  for (const policy of Object.values(policies)) {
    const statements = (policy.Properties as { PolicyDocument: { Statement: Json[] } }).PolicyDocument
      .Statement;
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      const actions = [statement.Action].flat() as string[];
      const resources = [statement.Resource].flat();
      for (const action of actions) {
        for (const resource of resources) grants.push({ action, resource: JSON.stringify(resource) });
      }
    }
  }
  return grants;
}

function envOf(template: Template, stack: LineStack, id: string): Json {
  const fnId = logicalId(stack, lineFunction(stack, id).fn);
  const resource = template.toJSON().Resources[fnId] as { Properties: { Environment: { Variables: Json } } };
  return resource.Properties.Environment.Variables;
}

describe('the line stack', () => {
  let stack: LineStack;
  let template: Template;
  beforeAll(() => {
    ({ stack, template } = synthLine());
  });

  it('is named for its stage', () => {
    expect(stack.stackName).toBe('CovidLine-dev');
    expect(synthLine({ stage: 'prod' }).stack.stackName).toBe('CovidLine-prod');
  });

  it('runs every line function on Node.js 22, arm64, ESM, traced, with source maps', () => {
    const ids = LINE_FUNCTIONS.map((spec) => logicalId(stack, lineFunction(stack, spec.id).fn));
    const resources = template.toJSON().Resources as Record<string, { Properties: Json }>;
    for (const id of ids) {
      expect(resources[id]?.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        Environment: {
          Variables: {
            NODE_OPTIONS: '--enable-source-maps',
            LOG_LEVEL: 'info',
            POWERTOOLS_SERVICE_NAME: 'covid-line',
          },
        },
      });
    }
  });

  it('gives the USSD function 512 MB and stops it before the gateway gives up (~10 s)', () => {
    const ussd = logicalId(stack, lineFunction(stack, 'Ussd').fn);
    const props = template.toJSON().Resources[ussd].Properties as { MemorySize: number; Timeout: number };
    expect(props.MemorySize).toBe(512);
    expect(props.Timeout).toBeLessThan(10);
  });

  it('logs each function to its own log group with the configured retention', () => {
    for (const spec of LINE_FUNCTIONS) {
      const fn = lineFunction(stack, spec.id);
      const logs = logicalId(stack, fn.logGroup);
      expect(template.toJSON().Resources[logs].Properties.RetentionInDays).toBe(30);
      template.hasResourceProperties('AWS::Lambda::Function', {
        Runtime: 'nodejs22.x',
        LoggingConfig: { LogGroup: { Ref: logs } },
      });
    }
    const longer = synthLine({ logRetentionDays: '90' });
    const logs = logicalId(longer.stack, lineFunction(longer.stack, 'Ussd').logGroup);
    expect(longer.template.toJSON().Resources[logs].Properties.RetentionInDays).toBe(90);
  });

  it("keeps Lambda's JSON log filter at the logger's own level", () => {
    const verbose = synthLine({ logLevel: 'debug' });
    for (const spec of LINE_FUNCTIONS) {
      const id = logicalId(verbose.stack, lineFunction(verbose.stack, spec.id).fn);
      const props = verbose.template.toJSON().Resources[id].Properties;
      expect([spec.id, props.LoggingConfig.LogFormat, props.LoggingConfig.ApplicationLogLevel]).toEqual([
        spec.id,
        'JSON',
        'DEBUG',
      ]);
      expect(props.Environment.Variables.LOG_LEVEL).toBe('debug');
    }
  });

  it('refuses a context value it cannot use, naming the key', () => {
    expect(() => synthLine({ logRetentionDays: '45' })).toThrow(/logRetentionDays/);
    expect(() => synthLine({ stage: 'Prod_1' })).toThrow(/-c stage/);
  });

  it('keeps the table: on-demand, PITR, TTL on expiresAt, deletion protection, retained, encrypted', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      },
    });
  });

  it('indexes reports by day (gsi1pk, gsi1sk, all attributes)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: 'gsi1pk', AttributeType: 'S' },
        { AttributeName: 'gsi1sk', AttributeType: 'S' },
      ]),
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byDay',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('sends outbox messages that fail five times to an encrypted dead-letter queue kept 14 days', () => {
    template.resourceCountIs('AWS::SQS::Queue', 2);
    const dlqs = template.findResources('AWS::SQS::Queue', {
      Properties: { MessageRetentionPeriod: 1_209_600 },
    });
    const [dlqId] = Object.keys(dlqs);
    expect(dlqId).toBeDefined();
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
      SqsManagedSseEnabled: true,
    });
    expect(dlqs[dlqId as string]?.Properties.SqsManagedSseEnabled).toBe(true);
  });

  it('refuses non-TLS access to both queues', () => {
    const queues = Object.keys(template.findResources('AWS::SQS::Queue'));
    for (const queue of queues) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queue }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 'sqs:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('serves POST /ussd and POST /ussd/events from their functions', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    for (const [routeKey, id] of [
      ['POST /ussd', 'Ussd'],
      ['POST /ussd/events', 'UssdEvents'],
    ] as const) {
      const routes = template.findResources('AWS::ApiGatewayV2::Route', {
        Properties: { RouteKey: routeKey },
      });
      const route = Object.values(routes)[0] as {
        Properties: { Target: { 'Fn::Join': [string, unknown[]] } };
      };
      const integrationId = (route.Properties.Target['Fn::Join'][1][1] as { Ref: string }).Ref;
      const integration = template.toJSON().Resources[integrationId].Properties;
      expect(integration).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [logicalId(stack, lineFunction(stack, id).fn), 'Arn'] },
      });
    }
  });

  it('throttles the default stage and writes access logs, without the token-bearing query string', () => {
    const stages = template.findResources('AWS::ApiGatewayV2::Stage');
    expect(Object.keys(stages)).toHaveLength(1);
    const stage = Object.values(stages)[0]?.Properties as Json;
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: expect.any(Number),
        ThrottlingBurstLimit: expect.any(Number),
      },
    });
    const logs = stage.AccessLogSettings as {
      DestinationArn: { 'Fn::GetAtt': [string, string] };
      Format: string;
    };
    const logGroup = template.toJSON().Resources[logs.DestinationArn['Fn::GetAtt'][0]];
    expect(logGroup).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } });
    expect(JSON.parse(logs.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
    expect(logs.Format).not.toMatch(/querystring|requestOverride|\$context\.request\.url/i);
  });

  describe('alarms', () => {
    function alarmOn(metricName: string, extra: Json = {}) {
      return template.findResources('AWS::CloudWatch::Alarm', {
        Properties: {
          MetricName: metricName,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
          ...extra,
        },
      });
    }

    it('fires on any dead letter', () => {
      const dlq = Object.keys(
        template.findResources('AWS::SQS::Queue', { Properties: { MessageRetentionPeriod: 1_209_600 } }),
      )[0];
      const alarms = alarmOn('ApproximateNumberOfMessagesVisible', {
        Namespace: 'AWS/SQS',
        Threshold: 0,
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
      });
      expect(Object.keys(alarms)).toHaveLength(1);
    });

    it.each(['Errors', 'Throttles'])('fires on any %s of each function', (metric) => {
      for (const spec of LINE_FUNCTIONS) {
        const fnId = logicalId(stack, lineFunction(stack, spec.id).fn);
        const alarms = alarmOn(metric, {
          Namespace: 'AWS/Lambda',
          Statistic: 'Sum',
          Threshold: 0,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId } }],
        });
        expect(Object.keys(alarms), `${metric} alarm for ${spec.id}`).toHaveLength(1);
      }
    });

    it('fires on any API 5xx', () => {
      const apiId = Object.keys(template.findResources('AWS::ApiGatewayV2::Api'))[0];
      const alarms = alarmOn('5xx', {
        Namespace: 'AWS/ApiGateway',
        Threshold: 0,
        Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
      });
      expect(Object.keys(alarms)).toHaveLength(1);
    });

    it('fires when the USSD p99 duration passes 2000 ms', () => {
      const ussd = logicalId(stack, lineFunction(stack, 'Ussd').fn);
      const alarms = alarmOn('Duration', {
        Namespace: 'AWS/Lambda',
        ExtendedStatistic: 'p99',
        Threshold: 2000,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: ussd } }],
      });
      expect(Object.keys(alarms)).toHaveLength(1);
    });
  });

  it('draws the dashboard from USSD invocations, reports by risk level and SMS sent/failed/retried', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]);
    for (const level of ['low', 'moderate', 'high']) {
      // The dimension set the functions emit: the risk level and Powertools' service.
      expect(body).toContain(
        `[\\"CovidLine\\",\\"Reports\\",\\"RiskLevel\\",\\"${level}\\",\\"service\\",\\"covid-line\\",`,
      );
    }
    for (const name of ['SmsSent', 'SmsFailed', 'SmsRetried']) {
      expect(body).toContain(`[\\"CovidLine\\",\\"${name}\\",\\"service\\",\\"covid-line\\",`);
    }
    expect(body).toContain('[\\"AWS/Lambda\\",\\"Invocations\\",\\"FunctionName\\",\\"');
  });

  describe('grants', () => {
    it('lets the USSD function read and write items, never manage or scan the table', () => {
      const grants = grantsOf(template, logicalId(stack, lineFunction(stack, 'Ussd').role));
      const dynamo = grants.filter((g) => g.action.startsWith('dynamodb:')).map((g) => g.action);
      expect(dynamo).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']),
      );
      for (const forbidden of [
        'dynamodb:*',
        'dynamodb:DeleteTable',
        'dynamodb:CreateTable',
        'dynamodb:Scan',
      ]) {
        expect(dynamo).not.toContain(forbidden);
      }
    });

    it('lets the USSD function only send to the outbox', () => {
      const grants = grantsOf(template, logicalId(stack, lineFunction(stack, 'Ussd').role));
      const outbox = Object.keys(
        template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }),
      )[0];
      expect(grants.filter((g) => g.action.startsWith('sqs:'))).toEqual([
        { action: 'sqs:SendMessage', resource: JSON.stringify({ 'Fn::GetAtt': [outbox, 'Arn'] }) },
      ]);
    });

    it('lets each function read only the secrets it is given', () => {
      const secretIds = (name: string) =>
        Object.keys(template.toJSON().Resources).filter((id) => id.startsWith(name));
      const [pepper] = secretIds('PhoneHashPepper');
      const [token] = secretIds('CallbackToken');
      const readable = (id: string) =>
        grantsOf(template, logicalId(stack, lineFunction(stack, id).role))
          .filter((g) => g.action === 'secretsmanager:GetSecretValue')
          .map((g) => g.resource)
          .sort();
      expect(readable('Ussd')).toEqual(
        [JSON.stringify({ Ref: token }), JSON.stringify({ Ref: pepper })].sort(),
      );
      expect(readable('UssdEvents')).toEqual([JSON.stringify({ Ref: token })]);
    });

    it('gives the events function no table, queue or wildcard access beyond tracing', () => {
      const grants = grantsOf(template, logicalId(stack, lineFunction(stack, 'UssdEvents').role));
      expect(grants.filter((g) => /^(dynamodb|sqs):/.test(g.action))).toEqual([]);
      expect(grants.filter((g) => g.resource === '"*"').map((g) => g.action)).toEqual([
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
    });
  });

  it('sets exactly the environment contract on each function', () => {
    expect(Object.keys(envOf(template, stack, 'Ussd')).sort()).toEqual(
      [
        'CALLBACK_TOKEN_SECRET_ARN',
        'LOG_LEVEL',
        'NODE_OPTIONS',
        'OUTBOX_QUEUE_URL',
        'PHONE_HASH_PEPPER_SECRET_ARN',
        'POWERTOOLS_SERVICE_NAME',
        'REPORT_RETENTION_DAYS',
        'TABLE_NAME',
      ].sort(),
    );
    expect(envOf(template, stack, 'Ussd').REPORT_RETENTION_DAYS).toBe('180');
    expect(Object.keys(envOf(template, stack, 'UssdEvents')).sort()).toEqual(
      ['CALLBACK_TOKEN_SECRET_ARN', 'LOG_LEVEL', 'NODE_OPTIONS', 'POWERTOOLS_SERVICE_NAME'].sort(),
    );
  });

  it('generates the pepper (48, no punctuation) and callback token (40, alphanumeric), and keeps the pepper', () => {
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: { GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true } },
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 40, ExcludePunctuation: true, IncludeSpace: false },
    });
  });

  it('outputs the API URL, the four callback URLs without their token, the table name and the dashboard URL', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const api = Object.keys(template.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(JSON.stringify(outputs.ApiUrl?.Value)).toContain(JSON.stringify({ Ref: api }));
    for (const [output, path] of [
      ['UssdCallbackUrl', 'ussd'],
      ['UssdEventsCallbackUrl', 'ussd/events'],
      ['SmsCallbackUrl', 'sms'],
      ['SmsDeliveryReportsCallbackUrl', 'sms/delivery-reports'],
    ] as const) {
      const value = outputs[output]?.Value as { 'Fn::Join': [string, unknown[]] };
      const parts = value['Fn::Join'][1];
      expect(parts.at(-1), output).toMatch(new RegExp(`/${path}$`));
      expect(JSON.stringify(parts), output).not.toContain('token');
      expect(JSON.stringify(parts), output).toContain(JSON.stringify({ Ref: api }));
    }
    expect(outputs.TableName?.Value).toEqual({ Ref: logicalId(stack, stack.table.table) });
    expect(JSON.stringify(outputs.DashboardUrl?.Value)).toContain('#dashboards/dashboard/');
    expect(outputs.AfricasTalkingApiKeySecretArn).toBeDefined();
    expect(outputs.CallbackTokenSecretArn?.Value).toEqual({ Ref: expect.stringMatching(/^CallbackToken/) });
  });
});

describe('the SMS sender', () => {
  beforeAll(() => {
    synthLine();
    synthLine({ atUsername: 'jatim-line', atSenderId: 'INFOCOVID' });
  });

  it("wires an outbox consumer with partial batch failures and the Africa's Talking settings", () => {
    const { stack, template } = synthLine({ atUsername: 'jatim-line', atSenderId: 'INFOCOVID' });
    const fn = lineFunction(stack, 'SmsSender');
    const outbox = Object.keys(
      template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }),
    )[0];
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [outbox, 'Arn'] },
      FunctionName: { Ref: logicalId(stack, fn.fn) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(envOf(template, stack, 'SmsSender')).toMatchObject({
      AT_USERNAME: 'jatim-line',
      AT_SENDER_ID: 'INFOCOVID',
      AT_API_KEY_SECRET_ARN: { Ref: expect.stringMatching(/^AfricasTalkingApiKey/) },
      REPORT_RETENTION_DAYS: '180',
    });
    expect(Object.keys(template.findResources('AWS::CloudWatch::Alarm'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^MonitoringSmsSenderErrorsAlarm/)]),
    );
  });

  it("keeps the Africa's Talking key away from every other function, and the outbox's sending from the sender", () => {
    const { template, stack } = synthLine();
    for (const spec of LINE_FUNCTIONS) {
      const env = envOf(template, stack, spec.id);
      expect(env.AT_API_KEY_SECRET_ARN !== undefined, spec.id).toBe(spec.id === 'SmsSender');
    }
    expect(envOf(template, stack, 'SmsSender').OUTBOX_QUEUE_URL).toBeUndefined();
    expect(template.findResources('AWS::Lambda::EventSourceMapping')).toSatisfy(
      (mappings: object) => Object.keys(mappings).length === 1,
    );
  });
});
