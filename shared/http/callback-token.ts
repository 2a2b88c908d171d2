import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import { log } from '../log.js';
import { type HttpEvent, type HttpResult, textResponse } from './wire.js';

/** Where a route's expected callback token comes from; `undefined` means callbacks are not gated (local host). */
export interface CallbackTokenSource {
  get(): Promise<string | undefined>;
  /** A fresher value after a mismatch, if one may have been rotated in; undefined when not re-read. */
  refresh(): Promise<string | undefined>;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Refuses a callback whose `token` query parameter is not the deployment's secret, before any other
 * work: Africa's Talking does not sign its callbacks, so the URL itself is the credential.
 */
export function callbackToken(
  route: string,
  source: CallbackTokenSource,
): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    before: async (request) => {
      const expected = await source.get();
      if (expected === undefined) return;
      const given = request.event.queryStringParameters?.token ?? '';
      if (sameToken(given, expected)) return;
      const rotated = await source.refresh();
      if (rotated !== undefined && sameToken(given, rotated)) return;
      log.warn('refused callback without a valid token', { route });
      return textResponse(403, 'Forbidden');
    },
  };
}

/** Callbacks are open: the local host and tests. */
export const OPEN_CALLBACKS: CallbackTokenSource = {
  get: async () => undefined,
  refresh: async () => undefined,
};
