import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCheck } from '../../scripts/content-check.js';
import { FIXTURE_PACK_DIR } from '../support/packs.js';

/** `npm run content:check` on the fixture pack (checked 2026-10-01) and on broken copies of it. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  dirs.push(dir);
  cpSync(FIXTURE_PACK_DIR, dir, { recursive: true });
  return dir;
}

function run(dir: string, now: string) {
  const lines: string[] = [];
  const code = contentCheck(dir, new Date(now), (line) => lines.push(line));
  return { code, lines };
}

describe('the content check', () => {
  it('passes a pack checked within the year, with no warnings', () => {
    const { code, lines } = run(FIXTURE_PACK_DIR, '2026-11-27T03:00:00Z');
    expect(code).toBe(0);
    expect(lines[0]).toContain('valid. 3 FAQ topics, 4 hotlines');
    expect(lines.at(-1)).toBe('No warnings.');
  });

  it('warns, without failing, about every entry last checked over a year ago', () => {
    const { code, lines } = run(FIXTURE_PACK_DIR, '2027-10-03T03:00:00Z');
    expect(code).toBe(0);
    const warnings = lines.filter((l) => l.startsWith('warning:'));
    // 3 FAQ topics, 4 hotlines, 4 advices, all checked 2026-10-01.
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toMatch(/faq\.json symptoms: last checked 2026-10-01, 367 days ago/);
    expect(lines.at(-1)).toBe('11 warnings.');
  });

  it('fails on a message that uses a slot it does not have, naming the file, key and slot', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'messages.json');
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    messages['hospital.sent'].en = 'On its way. Emergency: {emergncy}.';
    writeFileSync(file, JSON.stringify(messages));
    const { code, lines } = run(dir, '2026-11-27T03:00:00Z');
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/messages\.json[\s\S]*unknown slot \{emergncy\}[\s\S]*hospital\.sent/);
  });

  it('fails on a report advice that names no hospital', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'advice.json');
    const advice = JSON.parse(readFileSync(file, 'utf8'));
    advice.well.sms.id = 'Risiko RENDAH. Hubungi {line}.';
    writeFileSync(file, JSON.stringify(advice));
    const { code, lines } = run(dir, '2026-11-27T03:00:00Z');
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/advice\.json[\s\S]*must say \{hospital\}/);
  });

  it('fails when no advice line is open around the clock', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'hotlines.json');
    const hotlines = JSON.parse(readFileSync(file, 'utf8')).filter(
      (h: { id: string }) => h.id !== 'advice-24h',
    );
    writeFileSync(file, JSON.stringify(hotlines));
    const { code, lines } = run(dir, '2026-11-27T03:00:00Z');
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('no province-wide advice line open around the clock');
  });

  it('fails on a place word that is part of a region name, or in two lists of the lexicon', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'lexicon.json');
    const lexicon = JSON.parse(readFileSync(file, 'utf8'));
    lexicon.addressWords.push('genteng');
    writeFileSync(file, JSON.stringify(lexicon));
    const inName = run(dir, '2026-11-27T03:00:00Z');
    expect(inName.code).toBe(1);
    expect(inName.lines.join('\n')).toContain(`"genteng" is part of a region's name`);

    lexicon.addressWords.pop();
    lexicon.placeFillerWords.push('rs');
    writeFileSync(file, JSON.stringify(lexicon));
    const twice = run(dir, '2026-11-27T03:00:00Z');
    expect(twice.code).toBe(1);
    expect(twice.lines.join('\n')).toMatch(/lexicon\.json[\s\S]*"rs" is also in/);
  });

  it('fails on a FAQ answer without a source, and on a missing file', () => {
    const dir = copyOfFixture();
    const file = join(dir, 'faq.json');
    const faq = JSON.parse(readFileSync(file, 'utf8'));
    faq[1].sources = [];
    writeFileSync(file, JSON.stringify(faq));
    expect(run(dir, '2026-11-27T03:00:00Z').lines.join('\n')).toMatch(/faq\.json[\s\S]*sources/);
    rmSync(join(dir, 'lexicon.json'));
    const missing = run(dir, '2026-11-27T03:00:00Z');
    expect(missing.code).toBe(1);
    expect(missing.lines.join('\n')).toContain('lexicon.json');
  });
});
