/**
 * Adds, removes and lists the clerks who may sign in to the health office's dashboard:
 *
 *   npm run clerk -- add dinkes.clerk@example.org [--stack CovidLine-dev] [--region R] [--resend]
 *   npm run clerk -- remove dinkes.clerk@example.org [--stack CovidLine-dev] [--region R]
 *   npm run clerk -- list [--stack CovidLine-dev] [--region R]
 *
 * The clerks are the accounts of the stack's user pool: its `DashboardUserPoolId` output, read with
 * the caller's credentials (`cloudformation:DescribeStacks`), or `--user-pool-id` instead of `--stack`.
 * `add` creates the account (AdminCreateUser) and Cognito e-mails the clerk a temporary password and
 * the dashboard's address; at the first sign-in the clerk chooses a password and sets up an
 * authenticator app. Nobody can sign up on their own.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  type DescribeStacksCommandOutput,
} from '@aws-sdk/client-cloudformation';
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type ListUsersCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';

const USAGE = `Usage: npm run clerk -- add <email> [--resend] [--stack CovidLine-dev] [--region R]
       npm run clerk -- remove <email> [--stack CovidLine-dev] [--region R]
       npm run clerk -- list [--stack CovidLine-dev] [--region R]
       (or --user-pool-id <id> instead of --stack)
Adds, removes or lists the clerks who may sign in to the health office's dashboard. A new clerk gets
an e-mail from Cognito with a temporary password; --resend sends another while the first sign-in is
still to come.`;

/** What the command needs of an AWS SDK client, so a test can pass a fake that records the calls. */
export interface AwsClient {
  send(command: unknown): Promise<unknown>;
}

export interface ClerkIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A client in the region, or the caller's default region when undefined. */
  cloudFormation: (region: string | undefined) => AwsClient;
  cognito: (region: string | undefined) => AwsClient;
}

type Command = 'add' | 'remove' | 'list';

/** What the command line asks for, checked. */
export interface ClerkRequest {
  command: Command;
  /** Lower case; absent for `list`. */
  email?: string;
  resend: boolean;
  /** Exactly one of these two. */
  stack?: string;
  userPoolId?: string;
  region?: string;
}

/** A command line the command cannot run, with what is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** `<region>_<id>`, as Cognito names a user pool. */
const USER_POOL_ID = /^([a-z]{2}(?:-[a-z]+)+-\d)_[0-9A-Za-z]+$/;

const OPTIONS = {
  stack: { type: 'string' },
  region: { type: 'string' },
  'user-pool-id': { type: 'string' },
  resend: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** Reads the command line; undefined for `--help`. @throws UsageError */
export function parseClerkArgs(argv: readonly string[]): ClerkRequest | undefined {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const [command, ...rest] = positionals;
  if (command !== 'add' && command !== 'remove' && command !== 'list') {
    throw new UsageError(command ? `Unknown command "${command}": add, remove or list` : 'No command given');
  }
  if (command === 'list' && rest.length > 0) throw new UsageError('list takes no e-mail address');
  if (command !== 'list' && rest.length !== 1) throw new UsageError(`${command} takes one e-mail address`);
  const email = rest[0]?.trim().toLowerCase();
  if (email !== undefined && !EMAIL.test(email)) throw new UsageError(`Not an e-mail address: "${rest[0]}"`);
  if (values.resend && command !== 'add') throw new UsageError('--resend goes with add');
  const userPoolId = values['user-pool-id'];
  if (userPoolId !== undefined && values.stack !== undefined) {
    throw new UsageError('Give --stack or --user-pool-id, not both');
  }
  if (userPoolId !== undefined && !USER_POOL_ID.test(userPoolId)) {
    throw new UsageError(`Not a user pool id: "${userPoolId}" (they look like ap-southeast-3_AbC123dEf)`);
  }
  return {
    command,
    ...(email !== undefined ? { email } : {}),
    resend: values.resend ?? false,
    ...(userPoolId !== undefined ? { userPoolId } : { stack: values.stack ?? 'CovidLine-dev' }),
    ...(values.region !== undefined ? { region: values.region } : {}),
  };
}

/** The stack's `DashboardUserPoolId` output. @throws Error naming what is missing */
async function userPoolOfStack(client: AwsClient, stack: string): Promise<string> {
  const answer = (await client.send(
    new DescribeStacksCommand({ StackName: stack }),
  )) as DescribeStacksCommandOutput;
  const output = answer.Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === 'DashboardUserPoolId');
  if (!output?.OutputValue) {
    throw new Error(`${stack} has no DashboardUserPoolId output: deploy the current stack first`);
  }
  return output.OutputValue;
}

/** Every clerk, oldest account first. */
async function listClerks(client: AwsClient, userPoolId: string) {
  const clerks: { email: string; status: string; enabled: boolean; created: string }[] = [];
  let token: string | undefined;
  do {
    const page = (await client.send(
      new ListUsersCommand({ UserPoolId: userPoolId, PaginationToken: token }),
    )) as ListUsersCommandOutput;
    for (const user of page.Users ?? []) {
      clerks.push({
        email: user.Attributes?.find((a) => a.Name === 'email')?.Value ?? user.Username ?? '?',
        status: user.UserStatus ?? '?',
        enabled: user.Enabled ?? false,
        created: user.UserCreateDate?.toISOString().slice(0, 10) ?? '?',
      });
    }
    token = page.PaginationToken;
  } while (token);
  return clerks.sort((a, b) => a.created.localeCompare(b.created) || a.email.localeCompare(b.email));
}

/** What each account status means to whoever adds clerks. */
const STATUS: Record<string, string> = {
  FORCE_CHANGE_PASSWORD: 'invited, not signed in yet',
  CONFIRMED: 'signed in',
  RESET_REQUIRED: 'must reset the password',
};

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const nameOf = (error: unknown) => (error as { name?: unknown } | null)?.name;

/** Runs one request against the pool; returns the exit code. */
async function run(request: ClerkRequest, io: ClerkIo): Promise<number> {
  const where = request.userPoolId ? `user pool ${request.userPoolId}` : `stack ${request.stack}`;
  let userPoolId = request.userPoolId;
  // A user pool id starts with its region.
  const region = request.region ?? (userPoolId ? USER_POOL_ID.exec(userPoolId)?.[1] : undefined);
  if (!userPoolId) {
    try {
      userPoolId = await userPoolOfStack(io.cloudFormation(region), request.stack ?? '');
    } catch (error) {
      io.err(`Reading the outputs of ${request.stack} failed: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const cognito = io.cognito(region);
  const email = request.email ?? '';
  try {
    if (request.command === 'list') {
      const clerks = await listClerks(cognito, userPoolId);
      if (clerks.length === 0) io.out(`No clerks in ${where} yet: npm run clerk -- add <email>\n`);
      else {
        const rows = clerks.map((c) => [
          c.email,
          STATUS[c.status] ?? c.status,
          c.enabled ? 'yes' : 'no',
          c.created,
        ]);
        io.out(`${table([['clerk', 'status', 'enabled', 'added'], ...rows])}\n`);
      }
      return 0;
    }
    if (request.command === 'add') {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: email,
          // Verified: the address is the one the office gave, and a forgotten password is reset through it.
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
          ...(request.resend ? { MessageAction: 'RESEND' as const } : {}),
        }),
      );
      io.out(
        `${request.resend ? 'Sent again' : 'Added'} ${email} (${where}): Cognito has e-mailed a temporary password, good for 7 days, and the dashboard's address. At the first sign-in the clerk chooses a password and sets up an authenticator app.\n`,
      );
      return 0;
    }
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: email }));
    io.out(
      `Removed ${email} (${where}). A dashboard already open in their browser keeps its data until its sign-in expires, within the hour.\n`,
    );
    return 0;
  } catch (error) {
    const name = nameOf(error);
    if (name === 'UsernameExistsException') {
      io.err(
        `${email} is already a clerk. --resend sends a new temporary password until the first sign-in.\n`,
      );
    } else if (name === 'UserNotFoundException') {
      io.err(`${email} is not a clerk of ${where}.\n`);
    } else if (name === 'UnsupportedUserStateException') {
      io.err(
        `${email} has signed in already: a new temporary password is only sent before the first sign-in.\n`,
      );
    } else {
      io.err(`${request.command} failed: ${(error as Error).message}\n`);
    }
    return 1;
  }
}

/** The command; returns the exit code: 0 done, 1 AWS refused or failed, 2 a bad command line. */
export async function runClerkCli(argv: readonly string[], io: ClerkIo): Promise<number> {
  let request: ClerkRequest | undefined;
  try {
    request = parseClerkArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (!request) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  return run(request, io);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const clients: { destroy(): void }[] = [];
  const keep = <T extends { destroy(): void }>(client: T): T => {
    clients.push(client);
    return client;
  };
  try {
    process.exitCode = await runClerkCli(process.argv.slice(2), {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      cloudFormation: (region) => keep(new CloudFormationClient(region ? { region } : {})),
      cognito: (region) => keep(new CognitoIdentityProviderClient(region ? { region } : {})),
    });
  } finally {
    for (const client of clients) client.destroy();
  }
}
