import { describe, expect, it } from 'vitest';
import { checkExportOptions, daysBetween, toCsv } from '../../shared/line/report-export.js';

const KABS = new Set(['35.10', '35.78']);

describe('report export options', () => {
  it('defaults to today (WIB) as CSV', () => {
    expect(checkExportOptions({}, '2026-11-22', KABS)).toEqual({
      from: '2026-11-22',
      to: '2026-11-22',
      kab: undefined,
      format: 'csv',
      aggregate: false,
      table: undefined,
      region: undefined,
    });
  });

  it('refuses more than a year at once', () => {
    expect(checkExportOptions({ from: '2025-01-01', to: '2026-11-22' }, '2026-11-22', KABS)).toEqual({
      error: 'at most 366 days at a time',
    });
  });

  it('lists every day of a range across a month end', () => {
    expect(daysBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('quotes CSV cells that hold commas, quotes or line breaks', () => {
    expect(toCsv(['a', 'b'], [{ a: 'Kec. Sempu, Kab. Banyuwangi', b: 'say "hi"' }])).toBe(
      'a,b\n"Kec. Sempu, Kab. Banyuwangi","say ""hi"""\n',
    );
  });
});
