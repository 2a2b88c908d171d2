/**
 * Bundles every function the way the CDK stack does and reports its size, the CPU time a cold start
 * spends importing it, and whether the Africa's Talking SDK got in:
 *
 *   npm run bundle-report [-- --runs <n>]
 *
 * Import CPU is the median over `n` runs (default 5; 0 skips it) of a fresh Node process importing the
 * bundle, less a paired run of one importing nothing (`node -e 0`), so Node's own start-up is left out.
 *
 * Exits 1 when a function that answers a waiting caller (USSD, incoming SMS) bundles the SDK (it adds
 * about 1.8 MB and 185 ms of loading to every cold start, inside the gateway's 10 s) or is over
 * {@link ANSWERING_BUNDLE_MAX_BYTES}, or when any function bundles a package none may carry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { LINE_BUNDLING, PROJECT_ROOT } from '../infra/constructs/line-function.js';
import { LINE_FUNCTIONS, type LineFunctionSpec } from '../infra/line-functions.js';

export interface BundleResult {
  readonly id: string;
  readonly answersUsers: boolean;
  /** Size of the JavaScript bundle, without its source map. */
  readonly bytes: number;
  readonly includesAfricasTalking: boolean;
  /** The packages of {@link NEVER_BUNDLED} the bundle carries: none, in a sound build. */
  readonly neverBundled: readonly string[];
  /** Where the bundle was written. */
  readonly file: string;
}

/** A function that answers a waiting caller loads at most this much code at a cold start. */
export const ANSWERING_BUNDLE_MAX_BYTES = 1200 * 1024;

const AFRICASTALKING = /(^|\/)node_modules\/africastalking\//;

/**
 * Packages no function may bundle. `date-holidays` and its calendars (about 1.4 MB) only write the
 * computed holiday tables (`npm run content:holidays`); the line reads the tables. zod's translations
 * of its error messages (about 260 KB) come in with `import { z } from 'zod'`: write
 * `import * as z from 'zod'`, which keeps the English messages the 400 responses give.
 */
export const NEVER_BUNDLED: Readonly<Record<string, RegExp>> = {
  'date-holidays': /(^|\/)node_modules\/date-holidays(-parser)?\//,
  'moment-timezone': /(^|\/)node_modules\/moment(-timezone)?\//,
  astronomia: /(^|\/)node_modules\/astronomia\//,
  'zod locales': /(^|\/)node_modules\/zod\/(v4\/)?locales\/(?!en\.js$)/,
};

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
    alias: { ...LINE_BUNDLING.alias },
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.entries(result.metafile.outputs).find(
    ([path]) => resolve(PROJECT_ROOT, path) === outfile,
  );
  if (!output) throw new Error(`esbuild wrote no ${outfile} for ${spec.id}`);
  // Files esbuild read but tree-shook away entirely are not in the bundle.
  const bundled = Object.entries(output[1].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return {
    id: spec.id,
    answersUsers: spec.answersUsers,
    bytes: output[1].bytes,
    includesAfricasTalking: Object.keys(result.metafile.inputs).some((path) => AFRICASTALKING.test(path)),
    neverBundled: Object.entries(NEVER_BUNDLED)
      .filter(([, pattern]) => bundled.some((path) => pattern.test(path)))
      .map(([name]) => name),
    file: outfile,
  };
}

/** CPU milliseconds (user + system) a fresh Node process has used once it has run `code`. */
function processCpuMs(code: string): number {
  const script = `${code}\nconst used = process.cpuUsage();\nconsole.log((used.user + used.system) / 1000);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(out.trim().split('\n').at(-1));
}

/**
 * The CPU time importing a bundle takes at a cold start: the median, over `runs` pairs of fresh
 * processes, of one importing the bundle less one importing nothing (`node -e 0`), run one after the
 * other so both see the same machine load.
 */
export function importCpuMs(file: string, runs = 5): number {
  const url = JSON.stringify(pathToFileURL(file).href);
  const costs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const bare = processCpuMs('');
    costs.push(processCpuMs(`await import(${url});`) - bare);
  }
  costs.sort((a, b) => a - b);
  return costs[Math.floor(costs.length / 2)] ?? Number.NaN;
}

/** The report as printed: one row per function; import CPU where it was measured. */
export function formatReport(
  results: readonly BundleResult[],
  importMs: ReadonlyMap<string, number> = new Map(),
): string {
  const rows = [
    ['function', 'bundle KB', 'import ms', 'africastalking', 'answers users'],
    ...results.map((r) => [
      r.id,
      (r.bytes / 1024).toFixed(1),
      importMs.get(r.id)?.toFixed(0) ?? '-',
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

/** What is wrong with the bundles, one line each: empty when all is well. */
export function bundleProblems(results: readonly BundleResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.answersUsers && r.includesAfricasTalking
      ? [`${r.id} answers callers but bundles africastalking: keep the SDK in the SMS sender.`]
      : []),
    ...(r.answersUsers && r.bytes > ANSWERING_BUNDLE_MAX_BYTES
      ? [`${r.id} answers callers but its bundle is ${(r.bytes / 1024).toFixed(0)} KB, over 1,200 KB.`]
      : []),
    ...r.neverBundled.map(
      (name) => `${r.id} bundles ${name}: see NEVER_BUNDLED in scripts/bundle-report.ts.`,
    ),
  ]);
}

function runsOf(args: readonly string[]): number {
  const at = args.indexOf('--runs');
  const runs = at === -1 ? 5 : Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 0)
    throw new Error(`--runs takes a whole number, not ${args[at + 1]}`);
  return runs;
}

async function main(): Promise<number> {
  const runs = runsOf(process.argv.slice(2));
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-bundles-'));
  try {
    const results: BundleResult[] = [];
    for (const spec of LINE_FUNCTIONS) results.push(await bundleFunction(spec, outdir));
    const importMs = new Map(runs > 0 ? results.map((r) => [r.id, importCpuMs(r.file, runs)]) : []);
    process.stdout.write(`${formatReport(results, importMs)}\n`);
    if (runs > 0) {
      process.stdout.write(
        `import ms: CPU to import the bundle, median of ${runs} runs, less \`node -e 0\`\n`,
      );
    }
    const problems = bundleProblems(results);
    for (const line of problems) process.stderr.write(`${line}\n`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
