/**
 * Writes `page-files.json`, the dashboard page (`shared/dashboard/page/`) as the deployed function
 * serves it, after the page changes:
 *
 *   npx tsx functions/dashboard/embed-page.ts
 *
 * The function's bundle carries the page as JSON, which esbuild, Node and the tests all import as they
 * are; the local line reads the files themselves. `test/unit/dashboard-handler.test.ts` fails while
 * the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DashboardPageFiles } from '../../shared/dashboard/page.js';

const PAGE = new URL('../../shared/dashboard/page/', import.meta.url);
const EMBEDDED = new URL('./page-files.json', import.meta.url);

/** The page's files as they are now. */
export function pageFilesOnDisk(): DashboardPageFiles {
  const read = (name: string) => readFileSync(new URL(name, PAGE), 'utf8');
  return { html: read('dashboard.html'), css: read('dashboard.css'), js: read('dashboard.js') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(EMBEDDED, `${JSON.stringify(pageFilesOnDisk(), null, 2)}\n`);
  process.stdout.write(`Wrote ${fileURLToPath(EMBEDDED)}\n`);
}
