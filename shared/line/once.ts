import { errorFields, log } from '../log.js';
import type { OnceStore } from '../ports.js';

/** Another try holds the claim and may still be running its action, or still fail it. */
export class ClaimBusy extends Error {
  override readonly name = 'ClaimBusy';
  constructor(key: string) {
    super(`${key} is held by another try`);
  }
}

/**
 * Gives a claim back after its action failed, so the gateway's retry can run it at once. Best effort:
 * when storage is down this fails too, and the claim's lease runs out instead; the error that made the
 * try fail is the one worth throwing.
 */
export async function giveBack(once: OnceStore, key: string): Promise<void> {
  try {
    await once.release(key);
  } catch (error) {
    log.warn('claim not given back; its lease will run out', { key, ...errorFields(error) });
  }
}
