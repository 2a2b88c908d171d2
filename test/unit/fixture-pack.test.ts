import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPackDir } from '../../shared/content/check.js';

/** The fake province the logic tests run on obeys the editors' check, so no test leans on a text no pack could ship. */
describe('the fixture pack', () => {
  it('passes npm run content:check without an error', () => {
    const dir = fileURLToPath(new URL('../fixtures/pack', import.meta.url));
    const errors = checkPackDir(dir, '2026-11-27').filter((f) => f.level === 'error');
    expect(errors.map((e) => `${e.file} ${e.where}: ${e.message}`)).toEqual([]);
  });
});
