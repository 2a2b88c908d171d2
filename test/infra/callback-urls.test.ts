import { describe, expect, it } from 'vitest';
import { type CallbackUrlsIo, callbackUrls, runCallbackUrlsCli } from '../../scripts/callback-urls.js';

const API_URL = 'https://abc123xyz.execute-api.ap-southeast-3.amazonaws.com/';
const SECRET_ARN = 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:CallbackToken8F3A-AbCdEf';
const TOKEN = 'k3Xq9ZpL2mVb7RtY4wNc8HsJ6dFg1AeQ5uTo0iKy';

/** The command with fake AWS reads, recording what it printed and what it asked for. */
function fakeIo(overrides: Partial<CallbackUrlsIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const io: CallbackUrlsIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readOutputs: async (stack, region) => {
      asked.push(`outputs ${stack} ${region}`);
      return { ApiUrl: API_URL, CallbackTokenSecretArn: SECRET_ARN, UssdCallbackUrl: `${API_URL}ussd` };
    },
    readSecret: async (arn, region) => {
      asked.push(`secret ${arn} ${region}`);
      return TOKEN;
    },
    ...overrides,
  };
  return { io, out, err, asked };
}

describe('callbackUrls', () => {
  it('puts each callback path on the API URL with the token as ?token=', () => {
    expect(callbackUrls(API_URL, TOKEN)).toEqual({
      ussd: `${API_URL}ussd?token=${TOKEN}`,
      ussdEvents: `${API_URL}ussd/events?token=${TOKEN}`,
      sms: `${API_URL}sms?token=${TOKEN}`,
      smsDeliveryReports: `${API_URL}sms/delivery-reports?token=${TOKEN}`,
    });
  });

  it('accepts the API URL without its final slash, and encodes a token with URL characters', () => {
    const urls = callbackUrls(API_URL.slice(0, -1), 'a+b/c=d&e');
    expect(urls.ussd).toBe(`${API_URL}ussd?token=a%2Bb%2Fc%3Dd%26e`);
    expect(new URL(urls.ussd).searchParams.get('token')).toBe('a+b/c=d&e');
  });

  it('refuses an empty token and a URL that is not https', () => {
    expect(() => callbackUrls(API_URL, ' ')).toThrow(/empty/);
    expect(() => callbackUrls('http://abc123xyz.execute-api.example.com/', TOKEN)).toThrow(/https/);
  });
});

describe('npm run callback-urls', () => {
  it('reads the stack outputs, then the secret in its own region, and prints the four URLs', async () => {
    const { io, out, err, asked } = fakeIo();
    const code = await runCallbackUrlsCli(['--stack', 'CovidLine-prod'], io);
    expect([code, err]).toEqual([0, []]);
    expect(asked).toEqual([`outputs CovidLine-prod undefined`, `secret ${SECRET_ARN} ap-southeast-3`]);
    expect(out.join('').trimEnd().split('\n')).toEqual([
      `USSD callback                   ${API_URL}ussd?token=${TOKEN}`,
      `USSD events callback            ${API_URL}ussd/events?token=${TOKEN}`,
      `SMS incoming messages callback  ${API_URL}sms?token=${TOKEN}`,
      `SMS delivery reports callback   ${API_URL}sms/delivery-reports?token=${TOKEN}`,
    ]);
  });

  it('defaults to the dev stack and passes --region on', async () => {
    const { io, asked } = fakeIo();
    expect(await runCallbackUrlsCli(['--region', 'ap-southeast-1'], io)).toBe(0);
    expect(asked).toEqual(['outputs CovidLine-dev ap-southeast-1', `secret ${SECRET_ARN} ap-southeast-1`]);
  });

  it('reads only the secret when given --api-url and --secret-arn', async () => {
    const { io, out, asked } = fakeIo();
    const code = await runCallbackUrlsCli(['--api-url', API_URL, '--secret-arn', SECRET_ARN], io);
    expect(code).toBe(0);
    expect(asked).toEqual([`secret ${SECRET_ARN} ap-southeast-3`]);
    expect(out.join('')).toContain(`${API_URL}sms?token=${TOKEN}`);
  });

  it.each([
    [['--api-url', API_URL]],
    [['--secret-arn', SECRET_ARN]],
    [['--stack', 'CovidLine-dev', '--api-url', API_URL, '--secret-arn', SECRET_ARN]],
    [['--bogus']],
  ])('refuses %j with usage and exit code 2', async (argv) => {
    const { io, out, err } = fakeIo();
    expect(await runCallbackUrlsCli(argv, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/Usage: npm run callback-urls/);
  });

  it('fails with exit code 1 and prints no URL when the stack or the secret cannot be read', async () => {
    const noStack = fakeIo({
      readOutputs: () => Promise.reject(new Error('Stack with id CovidLine-dev does not exist')),
    });
    expect(await runCallbackUrlsCli([], noStack.io)).toBe(1);
    expect(noStack.err.join('')).toMatch(/CovidLine-dev does not exist/);

    const oldStack = fakeIo({ readOutputs: async () => ({ UssdCallbackUrl: `${API_URL}ussd?token=x` }) });
    expect(await runCallbackUrlsCli([], oldStack.io)).toBe(1);
    expect(oldStack.err.join('')).toMatch(/no ApiUrl or CallbackTokenSecretArn output/);

    const denied = fakeIo({ readSecret: () => Promise.reject(new Error('AccessDeniedException')) });
    expect(await runCallbackUrlsCli([], denied.io)).toBe(1);
    expect(denied.err.join('')).toMatch(/AccessDeniedException/);

    for (const run of [noStack, oldStack, denied]) expect(run.out).toEqual([]);
  });
});
