import { describe, expect, it } from 'vitest';
import { type AwsClient, type ClerkIo, parseClerkArgs, runClerkCli } from '../../scripts/clerk.js';

/** `npm run clerk`: who may sign in to the dashboard, managed through fake AWS clients. */

interface Call {
  client: 'cloudformation' | 'cognito';
  region: string | undefined;
  command: string;
  input: unknown;
}

/** A fake client: records each command and answers from `answers` by command name (a function may throw). */
function fakeClient(
  client: Call['client'],
  region: string | undefined,
  calls: Call[],
  answers: Record<string, (input: Record<string, unknown>) => unknown>,
): AwsClient {
  return {
    send: async (command: unknown) => {
      const { input } = command as { input: Record<string, unknown> };
      const name = (command as object).constructor.name;
      calls.push({ client, region, command: name, input });
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer(input);
    },
  };
}

const POOL = 'ap-southeast-3_AbC123dEf';

function awsError(name: string): Error {
  return Object.assign(new Error(`${name}: refused`), { name });
}

function harness(answers: Record<string, (input: Record<string, unknown>) => unknown> = {}) {
  const calls: Call[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const all = {
    DescribeStacksCommand: () => ({
      Stacks: [{ Outputs: [{ OutputKey: 'DashboardUserPoolId', OutputValue: POOL }] }],
    }),
    AdminCreateUserCommand: () => ({ User: {} }),
    AdminDeleteUserCommand: () => ({}),
    ...answers,
  };
  const io: ClerkIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cloudFormation: (region) => fakeClient('cloudformation', region, calls, all),
    cognito: (region) => fakeClient('cognito', region, calls, all),
  };
  return { io, calls, out: () => out.join(''), err: () => err.join('') };
}

describe('the command line', () => {
  it.each([
    [
      ['add', 'Clerk.One@Example.org'],
      { command: 'add', email: 'clerk.one@example.org', stack: 'CovidLine-dev' },
    ],
    [
      ['remove', 'a@b.id', '--stack', 'CovidLine-prod', '--region', 'ap-southeast-3'],
      { command: 'remove', stack: 'CovidLine-prod', region: 'ap-southeast-3' },
    ],
    [['list', '--user-pool-id', POOL], { command: 'list', userPoolId: POOL }],
    [['add', 'a@b.id', '--resend'], { command: 'add', resend: true }],
  ])('reads %j', (argv, expected) => {
    expect(parseClerkArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [[], /No command given/],
    [['invite', 'a@b.id'], /Unknown command "invite"/],
    [['add'], /add takes one e-mail address/],
    [['add', 'a@b.id', 'c@d.id'], /add takes one e-mail address/],
    [['add', 'clerk'], /Not an e-mail address: "clerk"/],
    [['list', 'a@b.id'], /list takes no e-mail address/],
    [['remove', 'a@b.id', '--resend'], /--resend goes with add/],
    [['list', '--stack', 'CovidLine-dev', '--user-pool-id', POOL], /not both/],
    [['list', '--user-pool-id', 'pool-1'], /Not a user pool id/],
    [['list', '--table', 'x'], /Unknown option '--table'/],
  ])('refuses %j with exit code 2, saying why, and calls nothing', async (argv, reason) => {
    const run = harness();
    expect(await runClerkCli(argv, run.io)).toBe(2);
    expect(run.err()).toMatch(reason);
    expect(run.err()).toContain('Usage: npm run clerk');
    expect(run.calls).toEqual([]);
  });

  it('prints its usage for --help', async () => {
    const run = harness();
    expect(await runClerkCli(['--help'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^Usage: npm run clerk -- add <email>/);
  });
});

describe('add', () => {
  it("creates the account in the stack's user pool, and Cognito e-mails the temporary password", async () => {
    // Prepare
    const run = harness();
    // Act
    const code = await runClerkCli(
      ['add', 'Clerk.One@Example.org', '--stack', 'CovidLine-prod', '--region', 'ap-southeast-3'],
      run.io,
    );
    // Assess
    expect(code).toBe(0);
    expect(run.calls).toEqual([
      {
        client: 'cloudformation',
        region: 'ap-southeast-3',
        command: 'DescribeStacksCommand',
        input: { StackName: 'CovidLine-prod' },
      },
      {
        client: 'cognito',
        region: 'ap-southeast-3',
        command: 'AdminCreateUserCommand',
        input: {
          UserPoolId: POOL,
          Username: 'clerk.one@example.org',
          UserAttributes: [
            { Name: 'email', Value: 'clerk.one@example.org' },
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        },
      },
    ]);
    expect(run.out()).toMatch(
      /^Added clerk\.one@example\.org \(stack CovidLine-prod\): Cognito has e-mailed/,
    );
  });

  it('sends the invitation again with --resend, to the pool given and in its region', async () => {
    const run = harness();
    expect(await runClerkCli(['add', 'a@b.id', '--resend', '--user-pool-id', POOL], run.io)).toBe(0);
    expect(run.calls).toEqual([
      {
        client: 'cognito',
        region: 'ap-southeast-3',
        command: 'AdminCreateUserCommand',
        input: expect.objectContaining({ UserPoolId: POOL, Username: 'a@b.id', MessageAction: 'RESEND' }),
      },
    ]);
  });

  it('says so when the clerk is already there, exit code 1', async () => {
    const run = harness({
      AdminCreateUserCommand: () => {
        throw awsError('UsernameExistsException');
      },
    });
    expect(await runClerkCli(['add', 'a@b.id'], run.io)).toBe(1);
    expect(run.err()).toMatch(/a@b\.id is already a clerk\. --resend/);
  });

  it('names a stack that has no dashboard yet, and adds nobody', async () => {
    const run = harness({ DescribeStacksCommand: () => ({ Stacks: [{ Outputs: [] }] }) });
    expect(await runClerkCli(['add', 'a@b.id'], run.io)).toBe(1);
    expect(run.err()).toMatch(
      /CovidLine-dev has no DashboardUserPoolId output: deploy the current stack first/,
    );
    expect(run.calls.map((c) => c.command)).toEqual(['DescribeStacksCommand']);
  });
});

describe('remove', () => {
  it('deletes the account', async () => {
    const run = harness();
    expect(await runClerkCli(['remove', 'A@B.id', '--user-pool-id', POOL], run.io)).toBe(0);
    expect(run.calls).toEqual([
      {
        client: 'cognito',
        region: 'ap-southeast-3',
        command: 'AdminDeleteUserCommand',
        input: { UserPoolId: POOL, Username: 'a@b.id' },
      },
    ]);
    expect(run.out()).toMatch(/^Removed a@b\.id .*within the hour/);
  });

  it('says so when there is no such clerk, exit code 1', async () => {
    const run = harness({
      AdminDeleteUserCommand: () => {
        throw awsError('UserNotFoundException');
      },
    });
    expect(await runClerkCli(['remove', 'a@b.id', '--user-pool-id', POOL], run.io)).toBe(1);
    expect(run.err()).toBe(`a@b.id is not a clerk of user pool ${POOL}.\n`);
  });
});

describe('list', () => {
  it('lists every clerk across pages, oldest first, with what their status means', async () => {
    const user = (email: string, status: string, created: string) => ({
      Username: `sub-${email}`,
      Attributes: [{ Name: 'email', Value: email }],
      UserStatus: status,
      Enabled: true,
      UserCreateDate: new Date(created),
    });
    const run = harness({
      ListUsersCommand: (input) =>
        input.PaginationToken === undefined
          ? {
              Users: [user('new@dinkes.id', 'FORCE_CHANGE_PASSWORD', '2026-12-01T00:00:00Z')],
              PaginationToken: 'p2',
            }
          : { Users: [user('first@dinkes.id', 'CONFIRMED', '2026-11-02T00:00:00Z')] },
    });
    expect(await runClerkCli(['list', '--user-pool-id', POOL], run.io)).toBe(0);
    expect(
      run.calls.map((c) => [c.command, (c.input as { PaginationToken?: string }).PaginationToken]),
    ).toEqual([
      ['ListUsersCommand', undefined],
      ['ListUsersCommand', 'p2'],
    ]);
    expect(run.out().split('\n')).toEqual([
      'clerk            status                      enabled  added',
      'first@dinkes.id  signed in                   yes      2026-11-02',
      'new@dinkes.id    invited, not signed in yet  yes      2026-12-01',
      '',
    ]);
  });

  it('says how to add the first clerk when there is none', async () => {
    const run = harness({ ListUsersCommand: () => ({ Users: [] }) });
    expect(await runClerkCli(['list'], run.io)).toBe(0);
    expect(run.out()).toBe('No clerks in stack CovidLine-dev yet: npm run clerk -- add <email>\n');
  });
});
