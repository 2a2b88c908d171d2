import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TELEMETRY } from '../shared/telemetry.js';
import { HealthOfficeDashboard } from './constructs/dashboard.js';
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
  /** Steady requests per second and burst for `POST /ussd`: one request per hop of every session. */
  readonly ussdRateLimit: number;
  readonly ussdBurstLimit: number;
  /** The same for each of the other callback routes (session ends, incoming SMS, delivery reports). */
  readonly callbackRateLimit: number;
  readonly callbackBurstLimit: number;
  /** Reserved concurrency of the USSD function; undefined leaves it in the account's unreserved pool. */
  readonly ussdReservedConcurrency: number | undefined;
  /** Reserved concurrency of each other callback function; undefined as above. */
  readonly callbackReservedConcurrency: number | undefined;
  /** Who the alarms e-mail; empty leaves the alarm topic without a subscription. */
  readonly alarmEmail: string;
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

/**
 * A stage whose clerks' accounts go with it when it is destroyed: `dev` and `dev-...`. Every other
 * stage (`staging`, `prod`, ...) keeps them, as every stage keeps the table.
 */
export function isDisposableStage(stage: string): boolean {
  return stage === 'dev' || stage.startsWith('dev-');
}

/**
 * The info line on AWS: HTTP API, functions, table, outbox, secrets, alarms and CloudWatch dashboard,
 * and the health office's dashboard behind the clerks' sign-in.
 */
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

    // Sized in docs/deploy.md ("Capacity"): each route gets the callback throttle, /ussd its own.
    const api = new LineApi(this, 'Callbacks', {
      description: `Africa's Talking callbacks for the COVID-19 info line (${settings.stage})`,
      logRetention: settings.logRetentionDays,
      throttle: { rateLimit: settings.callbackRateLimit, burstLimit: settings.callbackBurstLimit },
    });

    const secrets: Record<LineSecretName, Secret> = { phoneHashPepper, callbackToken, africasTalkingApiKey };
    const functions = new Map<string, LineFunction>();
    let officeDashboard: HealthOfficeDashboard | undefined;
    for (const spec of specs) {
      const isCallback = 'callback' in spec.trigger;
      const isUssd = isCallback && spec.trigger.callback === CALLBACK_PATHS.ussd;
      // Callbacks keep their capacity whatever else runs in the account, and a flood cannot take all
      // of it; the outbox consumer needs none (its queue waits).
      let reservedConcurrency: number | undefined;
      if (isUssd) reservedConcurrency = settings.ussdReservedConcurrency;
      else if (isCallback) reservedConcurrency = settings.callbackReservedConcurrency;
      const fn = new LineFunction(this, spec.id, {
        entry: spec.entry,
        description: spec.description,
        memorySize: spec.memoryMb,
        timeout: Duration.seconds(spec.timeoutSeconds),
        logRetention: settings.logRetentionDays,
        logLevel: settings.logLevel,
        environment: { POWERTOOLS_SERVICE_NAME: TELEMETRY.service },
        reservedConcurrency,
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
      if ('callback' in spec.trigger) {
        // The deployed handlers refuse to start without the token; a callback function without it is a
        // wiring mistake, caught here rather than as an init error after deploying.
        if (!spec.secrets?.includes('callbackToken')) {
          throw new Error(`${spec.id} serves a callback but is not given the callbackToken secret`);
        }
        api.addCallbackRoute(
          spec.id,
          spec.trigger.callback,
          fn.fn,
          isUssd ? { rateLimit: settings.ussdRateLimit, burstLimit: settings.ussdBurstLimit } : undefined,
        );
      } else if ('dashboard' in spec.trigger) {
        officeDashboard = new HealthOfficeDashboard(this, 'OfficeDashboard', {
          stage: settings.stage,
          api,
          fn,
          routes: spec.trigger.dashboard,
          table: this.table,
          keepAccounts: !isDisposableStage(settings.stage),
        });
      } else fn.consumeOutbox(outbox);
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
      alarmEmail: settings.alarmEmail,
    });

    // The URLs without their token: Outputs are readable by anyone allowed cloudformation:DescribeStacks,
    // so the token stays in Secrets Manager and `npm run callback-urls` adds it (docs/deploy.md).
    new CfnOutput(this, 'ApiUrl', {
      description: 'Base URL of the callbacks (ends with a slash)',
      value: api.stage.url,
    });
    const callbackOutputs: Record<keyof typeof CALLBACK_PATHS, [string, string]> = {
      ussd: ['UssdCallbackUrl', "Africa's Talking USSD callback"],
      ussdEvents: ['UssdEventsCallbackUrl', 'USSD end-of-session notification callback'],
      sms: ['SmsCallbackUrl', 'Incoming SMS callback'],
      smsDeliveryReports: ['SmsDeliveryReportsCallbackUrl', 'SMS delivery reports callback'],
    };
    for (const [key, [outputId, what]] of Object.entries(callbackOutputs)) {
      const path = CALLBACK_PATHS[key as keyof typeof CALLBACK_PATHS];
      // The stage URL ends with a slash.
      new CfnOutput(this, outputId, {
        description: `${what}, without its token: npm run callback-urls prints it whole`,
        value: `${api.stage.url}${path.slice(1)}`,
      });
    }
    new CfnOutput(this, 'TableName', { description: 'The line table', value: this.table.table.tableName });
    new CfnOutput(this, 'AfricasTalkingApiKeySecretArn', {
      description: "Put the Africa's Talking API key here (docs/deploy.md)",
      value: africasTalkingApiKey.secretArn,
    });
    new CfnOutput(this, 'CallbackTokenSecretArn', {
      description: 'The callback token, read by npm run callback-urls and rotated by hand (docs/deploy.md)',
      value: callbackToken.secretArn,
    });
    new CfnOutput(this, 'UssdServiceCode', {
      description: 'USSD code to point at UssdCallbackUrl',
      value: settings.ussdServiceCode,
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'SNS topic every alarm notifies; subscribe more people to it (docs/deploy.md)',
      value: monitoring.topic.topicArn,
    });
    new CfnOutput(this, 'DashboardUrl', {
      description: 'CloudWatch dashboard of the line',
      value: `https://${this.region}.console.aws.amazon.com/cloudwatch/home?region=${this.region}#dashboards/dashboard/${monitoring.dashboard.dashboardName}`,
    });
    if (officeDashboard) {
      new CfnOutput(this, 'DashboardSignInUrl', {
        description: "The health office's dashboard: clerks open it and sign in (docs/deploy.md)",
        value: officeDashboard.url,
      });
      new CfnOutput(this, 'DashboardUserPoolId', {
        description: 'The clerks of the dashboard, added and removed with npm run clerk',
        value: officeDashboard.userPool.userPoolId,
      });
    }
  }
}
