import { vi } from 'vitest';
import {
  type BundleResult,
  bundleFunction as bundleNow,
  formatReport,
} from '../../../scripts/bundle-report.js';
import { INFRA_TIMEOUTS } from './line-synth.js';

/**
 * The bundle tests' shared fixture: each function is bundled once per output folder, however many
 * tests ask for it (a size check and a load check used to bundle the same entry twice).
 *
 * Importing it also gives the importing test file the infra timeouts: loading a 3 MB bundle takes
 * about 2 s on an idle machine and several times that on a loaded one.
 */
vi.setConfig(INFRA_TIMEOUTS);

const bundles = new Map<string, Promise<BundleResult>>();

/** `scripts/bundle-report.ts`'s `bundleFunction`, run once per function and folder. */
export function bundleFunction(...[spec, outdir]: Parameters<typeof bundleNow>): Promise<BundleResult> {
  const key = `${outdir}\0${spec.id}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = bundleNow(spec, outdir);
    // A failed build is not kept: the next test builds again and reports its own error.
    bundle.catch(() => bundles.delete(key));
    bundles.set(key, bundle);
  }
  return bundle;
}

export { formatReport };
