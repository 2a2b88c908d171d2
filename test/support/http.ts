import type { Context } from 'aws-lambda';
import type { HttpEvent } from '../../shared/http/wire.js';

/** An API Gateway HTTP API (v2) event carrying a form body, base64-encoded as API Gateway sends it. */
export function formEvent(
  fields: Record<string, string> | string,
  options: { contentType?: string | null; base64?: boolean; path?: string } = {},
): HttpEvent {
  const raw = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  const base64 = options.base64 ?? true;
  const contentType =
    options.contentType === undefined ? 'application/x-www-form-urlencoded' : options.contentType;
  const path = options.path ?? '/ussd';
  return {
    version: '2.0',
    routeKey: `POST ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: contentType === null ? {} : { 'content-type': contentType },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'AT' },
      requestId: 'req',
      routeKey: `POST ${path}`,
      stage: '$default',
      time: '22/Nov/2026:01:00:00 +0000',
      timeEpoch: 0,
    },
    body: base64 ? Buffer.from(raw).toString('base64') : raw,
    isBase64Encoded: base64,
  };
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
