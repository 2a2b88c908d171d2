import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  Logging,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { TELEMETRY } from '../shared/telemetry.js';
import { LineAlarms, type MonitoredFunction } from './constructs/line-alarms.js';
import { LineApi } from './constructs/line-api.js';
import { LineFunction, type LogLevel } from './constructs/line-function.js';
import { LineTable } from './constructs/line-table.js';
import {
  CALLBACK_PATHS,
  LINE_FUNCTIONS,
  type LineFunctionSpec,
  type LineSecretName,
  SENDER_TIMEOUT_SECONDS,
} from './line-functions.js';

/** Deploy-time settings, from CDK context (`cdk.json`, overridable with `-c`); parsed in `app.ts`. */
export interface LineSettings {
  /** Names the stack (`CovidLine-<stage>`), so several stages can share one account. */
  readonly stage: string;
  /** Africa's Talking username; `sandbox` talks to the simulator. */
  readonly atUsername: string;
  /** Registered sender ID or short code for outgoing SMS; empty uses Africa's Talking's default. */
  readonly atSenderId: string;
  /** The USSD code callers dial, as configured in Africa's Talking. */
  readonly ussdServiceCode: string;
  readonly reportRetentionDays: number;
  readonly logRetentionDays: RetentionDays;
  readonly logLevel: LogLevel;
}

/** The secret ARN variables of the environment contract. */
const SECRET_VARIABLES: Record<LineSecretName, string> = {
  phoneHashPepper: 'PHONE_HASH_PEPPER_SECRET_ARN',
  callbackToken: 'CALLBACK_TOKEN_SECRET_ARN',
  africasTalkingApiKey: 'AT_API_KEY_SECRET_ARN',
};

export interface LineStackProps extends StackProps {
  readonly settings: LineSettings;
  /** @default LINE_FUNCTIONS */
  readonly functions?: readonly LineFunctionSpec[];
}

/** The info line on AWS: HTTP API, functions, table, outbox, secrets, alarms and dashboard. */
export class LineStack extends Stack {
  readonly table: LineTable;
  readonly functions: ReadonlyMap<string, LineFunction>;

  constructor(scope: Construct, id: string, props: LineStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const specs = props.functions ?? LINE_FUNCTIONS;

    // The one table: subscribers, reports, drafts, once-only claims.
    this.table = new LineTable(this, 'Data');

    // Dead letters: an SMS that failed five times waits here for a person, for the longest SQS allows.
    const deadLetters = new Queue(this, 'OutboxDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    // The outbox: a USSD hop queues its SMS and answers at once; sending is slow and can fail.
    const outbox = new Queue(this, 'Outbox', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(SENDER_TIMEOUT_SECONDS * 6),
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });

    // Africa's Talking API key, for the SMS sender: a placeholder until an admin sets the real key.
    const africasTalkingApiKey = new Secret(this, 'AfricasTalkingApiKey', {
      description: `Africa's Talking API key for username "${settings.atUsername}" (placeholder until set by an admin)`,
      generateSecretString: { passwordLength: 32, excludePunctuation: true },
    });
    Validations.of(africasTalkingApiKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        "Africa's Talking issues this key in its own dashboard and has no API to rotate it, so a Secrets Manager rotation function cannot; an admin rotates it there and puts the new key here.",
    });

    // The pepper of the phone-number HMAC: without it a stored subscriber id cannot be linked to a phone.
    const phoneHashPepper = new Secret(this, 'PhoneHashPepper', {
      description: 'Pepper for the HMAC-SHA256 of phone numbers',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      // Kept with the retained table: the hashes in it mean nothing without this pepper.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(phoneHashPepper).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the pepper changes every subscriber id: stored language choices and reports would no longer match their callers. It is a hashing key, not a credential, and is changed only with a data migration.',
    });

    // Shared secret in the callback URLs, so only Africa's Talking (which has the URLs) reaches the functions.
    const callbackToken = new Secret(this, 'CallbackToken', {
      description: "Token in the Africa's Talking callback URLs (?token=...)",
      generateSecretString: { passwordLength: 40, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(callbackToken).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        "The token is part of the callback URLs pasted into Africa's Talking's dashboard; an automatic rotation would reject every callback until someone pastes new URLs, so it is rotated by hand (docs/deploy.md).",
    });

    const api = new LineApi(this, 'Callbacks', {
      description: `Africa's Talking callbacks for the COVID-19 info line (${settings.stage})`,
      logRetention: settings.logRetentionDays,
      // About 25 concurrent USSD sessions at one hop every 2 s; the burst absorbs retries after a blip.
      rateLimit: 50,
      burstLimit: 100,
    });

    const secrets: Record<LineSecretName, Secret> = { phoneHashPepper, callbackToken, africasTalkingApiKey };
    const functions = new Map<string, LineFunction>();
    for (const spec of specs) {
      const fn = new LineFunction(this, spec.id, {
        entry: spec.entry,
        description: spec.description,
        memorySize: spec.memoryMb,
        timeout: Duration.seconds(spec.timeoutSeconds),
        logRetention: settings.logRetentionDays,
        logLevel: settings.logLevel,
        environment: { POWERTOOLS_SERVICE_NAME: TELEMETRY.service },
      });
      if (spec.table) fn.bindTable(this.table, spec.table);
      // Writers stamp each report's expiry (TTL) from this.
      if (spec.table === 'RW')
        fn.fn.addEnvironment('REPORT_RETENTION_DAYS', String(settings.reportRetentionDays));
      if (spec.sendsSms) fn.bindOutbox(outbox);
      for (const name of spec.secrets ?? []) fn.bindSecret(SECRET_VARIABLES[name], secrets[name]);
      if (spec.secrets?.includes('africasTalkingApiKey')) {
        fn.fn.addEnvironment('AT_USERNAME', settings.atUsername);
        fn.fn.addEnvironment('AT_SENDER_ID', settings.atSenderId);
      }
      if ('callback' in spec.trigger) api.addCallbackRoute(spec.id, spec.trigger.callback, fn.fn);
      else fn.consumeOutbox(outbox);
      functions.set(spec.id, fn);
    }
    this.functions = functions;

    const ussd = functions.get('Ussd');
    const ussdEvents = functions.get('UssdEvents');
    if (!ussd || !ussdEvents) throw new Error('The line needs its Ussd and UssdEvents functions');

    const monitoring = new LineAlarms(this, 'Monitoring', {
      functions: [...functions].map(([name, fn]): MonitoredFunction => ({ name, fn: fn.fn })),
      ussd: ussd.fn,
      ussdEvents: ussdEvents.fn,
      api: api.api,
      outbox,
      deadLetters,
    });

    const token = this.readCallbackToken(callbackToken, settings.logRetentionDays);
    const callbackOutputs: Record<keyof typeof CALLBACK_PATHS, [string, string]> = {
      ussd: ['UssdCallbackUrl', "Africa's Talking USSD callback URL"],
      ussdEvents: ['UssdEventsCallbackUrl', 'USSD end-of-session notification URL'],
      sms: ['SmsCallbackUrl', 'Incoming SMS callback URL'],
      smsDeliveryReports: ['SmsDeliveryReportsCallbackUrl', 'SMS delivery reports callback URL'],
    };
    for (const [key, [outputId, description]] of Object.entries(callbackOutputs)) {
      const path = CALLBACK_PATHS[key as keyof typeof CALLBACK_PATHS];
      // The stage URL ends with a slash.
      new CfnOutput(this, outputId, {
        description,
        value: `${api.stage.url}${path.slice(1)}?token=${token}`,
      });
    }
    new CfnOutput(this, 'TableName', { description: 'The line table', value: this.table.table.tableName });
    new CfnOutput(this, 'AfricasTalkingApiKeySecretArn', {
      description: "Put the Africa's Talking API key here (docs/deploy.md)",
      value: africasTalkingApiKey.secretArn,
    });
    new CfnOutput(this, 'CallbackTokenSecretArn', {
      description: 'The callback token, for rotating it by hand (docs/deploy.md)',
      value: callbackToken.secretArn,
    });
    new CfnOutput(this, 'UssdServiceCode', {
      description: 'USSD code to point at UssdCallbackUrl',
      value: settings.ussdServiceCode,
    });
    new CfnOutput(this, 'DashboardUrl', {
      description: 'CloudWatch dashboard of the line',
      value: `https://${this.region}.console.aws.amazon.com/cloudwatch/home?region=${this.region}#dashboards/dashboard/${monitoring.dashboard.dashboardName}`,
    });
  }

  /**
   * The callback token's value, for the URL outputs. CloudFormation leaves a
   * `{{resolve:secretsmanager:...}}` reference unresolved in Outputs (it resolves them in resource
   * properties only), so a deploy-time SDK call reads the secret instead.
   *
   * Trade-off: the token shows in the stack's outputs to anyone allowed `cloudformation:DescribeStacks`
   * (ReadOnlyAccess includes it), even without `secretsmanager:GetSecretValue`. Accepted because the
   * token only keeps strangers from posting fake callbacks, which the stage throttle bounds; it opens
   * no data, and the Africa's Talking key and the pepper never appear. The outputs are refreshed only
   * when this resource changes, so after rotating the token build the URLs as docs/deploy.md says.
   */
  private readCallbackToken(secret: Secret, logRetention: RetentionDays): string {
    // The deploy-time reader logs to its own group with the line's retention.
    const logGroup = new LogGroup(this, 'CallbackTokenReaderLogs', {
      retention: logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Its own role, writing to that group only, instead of AWSLambdaBasicExecutionRole.
    const role = new Role(this, 'CallbackTokenReaderRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    logGroup.grantWrite(role);
    // Reads the token once per deployment that changes it.
    const reader = new AwsCustomResource(this, 'CallbackTokenReader', {
      onUpdate: {
        service: 'SecretsManager',
        action: 'GetSecretValue',
        parameters: { SecretId: secret.secretArn },
        physicalResourceId: PhysicalResourceId.of('callback-token'),
        outputPaths: ['SecretString'],
        // Keeps the token out of the reader's own logs.
        logging: Logging.withDataHidden(),
      },
      policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [secret.secretArn] }),
      role,
      logGroup,
      // The SDK in the Lambda runtime: no npm download during deployment.
      installLatestAwsSdk: false,
    });
    return reader.getResponseField('SecretString');
  }
}
