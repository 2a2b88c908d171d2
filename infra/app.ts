import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { z } from 'zod';
import { LOG_LEVEL_NAMES } from './constructs/line-function.js';
import type { LineFunctionSpec } from './line-functions.js';
import { type LineSettings, LineStack } from './line-stack.js';

const CDK_JSON = fileURLToPath(new URL('../cdk.json', import.meta.url));

const RETENTIONS = new Set(
  Object.values(RetentionDays).filter((days): days is number => typeof days === 'number'),
);

/** A steady request rate, within the 10,000 requests/s an account's HTTP APIs share per region. */
const requestsPerSecond = z.coerce
  .number()
  .int()
  .min(1)
  .max(10_000, 'at most 10000, the per-region account quota of API Gateway');

/** A burst, within the 5,000 requests an account's HTTP APIs share per region. */
const burstRequests = z.coerce
  .number()
  .int()
  .min(1)
  .max(5_000, 'at most 5000, the per-region account burst quota of API Gateway');

/**
 * Reserved concurrency of a function: `none` leaves it in the account's unreserved pool (a small or
 * shared account); a number both guarantees and caps its concurrent executions. Lambda's own 0 would
 * stop the function, so it is refused.
 */
const reservedConcurrency = z
  .union([z.literal('none'), z.coerce.number().int().min(1).max(10_000)], {
    error: 'none, or a whole number of concurrent executions from 1 to 10000',
  })
  .transform((value) => (value === 'none' ? undefined : value));

/** Context values arrive as strings from `-c key=value` and as JSON values from cdk.json. */
const SettingsSchema = z.object({
  stage: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,19}$/,
      'lower-case letters, digits and dashes, starting with a letter, at most 20',
    ),
  atUsername: z.string().min(1),
  // Short codes are digits: a number in cdk.json is fine too.
  atSenderId: z.coerce.string(),
  ussdServiceCode: z.string().regex(/^\*\d+(\*\d+)*#$/, 'a USSD code such as *384*1#'),
  reportRetentionDays: z.coerce.number().int().min(1).max(3650),
  logRetentionDays: z.coerce
    .number()
    .refine(
      (days) => RETENTIONS.has(days),
      'one of the retention periods CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, ...)',
    )
    .transform((days) => days as RetentionDays),
  logLevel: z.enum(LOG_LEVEL_NAMES),
  ussdRateLimit: requestsPerSecond,
  ussdBurstLimit: burstRequests,
  callbackRateLimit: requestsPerSecond,
  callbackBurstLimit: burstRequests,
  ussdReservedConcurrency: reservedConcurrency,
  callbackReservedConcurrency: reservedConcurrency,
  // Empty: alarms notify a topic nobody is subscribed to yet (synth warns).
  alarmEmail: z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.email()], { error: 'an e-mail address, or empty for none' })),
});

/** The context block of cdk.json: defaults for the settings above and the feature flags. */
export function projectContext(): Record<string, unknown> {
  const parsed = z
    .object({ context: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(readFileSync(CDK_JSON, 'utf8')));
  return parsed.context;
}

/** A context value the app cannot use; reported without a stack trace, which would not help. */
export class InvalidContextError extends Error {
  override readonly name = 'InvalidContextError';
}

/** Reads and checks the settings; a bad value fails synth naming the context key. */
export function settingsFrom(app: App): LineSettings {
  const raw = Object.fromEntries(
    Object.keys(SettingsSchema.shape).map((key) => [key, app.node.tryGetContext(key)]),
  );
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `-c ${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InvalidContextError(`Invalid CDK context: ${problems}`);
  }
  return parsed.data;
}

export interface BuildAppOptions {
  /** Tests pass an App with an outdir and `aws:cdk:bundling-stacks: []` to skip bundling. */
  readonly app?: App;
  /** Register cdk-nag's AWS Solutions checks. @default true */
  readonly nag?: boolean;
  /** Replaces the line's function table (tests add a function to check the wiring). */
  readonly functions?: readonly LineFunctionSpec[];
}

/**
 * The CDK app: one `CovidLine-<stage>` stack, checked by cdk-nag at synth. The cdk.json context
 * fills whatever the App was not given, so a test's App gets the same defaults and feature flags as
 * `cdk synth`.
 */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: LineStack } {
  const app = options.app ?? new App();
  for (const [key, value] of Object.entries(projectContext())) {
    if (app.node.tryGetContext(key) === undefined) app.node.setContext(key, value);
  }
  const settings = settingsFrom(app);
  const stack = new LineStack(app, `CovidLine-${settings.stage}`, {
    settings,
    description: `Info COVID-19 Jatim: SMS/USSD line for East Java (${settings.stage})`,
    tags: { project: 'covid-line', stage: settings.stage },
    ...(options.functions ? { functions: options.functions } : {}),
  });
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

const entryPoint = process.argv[1] ? resolve(process.argv[1]) : undefined;
if (entryPoint === fileURLToPath(import.meta.url)) {
  try {
    buildApp().app.synth();
  } catch (error) {
    if (!(error instanceof InvalidContextError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
