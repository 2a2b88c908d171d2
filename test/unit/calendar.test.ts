import { afterEach, describe, expect, it } from 'vitest';
import { HOLIDAY_SHORT_MAX, type OfficialHoliday, parseHolidayTable } from '../../shared/content/holidays.js';
import {
  addDays,
  createHolidayCalendar,
  dateHolidaysFallback,
  daysBetween,
  type FallbackHoliday,
  isoWeekdayOf,
  wibDate,
} from '../../shared/line/calendar.js';
import { isGsm7Basic } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

const official = eastJavaPack().holidays;
const official2026 = official.years['2026']?.holidays ?? [];

/** A fallback that records the years it is asked for and answers from a fixed list. */
function fakeFallback(days: readonly FallbackHoliday[]) {
  const asked: number[] = [];
  const fallback = (year: number): FallbackHoliday[] => {
    asked.push(year);
    return days.filter((d) => d.date.startsWith(`${year}-`));
  };
  return { asked, fallback };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type WritableTable = { years: Record<string, { source: string; holidays: Writable<OfficialHoliday>[] }> };

/** A deep, mutable copy of the shipped table for the schema to reject. */
function copyOfTable(): WritableTable {
  return structuredClone(official) as WritableTable;
}

describe('wibDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    ['office opening minute', '2026-11-23T01:00:00Z', '2026-11-23', '08:00', 480, 1],
    ['a minute before opening', '2026-11-23T00:59:00Z', '2026-11-23', '07:59', 479, 1],
    ['closing minute', '2026-11-23T09:00:00Z', '2026-11-23', '16:00', 960, 1],
    [
      'UTC evening that is already Independence Day in WIB',
      '2026-08-16T17:30:00Z',
      '2026-08-17',
      '00:30',
      30,
      1,
    ],
    ['UTC Thursday that is Friday 20 March in WIB', '2026-03-19T18:00:00Z', '2026-03-20', '01:00', 60, 5],
    ['last minute of the year in WIB', '2026-12-31T16:59:59Z', '2026-12-31', '23:59', 1439, 4],
    [
      'new year in WIB while UTC is still in the old year',
      '2026-12-31T17:00:00Z',
      '2027-01-01',
      '00:00',
      0,
      5,
    ],
    ['leap day', '2028-02-28T17:00:00Z', '2028-02-29', '00:00', 0, 2],
    ['seconds are dropped, not rounded', '2026-11-22T16:59:59.999Z', '2026-11-22', '23:59', 1439, 7],
  ])('%s: %s', (_case, iso, ymd, hhmm, minutes, isoWeekday) => {
    // Act
    const wib = wibDate(new Date(iso));
    // Assess
    expect(wib).toEqual({ ymd, hhmm, minutes, isoWeekday });
  });

  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'])(
    'gives the same WIB wall clock when the machine is set to %s',
    (tz) => {
      // Prepare
      process.env.TZ = tz;
      // Act
      const wib = wibDate(new Date('2026-03-19T18:00:00Z'));
      // Assess
      expect(wib).toEqual({ ymd: '2026-03-20', hhmm: '01:00', minutes: 60, isoWeekday: 5 });
    },
  );

  it('refuses an invalid Date', () => {
    expect(() => wibDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('calendar arithmetic on WIB days', () => {
  it.each([
    ['2026-03-18', 7, '2026-03-25'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-11-20', 3, '2026-11-23'],
  ])('%s plus %i days is %s, and back', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2026-03-20', 5],
    ['2026-03-21', 6],
    ['2026-04-05', 7],
    ['2026-11-23', 1],
    ['2027-01-01', 5],
  ])('%s is ISO weekday %i', (ymd, weekday) => {
    expect(isoWeekdayOf(ymd)).toBe(weekday);
  });

  it.each(['2026-02-30', '2026-3-5', '20260305', ''])('refuses %j as a day', (ymd) => {
    expect(() => addDays(ymd, 1)).toThrow(RangeError);
  });
});

describe('the official holiday table', () => {
  it('has the 2026 SKB: 17 libur nasional and 8 cuti bersama, in date order, with its source', () => {
    expect(Object.keys(official.years)).toEqual(['2026']);
    expect(official.years['2026']?.source).toBe('SKB 3 Menteri 2026');
    expect(official2026.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(official2026.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
    expect(official2026.map((h) => h.date)).toEqual([...official2026.map((h) => h.date)].sort());
  });

  it.each(official2026.map((h) => [h.date, h.short_id, h]))('%s (%s): short GSM-7 names', (_date, _s, h) => {
    expect(isGsm7Basic(h.name_id)).toBe(true);
    expect(isGsm7Basic(h.short_id)).toBe(true);
    expect(h.short_id.length).toBeLessThanOrEqual(HOLIDAY_SHORT_MAX);
  });

  it('is loaded once and cannot be changed by a caller', () => {
    expect(eastJavaPack().holidays).toBe(official);
    expect(Object.isFrozen(official2026[0])).toBe(true);
  });

  it.each<[string, (table: ReturnType<typeof copyOfTable>) => void, RegExp]>([
    [
      'a day outside its year',
      (t) => {
        const first = t.years['2026']?.holidays[0];
        if (first) first.date = '2027-01-01';
      },
      /2027-01-01 is not in 2026/,
    ],
    [
      'a day listed twice',
      (t) => {
        const days = t.years['2026']?.holidays;
        if (days?.[1] && days[0]) days[1] = { ...days[1], date: days[0].date };
      },
      /repeats or is out of date order/,
    ],
    [
      'a day that does not exist',
      (t) => {
        const first = t.years['2026']?.holidays[0];
        if (first) first.date = '2026-02-30';
      },
      /calendar day/,
    ],
    [
      'an unknown kind',
      (t) => {
        const first = t.years['2026']?.holidays[0];
        if (first) (first as { kind: string }).kind = 'libur_daerah';
      },
      /kind/,
    ],
    [
      'a short name too long for a status line',
      (t) => {
        const first = t.years['2026']?.holidays[0];
        if (first) first.short_id = 'Tahun Baru 2026 Masehi';
      },
      /short_id/,
    ],
    [
      'a curly quote in a name',
      (t) => {
        const first = t.years['2026']?.holidays[0];
        if (first) first.name_id = 'Tahun \u201cBaru\u201d';
      },
      /GSM-7/,
    ],
  ])('rejects %s, naming the file', (_case, spoil, reason) => {
    // Prepare
    const table = copyOfTable();
    spoil(table);
    // Act + Assess
    expect(() => parseHolidayTable(table)).toThrow(reason);
    expect(() => parseHolidayTable(table)).toThrow(/holidays\.json/);
  });

  it('takes another year as data', () => {
    // Prepare
    const table = copyOfTable();
    table.years['2027'] = {
      source: 'SKB 3 Menteri 2027',
      holidays: [
        {
          date: '2027-01-01',
          kind: 'libur_nasional',
          name_id: 'Tahun Baru 2027 Masehi',
          short_id: 'Tahun Baru',
        },
      ],
    };
    // Act
    const calendar = createHolidayCalendar(parseHolidayTable(table), () => {
      throw new Error('not asked for a year in the table');
    });
    // Assess
    expect(calendar.holidayOn('2027-01-01')).toMatchObject({ source: 'official', kind: 'libur_nasional' });
    expect(calendar.holidayOn('2027-03-10')).toBeUndefined();
  });
});

describe('the holiday calendar', () => {
  const { asked, fallback } = fakeFallback([
    // What date-holidays 3.37.0 says for 2026: Idulfitri a day early, no cuti bersama.
    { date: '2026-03-20', name: 'Hari Raya Idul Fitri', shortName: 'Idulfitri' },
    { date: '2026-03-21', name: 'Hari Raya Idul Fitri', shortName: 'Idulfitri' },
    { date: '2027-01-01', name: 'Tahun Baru Masehi', shortName: 'Tahun Baru' },
    { date: '2027-03-09', name: 'Idulfitri (hari 1)', shortName: 'Idulfitri' },
  ]);
  const calendar = createHolidayCalendar(official, fallback);

  it.each(official2026.map((h) => [h.date, h.kind, h]))('%s is %s per the decree', (date, kind, h) => {
    expect(calendar.holidayOn(date)).toEqual({
      name: h.name_id,
      shortName: h.short_id,
      kind,
      source: 'official',
    });
  });

  it.each([
    ['2026-03-20', 'cuti_bersama', 'Cuti bersama Idulfitri'],
    ['2026-03-21', 'libur_nasional', 'Idulfitri 1447 H (hari 1)'],
    ['2026-03-22', 'libur_nasional', 'Idulfitri 1447 H (hari 2)'],
    ['2026-03-23', 'cuti_bersama', 'Cuti bersama Idulfitri'],
    ['2026-03-24', 'cuti_bersama', 'Cuti bersama Idulfitri'],
    ['2026-12-24', 'cuti_bersama', 'Cuti bersama Natal'],
    ['2026-04-05', 'libur_nasional', 'Kebangkitan Yesus Kristus (Paskah)'],
  ])('answers %s from the table even where the fallback disagrees: %s', (ymd, kind, name) => {
    expect(calendar.holidayOn(ymd)).toMatchObject({ kind, name, source: 'official' });
  });

  it.each(['2026-03-25', '2026-03-17', '2026-11-21', '2026-12-26', '2026-01-02'])(
    '%s is a normal day (a weekend is not a holiday)',
    (ymd) => {
      expect(calendar.holidayOn(ymd)).toBeUndefined();
    },
  );

  it('never asks the fallback about a year in the table', () => {
    calendar.holidayOn('2026-03-20');
    calendar.holidayOn('2026-07-01');
    expect(asked).not.toContain(2026);
  });

  it('asks the fallback once per other year, as national holidays only', () => {
    // Act
    const newYear = calendar.holidayOn('2027-01-01');
    const lebaran = calendar.holidayOn('2027-03-09');
    const ordinary = calendar.holidayOn('2027-03-11');
    // Assess
    expect(newYear).toEqual({
      name: 'Tahun Baru Masehi',
      shortName: 'Tahun Baru',
      kind: 'libur_nasional',
      source: 'fallback',
    });
    expect(lebaran?.kind).toBe('libur_nasional');
    expect(ordinary).toBeUndefined();
    expect(asked.filter((y) => y === 2027)).toHaveLength(1);
  });

  it('with no fallback given, uses date-holidays for other years', () => {
    // Prepare
    const real = createHolidayCalendar(official);
    // Act + Assess
    expect(real.holidayOn('2027-01-01')).toEqual({
      name: 'Tahun Baru Masehi',
      shortName: 'Tahun Baru',
      kind: 'libur_nasional',
      source: 'fallback',
    });
    expect(real.holidayOn('2027-08-17')).toMatchObject({ shortName: 'HUT RI', source: 'fallback' });
    expect(real.holidayOn('2027-01-04')).toBeUndefined();
    // The table still wins for 2026, where date-holidays has Idulfitri on 20 March.
    expect(real.holidayOn('2026-03-20')).toMatchObject({ kind: 'cuti_bersama', source: 'official' });
  });
});

describe('the date-holidays fallback', () => {
  const year2027 = dateHolidaysFallback(2027);
  const year2026 = dateHolidaysFallback(2026);

  it('gives the public holidays of the year asked, as plain days', () => {
    expect(year2027.length).toBeGreaterThanOrEqual(14);
    for (const h of year2027) expect(h.date).toMatch(/^2027-\d{2}-\d{2}$/);
    expect(year2027.map((h) => h.date)).toContain('2027-08-17');
  });

  it('names 27 Rajab Isra Mikraj, not Maulid Nabi as the package does', () => {
    expect(year2027.find((h) => h.date === '2027-01-05')).toMatchObject({ shortName: 'Isra Mikraj' });
  });

  it('is one day early for Idulfitri 2026, which is why the decree table comes first', () => {
    const lebaran = year2026.filter((h) => h.shortName === 'Idulfitri').map((h) => h.date);
    const decreed = official2026.filter((h) => h.name_id.startsWith('Idulfitri')).map((h) => h.date);
    expect(lebaran).toEqual(['2026-03-20', '2026-03-21']);
    expect(decreed).toEqual(['2026-03-21', '2026-03-22']);
  });

  it.each([2026, 2027, 2030])('gives short GSM-7 names in %i', (year) => {
    for (const h of dateHolidaysFallback(year)) {
      expect(isGsm7Basic(h.name), h.name).toBe(true);
      expect(isGsm7Basic(h.shortName), h.shortName).toBe(true);
      expect(h.shortName.length, h.shortName).toBeLessThanOrEqual(HOLIDAY_SHORT_MAX);
    }
  });
});
