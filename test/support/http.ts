import type { Context } from 'aws-lambda';
import type { HttpEvent } from '../../shared/http/wire.js';

/** An API Gateway HTTP API (v2) event: `method` on `path`, with the headers, query and body given. */
export function httpEvent(
  method: 'GET' | 'POST',
  path: string,
  options: { headers?: Record<string, string>; query?: string; body?: string; base64?: boolean } = {},
): HttpEvent {
  const base64 = options.base64 ?? false;
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: options.query ?? '',
    headers: options.headers ?? {},
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'AT' },
      requestId: 'req',
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '22/Nov/2026:01:00:00 +0000',
      timeEpoch: 0,
    },
    ...(options.body === undefined
      ? {}
      : { body: base64 ? Buffer.from(options.body).toString('base64') : options.body }),
    isBase64Encoded: base64,
  };
}

/** An API Gateway HTTP API (v2) event carrying a form body, base64-encoded as API Gateway sends it. */
export function formEvent(
  fields: Record<string, string> | string,
  options: { contentType?: string | null; base64?: boolean; path?: string } = {},
): HttpEvent {
  const contentType =
    options.contentType === undefined ? 'application/x-www-form-urlencoded' : options.contentType;
  return httpEvent('POST', options.path ?? '/ussd', {
    headers: contentType === null ? {} : { 'content-type': contentType },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
    base64: options.base64 ?? true,
  });
}

export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:123456789012:function:test',
  memoryLimitInMB: '256',
  awsRequestId: 'test',
  logGroupName: 'test',
  logStreamName: 'test',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} satisfies Context;

/** Posts a form to a running line as the gateway does: the status, the body, and how long it took. */
export async function postForm(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, body: await res.text(), ms: performance.now() - started };
}
