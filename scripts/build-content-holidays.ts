/**
 * Computes Indonesia's national holidays for the years after the last official table and writes them
 * to `shared/content/data/holidays.json` under `computed`:
 *
 *   npm run content:holidays [-- <last year>]
 *
 * The line needs this year's and next year's days off, and a decree (SKB 3 Menteri) is published only
 * a few months ahead. Until it is, the npm package `date-holidays` computes the national holidays:
 * no cuti bersama, some Islamic holidays a day off the decree, Nyepi and Waisak only up to 2027, no
 * Easter Sunday. The package is a devDependency: the functions read the table, never the package (its
 * calendars are about 1.4 MB of bundle). Official tables are kept as they are; a year that has one
 * gets no computed table, so run this again after adding a decree. The same package version always
 * writes the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import {
  HOLIDAY_SHORT_MAX,
  type HolidayTable,
  type HolidayYear,
  type OfficialHoliday,
  parseHolidayTable,
} from '../shared/content/holidays.js';
import { toGsm7 } from '../shared/text.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOLIDAYS_FILE = join(repoRoot, 'shared/content/data/holidays.json');

/** Four years past the 2026 decree: enough for the line's current and next year until 2030. */
export const LAST_COMPUTED_YEAR = 2030;

/**
 * Official-style names for the package's rules: its Indonesian names are long for a status line, and
 * it calls 27 Rajab (Isra Mikraj) "Maulid Nabi Muhammad".
 */
const NAMES: Readonly<Record<string, { name: string; shortName: string }>> = {
  '01-01': { name: 'Tahun Baru Masehi', shortName: 'Tahun Baru' },
  '27 Rajab': { name: 'Isra Mikraj Nabi Muhammad SAW', shortName: 'Isra Mikraj' },
  'chinese 01-0-01': { name: 'Tahun Baru Imlek', shortName: 'Imlek' },
  '1 Shawwal': { name: 'Idulfitri (hari 1)', shortName: 'Idulfitri' },
  '2 Shawwal': { name: 'Idulfitri (hari 2)', shortName: 'Idulfitri' },
  'easter -2': { name: 'Wafat Yesus Kristus', shortName: 'Wafat Yesus' },
  easter: { name: 'Kebangkitan Yesus Kristus (Paskah)', shortName: 'Paskah' },
  '05-01': { name: 'Hari Buruh Internasional', shortName: 'Hari Buruh' },
  'easter 39': { name: 'Kenaikan Yesus Kristus', shortName: 'Kenaikan Yesus' },
  '10 Dhu al-Hijjah': { name: 'Iduladha', shortName: 'Iduladha' },
  '06-01': { name: 'Hari Lahir Pancasila', shortName: 'Hari Pancasila' },
  '1 Muharram': { name: 'Tahun Baru Islam', shortName: 'Tahun Baru Islam' },
  '12 Rabi al-awwal': { name: 'Maulid Nabi Muhammad SAW', shortName: 'Maulid Nabi' },
  '08-17': { name: 'Proklamasi Kemerdekaan RI', shortName: 'HUT RI' },
  '12-25': { name: 'Kelahiran Yesus Kristus (Natal)', shortName: 'Natal' },
};
/** Nyepi and Waisak are listed by date, not by rule, so they are matched on the package's name. */
const NAMES_BY_NAME: Readonly<Record<string, { name: string; shortName: string }>> = {
  'Hari Raya Nyepi': { name: 'Hari Suci Nyepi', shortName: 'Nyepi' },
  'Hari Raya Waisak': { name: 'Hari Raya Waisak', shortName: 'Waisak' },
};

/** A name the tables above do not know, cut at a word so it still fits a status line. */
function shortenedName(name: string): string {
  if (name.length <= HOLIDAY_SHORT_MAX) return name;
  const cut = name.slice(0, HOLIDAY_SHORT_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, HOLIDAY_SHORT_MAX)).trim();
}

/** The package's version, which the table's source names: another version may compute other dates. */
export function dateHolidaysVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve('date-holidays/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

let indonesia: Holidays | undefined;

/**
 * Indonesia's public holidays in `year` as `date-holidays` computes them, one entry a day in date
 * order. Where two fall on one day (Isra Mikraj and Natal on 25 December 2027) the first keeps the day
 * and the note names the other.
 */
export function computedHolidays(year: number): OfficialHoliday[] {
  indonesia ??= new Holidays('ID');
  const days = new Map<string, OfficialHoliday>();
  for (const h of indonesia.getHolidays(year, 'id')) {
    if (h.type !== 'public') continue;
    const packageName = toGsm7(h.name, { basicOnly: true });
    const known = NAMES[h.rule] ?? NAMES_BY_NAME[h.name];
    const { name, shortName } = known ?? { name: packageName, shortName: shortenedName(packageName) };
    // The package writes sunset-to-sunset holidays as `YYYY-MM-DD 00:00:00 -0600`: the day is the prefix.
    const date = h.date.slice(0, 10);
    const first = days.get(date);
    if (first) {
      days.set(date, { ...first, note: [first.note, `also ${name}`].filter(Boolean).join('; ') });
    } else {
      days.set(date, { date, kind: 'libur_nasional', name_id: name, short_id: shortName });
    }
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The table with computed years from the year after the last official one through `lastYear`,
 * replacing any computed before. Official years are kept as they are.
 */
export function withComputedYears(table: HolidayTable, lastYear: number, version: string): HolidayTable {
  const firstYear = Math.max(...Object.keys(table.years).map(Number)) + 1;
  const computed: Record<string, HolidayYear> = {};
  for (let year = firstYear; year <= lastYear; year += 1) {
    computed[String(year)] = {
      source: `computed by date-holidays ${version}, not a decree: no cuti bersama`,
      holidays: computedHolidays(year),
    };
  }
  return { years: table.years, computed };
}

/** Official years as before (one field a line); computed days one a line. */
export function holidaysJson(table: HolidayTable): string {
  const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);
  const computed = Object.entries(table.computed ?? {}).map(
    ([year, { source, holidays }]) =>
      `    ${JSON.stringify(year)}: {\n      "source": ${JSON.stringify(source)},\n      "holidays": [\n` +
      `${holidays.map((h) => `        ${JSON.stringify(h)}`).join(',\n')}\n      ]\n    }`,
  );
  return (
    `{\n  "years": ${indent(JSON.stringify(table.years, null, 2), '  ')},\n` +
    `  "computed": {\n${computed.join(',\n')}\n  }\n}\n`
  );
}

function main(): void {
  const lastYear = Number(process.argv[2] ?? LAST_COMPUTED_YEAR);
  if (!Number.isInteger(lastYear)) throw new Error(`not a year: ${process.argv[2]}`);
  const current = parseHolidayTable(JSON.parse(readFileSync(HOLIDAYS_FILE, 'utf8')), HOLIDAYS_FILE);
  const table = withComputedYears(current, lastYear, dateHolidaysVersion());
  const text = holidaysJson(table);
  // What is written must load: the line would refuse a table the schema rejects.
  parseHolidayTable(JSON.parse(text), HOLIDAYS_FILE);
  writeFileSync(HOLIDAYS_FILE, text);
  const years = Object.entries(table.computed ?? {});
  console.log(
    `holidays.json: official ${Object.keys(table.years).join(', ')}; computed ` +
      `${years.map(([year, { holidays }]) => `${year} (${holidays.length} days)`).join(', ')}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
