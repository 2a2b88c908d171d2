import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCheck } from '../../scripts/content-check.js';
import { checkRawPack, type Finding } from '../../shared/content/check.js';
import { EAST_JAVA_PACK_DIR } from '../../shared/content/index.js';
import { readRawPack } from '../../shared/content/pack.js';
import { FIXTURE_PACK_DIR } from '../support/packs.js';

/**
 * `npm run content:check` as an editor runs it: on the East Java pack as shipped, and on copies of it
 * with one file edited the way an editor might break it.
 */
const TODAY = '2026-11-27T03:00:00Z';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  dirs.push(dir);
  cpSync(EAST_JAVA_PACK_DIR, dir, { recursive: true });
  return dir;
}

/** The parts of the pack's files the tests edit, as an editor sees them. */
interface Text {
  id: string;
  en?: string;
}
interface Sourced {
  id: string;
  sources?: unknown[];
  checked?: string;
}
interface PackFiles {
  'faq.json': (Sourced & { title: Text; answer: Text; sms: Text })[];
  'hotlines.json': (Sourced & {
    number: string;
    area: string | null;
    schedule: { open?: string; close?: string };
  })[];
  'messages.json': Record<string, Text>;
  'advice.json': Record<string, Sourced & { ussd: Text }>;
  'referral-hospitals.json': { phone: string; kabCode: string }[];
}

function edit<F extends keyof PackFiles>(dir: string, file: F, change: (data: PackFiles[F]) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as PackFiles[F];
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** An entry the test knows is there. */
function at<T>(container: readonly T[] | Readonly<Record<string, T>>, key: number | string): T {
  const value = (container as Record<string | number, T | undefined>)[key];
  if (value === undefined) throw new Error(`no entry ${key} in the pack`);
  return value;
}

function run(dir: string, now = TODAY) {
  const lines: string[] = [];
  const code = contentCheck(dir, new Date(now), (line) => lines.push(line));
  return { code, lines, text: lines.join('\n') };
}

/** The lines printed under a file's heading. */
function linesOf(lines: readonly string[], file: string): string[] {
  const start = lines.indexOf(file);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('the content check on the shipped pack', () => {
  it('passes, saying what the pack holds and only warning', () => {
    const { code, lines } = run(EAST_JAVA_PACK_DIR);
    expect(code).toBe(0);
    expect(lines.filter((l) => l.trimStart().startsWith('error'))).toEqual([]);
    expect(lines.at(-1)).toMatch(
      /^Content pack OK: \d+ FAQ topics, \d+ hotlines, 4 report advices, \d+ referral hospitals, 38 kab\/kota/,
    );
  });
});

describe('a broken copy of the pack', () => {
  it.each<[string, string, string, RegExp, (dir: string) => void]>([
    [
      'unreadable',
      'lexicon.json',
      '',
      /missing from .*: every pack has this file/,
      (dir) => rmSync(join(dir, 'lexicon.json')),
    ],
    [
      'invalid',
      'messages.json',
      'hospital.sent.en',
      /unknown slot \{emergncy\}/,
      (dir) =>
        edit(dir, 'messages.json', (m) => {
          at(m, 'hospital.sent').en = 'On its way. Emergency: {emergncy}.';
        }),
    ],
    [
      'invalid',
      'hotlines.json',
      '',
      /bwi-112 serves no kab\/kota of the pack \(35\.99\)/,
      (dir) =>
        edit(dir, 'hotlines.json', (h) => {
          at(h, 0).area = '35.99';
        }),
    ],
    [
      'language',
      'faq.json',
      '[3].answer.en',
      /topic "prevention" has no English answer/,
      (dir) =>
        edit(dir, 'faq.json', (f) => {
          delete at(f, 3).answer.en;
        }),
    ],
    [
      'not-gsm',
      'faq.json',
      '[3].answer.en',
      /"\u2019" \(U\+2019\) at character 16 is not in the GSM-7 basic set.*write "'" instead\. "Wash your hands\u2019 with/,
      (dir) =>
        edit(dir, 'faq.json', (f) => {
          at(f, 3).answer.en = at(f, 3).answer.en?.replace('Wash your hands', 'Wash your hands\u2019');
        }),
    ],
    [
      'too-long',
      'faq.json',
      '[0].sms.id',
      /topic "about-covid": 170 characters, 10 over the 160 of one SMS segment/,
      (dir) =>
        edit(dir, 'faq.json', (f) => {
          at(f, 0).sms.id = `${at(f, 0).sms.id} Tambahan.`;
        }),
    ],
    [
      'too-long',
      'advice.json',
      'urgent.ussd.en',
      /advice "urgent" naming .* is 1\d\d characters, \d+ over the 160 of one USSD screen: shorten "HIGH risk\. Go now to RS/,
      (dir) =>
        edit(dir, 'advice.json', (a) => {
          at(a, 'urgent').ussd.en =
            'HIGH risk. Go now to {hospital}. Emergency: {emergency}. Take your ID card, your phone, your medicines and someone to go with you. SMS follows.';
        }),
    ],
    [
      'too-long',
      'messages.json',
      'sms.stop.en',
      /message "sms\.stop" with \{emergency\} at their longest is 2 SMS segments \(\d+ characters, \d+ over the 160 of one segment\)/,
      (dir) =>
        edit(dir, 'messages.json', (m) => {
          at(m, 'sms.stop').en =
            `${at(m, 'sms.stop').en} Thank you for using the line. Stay safe and wash your hands often.`;
        }),
    ],
    [
      'phone',
      'hotlines.json',
      '[2].number',
      /hotline "cacak-24h": "0813-3436-78" is not a number as dialled/,
      (dir) =>
        edit(dir, 'hotlines.json', (h) => {
          at(h, 2).number = '0813-3436-78';
        }),
    ],
    [
      'phone',
      'referral-hospitals.json',
      '[0].phone',
      /RSUD dr\. Darsono: "0357 881410" is not a phone as callers dial it/,
      (dir) =>
        edit(dir, 'referral-hospitals.json', (h) => {
          at(h, 0).phone = '0357 881410';
        }),
    ],
    [
      'schedule',
      'hotlines.json',
      '[1].schedule.open',
      /hotline "cacak-office": opens at "8\.00": write the time as HH:MM/,
      (dir) =>
        edit(dir, 'hotlines.json', (h) => {
          at(h, 1).schedule.open = '8.00';
        }),
    ],
    [
      'schedule',
      'hotlines.json',
      '[1].schedule.close',
      /closes at 07:30, not after it opens at 08:00/,
      (dir) =>
        edit(dir, 'hotlines.json', (h) => {
          at(h, 1).schedule.close = '07:30';
        }),
    ],
    [
      'sources',
      'faq.json',
      '[1].sources',
      /topic "symptoms" names no source/,
      (dir) =>
        edit(dir, 'faq.json', (f) => {
          at(f, 1).sources = [];
        }),
    ],
    [
      'sources',
      'hotlines.json',
      '[3].checked',
      /hotline "national-119": "checked" must be the day it was last checked, YYYY-MM-DD/,
      (dir) =>
        edit(dir, 'hotlines.json', (h) => {
          delete at(h, 3).checked;
        }),
    ],
  ])('reports %s in %s at "%s" and exits 1', (kind, file, where, message, breakIt) => {
    // Prepare
    const dir = copyOfPack();
    breakIt(dir);

    // Act
    const { code, lines } = run(dir);

    // Assess
    expect(code).toBe(1);
    const under = linesOf(lines, file);
    const line = under.find((l) => l.includes(`[${kind}]`) && l.startsWith(`  error   ${where}`));
    expect(line, lines.join('\n')).toMatch(message);
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?\.$/);
  });

  it('says a broken rule once, in its own words, not again as a schema message', () => {
    const dir = copyOfPack();
    edit(dir, 'hotlines.json', (h) => {
      at(h, 1).number = '031 8430313';
    });
    const { lines } = run(dir);
    expect(linesOf(lines, 'hotlines.json')).toEqual([
      expect.stringMatching(
        /^ {2}error {3}\[1\]\.number: hotline "cacak-office": "031 8430313" .*\[phone\]$/,
      ),
    ]);
    expect(lines.at(-1)).toMatch(/^1 error, \d+ warnings?\.$/);
  });
});

describe('warnings', () => {
  it('exits 0 on a pack whose entries were last checked over a year ago, naming each', () => {
    // Prepare
    const dir = copyOfPack();
    for (const file of ['faq.json', 'hotlines.json'] as const)
      edit(dir, file, (list) => {
        for (const entry of list) entry.checked = '2025-06-01';
      });
    edit(dir, 'advice.json', (advice) => {
      for (const entry of Object.values(advice)) entry.checked = '2025-06-01';
    });

    // Act
    const { code, lines } = run(dir);

    // Assess
    expect(code).toBe(0);
    const stale = lines.filter((l) => l.endsWith('[stale]'));
    const { faq, hotlines } = readRawPack(EAST_JAVA_PACK_DIR) as { faq: unknown[]; hotlines: unknown[] };
    expect(stale).toHaveLength(faq.length + hotlines.length + 4);
    expect(linesOf(lines, 'faq.json')[0]).toBe(
      '  warning [0].checked: topic "about-covid": last checked 2025-06-01, 544 days ago: check it against its sources and update "checked" [stale]',
    );
    expect(linesOf(lines, 'advice.json')).toContainEqual(
      expect.stringMatching(/^ {2}warning urgent\.checked: advice "urgent"/),
    );
    expect(lines.at(-1)).toMatch(/^Content pack OK: \d+ FAQ topics, .*; \d+ warnings\.$/);
  });

  it('warns about a kab/kota whose referral hospital is far away', () => {
    const dir = copyOfPack();
    edit(dir, 'referral-hospitals.json', (list) => {
      const kept = list.filter((h) => h.kabCode !== '35.10');
      list.splice(0, list.length, ...kept);
    });
    const { code, lines } = run(dir);
    expect(code).toBe(0);
    expect(linesOf(lines, 'regions.json')).toEqual([
      expect.stringMatching(
        /^ {2}warning kabKota\[9\]: Kab\. Banyuwangi \(35\.10\): the nearest referral hospital the line names, .* is \d+ km away \(more than 50 km\).*\[hospital-reach\]$/,
      ),
    ]);
  });

  it('warns when this year or next has no official holiday table', () => {
    // Prepare: the decree for 2026, a computed table for 2027, nothing for 2028.
    const raw = readRawPack(FIXTURE_PACK_DIR);
    const { years } = raw.holidays as { years: Record<string, unknown> };
    const computed = {
      '2027': {
        source: 'computed',
        holidays: [
          {
            date: '2027-01-01',
            kind: 'libur_nasional',
            name_id: 'Tahun Baru Masehi',
            short_id: 'Tahun Baru',
          },
        ],
      },
    };
    const holidays = { years: { '2026': years['2026'] }, computed };
    const warnings = (today: string) =>
      checkRawPack({ ...raw, holidays }, today)
        .filter((f) => f.kind === 'holidays')
        .map((f) => `${f.level} ${f.file} ${f.where}: ${f.message.split(':')[0]}`);

    // Act, Assess
    expect(warnings('2026-11-27')).toEqual([
      'warning holidays.json years: 2027 has only a computed table (national holidays, no cuti bersama)',
    ]);
    expect(warnings('2027-01-04')).toEqual([
      'warning holidays.json years: 2027 has only a computed table (national holidays, no cuti bersama)',
      'warning holidays.json years: no holiday table for 2028',
    ]);
  });
});

describe('findings', () => {
  it('name the file, the path in it, and where the text breaks', () => {
    const raw = readRawPack(EAST_JAVA_PACK_DIR);
    const faq = structuredClone(raw.faq) as PackFiles['faq.json'];
    at(faq, 10).title.id = 'Vaksin \u2014 info';
    const findings = checkRawPack({ ...raw, faq }, '2026-11-27');
    expect(findings.filter((f) => f.level === 'error')).toEqual<Finding[]>([
      {
        level: 'error',
        kind: 'not-gsm',
        file: 'faq.json',
        where: '[10].title.id',
        message:
          'topic "vaccine": "\u2014" (U+2014) at character 8 is not in the GSM-7 basic set, so phones cannot show it ' +
          'on USSD and an SMS would halve: write "-" instead. "Vaksin \u2014 info"',
      },
    ]);
  });
});
