import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Context } from 'aws-lambda';
import type { HttpEvent, HttpResult } from '../../shared/http/wire.js';
import { errorFields, log } from '../../shared/log.js';
import { asInvocation } from './invocations.js';

/**
 * The local host: a plain Node HTTP server that turns each request into the API Gateway HTTP API
 * event the deployed functions receive (form bodies base64-encoded, as API Gateway does) and calls
 * the very same handlers.
 */

export type LambdaHttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

/** A request to a local-only route (pages, `/dev/...`), with its body already read. */
export interface LocalRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface LocalResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Readonly<Record<string, string>>;
}

export type LocalRoute =
  | { kind: 'lambda'; handler: LambdaHttpHandler }
  | { kind: 'json'; body: () => unknown | Promise<unknown> }
  | { kind: 'http'; handle: (request: LocalRequest) => Promise<LocalResponse> };

/** Routes keyed `METHOD /path`, as API Gateway route keys are. */
export type LocalRoutes = Readonly<Record<string, LocalRoute>>;

const MAX_BODY_BYTES = 64 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function toEvent(req: IncomingMessage, url: URL, body: Buffer): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const method = req.method ?? 'GET';
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${method} ${url.pathname}`,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.toString('base64'),
    isBase64Encoded: true,
  };
}

export function lambdaContext(route: string): Context {
  const deadline = Date.now() + 10_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `local-${route}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:local-${route}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/local/${route}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

async function handle(routes: LocalRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const key = `${req.method ?? 'GET'} ${url.pathname}`;
  const route = routes[key];
  if (!route) {
    const known = Object.keys(routes).some((k) => k.endsWith(` ${url.pathname}`));
    send(res, known ? 405 : 404, 'text/plain', known ? 'Method not allowed' : 'Not found');
    return;
  }
  if (route.kind === 'json') {
    send(res, 200, 'application/json', JSON.stringify(await route.body(), null, 2));
    return;
  }
  const body = await readBody(req);
  if (!body) {
    send(res, 413, 'text/plain', 'Request body too large');
    return;
  }
  if (route.kind === 'http') {
    const reply = await route.handle({ method: req.method ?? 'GET', url, headers: req.headers, body });
    res.writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers });
    res.end(reply.body);
    return;
  }
  const context = lambdaContext(url.pathname);
  const result = await asInvocation(context.awsRequestId, () =>
    route.handler(toEvent(req, url, body), context),
  );
  const payload =
    result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64') : (result.body ?? '');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(payload);
}

/** Starts the HTTP server on 127.0.0.1 (port 0 picks a free one) and resolves once it listens. */
export async function startLocalServer(
  routes: LocalRoutes,
  port: number,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    handle(routes, req, res).catch((error: unknown) => {
      log.error('local host failed a request', errorFields(error));
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}` };
}
