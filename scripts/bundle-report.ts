/**
 * Bundles every function the way the CDK stack does and reports its size and whether the Africa's
 * Talking SDK got in:
 *
 *   npm run bundle-report
 *
 * Exits 1 when a function that answers a waiting caller (USSD, incoming SMS) bundles the SDK: it
 * adds about 1.8 MB and 185 ms of loading to every cold start, inside the gateway's 10 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LINE_BUNDLING, PROJECT_ROOT } from '../infra/constructs/line-function.js';
import { LINE_FUNCTIONS, type LineFunctionSpec } from '../infra/line-functions.js';

export interface BundleResult {
  readonly id: string;
  readonly answersUsers: boolean;
  /** Size of the JavaScript bundle, without its source map. */
  readonly bytes: number;
  readonly includesAfricasTalking: boolean;
}

const AFRICASTALKING = /(^|\/)node_modules\/africastalking\//;

/** Bundles one function's entry into `outdir` with the stack's esbuild options. */
export async function bundleFunction(
  spec: Pick<LineFunctionSpec, 'id' | 'entry' | 'answersUsers'>,
  outdir: string,
): Promise<BundleResult> {
  const outfile = join(outdir, spec.id, 'index.mjs');
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [spec.entry],
    outfile,
    bundle: true,
    platform: LINE_BUNDLING.platform,
    format: LINE_BUNDLING.format,
    target: LINE_BUNDLING.target,
    minify: LINE_BUNDLING.minify,
    sourcemap: LINE_BUNDLING.sourcemap,
    sourcesContent: false,
    mainFields: [...LINE_BUNDLING.mainFields],
    banner: { js: LINE_BUNDLING.banner },
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.entries(result.metafile.outputs).find(
    ([path]) => resolve(PROJECT_ROOT, path) === outfile,
  );
  if (!output) throw new Error(`esbuild wrote no ${outfile} for ${spec.id}`);
  return {
    id: spec.id,
    answersUsers: spec.answersUsers,
    bytes: output[1].bytes,
    includesAfricasTalking: Object.keys(result.metafile.inputs).some((path) => AFRICASTALKING.test(path)),
  };
}

/** The report as printed: one row per function. */
export function formatReport(results: readonly BundleResult[]): string {
  const rows = [
    ['function', 'bundle KB', 'africastalking', 'answers users'],
    ...results.map((r) => [
      r.id,
      (r.bytes / 1024).toFixed(1),
      r.includesAfricasTalking ? 'yes' : 'no',
      r.answersUsers ? 'yes' : 'no',
    ]),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<number> {
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-bundles-'));
  try {
    const results: BundleResult[] = [];
    for (const spec of LINE_FUNCTIONS) results.push(await bundleFunction(spec, outdir));
    process.stdout.write(`${formatReport(results)}\n`);
    const offenders = results.filter((r) => r.answersUsers && r.includesAfricasTalking);
    for (const r of offenders) {
      process.stderr.write(
        `${r.id} answers callers but bundles africastalking: keep the SDK in the SMS sender.\n`,
      );
    }
    return offenders.length > 0 ? 1 : 0;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
