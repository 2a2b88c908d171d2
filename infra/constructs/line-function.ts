import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The repository root: entries and the lock file are found from here, whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How every function is bundled, in esbuild's terms. The construct below and
 * `scripts/bundle-report.ts` both read it, so the report measures what is deployed.
 */
export const LINE_BUNDLING = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  sourcemap: true,
  // ESM-first builds of the SDK and middy tree-shake; CommonJS-only packages still resolve through `main`.
  mainFields: ['module', 'main'],
  // esbuild's ESM output has no `require`; CommonJS dependencies that call it need one. The alias
  // avoids clashing with any bundled `createRequire`. Single quotes only: CDK passes this through a shell.
  banner:
    "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);",
  // The SDK imports node:http and node:https as ES modules. Node builds such a module's facade by
  // reading every export, and node:http's lazy WebSocket getters then load undici: about 20 ms of CPU
  // in every cold start, for a client that never uses it. Required as CommonJS (`builtins/`), they
  // load nothing more.
  alias: {
    'node:http': `${PROJECT_ROOT}infra/constructs/builtins/node-http.cjs`,
    'node:https': `${PROJECT_ROOT}infra/constructs/builtins/node-https.cjs`,
  },
} as const;

/** The stage's `logLevel` choices, as Lambda's JSON log filter names them. */
const LOG_LEVELS = {
  debug: ApplicationLogLevel.DEBUG,
  info: ApplicationLogLevel.INFO,
  warn: ApplicationLogLevel.WARN,
  error: ApplicationLogLevel.ERROR,
} as const;

export type LogLevel = keyof typeof LOG_LEVELS;
export const LOG_LEVEL_NAMES = Object.keys(LOG_LEVELS) as [LogLevel, ...LogLevel[]];

/** What a function may do with the table: read it, or read and write items (never manage it). */
export type TableAccess = 'RO' | 'RW';

/** The table as functions bind to it: item actions are granted on the table and its named indexes only. */
export interface BindableTable {
  readonly table: Table;
  readonly indexArns: readonly string[];
}

const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

export interface LineFunctionProps {
  /** Handler file, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  readonly logRetention: RetentionDays;
  /** The least level logged, for both the code (`LOG_LEVEL`) and Lambda's JSON log filter. */
  readonly logLevel: LogLevel;
  /** Variables every function of the line shares (service name and the like). */
  readonly environment?: Readonly<Record<string, string>>;
  /** Concurrent executions kept for this function, and its ceiling. @default none: the unreserved pool */
  readonly reservedConcurrency?: number;
}

/**
 * One Lambda function of the line with every default fixed in one place: Node.js 22 on arm64, ESM
 * bundle with source maps, X-Ray tracing, its own log group with a retention, and a role that starts
 * with nothing but writing to that log group. Access is added by intent with the `bind*` methods,
 * each of which also sets the environment variable the function reads.
 */
export class LineFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: LineFunctionProps) {
    super(scope, id);

    // Our own log group, so retention is set and the role can be scoped to it; logs are disposable,
    // so a destroyed stage leaves none behind.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // A role of our own instead of AWSLambdaBasicExecutionRole, whose logs:* on every log group is
    // wider than one function needs.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.description} (execution role)`,
    });
    this.logGroup.grantWrite(this.role);

    // The function itself: arm64 is cheaper per GB-s and as fast for this workload.
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${PROJECT_ROOT}${props.entry}`,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      // Lambda drops JSON log lines below this level; kept equal to the logger's own, so neither hides
      // what the other lets through.
      applicationLogLevelV2: LOG_LEVELS[props.logLevel],
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        LOG_LEVEL: props.logLevel,
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LINE_BUNDLING.target,
        minify: LINE_BUNDLING.minify,
        sourceMap: LINE_BUNDLING.sourcemap,
        // Stack traces need file names and lines, not the sources: keeps the .map small.
        sourcesContent: false,
        mainFields: [...LINE_BUNDLING.mainFields],
        banner: LINE_BUNDLING.banner,
        esbuildArgs: Object.fromEntries(
          Object.entries(LINE_BUNDLING.alias).map(([from, to]) => [`--alias:${from}`, to]),
        ),
        // Bundle the SDK we pinned and tested against; a minified, tree-shaken SDK also loads faster
        // than the runtime's copy.
        bundleAwsSDK: true,
        // The local esbuild from node_modules: no Docker on the build machine.
        forceDockerBundling: false,
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions.',
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the toolchain, tests and local host all run Node 22, so the deployed runtime is the one the code was tested on.',
    });
  }

  /** Reads (`RO`) or reads and writes (`RW`) the table's items; sets `TABLE_NAME`. */
  bindTable(bindable: BindableTable, access: TableAccess): void {
    const actions = access === 'RW' ? [...READ_ACTIONS, ...WRITE_ACTIONS] : READ_ACTIONS;
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions, resources: [bindable.table.tableArn, ...bindable.indexArns] }),
    );
    this.fn.addEnvironment('TABLE_NAME', bindable.table.tableName);
  }

  /** Queues messages on the outbox (send only: it never reads or purges it); sets `OUTBOX_QUEUE_URL`. */
  bindOutbox(queue: IQueue): void {
    queue.grant(this.role, 'sqs:SendMessage');
    this.fn.addEnvironment('OUTBOX_QUEUE_URL', queue.queueUrl);
  }

  /**
   * Consumes the outbox in batches; a failed message is retried alone (partial batch responses)
   * until the queue's redrive moves it to the dead-letter queue.
   */
  consumeOutbox(queue: IQueue): void {
    this.fn.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true }));
  }

  /** Reads one secret at cold start; its ARN goes in `variable`, never the value. */
  bindSecret(variable: string, secret: ISecret): void {
    secret.grantRead(this.role);
    this.fn.addEnvironment(variable, secret.secretArn);
  }
}
