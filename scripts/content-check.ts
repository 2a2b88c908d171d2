import { checkPackDir, describePack, type Finding, readPackDir } from '../shared/content/check.js';
import { EAST_JAVA_PACK_DIR } from '../shared/content/index.js';
import { wibDate } from '../shared/line/calendar.js';

/**
 * `npm run content:check [-- <pack folder>]`: checks a content pack as an editor needs it checked
 * (`shared/content/check.ts`) and prints what to fix, grouped by file, then a one-line summary.
 * Exits 1 on an error (the line would not start, or would say something wrong), 0 with warnings.
 */

const USAGE = `Usage: npm run content:check [-- <pack folder>]
Checks a content pack (default ${EAST_JAVA_PACK_DIR}): every rule the line loads it with, every text
in both languages and within its USSD screen or SMS in GSM-7, phone numbers, opening hours, sources and
checked days, next year's holidays and the reach of referral hospitals. Exits 1 on an error, 0 otherwise.`;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatFinding(f: Finding): string {
  const where = f.where === '' ? '' : `${f.where}: `;
  return `  ${f.level.padEnd(7)} ${where}${f.message} [${f.kind}]`;
}

/** Checks the pack in `dir` and prints the report; returns the exit code. */
export function contentCheck(dir: string, now: Date, out: (line: string) => void): number {
  const today = wibDate(now).ymd;
  const findings = checkPackDir(dir, today);
  out(`Checking ${dir} (today ${today} WIB)`);
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      out('');
      out(file === '' ? '(the pack)' : file);
    }
    out(formatFinding(f));
  }
  if (findings.length > 0) out('');
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  if (errors > 0) {
    out(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
    return 1;
  }
  const summary = describePack(readPackDir(dir).raw);
  out(`Content pack OK: ${summary}${warnings > 0 ? `; ${plural(warnings, 'warning')}` : ''}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') console.log(USAGE);
  else process.exitCode = contentCheck(arg ?? EAST_JAVA_PACK_DIR, new Date(), (line) => console.log(line));
}
