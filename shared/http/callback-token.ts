import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import { errorFields, log } from '../log.js';
import { type HttpEvent, type HttpResult, textResponse } from './wire.js';

/**
 * Where a route's expected callback token comes from. Only `OPEN_CALLBACKS` lets callbacks through
 * without a token; any other source that cannot give a token refuses them.
 */
export interface CallbackTokenSource {
  /** The expected token; rejects (or gives an empty value) when it cannot be read. */
  get(): Promise<string | undefined>;
  /** A fresher value after a mismatch, if one may have been rotated in; undefined when not re-read. */
  refresh(): Promise<string | undefined>;
}

/** Callbacks are open: the local host and tests pass this explicitly; deployed functions never get it. */
export const OPEN_CALLBACKS: CallbackTokenSource = Object.freeze({
  get: async () => undefined,
  refresh: async () => undefined,
});

/** The token could not be read: the functions are misconfigured or Secrets Manager failed. */
export class CallbackTokenUnavailable extends Error {
  override readonly name = 'CallbackTokenUnavailable';
}

/**
 * The answer when the expected token cannot be read: a 500, not a 403. The fault is ours, so the
 * API's 5xx alarm fires, and Africa's Talking retries an incoming SMS or a delivery report until the
 * secret is readable again; a USSD hop cannot be retried and ends, as it would on any failure.
 */
const TOKEN_UNAVAILABLE = (): HttpResult => textResponse(500, 'Internal error');

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A token read from a source; a failed read or an empty token is `CallbackTokenUnavailable`. */
async function readToken(read: () => Promise<string | undefined>): Promise<string | undefined> {
  let token: string | undefined;
  try {
    token = await read();
  } catch (error) {
    throw new CallbackTokenUnavailable('The callback token could not be read', { cause: error });
  }
  if (token !== undefined && token.trim() === '')
    throw new CallbackTokenUnavailable('The callback token is empty');
  return token;
}

/** Whether `given` is the source's token, or the one rotated in since it was read. */
async function isExpectedToken(given: string, source: CallbackTokenSource): Promise<boolean> {
  const expected = await readToken(() => source.get());
  if (expected === undefined) throw new CallbackTokenUnavailable('The callback token source gave no token');
  if (sameToken(given, expected)) return true;
  // A mismatch may be a token rotated since it was read: re-read it (the source rate-limits that).
  const rotated = await readToken(() => source.refresh());
  return rotated !== undefined && sameToken(given, rotated);
}

/**
 * Refuses a callback whose `token` query parameter is not the deployment's secret, before any other
 * work: Africa's Talking does not sign its callbacks, so the URL itself is the credential. A wrong or
 * missing token gets 403; a token that cannot be read gets 500 and is never taken as "no check".
 */
export function callbackToken(
  route: string,
  source: CallbackTokenSource,
): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    before: async (request) => {
      if (source === OPEN_CALLBACKS) return;
      const given = request.event.queryStringParameters?.token ?? '';
      let accepted: boolean;
      try {
        accepted = await isExpectedToken(given, source);
      } catch (error) {
        if (!(error instanceof CallbackTokenUnavailable)) throw error;
        log.error('refused callback: the callback token is unavailable', {
          route,
          ...errorFields(error),
          ...(error.cause === undefined ? {} : { cause: errorFields(error.cause) }),
        });
        return TOKEN_UNAVAILABLE();
      }
      if (accepted) return;
      log.warn('refused callback without a valid token', { route });
      return textResponse(403, 'Forbidden');
    },
  };
}
