import { describe, expect, it } from 'vitest';
import {
  HOTLINE_NAME_MAX,
  type Hotline,
  HotlinePackSchema,
  type HotlineSchedule,
} from '../../shared/content/hotlines.js';
import { EAST_JAVA_PACK_DIR } from '../../shared/content/index.js';
import { ContentError, parseContentFile } from '../../shared/content/load.js';
import { PACK_FILES } from '../../shared/content/pack.js';
import { LANGS } from '../../shared/lang.js';
import { createHolidayCalendar, type HolidayCalendar, type IsoWeekday } from '../../shared/line/calendar.js';
import {
  type ClosedReason,
  formatHotlineScreen,
  formatHotlineShort,
  formatHotlineStatus,
  HOTLINE_LINE_MAX,
  HOTLINE_SHORT_MAX,
  type HotlineStatus,
  hotlineStatusAt,
  hotlinesStatusAt,
  type Opening,
} from '../../shared/line/hotlines.js';
import { isGsm7Basic } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

const hotlines = eastJavaPack().hotlines;
const calendar = createHolidayCalendar(eastJavaPack().holidays);

function hotline(id: string): Hotline {
  const found = hotlines.find((h) => h.id === id);
  if (!found) throw new Error(`no hotline ${id}`);
  return found;
}
const office = hotline('cacak-office');
const alwaysOpen = hotlines.filter((h) => h.schedule.kind === 'always');

const at = (iso: string): Date => new Date(iso);

/** Where an editor finds the list: every message about a wrong field starts with it. */
const HOTLINES_FILE = `${EAST_JAVA_PACK_DIR}/${PACK_FILES.hotlines}`;
const parseHotlines = (data: unknown): Hotline[] => parseContentFile(HOTLINES_FILE, HotlinePackSchema, data);

/** A deep, mutable copy of the shipped list for the schema to reject. */
function copyOfHotlines(): Record<string, unknown>[] {
  return structuredClone(hotlines) as unknown as Record<string, unknown>[];
}

function withSchedule(schedule: Partial<Extract<HotlineSchedule, { kind: 'working-hours' }>>): Hotline {
  if (office.schedule.kind !== 'working-hours') throw new Error('the office line keeps office hours');
  return { ...office, schedule: { ...office.schedule, ...schedule } };
}

describe('the hotline list', () => {
  it('has the four lines in display order, each named for emergencies or for advice', () => {
    expect(hotlines.map((h) => [h.id, h.number, h.area, h.roles])).toEqual([
      ['bwi-112', '112', '35.10', ['emergency']],
      ['cacak-office', '031-8430313', null, ['advice']],
      ['cacak-24h', '0813-3436-7800', null, ['advice']],
      ['national-119', '119', null, ['emergency']],
    ]);
  });

  it('keeps the Cacak Jatim office line to working days, 08:00-16:00 WIB, closed on all days off', () => {
    expect(office.schedule).toEqual({
      kind: 'working-hours',
      days: [1, 2, 3, 4, 5],
      open: '08:00',
      close: '16:00',
      closedOnHolidays: true,
      closedOnCutiBersama: true,
    });
    expect(alwaysOpen.map((h) => h.id)).toEqual(['bwi-112', 'cacak-24h', 'national-119']);
  });

  it('says Banyuwangi 112 and 119 are free emergency lines', () => {
    for (const h of [hotline('bwi-112'), hotline('national-119')]) {
      expect(h.free, h.id).toBe(true);
      expect(h.roles, h.id).toEqual(['emergency']);
    }
    expect(hotline('bwi-112').note).toEqual({
      id: 'gratis, untuk keadaan darurat',
      en: 'free, for emergencies',
    });
  });

  it.each(hotlines.flatMap((h) => LANGS.map((lang) => [h.id, lang, h] as const)))(
    '%s (%s): short GSM-7 name and note, with sources',
    (_id, lang, h) => {
      expect(h.name[lang].length).toBeLessThanOrEqual(HOTLINE_NAME_MAX);
      expect(isGsm7Basic(h.name[lang])).toBe(true);
      expect(isGsm7Basic(h.note[lang])).toBe(true);
      expect(h.sources.length).toBeGreaterThan(0);
    },
  );

  it('is loaded once and cannot be changed by a caller', () => {
    expect(eastJavaPack().hotlines).toBe(hotlines);
    expect(Object.isFrozen(office.schedule)).toBe(true);
  });
});

describe('the hotline schema', () => {
  it.each<[string, (h: Record<string, unknown>) => void, RegExp]>([
    [
      'closing before opening',
      (h) => Object.assign(h.schedule as object, { open: '16:00', close: '08:00' }),
      /after open/,
    ],
    [
      'hours across midnight',
      (h) => Object.assign(h.schedule as object, { open: '20:00', close: '02:00' }),
      /midnight/,
    ],
    ['a time without a leading zero', (h) => Object.assign(h.schedule as object, { open: '8:00' }), /HH:MM/],
    ['a day 8', (h) => Object.assign(h.schedule as object, { days: [1, 8] }), /days/],
    ['no working days', (h) => Object.assign(h.schedule as object, { days: [] }), /days/],
    ['a repeated day', (h) => Object.assign(h.schedule as object, { days: [1, 1] }), /days repeat/],
    ['an unknown schedule kind', (h) => Object.assign(h, { schedule: { kind: 'weekdays' } }), /schedule/],
    [
      'a name too long',
      (h) => Object.assign(h, { name: { id: 'Call Center Kabupaten Banyuwangi', en: 'x' } }),
      /name\.id/,
    ],
    [
      'a curly quote in a note',
      (h) => Object.assign(h, { note: { id: '\u201cgratis\u201d', en: 'free' } }),
      /GSM-7/,
    ],
    ['a number with letters', (h) => Object.assign(h, { number: '031-CACAK' }), /number/],
    ['an area that is not a kab/kota code', (h) => Object.assign(h, { area: 'Banyuwangi' }), /area/],
    ['no roles', (h) => Object.assign(h, { roles: undefined }), /roles/],
    ['an unknown role', (h) => Object.assign(h, { roles: ['testing'] }), /roles/],
    ['a repeated role', (h) => Object.assign(h, { roles: ['advice', 'advice'] }), /roles repeat/],
    ['no sources', (h) => Object.assign(h, { sources: [] }), /sources/],
    ['a source as bare text', (h) => Object.assign(h, { sources: ['RadarNews.id'] }), /sources/],
    [
      'a source link that is not a web address',
      (h) => Object.assign(h, { sources: [{ title: 'RadarNews.id', url: 'radarnews.id/cacak' }] }),
      /sources\[0\]\.url/,
    ],
    ['no day checked', (h) => Object.assign(h, { checked: undefined }), /checked/],
    [
      'a checked day written the other way round',
      (h) => Object.assign(h, { checked: '27-11-2026' }),
      /YYYY-MM-DD/,
    ],
    ['a checked day that does not exist', (h) => Object.assign(h, { checked: '2026-02-30' }), /calendar day/],
  ])('rejects %s, naming the file', (_case, spoil, reason) => {
    // Prepare
    const list = copyOfHotlines();
    spoil(list[1] as Record<string, unknown>);
    // Act + Assess
    expect(() => parseHotlines(list)).toThrow(ContentError);
    expect(() => parseHotlines(list)).toThrow(reason);
    expect(() => parseHotlines(list)).toThrow(/^shared\/content\/data\/hotlines\.json: /);
  });

  it('rejects a repeated id or short label', () => {
    const list = copyOfHotlines();
    expect(() => parseHotlines([...list, { ...list[0], shortLabel: 'other' }])).toThrow(
      /id repeats: bwi-112/,
    );
    expect(() => parseHotlines([...list, { ...list[0], id: 'other' }])).toThrow(
      /shortLabel repeats: 112 Bwi/,
    );
  });

  it('lets an admin change the hours as data', () => {
    // Prepare
    const list = copyOfHotlines();
    Object.assign((list[1] as { schedule: object }).schedule, { close: '17:00', days: [1, 2, 3, 4, 5, 6] });
    const edited = parseHotlines(list)[1] as Hotline;
    // Act
    const mondayLate = hotlineStatusAt(edited, at('2026-11-23T09:30:00Z'), calendar);
    const saturday = hotlineStatusAt(edited, at('2026-11-21T03:00:00Z'), calendar);
    // Assess
    expect(mondayLate).toEqual({ open: true, until: { ymd: '2026-11-23', hhmm: '17:00' } });
    expect(saturday).toEqual({ open: true, until: { ymd: '2026-11-21', hhmm: '17:00' } });
  });
});

const opens = (ymd: string, isoWeekday: IsoWeekday): Opening => ({ ymd, hhmm: '08:00', isoWeekday });

describe('hotlineStatusAt: the Cacak Jatim office line', () => {
  it.each<[string, string, HotlineStatus]>([
    // The opening and closing minutes: [08:00, 16:00).
    [
      'Mon 07:59, a minute early',
      '2026-11-23T00:59:00Z',
      { open: false, reason: 'before-hours', opensAt: opens('2026-11-23', 1) },
    ],
    [
      'Mon 08:00, opening minute',
      '2026-11-23T01:00:00Z',
      { open: true, until: { ymd: '2026-11-23', hhmm: '16:00' } },
    ],
    [
      'Mon 15:59, last open minute',
      '2026-11-23T08:59:00Z',
      { open: true, until: { ymd: '2026-11-23', hhmm: '16:00' } },
    ],
    [
      'Mon 16:00, closing minute',
      '2026-11-23T09:00:00Z',
      { open: false, reason: 'after-hours', opensAt: opens('2026-11-24', 2) },
    ],
    [
      'Mon 00:00 WIB (Sunday 17:00 UTC)',
      '2026-11-22T17:00:00Z',
      { open: false, reason: 'before-hours', opensAt: opens('2026-11-23', 1) },
    ],
    // Weekends: a Friday evening opens again on Monday.
    [
      'Fri 19:00',
      '2026-11-20T12:00:00Z',
      { open: false, reason: 'after-hours', opensAt: opens('2026-11-23', 1) },
    ],
    [
      'Sat 10:00',
      '2026-11-21T03:00:00Z',
      { open: false, reason: 'weekend', opensAt: opens('2026-11-23', 1) },
    ],
    [
      'Sun 23:59',
      '2026-11-22T16:59:00Z',
      { open: false, reason: 'weekend', opensAt: opens('2026-11-23', 1) },
    ],
    // Libur nasional, including a UTC evening that is already the holiday in WIB.
    [
      'Independence Day 00:30 WIB',
      '2026-08-16T17:30:00Z',
      { open: false, reason: 'holiday', holidayName: 'HUT RI', opensAt: opens('2026-08-18', 2) },
    ],
    [
      'Isra Mikraj (Fri)',
      '2026-01-16T03:00:00Z',
      { open: false, reason: 'holiday', holidayName: 'Isra Mikraj', opensAt: opens('2026-01-19', 1) },
    ],
    [
      'Christmas Day',
      '2026-12-25T03:00:00Z',
      { open: false, reason: 'holiday', holidayName: 'Natal', opensAt: opens('2026-12-28', 1) },
    ],
    [
      'Idulfitri on a Saturday: the holiday is named',
      '2026-03-21T03:00:00Z',
      { open: false, reason: 'holiday', holidayName: 'Idulfitri', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Easter Sunday',
      '2026-04-05T03:00:00Z',
      { open: false, reason: 'holiday', holidayName: 'Paskah', opensAt: opens('2026-04-06', 1) },
    ],
    // Cuti bersama.
    [
      'Fri 20 March 01:00 WIB (Thu 18:00 UTC)',
      '2026-03-19T18:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Idulfitri', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Mon 23 March',
      '2026-03-23T03:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Idulfitri', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Tue 24 March 15:00',
      '2026-03-24T08:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Idulfitri', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Christmas Eve',
      '2026-12-24T03:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Natal', opensAt: opens('2026-12-28', 1) },
    ],
    [
      'cuti Imlek (Mon) before Imlek (Tue)',
      '2026-02-16T03:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Imlek', opensAt: opens('2026-02-18', 3) },
    ],
    [
      'cuti Kenaikan (Fri)',
      '2026-05-15T03:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Kenaikan Yesus', opensAt: opens('2026-05-18', 1) },
    ],
    // The long Nyepi + Idulfitri break, 18 to 24 March.
    [
      'Tue 17 March 16:00, the break ahead',
      '2026-03-17T09:00:00Z',
      { open: false, reason: 'after-hours', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Wed 18 March 08:00, cuti Nyepi',
      '2026-03-18T01:00:00Z',
      { open: false, reason: 'cuti-bersama', holidayName: 'Nyepi', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Wed 25 March 07:59, the morning after',
      '2026-03-25T00:59:00Z',
      { open: false, reason: 'before-hours', opensAt: opens('2026-03-25', 3) },
    ],
    [
      'Wed 25 March 08:00, back at work',
      '2026-03-25T01:00:00Z',
      { open: true, until: { ymd: '2026-03-25', hhmm: '16:00' } },
    ],
    // A year without an official table: its computed table answers.
    [
      'New Year 2027 (computed table)',
      '2027-01-01T03:00:00Z',
      { open: false, reason: 'holiday', holidayName: 'Tahun Baru', opensAt: opens('2027-01-04', 1) },
    ],
    [
      'Thu 31 Dec 2026 16:00, next opening in 2027',
      '2026-12-31T09:00:00Z',
      { open: false, reason: 'after-hours', opensAt: opens('2027-01-04', 1) },
    ],
  ])('%s', (_case, iso, expected) => {
    // Act
    const status = hotlineStatusAt(office, at(iso), calendar);
    // Assess
    expect(status).toEqual(expected);
  });
});

describe('hotlineStatusAt: 24-hour lines', () => {
  const instants = [
    '2026-11-23T03:00:00Z', // Monday morning
    '2026-11-21T20:00:00Z', // Sunday 03:00 WIB
    '2026-03-19T18:00:00Z', // cuti bersama Idulfitri
    '2026-03-21T12:00:00Z', // Idulfitri
    '2026-08-16T17:30:00Z', // Independence Day, just after midnight
    '2026-12-24T16:59:00Z', // Christmas Eve 23:59
    '2027-01-01T00:00:00Z', // a holiday of a computed table
    '2031-01-01T03:00:00Z', // a year no table covers
  ];
  it.each(alwaysOpen.flatMap((h) => instants.map((iso) => [h.id, iso, h] as const)))(
    '%s is open at %s',
    (_id, iso, h) => {
      expect(hotlineStatusAt(h, at(iso), calendar)).toEqual({ open: true, until: null });
    },
  );
});

describe('hotlineStatusAt: schedules an admin may write', () => {
  it.each<[string, Partial<Extract<HotlineSchedule, { kind: 'working-hours' }>>, string, HotlineStatus]>([
    [
      'open on cuti bersama when not closed for it',
      { closedOnCutiBersama: false },
      '2026-03-20T03:00:00Z',
      { open: true, until: { ymd: '2026-03-20', hhmm: '16:00' } },
    ],
    [
      'open on a holiday when not closed for it',
      { closedOnHolidays: false },
      '2026-08-17T03:00:00Z',
      { open: true, until: { ymd: '2026-08-17', hhmm: '16:00' } },
    ],
    [
      'a weekday off is a day off, not a weekend',
      { days: [1, 2, 4, 5] },
      '2026-11-25T03:00:00Z',
      { open: false, reason: 'day-off', opensAt: opens('2026-11-26', 4) },
    ],
    [
      'closing at 24:00 keeps the last minute open',
      { close: '24:00' },
      '2026-11-23T16:59:00Z',
      { open: true, until: { ymd: '2026-11-23', hhmm: '24:00' } },
    ],
  ])('%s', (_case, schedule, iso, expected) => {
    expect(hotlineStatusAt(withSchedule(schedule), at(iso), calendar)).toEqual(expected);
  });

  it('refuses to guess when a calendar closes every day for a month', () => {
    // Prepare
    const alwaysHoliday: HolidayCalendar = {
      holidayOn: () => ({ name: 'Libur', shortName: 'Libur', kind: 'libur_nasional', source: 'official' }),
      covers: () => true,
    };
    // Act + Assess
    expect(() => hotlineStatusAt(office, at('2026-11-23T03:00:00Z'), alwaysHoliday)).toThrow(/30 days/);
  });
});

describe('hotlineStatusAt: a year no holiday table covers', () => {
  const hours = { open: '08:00', close: '16:00' };
  const hoursOnly: HotlineStatus = { open: false, reason: 'days-off-unknown', hours };

  it.each<[string, string, HotlineStatus]>([
    // 2031 has no table: 1 January, a Wednesday, is surely a holiday, but the line cannot know which
    // other working days are.
    ['Wed 1 Jan 2031 10:00', '2031-01-01T03:00:00Z', hoursOnly],
    ['Mon 6 Jan 2031 07:00, before hours', '2031-01-06T00:00:00Z', hoursOnly],
    ['Mon 6 Jan 2031 17:00, after hours', '2031-01-06T10:00:00Z', hoursOnly],
    // A weekend is known to be closed, but not whether Monday opens.
    ['Sat 4 Jan 2031', '2031-01-04T03:00:00Z', hoursOnly],
    // The last evening of a covered year: the next working day is in 2031.
    ['Tue 31 Dec 2030 17:00', '2030-12-31T10:00:00Z', hoursOnly],
    // Within a covered year, as before.
    [
      'Mon 30 Dec 2030 10:00',
      '2030-12-30T03:00:00Z',
      { open: true, until: { ymd: '2030-12-30', hhmm: '16:00' } },
    ],
  ])('%s: the office line is not said to be open, nor when it opens', (_case, iso, expected) => {
    expect(hotlineStatusAt(office, at(iso), calendar)).toEqual(expected);
  });

  it('still knows a line that keeps its hours on days off', () => {
    // Prepare
    const everyWorkingDay = withSchedule({ closedOnHolidays: false, closedOnCutiBersama: false });
    // Act + Assess
    expect(hotlineStatusAt(everyWorkingDay, at('2031-01-01T03:00:00Z'), calendar)).toEqual({
      open: true,
      until: { ymd: '2031-01-01', hhmm: '16:00' },
    });
  });

  it.each<[string, 'id' | 'en', string, string]>([
    [
      'Indonesian',
      'id',
      'Cacak Jatim 031-8430313: buka hari kerja 08:00-16:00 WIB',
      '031-8430313: hari kerja 08:00-16:00',
    ],
    [
      'English',
      'en',
      'Cacak Jatim 031-8430313: open working days 08:00-16:00 WIB',
      '031-8430313: working days 08:00-16:00',
    ],
  ])('gives the hours instead, in %s', (_case, lang, smsLine, ussdLine) => {
    // Prepare
    const now = at('2031-01-06T03:00:00Z');
    const status = hotlineStatusAt(office, now, calendar);
    // Act + Assess
    expect(formatHotlineStatus(office, status, lang, now)).toBe(smsLine);
    expect(formatHotlineShort(office, status, lang, now)).toBe(ussdLine);
  });
});

describe('hotlinesStatusAt', () => {
  it('gives every line its status, in display order', () => {
    // Act
    const all = hotlinesStatusAt(hotlines, at('2026-12-25T03:00:00Z'), calendar);
    // Assess
    expect(all.map(({ hotline: h, status }) => [h.id, status.open])).toEqual([
      ['bwi-112', true],
      ['cacak-office', false],
      ['cacak-24h', true],
      ['national-119', true],
    ]);
  });
});

describe('formatHotlineStatus and formatHotlineShort', () => {
  it.each<[string, string, string, string, string]>([
    // [case, hotline, instant, Indonesian, English]
    [
      'office open',
      'cacak-office',
      '2026-11-23T03:00:00Z',
      'Cacak Jatim 031-8430313: buka s/d 16:00 WIB',
      'Cacak Jatim 031-8430313: open until 16:00 WIB',
    ],
    [
      'before opening',
      'cacak-office',
      '2026-11-23T00:59:00Z',
      'Cacak Jatim 031-8430313: tutup, buka 08:00',
      'Cacak Jatim 031-8430313: closed, opens 08:00',
    ],
    [
      'after closing',
      'cacak-office',
      '2026-11-23T09:00:00Z',
      'Cacak Jatim 031-8430313: tutup, buka besok 08:00',
      'Cacak Jatim 031-8430313: closed, opens tomorrow 08:00',
    ],
    [
      'Friday evening',
      'cacak-office',
      '2026-11-20T12:00:00Z',
      'Cacak Jatim 031-8430313: tutup, buka Sen 08:00',
      'Cacak Jatim 031-8430313: closed, opens Mon 08:00',
    ],
    [
      'Saturday',
      'cacak-office',
      '2026-11-21T03:00:00Z',
      'Cacak Jatim 031-8430313: tutup (akhir pekan), buka Sen 08:00',
      'Cacak Jatim 031-8430313: closed (weekend), opens Mon 08:00',
    ],
    [
      'Christmas Day',
      'cacak-office',
      '2026-12-25T03:00:00Z',
      'Cacak Jatim 031-8430313: tutup (libur Natal), buka Sen 08:00',
      'Cacak Jatim 031-8430313: closed (holiday), opens Mon 08:00',
    ],
    [
      'cuti bersama Idulfitri',
      'cacak-office',
      '2026-03-23T03:00:00Z',
      'Cacak Jatim 031-8430313: tutup (libur), buka Rab 08:00',
      'Cacak Jatim 031-8430313: closed (holiday), opens Wed 08:00',
    ],
    [
      'a break of a week: the date, not just a weekday',
      'cacak-office',
      '2026-03-18T03:00:00Z',
      'Cacak Jatim 031-8430313: tutup (libur), buka 25 Mar 08:00',
      'Cacak Jatim 031-8430313: closed, opens Wed 25 Mar 08:00',
    ],
    [
      'Banyuwangi 112',
      'bwi-112',
      '2026-12-25T03:00:00Z',
      'Call Center Banyuwangi 112: buka 24 jam (gratis)',
      'Banyuwangi Call Center 112: open 24h (free)',
    ],
    [
      'Cacak Jatim 24 h',
      'cacak-24h',
      '2026-11-21T20:00:00Z',
      'Cacak Jatim 24 jam 0813-3436-7800: buka 24 jam',
      'Cacak Jatim 24h 0813-3436-7800: open 24h',
    ],
    [
      '119',
      'national-119',
      '2026-03-21T03:00:00Z',
      'Darurat medis 119: buka 24 jam (gratis)',
      'Medical emergency 119: open 24h (free)',
    ],
  ])('SMS line, %s', (_case, id, iso, idText, enText) => {
    // Prepare
    const h = hotline(id);
    const now = at(iso);
    const status = hotlineStatusAt(h, now, calendar);
    // Act + Assess
    expect(formatHotlineStatus(h, status, 'id', now)).toBe(idText);
    expect(formatHotlineStatus(h, status, 'en', now)).toBe(enText);
  });

  it.each<[string, string, string, string, string]>([
    [
      'office open',
      'cacak-office',
      '2026-11-23T03:00:00Z',
      '031-8430313: buka s/d 16:00',
      '031-8430313: open until 16:00',
    ],
    [
      'Friday evening',
      'cacak-office',
      '2026-11-20T12:00:00Z',
      '031-8430313: tutup, buka Sen 08:00',
      '031-8430313: closed, opens Mon 08:00',
    ],
    // `tomorrow` does not fit 38 characters in English: the weekday does.
    [
      'after closing',
      'cacak-office',
      '2026-11-23T09:00:00Z',
      '031-8430313: tutup, buka besok 08:00',
      '031-8430313: closed, opens Tue 08:00',
    ],
    [
      'the long break',
      'cacak-office',
      '2026-03-19T18:00:00Z',
      '031-8430313: tutup, buka Rab 08:00',
      '031-8430313: closed, opens Wed 08:00',
    ],
    [
      'a week ahead',
      'cacak-office',
      '2026-03-18T03:00:00Z',
      '031-8430313: tutup, buka 25 Mar 08:00',
      '031-8430313: opens Wed 25 Mar 08:00',
    ],
    [
      'Banyuwangi 112',
      'bwi-112',
      '2026-11-21T03:00:00Z',
      '112 Bwi: buka 24 jam (gratis)',
      '112 Bwi: open 24h (free)',
    ],
    [
      'Cacak Jatim 24 h',
      'cacak-24h',
      '2026-12-25T03:00:00Z',
      '0813-3436-7800: buka 24 jam',
      '0813-3436-7800: open 24h',
    ],
    ['119', 'national-119', '2026-12-25T03:00:00Z', '119: buka 24 jam (gratis)', '119: open 24h (free)'],
  ])('USSD line, %s', (_case, id, iso, idText, enText) => {
    // Prepare
    const h = hotline(id);
    const now = at(iso);
    const status = hotlineStatusAt(h, now, calendar);
    // Act + Assess
    expect(formatHotlineShort(h, status, 'id', now)).toBe(idText);
    expect(formatHotlineShort(h, status, 'en', now)).toBe(enText);
  });

  it('names the weekday when the opening is the day after tomorrow', () => {
    // Prepare: Saturday, opening Monday.
    const now = at('2026-11-21T03:00:00Z');
    const status = hotlineStatusAt(office, now, calendar);
    // Act + Assess
    expect(formatHotlineShort(office, status, 'id', now)).toBe('031-8430313: tutup, buka Sen 08:00');
    expect(formatHotlineShort(office, status, 'id', at('2026-11-22T03:00:00Z'))).toBe(
      '031-8430313: tutup, buka besok 08:00',
    );
  });

  /**
   * Every hour of 2026 and early 2027 (on the hour and a minute before), as a caller could ask, and the
   * first week of 2031, which no holiday table covers.
   */
  const sweep: Date[] = [];
  for (const [from, to] of [
    ['2025-12-31T17:00:00Z', '2027-02-01T00:00:00Z'],
    ['2030-12-31T17:00:00Z', '2031-01-08T00:00:00Z'],
  ] as const) {
    for (let t = Date.parse(from); t < Date.parse(to); t += 3_600_000) {
      sweep.push(new Date(t), new Date(t - 60_000));
    }
  }

  it.each(LANGS)(
    '%s: every line, at every hour, is GSM-7 and within its length; a screen of four fits',
    (lang) => {
      // Prepare
      const reasons = new Set<ClosedReason | 'days-off-unknown' | 'open' | '24h'>();
      let longestScreen = 0;
      // Act
      for (const now of sweep) {
        for (const { hotline: h, status } of hotlinesStatusAt(hotlines, now, calendar)) {
          reasons.add(status.open ? (status.until === null ? '24h' : 'open') : status.reason);
          const line = formatHotlineStatus(h, status, lang, now);
          const short = formatHotlineShort(h, status, lang, now);
          // Assess
          if (!isGsm7Basic(line) || line.length > HOTLINE_LINE_MAX)
            expect.fail(`${now.toISOString()}: ${line}`);
          if (!isGsm7Basic(short) || short.length > HOTLINE_SHORT_MAX)
            expect.fail(`${now.toISOString()}: ${short}`);
        }
        const screen = formatHotlineScreen(hotlinesStatusAt(hotlines, now, calendar), lang, now);
        longestScreen = Math.max(longestScreen, screen.join('\n').length);
      }
      // Assess
      expect(longestScreen).toBeLessThanOrEqual(120);
      expect([...reasons].sort()).toEqual(
        [
          '24h',
          'after-hours',
          'before-hours',
          'cuti-bersama',
          'days-off-unknown',
          'holiday',
          'open',
          'weekend',
        ].sort(),
      );
    },
  );
});
