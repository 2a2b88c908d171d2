import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCallbackToken, MISSING_TOKEN_SECRET } from '../../functions/callback-token.js';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { makeHandler as makeDeliveryHandler } from '../../functions/sms-delivery-reports/handler.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { makeHandler as makeEventsHandler } from '../../functions/ussd-events/handler.js';
import { type CallbackPath, LINE_FUNCTIONS } from '../../infra/line-functions.js';
import { fixedClock } from '../../shared/adapters/clock.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../../shared/http/callback-token.js';
import type { HttpEvent, HttpResult } from '../../shared/http/wire.js';
import type { DeliveryStore } from '../../shared/ports.js';
import { memoryLineDeps } from '../support/fakes.js';
import { formEvent, lambdaContext } from '../support/http.js';
import { fixtureLine } from '../support/packs.js';

/**
 * Every callback route refuses a callback without the deployment's token, and the deployed handlers
 * can never run open: without their secret they do not start on Lambda, and a secret that cannot be
 * read refuses callbacks instead of letting them through.
 */

const TOKEN = 'k3Xq9ZpL2mVb7RtY4wNc8HsJ6dFg1AeQ5uTo0iKy';
const line = fixtureLine();
const clock = fixedClock('2026-11-23T03:00:00Z');

type Handler = (event: HttpEvent, context: typeof lambdaContext) => Promise<HttpResult>;

/** One route's handler with in-memory dependencies, a valid callback, and a count of the work done. */
interface RouteHarness {
  handler(token: CallbackTokenSource): Handler;
  fields: Record<string, string>;
  expectedBody: RegExp;
  /** How many times the route reached its dependencies. */
  work(): number;
}

function ussdHarness(): RouteHarness {
  let hops = 0;
  const deps = {
    ...memoryLineDeps(line, clock),
    subscriberIdOf: (phone: string) => {
      hops += 1;
      return `sub-${phone.slice(-4)}`;
    },
  };
  return {
    handler: (token) => makeUssdHandler(deps, token),
    fields: { sessionId: 'ATUid_t1', serviceCode: '*384*1#', phoneNumber: '+6281234567890', text: '' },
    expectedBody: /^CON /,
    work: () => hops,
  };
}

function smsHarness(): RouteHarness {
  const deps = memoryLineDeps(line, clock);
  return {
    handler: (token) => makeSmsHandler(deps, token),
    fields: { id: 'ATXid_t1', from: '+6281234567890', to: '21212', text: 'INFO' },
    expectedBody: /^OK$/,
    work: () => deps.outbox.list().length,
  };
}

function deliveryHarness(): RouteHarness {
  let recorded = 0;
  const deliveries: DeliveryStore = {
    record: async () => {
      recorded += 1;
      return true;
    },
  };
  return {
    handler: (token) => makeDeliveryHandler({ deliveries, clock }, token),
    fields: { id: 'ATXid_t1', status: 'Success', phoneNumber: '+6281234567890' },
    expectedBody: /^OK$/,
    work: () => recorded,
  };
}

function eventsHarness(): RouteHarness {
  // The route only logs; whether it answered 200 is what shows it did its work.
  return {
    handler: (token) => makeEventsHandler(token),
    fields: { sessionId: 'ATUid_t1', status: 'Success', hopsCount: '3' },
    expectedBody: /^OK$/,
    work: () => 0,
  };
}

/** A harness per callback path: adding a route to CALLBACK_PATHS without one here fails typecheck. */
const HARNESSES: Record<CallbackPath, () => RouteHarness> = {
  '/ussd': ussdHarness,
  '/ussd/events': eventsHarness,
  '/sms': smsHarness,
  '/sms/delivery-reports': deliveryHarness,
};

/** Every callback route the stack serves, read from the functions table. */
const CALLBACK_ROUTES = LINE_FUNCTIONS.flatMap((spec) =>
  'callback' in spec.trigger ? [{ id: spec.id, entry: spec.entry, path: spec.trigger.callback }] : [],
);

function callback(path: string, fields: Record<string, string>, token?: string): HttpEvent {
  const event = formEvent(fields, { path });
  return token === undefined ? event : { ...event, queryStringParameters: { token } };
}

const secretToken = (value: string): CallbackTokenSource => ({
  get: async () => value,
  refresh: async () => undefined,
});

it('covers the four callback routes of the functions table', () => {
  expect(CALLBACK_ROUTES.map((r) => r.path).sort()).toEqual(
    ['/sms', '/sms/delivery-reports', '/ussd', '/ussd/events'].sort(),
  );
});

describe.each(CALLBACK_ROUTES)('POST $path ($id)', ({ path }) => {
  it.each([
    ['no token', undefined],
    ['an empty token', ''],
    ['a wrong token of the same length', TOKEN.replace(/.$/, 'X')],
    ['a wrong token of another length', `${TOKEN}x`],
    ['the token in another case', TOKEN.toLowerCase()],
  ])('refuses a callback with %s: 403, nothing done', async (_name, token) => {
    // Prepare
    const route = HARNESSES[path]();
    // Act
    const res = await route.handler(secretToken(TOKEN))(callback(path, route.fields, token), lambdaContext);
    // Assess
    expect(res.statusCode).toBe(403);
    expect(route.work()).toBe(0);
  });

  it('accepts the right token and answers the callback', async () => {
    const route = HARNESSES[path]();
    const res = await route.handler(secretToken(TOKEN))(callback(path, route.fields, TOKEN), lambdaContext);
    expect([res.statusCode, res.body]).toEqual([200, expect.stringMatching(route.expectedBody)]);
    if (path !== '/ussd/events') expect(route.work()).toBeGreaterThan(0);
  });

  it.each([
    ['cannot be read', { get: () => Promise.reject(new Error('AccessDeniedException')) }],
    ['is empty', { get: async () => '' }],
    ['is blank', { get: async () => '  \n' }],
    ['is missing from a source', { get: async () => undefined }],
  ])('refuses every callback with 500 (the gateway retries) when the token %s', async (_name, broken) => {
    const route = HARNESSES[path]();
    const source: CallbackTokenSource = { refresh: async () => undefined, ...broken };
    for (const token of [undefined, '', TOKEN]) {
      const res = await route.handler(source)(callback(path, route.fields, token), lambdaContext);
      expect(res.statusCode, `token ${token}`).toBe(500);
    }
    expect(route.work()).toBe(0);
  });

  it('refuses with 500 when re-reading a rotated token fails', async () => {
    const route = HARNESSES[path]();
    const source: CallbackTokenSource = {
      get: async () => 'the-old-token',
      refresh: () => Promise.reject(new Error('ThrottlingException')),
    };
    const res = await route.handler(source)(callback(path, route.fields, TOKEN), lambdaContext);
    expect(res.statusCode).toBe(500);
    expect(route.work()).toBe(0);
  });

  it('lets callbacks through without a token only when given OPEN_CALLBACKS (local host, tests)', async () => {
    const route = HARNESSES[path]();
    const res = await route.handler(OPEN_CALLBACKS)(callback(path, route.fields), lambdaContext);
    expect([res.statusCode, res.body]).toEqual([200, expect.stringMatching(route.expectedBody)]);
  });
});

describe('defaultCallbackToken()', () => {
  it('throws a configuration error naming the variable on Lambda without CALLBACK_TOKEN_SECRET_ARN', () => {
    expect(() => defaultCallbackToken({ AWS_LAMBDA_FUNCTION_NAME: 'CovidLine-dev-Ussd' })).toThrow(
      /^Invalid configuration: CALLBACK_TOKEN_SECRET_ARN is not set/,
    );
    expect(() =>
      defaultCallbackToken({
        AWS_LAMBDA_FUNCTION_NAME: 'CovidLine-dev-Ussd',
        CALLBACK_TOKEN_SECRET_ARN: ' ',
      }),
    ).toThrow(MISSING_TOKEN_SECRET);
  });

  it('gives a source that refuses every callback when imported off Lambda without the variable', async () => {
    const route = ussdHarness();
    const handler = route.handler(defaultCallbackToken({}));
    const res = await handler(callback('/ussd', route.fields, TOKEN), lambdaContext);
    expect(res.statusCode).toBe(500);
    expect(route.work()).toBe(0);
  });
});

/**
 * A stand-in for Secrets Manager's GetSecretValue (JSON 1.1 over HTTP), which the SDK reaches
 * through `AWS_ENDPOINT_URL_SECRETS_MANAGER`: the deployed handler modules run unchanged.
 */
class FakeSecretsManager {
  readonly reads: string[] = [];
  secret: { value: string } | { error: string } = { value: TOKEN };
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        const { SecretId } = JSON.parse(body || '{}') as { SecretId?: string };
        this.reads.push(`${req.headers['x-amz-target']} ${SecretId}`);
        const secret = this.secret;
        res.setHeader('content-type', 'application/x-amz-json-1.1');
        if ('error' in secret) {
          res.statusCode = 400;
          res.end(JSON.stringify({ __type: secret.error, message: 'refused by the fake' }));
          return;
        }
        res.end(JSON.stringify({ ARN: SecretId, Name: 'CallbackToken', SecretString: secret.value }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const SECRET_ARN = 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:CallbackToken-AbCdEf';
const REPO_ROOT = new URL('../../', import.meta.url);

/** A deployed handler module, loaded afresh so it reads the environment of the test. */
async function loadDeployedHandler(entry: string): Promise<Handler> {
  vi.resetModules();
  const module = (await import(new URL(entry, REPO_ROOT).href)) as { handler: Handler };
  return module.handler;
}

describe("each function's deployed `handler` export", () => {
  const secretsManager = new FakeSecretsManager();
  let endpoint: string;

  beforeAll(async () => {
    endpoint = await secretsManager.start();
  });
  afterAll(async () => {
    await secretsManager.stop();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    secretsManager.secret = { value: TOKEN };
  });

  function stubLambdaEnv(functionName: string, withSecret: boolean): void {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', functionName);
    vi.stubEnv('AWS_REGION', 'ap-southeast-3');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fake-secret-access-key');
    vi.stubEnv('AWS_SESSION_TOKEN', undefined);
    vi.stubEnv('AWS_ENDPOINT_URL_SECRETS_MANAGER', endpoint);
    vi.stubEnv('CALLBACK_TOKEN_SECRET_ARN', withSecret ? SECRET_ARN : undefined);
  }

  it.each(CALLBACK_ROUTES)(
    '$id fails at init on Lambda without CALLBACK_TOKEN_SECRET_ARN',
    async ({ id, entry }) => {
      stubLambdaEnv(`CovidLine-dev-${id}`, false);
      await expect(loadDeployedHandler(entry)).rejects.toThrow(MISSING_TOKEN_SECRET);
    },
  );

  it.each(CALLBACK_ROUTES)(
    '$id checks the token from CALLBACK_TOKEN_SECRET_ARN: 403 without it, through with it',
    async ({ id, entry, path }) => {
      // Prepare
      stubLambdaEnv(`CovidLine-dev-${id}`, true);
      const handler = await loadDeployedHandler(entry);
      const reads = secretsManager.reads.length;
      // Act: an incomplete form, so a callback that gets past the token is answered 400 before any
      // dependency is built.
      const missing = await handler(callback(path, {}), lambdaContext);
      const wrong = await handler(callback(path, {}, 'guess'), lambdaContext);
      const right = await handler(callback(path, {}, TOKEN), lambdaContext);
      // Assess
      expect([missing.statusCode, wrong.statusCode]).toEqual([403, 403]);
      expect([right.statusCode, right.body]).toEqual([400, expect.stringMatching(/^Bad request: /)]);
      expect(secretsManager.reads.slice(reads)).toEqual([`secretsmanager.GetSecretValue ${SECRET_ARN}`]);
    },
  );

  it.each([
    ['cannot be read', { error: 'AccessDeniedException' }],
    ['is empty', { value: '' }],
  ])('refuses every callback with 500 when the secret %s', async (_name, secret) => {
    secretsManager.secret = secret;
    for (const { id, entry, path } of CALLBACK_ROUTES) {
      stubLambdaEnv(`CovidLine-dev-${id}`, true);
      const handler = await loadDeployedHandler(entry);
      const res = await handler(callback(path, {}, TOKEN), lambdaContext);
      expect([id, res.statusCode]).toEqual([id, 500]);
    }
  });
});
