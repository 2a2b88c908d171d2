import { afterEach, describe, expect, it } from 'vitest';
import {
  computedHolidays,
  dateHolidaysVersion,
  holidaysJson,
  LAST_COMPUTED_YEAR,
  withComputedYears,
} from '../../scripts/build-content-holidays.js';
import {
  HOLIDAY_SHORT_MAX,
  type HolidayTable,
  type OfficialHoliday,
  parseHolidayTable,
} from '../../shared/content/holidays.js';
import {
  addDays,
  createHolidayCalendar,
  daysBetween,
  isoWeekdayOf,
  wibDate,
} from '../../shared/line/calendar.js';
import { isGsm7Basic } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

const official = eastJavaPack().holidays;
const official2026 = official.years['2026']?.holidays ?? [];

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type WritableYears = Record<string, { source: string; holidays: Writable<OfficialHoliday>[] }>;
type WritableTable = { years: WritableYears; computed?: WritableYears };

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
    // Prepare: a decree for 2027 replaces its computed table.
    const table = copyOfTable();
    delete table.computed?.['2027'];
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
    const calendar = createHolidayCalendar(parseHolidayTable(table));
    // Assess: the computed table's Idulfitri on 10 March is gone with it.
    expect(calendar.holidayOn('2027-01-01')).toMatchObject({ source: 'official', kind: 'libur_nasional' });
    expect(calendar.holidayOn('2027-03-10')).toBeUndefined();
  });

  it.each<[string, (table: WritableTable) => void, RegExp]>([
    [
      'a year both official and computed',
      (t) => {
        const year2026 = t.years['2026'];
        if (t.computed && year2026) t.computed['2026'] = structuredClone(year2026);
      },
      /2026 has an official table: run npm run content:holidays/,
    ],
    [
      'a computed cuti bersama',
      (t) => {
        const first = t.computed?.['2027']?.holidays[0];
        if (first) first.kind = 'cuti_bersama';
      },
      /computed table has national holidays only/,
    ],
    [
      'a computed day outside its year',
      (t) => {
        const first = t.computed?.['2028']?.holidays[0];
        if (first) first.date = '2027-12-31';
      },
      /2027-12-31 is not in 2028/,
    ],
  ])('rejects %s, naming the file', (_case, spoil, reason) => {
    // Prepare
    const table = copyOfTable();
    spoil(table);
    // Act + Assess
    expect(() => parseHolidayTable(table)).toThrow(reason);
    expect(() => parseHolidayTable(table)).toThrow(/holidays\.json/);
  });
});

describe('the holiday calendar', () => {
  const calendar = createHolidayCalendar(official);

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
  ])('answers %s from the decree, where date-holidays disagrees: %s', (ymd, kind, name) => {
    expect(calendar.holidayOn(ymd)).toMatchObject({ kind, name, source: 'official' });
  });

  it.each(['2026-03-25', '2026-03-17', '2026-11-21', '2026-12-26', '2026-01-02'])(
    '%s is a normal day (a weekend is not a holiday)',
    (ymd) => {
      expect(calendar.holidayOn(ymd)).toBeUndefined();
    },
  );

  it('answers the years after the decree from their computed tables, as national holidays only', () => {
    expect(calendar.holidayOn('2027-01-01')).toEqual({
      name: 'Tahun Baru Masehi',
      shortName: 'Tahun Baru',
      kind: 'libur_nasional',
      source: 'computed',
    });
    expect(calendar.holidayOn('2027-08-17')).toMatchObject({ shortName: 'HUT RI', source: 'computed' });
    expect(calendar.holidayOn('2030-12-25')).toMatchObject({ shortName: 'Natal', source: 'computed' });
    expect(calendar.holidayOn('2027-01-04')).toBeUndefined();
  });

  it('keeps the first of two holidays on one day, as the status line names one', () => {
    expect(calendar.holidayOn('2027-12-25')).toMatchObject({ shortName: 'Isra Mikraj', source: 'computed' });
  });

  it.each([
    ['2026-01-01', true],
    ['2027-06-30', true],
    ['2030-12-31', true],
    ['2025-12-31', false],
    ['2031-01-01', false],
  ])('covers %s: %s', (ymd, covered) => {
    expect(calendar.covers(ymd)).toBe(covered);
  });

  it('knows no day off in a year no table covers, and says so', () => {
    // New Year's Day is a holiday every year, but 2031 has no table yet.
    expect(calendar.holidayOn('2031-01-01')).toBeUndefined();
    expect(calendar.covers('2031-01-01')).toBe(false);
  });

  it("covers this year and next, as the office lines' status needs", () => {
    // Fails once the tables run out: add the year's decree, or run `npm run content:holidays`.
    const year = Number(wibDate(new Date()).ymd.slice(0, 4));
    expect([year, year + 1].filter((y) => !calendar.covers(`${y}-01-01`))).toEqual([]);
  });
});

describe('the computed holiday tables', () => {
  const computed = official.computed ?? {};

  it('are what `npm run content:holidays` writes with the installed date-holidays', () => {
    // Prepare: the decree years alone, as an editor leaves them before running the script.
    const decreesOnly: HolidayTable = { years: official.years };
    // Act
    const written = holidaysJson(withComputedYears(decreesOnly, LAST_COMPUTED_YEAR, dateHolidaysVersion()));
    // Assess
    expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(official)));
  });

  it('run from the year after the last decree through 2030, each naming date-holidays as its source', () => {
    expect(Object.keys(computed)).toEqual(['2027', '2028', '2029', '2030']);
    for (const { source, holidays } of Object.values(computed)) {
      expect(source).toBe(
        `computed by date-holidays ${dateHolidaysVersion()}, not a decree: no cuti bersama`,
      );
      expect(holidays.every((h) => h.kind === 'libur_nasional')).toBe(true);
    }
  });

  it('name 27 Rajab Isra Mikraj, not Maulid Nabi as the package does', () => {
    expect(computed['2027']?.holidays.find((h) => h.date === '2027-01-05')).toMatchObject({
      short_id: 'Isra Mikraj',
    });
  });

  it('note the second holiday of a day', () => {
    expect(computed['2027']?.holidays.find((h) => h.date === '2027-12-25')?.note).toBe(
      'also Kelahiran Yesus Kristus (Natal)',
    );
  });

  it('would be one day early for Idulfitri 2026, which is why a decree comes first', () => {
    const lebaran = computedHolidays(2026)
      .filter((h) => h.short_id === 'Idulfitri')
      .map((h) => h.date);
    const decreed = official2026.filter((h) => h.name_id.startsWith('Idulfitri')).map((h) => h.date);
    expect(lebaran).toEqual(['2026-03-20', '2026-03-21']);
    expect(decreed).toEqual(['2026-03-21', '2026-03-22']);
  });

  it.each([2026, 2027, 2030, 2035])('give short GSM-7 names in %i', (year) => {
    for (const h of computedHolidays(year)) {
      expect(isGsm7Basic(h.name_id), h.name_id).toBe(true);
      expect(isGsm7Basic(h.short_id), h.short_id).toBe(true);
      expect(h.short_id.length, h.short_id).toBeLessThanOrEqual(HOLIDAY_SHORT_MAX);
    }
  });
});
