import type {
  ChoiceStore,
  DraftStore,
  OnceStore,
  Outbox,
  ReportStore,
  SubscriberStore,
} from '../../shared/ports.js';
import type { memoryLineDeps } from './fakes.js';

/**
 * Fault injection for the in-memory stores: every call to a store's port methods is counted by kind,
 * and chosen calls throw instead of reaching the store. `storage` is every DynamoDB-backed port (once,
 * reports, drafts, subscribers, choices), `outbox` the queue. A failed call leaves the store untouched,
 * as a write DynamoDB refused would.
 */

export type FaultKind = 'storage' | 'outbox';

/**
 * The port methods a flow calls on each store (every method of each port in `shared/ports.ts`); test
 * helpers on the fakes (`list`, `markDone`, `latest` of drafts, `isOptedOut`) pass through.
 */
const PORT_METHODS = {
  once: ['claim', 'complete', 'release'],
  reports: ['save'],
  drafts: ['callerOf', 'save', 'discard', 'keepOffer'],
  subscribers: ['profileOf', 'setLanguage', 'setOptedOut'],
  choices: ['latest', 'save'],
  outbox: ['enqueue'],
} as const;

type Store = keyof typeof PORT_METHODS;

/** The port each store implements. */
interface Ports {
  once: OnceStore;
  reports: ReportStore;
  drafts: DraftStore;
  subscribers: SubscriberStore;
  choices: ChoiceStore;
  outbox: Outbox;
}

/** Port methods missing from `PORT_METHODS`: a call to one would escape the sweep. */
type Unlisted = { [K in Store]: Exclude<keyof Ports[K], (typeof PORT_METHODS)[K][number]> }[Store];
type AssertNone<T extends true> = T;
/** Fails to compile while a port has a method `PORT_METHODS` does not list. */
export type EveryPortMethodListed = AssertNone<[Unlisted] extends [never] ? true : false>;

const kindOf = (store: Store): FaultKind => (store === 'outbox' ? 'outbox' : 'storage');

/** The error an injected fault throws, so a test can tell it from a real failure. */
export class InjectedFault extends Error {
  override readonly name = 'InjectedFault';
}

export class Faults {
  /** Every call made, in order, as `store.method`, by kind. */
  readonly calls: Record<FaultKind, string[]> = { storage: [], outbox: [] };
  /** The calls that were made to fail. */
  readonly failed: string[] = [];
  private plan: { kind: FaultKind; from: number; through: number } | undefined;

  /** The `n`-th call of `kind` from now (1-based) fails, once. */
  failNth(kind: FaultKind, n: number): void {
    const from = this.calls[kind].length + n;
    this.plan = { kind, from, through: from };
  }

  /** The `n`-th call of `kind` from now and every later one fail until `heal()`: that storage is down. */
  failFrom(kind: FaultKind, n: number): void {
    this.plan = { kind, from: this.calls[kind].length + n, through: Number.POSITIVE_INFINITY };
  }

  heal(): void {
    this.plan = undefined;
  }

  /** Counts a call and says whether it is to fail. */
  hit(kind: FaultKind, name: string): boolean {
    this.calls[kind].push(name);
    const index = this.calls[kind].length;
    const fails = this.plan?.kind === kind && index >= this.plan.from && index <= this.plan.through;
    if (fails) this.failed.push(name);
    return fails;
  }
}

/** Wraps a store so its port methods go through `faults`; everything else is the store itself. */
function faulty<T extends object>(store: Store, target: T, faults: Faults): T {
  const methods: readonly string[] = PORT_METHODS[store];
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || !methods.includes(prop) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const name = `${store}.${prop}`;
        if (faults.hit(kindOf(store), name)) throw new InjectedFault(`injected failure of ${name}`);
        return value.apply(obj, args);
      };
    },
  });
}

/** The deps of `memoryLineDeps` with every store behind one `Faults`. */
export function withFaults<D extends ReturnType<typeof memoryLineDeps>>(
  deps: D,
): { deps: D; faults: Faults } {
  const faults = new Faults();
  const wrapped = { ...deps };
  for (const store of Object.keys(PORT_METHODS) as Store[]) {
    (wrapped as Record<Store, object>)[store] = faulty(store, deps[store], faults);
  }
  return { deps: wrapped, faults };
}
