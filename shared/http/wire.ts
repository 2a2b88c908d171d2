import type { MiddlewareObj } from '@middy/core';
import urlencodeBodyParser from '@middy/http-urlencode-body-parser';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ZodError, type z } from 'zod';
import { errorFields, log } from '../log.js';

/**
 * The HTTP edge shared by every gateway callback: form bodies in, text out, and one place where
 * errors become responses. Callers' mistakes get a 400 naming what is wrong; our own failures are
 * logged and answered by the route's fallback, never thrown to the gateway.
 */

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

/**
 * Decodes a form body (base64 or not) into fields; a body that is not a form is refused with 415,
 * which `wireErrors` reports as a 400. Typed on the raw event because the parsed body is only read
 * through `parseForm` and its schema.
 */
export function formBody(): MiddlewareObj<HttpEvent, HttpResult> {
  return urlencodeBodyParser() as unknown as MiddlewareObj<HttpEvent, HttpResult>;
}

/** A caller's mistake: answered with 400 and this message. */
export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

export function textResponse(statusCode: number, body: string): HttpResult {
  return { statusCode, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

/** Parses the form body (already decoded by the urlencode middleware) with a route's schema. */
export function parseForm<T extends z.ZodType>(schema: T, event: HttpEvent): z.infer<T> {
  return schema.parse((event as unknown as { body: unknown }).body);
}

function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.') || 'body';
      return issue.code === 'invalid_type' && issue.input === undefined
        ? `missing field ${field}`
        : `${field}: ${issue.message}`;
    })
    .join('; ');
}

interface HttpLikeError {
  statusCode: number;
  message: string;
}

function isClientHttpError(error: unknown): error is HttpLikeError {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Why a request is the caller's fault, or undefined when it is ours. */
export function clientFault(error: unknown): string | undefined {
  if (error instanceof ZodError) return describeZodError(error);
  if (error instanceof BadRequest) return error.message;
  if (isClientHttpError(error)) {
    return error.statusCode === 415
      ? 'expected content-type application/x-www-form-urlencoded'
      : error.message || 'malformed request';
  }
  return undefined;
}

/**
 * Turns errors into responses: 400 with a reason for the caller's faults, `fallback()` for ours
 * (an `END` apology on USSD, a 500 where the gateway should retry).
 */
export function wireErrors(route: string, fallback: () => HttpResult): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: async (request) => {
      const reason = clientFault(request.error);
      if (reason !== undefined) {
        log.warn('rejected callback', { route, reason });
        request.response = textResponse(400, `Bad request: ${reason}`);
        return;
      }
      log.error('callback failed', { route, ...errorFields(request.error) });
      request.response = fallback();
    },
  };
}
