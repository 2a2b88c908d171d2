import { z } from 'zod';
import type { LocalRequest, LocalResponse } from './server.js';

/**
 * Fault injection on the local line: `POST /dev/faults` with `storage=N`, `outbox=N` or `gateway=N`
 * makes the N-th call of that kind from now fail, once. `storage` is every DynamoDB call (the line's
 * stores and the SMS sender's send log), `outbox` every SMS handed to the outbox, `gateway` every
 * SMS handed to the SMS gateway. `GET /dev/faults` shows what is armed and how many calls of each
 * kind the line has made; `clear=1` disarms everything.
 */

export const FAULT_KINDS = ['storage', 'outbox', 'gateway'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a faulted call throws: shaped like a server-side AWS failure, so the line treats it as one. */
export class InjectedFault extends Error {
  override readonly name = 'InjectedFault';
  readonly $fault = 'server';
  constructor(kind: FaultKind, call: number) {
    super(`injected failure of ${kind} call ${call}`);
  }
}

interface Armed {
  kind: FaultKind;
  /** The absolute call number (since the line started) that fails. */
  call: number;
}

export class LocalFaults {
  private readonly counts: Record<FaultKind, number> = { storage: 0, outbox: 0, gateway: 0 };
  private armed: Armed[] = [];
  private readonly struck: (Armed & { at: string })[] = [];

  /** The `n`-th call of `kind` from now (1-based) fails, once. */
  arm(kind: FaultKind, n: number): void {
    this.armed.push({ kind, call: this.counts[kind] + n });
  }

  clear(): void {
    this.armed = [];
  }

  /** Counts a call of `kind`; throws if it is one to fail. */
  check(kind: FaultKind): void {
    this.counts[kind] += 1;
    const call = this.counts[kind];
    const index = this.armed.findIndex((a) => a.kind === kind && a.call === call);
    if (index < 0) return;
    const [hit] = this.armed.splice(index, 1);
    if (hit) this.struck.push({ ...hit, at: new Date().toISOString() });
    throw new InjectedFault(kind, call);
  }

  /** What `GET /dev/faults` shows. */
  status() {
    return {
      calls: { ...this.counts },
      armed: this.armed.map((a) => ({ kind: a.kind, inCalls: a.call - this.counts[a.kind] })),
      struck: this.struck.map((s) => ({ kind: s.kind, call: s.call, at: s.at })),
    };
  }
}

/** Wraps an object's method so each call first passes `faults.check(kind)`. */
export function faultyMethod<T extends object, K extends keyof T>(
  target: T,
  method: K,
  kind: FaultKind,
  faults: LocalFaults,
): void {
  const original = target[method];
  if (typeof original !== 'function') throw new Error(`${String(method)} is not a method`);
  const call = original.bind(target) as (...args: unknown[]) => unknown;
  (target as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    faults.check(kind);
    return call(...args);
  };
}

const count = z.coerce.number().int().min(1).max(10_000);
const FaultsForm = z
  .object({
    storage: count.optional(),
    outbox: count.optional(),
    gateway: count.optional(),
    clear: z.enum(['1', 'true']).optional(),
  })
  .strict();

const json = (status: number, body: unknown): LocalResponse => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body, null, 2),
});

/** `GET` and `POST /dev/faults`. */
export function faultsRoute(faults: LocalFaults) {
  return async (request: LocalRequest): Promise<LocalResponse> => {
    if (request.method === 'GET') return json(200, faults.status());
    const fields = Object.fromEntries(new URLSearchParams(request.body.toString('utf8')));
    const form = FaultsForm.safeParse(fields);
    if (!form.success) {
      const reason = form.error.issues
        .map((i) =>
          i.code === 'unrecognized_keys'
            ? `unknown field ${i.keys.join(', ')}`
            : `${i.path.join('.')}: ${i.message}`,
        )
        .join('; ');
      return json(400, { error: `${reason}. Send storage=N, outbox=N or gateway=N (N from 1), or clear=1.` });
    }
    const { clear, ...counts } = form.data;
    if (clear) faults.clear();
    const kinds = FAULT_KINDS.filter((k) => counts[k] !== undefined);
    if (!clear && kinds.length === 0) {
      return json(400, {
        error: 'Nothing to arm. Send storage=N, outbox=N or gateway=N (N from 1), or clear=1.',
      });
    }
    for (const kind of kinds) faults.arm(kind, counts[kind] as number);
    return json(200, faults.status());
  };
}
