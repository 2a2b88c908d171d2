/**
 * Prints the four callback URLs with the callback token, for pasting into Africa's Talking:
 *
 *   npm run callback-urls -- [--stack CovidLine-dev] [--region R]
 *   npm run callback-urls -- --api-url https://abc123.execute-api.ap-southeast-3.amazonaws.com/ \
 *     --secret-arn arn:aws:secretsmanager:...:secret:CallbackToken...
 *
 * The stack's outputs carry the URLs without the token (outputs are readable by anyone allowed
 * `cloudformation:DescribeStacks`); the token is read here from Secrets Manager with the caller's own
 * credentials. With `--stack` the `ApiUrl` and `CallbackTokenSecretArn` outputs are read through the
 * AWS CLI (`aws cloudformation describe-stacks`); with `--api-url` and `--secret-arn` nothing but the
 * secret is read.
 */
import { execFile } from 'node:child_process';
import { parseArgs } from 'node:util';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CALLBACK_PATHS } from '../infra/line-functions.js';

const USAGE = `Usage: npm run callback-urls -- [--stack CovidLine-dev] [--region R]
       npm run callback-urls -- --api-url URL --secret-arn ARN [--region R]
Prints the callback URLs with their token, to paste into Africa's Talking. They are credentials:
paste them there and nowhere else.`;

/** What each URL is for, in the words of Africa's Talking's dashboard. */
const LABELS: Record<keyof typeof CALLBACK_PATHS, string> = {
  ussd: 'USSD callback',
  ussdEvents: 'USSD events callback',
  sms: 'SMS incoming messages callback',
  smsDeliveryReports: 'SMS delivery reports callback',
};

/** The callback URLs of a deployment: its API URL, each route's path, and the token as `?token=`. */
export function callbackUrls(apiUrl: string, token: string): Record<keyof typeof CALLBACK_PATHS, string> {
  if (token.trim() === '') throw new Error('The callback token is empty');
  const base = new URL(apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  if (base.protocol !== 'https:') throw new Error(`The API URL must be https: ${apiUrl}`);
  const urls = {} as Record<keyof typeof CALLBACK_PATHS, string>;
  for (const [key, path] of Object.entries(CALLBACK_PATHS) as [keyof typeof CALLBACK_PATHS, string][]) {
    const url = new URL(path.slice(1), base);
    url.searchParams.set('token', token);
    urls[key] = url.toString();
  }
  return urls;
}

/** The region a Secrets Manager ARN names. */
export function regionOfArn(arn: string): string | undefined {
  return /^arn:[^:]+:secretsmanager:([^:]+):/.exec(arn)?.[1];
}

export interface CallbackUrlsIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The stack's outputs, by key. */
  readOutputs: (stack: string, region: string | undefined) => Promise<Record<string, string>>;
  readSecret: (arn: string, region: string | undefined) => Promise<string>;
}

/** The command; returns the exit code. */
export async function runCallbackUrlsCli(argv: string[], io: CallbackUrlsIo): Promise<number> {
  const OPTIONS = {
    stack: { type: 'string' },
    region: { type: 'string' },
    'api-url': { type: 'string' },
    'secret-arn': { type: 'string' },
    help: { type: 'boolean' },
  } as const;
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const given = [values['api-url'], values['secret-arn']].filter((v) => v !== undefined).length;
  if (given === 1 || (given === 2 && values.stack !== undefined)) {
    io.err(`Give --api-url and --secret-arn together, or --stack alone.\n${USAGE}\n`);
    return 2;
  }

  let apiUrl = values['api-url'];
  let secretArn = values['secret-arn'];
  const stack = values.stack ?? 'CovidLine-dev';
  if (apiUrl === undefined || secretArn === undefined) {
    let outputs: Record<string, string>;
    try {
      outputs = await io.readOutputs(stack, values.region);
    } catch (error) {
      io.err(`Reading the outputs of ${stack} failed: ${(error as Error).message}\n`);
      return 1;
    }
    apiUrl = outputs.ApiUrl;
    secretArn = outputs.CallbackTokenSecretArn;
    if (!apiUrl || !secretArn) {
      io.err(`${stack} has no ApiUrl or CallbackTokenSecretArn output: deploy the current stack first.\n`);
      return 1;
    }
  }

  let urls: Record<keyof typeof CALLBACK_PATHS, string>;
  try {
    const token = await io.readSecret(secretArn, values.region ?? regionOfArn(secretArn));
    urls = callbackUrls(apiUrl, token);
  } catch (error) {
    io.err(`Reading the callback token failed: ${(error as Error).message}\n`);
    return 1;
  }
  const width = Math.max(...Object.values(LABELS).map((label) => label.length));
  for (const [key, url] of Object.entries(urls) as [keyof typeof CALLBACK_PATHS, string][]) {
    io.out(`${LABELS[key].padEnd(width)}  ${url}\n`);
  }
  return 0;
}

/** The stack's outputs through the AWS CLI, with the caller's credentials and profile. */
function outputsWithAwsCli(stack: string, region: string | undefined): Promise<Record<string, string>> {
  const args = ['cloudformation', 'describe-stacks', '--stack-name', stack, '--output', 'json'];
  if (region) args.push('--region', region);
  return new Promise((resolve, reject) => {
    execFile('aws', args, { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        reject(
          new Error(
            missing
              ? 'the AWS CLI (aws) is not installed; pass --api-url and --secret-arn from the stack outputs instead'
              : stderr.trim() || error.message,
          ),
        );
        return;
      }
      const parsed = JSON.parse(stdout) as {
        Stacks?: { Outputs?: { OutputKey?: string; OutputValue?: string }[] }[];
      };
      const outputs: Record<string, string> = {};
      for (const { OutputKey, OutputValue } of parsed.Stacks?.[0]?.Outputs ?? []) {
        if (OutputKey && OutputValue !== undefined) outputs[OutputKey] = OutputValue;
      }
      resolve(outputs);
    });
  });
}

async function secretWithSdk(arn: string, region: string | undefined): Promise<string> {
  const client = new SecretsManagerClient(region ? { region } : {});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
    if (!SecretString) throw new Error(`Secret ${arn} has no string value`);
    return SecretString;
  } finally {
    client.destroy();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await runCallbackUrlsCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readOutputs: outputsWithAwsCli,
    readSecret: secretWithSdk,
  });
}
