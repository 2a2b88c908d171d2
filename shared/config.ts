import * as z from 'zod';

/**
 * Everything the functions read from their environment, parsed once at cold start. A missing or bad
 * variable fails fast with its name, instead of surfacing later as an undefined deep in a request.
 */
const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  /** The pepper itself (local host, tests) or, on AWS, the Secrets Manager secret holding it. */
  PHONE_HASH_PEPPER: z.string().min(16, 'must be at least 16 characters').optional(),
  PHONE_HASH_PEPPER_SECRET_ARN: z.string().min(1).optional(),
  /** The secret holding the token every callback URL carries; unset on the local host. */
  CALLBACK_TOKEN_SECRET_ARN: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  /** Set on the local host only: DynamoDB Local's URL. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** SQS queue the SMS sender consumes; unset on the local host, whose outbox is in-process. */
  OUTBOX_QUEUE_URL: z.url().optional(),
  /** Days a symptom report is kept before DynamoDB's TTL removes it. */
  REPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** Fixes the line's clock at an ISO instant, to see what it says on a given day. */
  LINE_NOW: z.iso.datetime({ offset: true }).optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

const CompleteConfigSchema = ConfigSchema.refine(
  (c) => c.PHONE_HASH_PEPPER !== undefined || c.PHONE_HASH_PEPPER_SECRET_ARN !== undefined,
  {
    message: 'one of PHONE_HASH_PEPPER or PHONE_HASH_PEPPER_SECRET_ARN is required',
    path: ['PHONE_HASH_PEPPER'],
  },
);

/** Parses the environment; throws an error naming every missing or invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseOrExplain(CompleteConfigSchema, env);
}

function parseOrExplain<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

const TableConfigSchema = ConfigSchema.pick({ TABLE_NAME: true, AWS_REGION: true, DYNAMODB_ENDPOINT: true });

/** The table settings alone, for functions that touch the table but never a phone number. */
export function loadTableConfig(env: Record<string, string | undefined> = process.env) {
  return parseOrExplain(TableConfigSchema, env);
}

const SenderConfigSchema = TableConfigSchema.extend({
  /** Africa's Talking app username; `sandbox` sends to the simulator. */
  AT_USERNAME: z.string().min(1),
  /** Registered sender ID or short code; empty uses the account's default. */
  AT_SENDER_ID: z.string().default(''),
  /** The Secrets Manager secret holding the Africa's Talking API key. */
  AT_API_KEY_SECRET_ARN: z.string().min(1),
  /** Longest wait for one Africa's Talking call. */
  AT_TIMEOUT_MS: z.coerce.number().int().min(500).max(20_000).default(6000),
});

export type SenderConfig = z.infer<typeof SenderConfigSchema>;

/** The SMS sender's settings: the table (for its send log) and the Africa's Talking account. */
export function loadSenderConfig(env: Record<string, string | undefined> = process.env): SenderConfig {
  return parseOrExplain(SenderConfigSchema, env);
}
