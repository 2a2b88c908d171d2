import { Annotations, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  SingleValueWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TELEMETRY } from '../../shared/telemetry.js';

/**
 * The line's own metrics, emitted by the functions through Powertools (embedded metric format).
 * Dimension sets must match exactly for the dashboard to find them: every metric has Powertools'
 * `service`; `Reports` has `RiskLevel` besides.
 */
export const LINE_METRICS = {
  namespace: TELEMETRY.namespace,
  service: TELEMETRY.service,
  reports: 'Reports',
  riskLevels: ['low', 'moderate', 'high'],
  smsSent: 'SmsSent',
  smsFailed: 'SmsFailed',
  smsRetried: 'SmsRetried',
} as const;

/** The USSD gateway waits about 10 s per hop; a p99 above this leaves too little margin. */
export const USSD_P99_LIMIT_MS = 2000;

export interface MonitoredFunction {
  /** A short name for alarm and widget titles, e.g. `Ussd`. */
  readonly name: string;
  readonly fn: IFunction;
}

export interface LineAlarmsProps {
  readonly functions: readonly MonitoredFunction[];
  /** The function answering USSD hops: its invocations are hops, its latency is the user's wait. */
  readonly ussd: IFunction;
  /** The end-of-session callback: one invocation per finished session. */
  readonly ussdEvents: IFunction;
  readonly api: IHttpApi;
  readonly outbox: IQueue;
  readonly deadLetters: IQueue;
  /** Subscribed to the alarm topic by e-mail; empty leaves the topic without a subscriber (synth warns). */
  readonly alarmEmail: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms on everything that means a caller was failed or a text was lost, each notifying one SNS topic
 * when it fires and when it clears, and one dashboard for the people running the line.
 */
export class LineAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  private readonly notify: SnsAction;

  constructor(scope: Construct, id: string, props: LineAlarmsProps) {
    super(scope, id);

    // A key of our own: CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key,
    // whose policy cannot grant it. Rotated yearly; it guards only messages in flight, so it goes
    // with the stack.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the COVID-19 info line alarm notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    const { account, region, partition } = Stack.of(this);
    const fromOurAlarms = {
      StringEquals: { 'aws:SourceAccount': account },
      ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
    };
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromOurAlarms,
      }),
    );

    // Where every alarm goes; e-mail now, a chat or pager subscription can be added beside it.
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: 'Info COVID-19 Jatim alarms',
      masterKey: key,
      enforceSSL: true,
    });
    // The topic policy that enforces TLS replaces the default one: let the account's alarms publish.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromOurAlarms,
      }),
    );
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    else {
      Annotations.of(this).addWarningV2(
        'covid-line:no-alarm-email',
        'No -c alarmEmail: alarms notify a topic nobody is subscribed to. Deploy with -c alarmEmail=you@example.org or subscribe to the AlarmTopicArn output (docs/deploy.md).',
      );
    }
    this.notify = new SnsAction(this.topic);

    // A message in the dead-letter queue is an SMS that was never sent after five tries.
    this.alarmAbove(
      'DeadLettersAlarm',
      props.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: FIVE_MINUTES,
        statistic: 'Maximum',
      }),
      0,
      'An outbox message failed 5 times and sits in the dead-letter queue: an SMS was not sent. Inspect it, fix the cause, redrive it.',
    );

    for (const { name, fn } of props.functions) {
      // Any error: the USSD handler answers its own failures, so an error here is a crash or a timeout.
      this.alarmAbove(
        `${name}ErrorsAlarm`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        0,
        `${name} function errors: a caller or a callback got no proper answer.`,
      );
      // Throttling means callers were turned away at the concurrency limit.
      this.alarmAbove(
        `${name}ThrottlesAlarm`,
        fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        0,
        `${name} function throttled: requests were refused at the concurrency limit.`,
      );
    }

    // 5xx from the API: Africa's Talking saw an error page and ended the session.
    this.alarmAbove(
      'ApiServerErrorsAlarm',
      props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      0,
      "The HTTP API answered 5xx: Africa's Talking ended a session or will retry a callback.",
    );

    // Slow hops: two slow 5-minute windows out of three, so one cold start on a quiet night does not page.
    this.alarmAbove(
      'UssdLatencyAlarm',
      props.ussd.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' }),
      USSD_P99_LIMIT_MS,
      `USSD hop p99 duration above ${USSD_P99_LIMIT_MS} ms: the gateway gives about 10 s per hop.`,
      { evaluationPeriods: 3, datapointsToAlarm: 2 },
    );

    // One page with what the line is doing, for the people running it.
    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'USSD sessions and hops',
        width: 12,
        left: [
          props.ussdEvents.metricInvocations({ period: Duration.hours(1), label: 'Sessions (ended)' }),
          props.ussd.metricInvocations({ period: Duration.hours(1), label: 'Hops (USSD invocations)' }),
        ],
      }),
      new GraphWidget({
        title: 'Symptom reports by risk level',
        width: 12,
        stacked: true,
        left: LINE_METRICS.riskLevels.map((level) =>
          lineMetric(LINE_METRICS.reports, { RiskLevel: level }, level),
        ),
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'SMS sent, dropped and retried',
        width: 12,
        left: [
          lineMetric(LINE_METRICS.smsSent, {}, 'Sent'),
          lineMetric(LINE_METRICS.smsFailed, {}, 'Failed (dropped)'),
          lineMetric(LINE_METRICS.smsRetried, {}, 'Retried'),
        ],
      }),
      new GraphWidget({
        title: 'USSD hop duration (ms)',
        width: 12,
        left: [
          props.ussd.metricDuration({ statistic: 'p50', label: 'p50' }),
          props.ussd.metricDuration({ statistic: 'p99', label: 'p99' }),
        ],
        leftAnnotations: [{ value: USSD_P99_LIMIT_MS, label: 'p99 alarm' }],
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors',
        width: 12,
        left: props.functions.map(({ name, fn }) => fn.metricErrors({ statistic: 'Sum', label: name })),
      }),
      new GraphWidget({
        title: 'API requests',
        width: 12,
        left: [
          props.api.metricCount({ statistic: 'Sum', label: 'Requests' }),
          props.api.metricClientError({ statistic: 'Sum', label: '4xx' }),
          props.api.metricServerError({ statistic: 'Sum', label: '5xx' }),
        ],
      }),
    );
    this.dashboard.addWidgets(
      new SingleValueWidget({
        title: 'Outbox',
        width: 12,
        metrics: [
          props.outbox.metricApproximateNumberOfMessagesVisible({ label: 'Waiting' }),
          props.outbox.metricApproximateAgeOfOldestMessage({ label: 'Oldest (s)' }),
          props.deadLetters.metricApproximateNumberOfMessagesVisible({ label: 'Dead letters' }),
        ],
      }),
      new AlarmStatusWidget({ title: 'Alarms', width: 12, alarms: this.alarms }),
    );
  }

  private alarmAbove(
    id: string,
    metric: IMetric,
    threshold: number,
    description: string,
    periods: { evaluationPeriods: number; datapointsToAlarm: number } = {
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
    },
  ): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      ...periods,
      // No data means no traffic, which is not a failure.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    // Told when it fires and when it clears, so whoever was paged knows the line recovered.
    alarm.addAlarmAction(this.notify);
    alarm.addOkAction(this.notify);
    this.alarms.push(alarm);
  }
}

function lineMetric(metricName: string, dimensionsMap: Record<string, string>, label: string): Metric {
  return new Metric({
    namespace: LINE_METRICS.namespace,
    metricName,
    dimensionsMap: { service: LINE_METRICS.service, ...dimensionsMap },
    statistic: 'Sum',
    period: Duration.hours(1),
    label,
  });
}
