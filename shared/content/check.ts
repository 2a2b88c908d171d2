import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { LANGS, type Lang } from '../lang.js';
import { hospitalAnswer } from '../line/answers.js';
import { distanceKm } from '../line/hospitals.js';
import { createLine, type LineContext } from '../line/line.js';
import type { Place } from '../line/places.js';
import { emergencySlot, formatDay, hospitalWithPhone, hotlineWithNumber } from '../line/render.js';
import {
  fitsSms,
  nonGsmCharacters,
  SMS_SEGMENT_MULTI,
  SMS_SEGMENT_SINGLE,
  smsSegments,
  toGsm7,
  USSD_SCREEN_MAX,
} from '../text.js';
import { ADVICE_IDS, AdviceSchema } from './advice.js';
import {
  FAQ_ANSWER_MAX,
  FAQ_TITLE_MAX,
  FaqExampleCountsSchema,
  FaqExamplesSchema,
  FaqPackSchema,
} from './faq.js';
import { staleEntries } from './freshness.js';
import { HolidayTableSchema } from './holidays.js';
import { ReferralHospitalsSchema } from './hospitals.js';
import { HOTLINE_NAME_MAX, HOTLINE_NOTE_MAX, HotlinePackSchema } from './hotlines.js';
import { LexiconSchema } from './lexicon.js';
import { ContentError } from './load.js';
import { fillTemplate, MESSAGE_KEYS, MESSAGE_SLOTS, type MessageKey, MessagesSchema } from './messages.js';
import { type ContentPack, PACK_FILES, parseContentPack, type RawPack } from './pack.js';
import { ProvinceSchema } from './province.js';
import { PlaceAliasesSchema, RegionsFileSchema } from './regions.js';

/**
 * The editors' check of a content pack: everything the line refuses to load, and what it would load
 * but say badly (a text over its screen or SMS, a curly quote, a malformed number, a schedule it cannot
 * read, a stale source, next year's holidays missing). Each finding says where it is, as a path into
 * the file (`faq.json [3].answer.en`), and what to do. Pure apart from {@link readPackDir}.
 */

export type FindingLevel = 'error' | 'warning';

/**
 * What a finding is about. Errors: `unreadable` (a file missing or not JSON), `invalid` (a rule the
 * line checks when it loads the pack: it would not start), `language` (a text missing in a language),
 * `not-gsm` (a character outside the GSM-7 basic set), `too-long` (over its USSD screen or SMS),
 * `phone` (a malformed number), `schedule` (opening hours the line cannot read), `sources` (no source
 * or no checked day). Warnings: `stale`, `holidays`, `hospital-reach`, and `phone` or `sources` where
 * the line still works.
 */
export type FindingKind =
  | 'unreadable'
  | 'invalid'
  | 'language'
  | 'not-gsm'
  | 'too-long'
  | 'phone'
  | 'schedule'
  | 'sources'
  | 'stale'
  | 'holidays'
  | 'hospital-reach';

export interface Finding {
  readonly level: FindingLevel;
  readonly kind: FindingKind;
  /** The file's name in the pack folder, `faq.json`. */
  readonly file: string;
  /** A path into the file, `[3].answer.en`; '' for the file as a whole. */
  readonly where: string;
  readonly message: string;
}

/**
 * From a kab/kota's point (its town), the referral hospital the line names for it (its own, or else
 * the nearest) should be no further than this: beyond it, callers are sent a long way.
 */
export const REFERRAL_REACH_KM = 50;

/** The SMS replies people read first are one segment; every other reply may take two. */
const ONE_SEGMENT_MESSAGES: ReadonlySet<MessageKey> = new Set([
  'sms.help',
  'sms.stop',
  'sms.stopAsk',
  'sms.start',
]);
/** Messages that are texted rather than shown on a USSD screen. */
const SMS_MESSAGE =
  /^(?:sms\.|hospital\.sms|hotlines\.sms|place\.|report\.missing|hospital\.askPlace$|language\.changed$)/;
/** The apology is sent with its `END ` prefix, outside the engine that otherwise leaves room for it. */
const END_PREFIX = 'END ';

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { id: 'Bahasa Indonesia', en: 'English' };

/** Which file each part of the pack is, and the rules the line loads it with. */
const SCHEMAS: Readonly<Record<keyof typeof PACK_FILES, z.ZodType>> = {
  province: ProvinceSchema,
  messages: MessagesSchema,
  advice: AdviceSchema,
  faq: FaqPackSchema,
  faqExamples: FaqExamplesSchema,
  faqExampleCounts: FaqExampleCountsSchema,
  hotlines: HotlinePackSchema,
  holidays: HolidayTableSchema,
  regions: RegionsFileSchema,
  aliases: PlaceAliasesSchema,
  lexicon: LexiconSchema,
  referralHospitals: ReferralHospitalsSchema,
};

type Part = keyof typeof PACK_FILES;
const PARTS = Object.keys(PACK_FILES) as Part[];

/** A pack as read from a folder: the files that could be read, and findings for those that could not. */
export interface ReadPack {
  readonly raw: Partial<RawPack>;
  readonly findings: readonly Finding[];
}

/** Reads every file of a pack folder; a missing or unparseable file is a finding, not an exception. */
export function readPackDir(dir: string): ReadPack {
  const raw: Partial<Record<Part, unknown>> = {};
  const findings: Finding[] = [];
  for (const part of PARTS) {
    const file = PACK_FILES[part];
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      findings.push(
        finding('error', 'unreadable', file, '', `missing from ${dir}: every pack has this file`),
      );
      continue;
    }
    try {
      raw[part] = JSON.parse(text);
    } catch (error) {
      findings.push(
        finding('error', 'unreadable', file, '', `is not valid JSON: ${(error as Error).message}`),
      );
    }
  }
  return { raw, findings };
}

/** Everything wrong with a pack folder, file by file in the pack's order, errors before warnings. */
export function checkPackDir(dir: string, today: string): Finding[] {
  const { raw, findings } = readPackDir(dir);
  return sortFindings([...findings, ...checkRawPack(raw, today)]);
}

/**
 * Everything wrong with a pack's parsed files (a file left out was not readable and is not checked).
 *
 * @param today the WIB day (`YYYY-MM-DD`) staleness and holiday coverage are measured from.
 */
export function checkRawPack(raw: Partial<RawPack>, today: string): Finding[] {
  const specific = [
    ...checkLanguages(raw),
    ...checkShownTexts(raw),
    ...checkFaqLengths(raw),
    ...checkPhones(raw),
    ...checkSchedules(raw),
    ...checkSources(raw, today),
    ...checkHolidayCoverage(raw, today),
  ];
  const invalid = PARTS.flatMap((part) => (part in raw ? schemaFindings(part, raw[part]) : [])).filter(
    (f) => !specific.some((s) => s.file === f.file && covers(s.where, f.where)),
  );
  const findings = [...specific, ...invalid];
  const complete = PARTS.every((part) => part in raw);
  if (!complete || findings.some((f) => f.level === 'error')) return sortFindings(findings);

  let pack: ContentPack;
  try {
    pack = parseContentPack(raw as RawPack, '');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return sortFindings([...findings, ...crossFileFindings(error)]);
  }
  const ctx = createLine(pack).contextAt(new Date(`${today}T03:00:00Z`));
  return sortFindings([
    ...findings,
    ...checkMessageLengths(pack, ctx),
    ...checkAdviceLengths(pack, ctx),
    ...checkHospitalReach(pack, ctx),
  ]);
}

/** A short summary of a valid pack, for the line that says it is OK. */
export function describePack(raw: Partial<RawPack>): string {
  const count = (value: unknown) =>
    Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
  const regions = isRecord(raw.regions) ? raw.regions : {};
  return (
    `${count(raw.faq)} FAQ topics, ${count(raw.hotlines)} hotlines, ${count(raw.advice)} report advices, ` +
    `${count(raw.referralHospitals)} referral hospitals, ${count(regions.kabKota)} kab/kota`
  );
}

function finding(
  level: FindingLevel,
  kind: FindingKind,
  file: string,
  where: string,
  message: string,
): Finding {
  return { level, kind, file, where, message };
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const order = Object.values(PACK_FILES) as string[];
  return [...findings].sort(
    (a, b) =>
      order.indexOf(a.file) - order.indexOf(b.file) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  );
}

/** `[3].answer.en`, `hospital.sent.en`, `years.2026.holidays[0].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** True when a finding at `outer` already says what a schema issue at `inner` says. */
function covers(outer: string, inner: string): boolean {
  return (
    inner === outer || (outer !== '' && (inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)))
  );
}

function schemaFindings(part: Part, data: unknown): Finding[] {
  const result = SCHEMAS[part].safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    finding('error', 'invalid', PACK_FILES[part], formatPath(issue.path), issue.message),
  );
}

/** What the whole-pack rules (one file against another) found, each line naming its file. */
function crossFileFindings(error: ContentError): Finding[] {
  const files = Object.values(PACK_FILES) as string[];
  return error.message.split('\n').map((line) => {
    const file = files.find((f) => line.startsWith(`${f}: `) || line.startsWith(`/${f}: `));
    const message = file ? line.slice(line.indexOf(': ') + 2) : line;
    return finding('error', 'invalid', file ?? '', '', message);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [number, Record<string, unknown>][] {
  return Array.isArray(value)
    ? value.flatMap((item, i): [number, Record<string, unknown>][] => (isRecord(item) ? [[i, item]] : []))
    : [];
}

/** `topic "symptoms"`, for messages about the i-th entry of a list. */
function named(noun: string, entry: Record<string, unknown>, i: number): string {
  return typeof entry.id === 'string' ? `${noun} "${entry.id}"` : `${noun} ${i + 1}`;
}

/** A shown text and where it is. */
interface Located {
  file: string;
  where: string;
  owner: string;
  text: unknown;
  /** A template: its `{slots}` are filled, not shown. */
  template?: boolean;
}

/** Every text of the pack a caller reads, with its place in its file. */
function shownTexts(raw: Partial<RawPack>): Located[] {
  const texts: Located[] = [];
  const localized = (file: string, base: string, owner: string, value: unknown, template = false) => {
    if (!isRecord(value)) return;
    for (const lang of LANGS)
      texts.push({ file, where: `${base}.${lang}`, owner, text: value[lang], template });
  };
  if (isRecord(raw.messages)) {
    for (const key of MESSAGE_KEYS)
      localized(PACK_FILES.messages, key, `message "${key}"`, raw.messages[key], true);
  }
  if (isRecord(raw.advice)) {
    for (const id of ADVICE_IDS) {
      const advice = raw.advice[id];
      if (!isRecord(advice)) continue;
      for (const form of ['ussd', 'sms'])
        localized(PACK_FILES.advice, `${id}.${form}`, `advice "${id}"`, advice[form], true);
    }
  }
  for (const [i, topic] of entries(raw.faq)) {
    for (const field of ['title', 'answer', 'sms'])
      localized(PACK_FILES.faq, `[${i}].${field}`, named('topic', topic, i), topic[field]);
  }
  for (const [i, hotline] of entries(raw.hotlines)) {
    const owner = named('hotline', hotline, i);
    localized(PACK_FILES.hotlines, `[${i}].name`, owner, hotline.name);
    localized(PACK_FILES.hotlines, `[${i}].note`, owner, hotline.note);
    texts.push({ file: PACK_FILES.hotlines, where: `[${i}].shortLabel`, owner, text: hotline.shortLabel });
  }
  for (const tables of ['years', 'computed']) {
    const years = isRecord(raw.holidays) && isRecord(raw.holidays[tables]) ? raw.holidays[tables] : {};
    for (const [year, table] of Object.entries(years)) {
      if (!isRecord(table)) continue;
      for (const [i, day] of entries(table.holidays)) {
        const owner = typeof day.date === 'string' ? `holiday ${day.date}` : `holiday ${i + 1} of ${year}`;
        for (const field of ['name_id', 'short_id'])
          texts.push({
            file: PACK_FILES.holidays,
            where: `${tables}.${year}.holidays[${i}].${field}`,
            owner,
            text: day[field],
          });
      }
    }
  }
  return texts;
}

/** Every localized text has each language, and every FAQ topic its keywords in each. */
function checkLanguages(raw: Partial<RawPack>): Finding[] {
  const findings: Finding[] = [];
  const missing = (file: string, where: string, owner: string, lang: Lang, what: string) =>
    findings.push(
      finding(
        'error',
        'language',
        file,
        where,
        `${owner} has no ${LANGUAGE_NAMES[lang]} ${what}: every caller gets one`,
      ),
    );
  for (const located of shownTexts(raw)) {
    const lang = LANGS.find((l) => located.where.endsWith(`.${l}`));
    if (!lang) continue;
    if (typeof located.text !== 'string' || located.text.trim() === '') {
      const what =
        located.where
          .split('.')
          .at(-2)
          ?.replace(/^\[\d+\]$/, '') || 'text';
      missing(located.file, located.where, located.owner, lang, what);
    }
  }
  for (const [i, topic] of entries(raw.faq)) {
    for (const field of ['replyWord', 'keywords']) {
      const value = topic[field];
      for (const lang of LANGS) {
        const inLang = isRecord(value) ? value[lang] : undefined;
        const empty =
          field === 'keywords'
            ? !Array.isArray(inLang) || inLang.length === 0
            : typeof inLang !== 'string' || inLang === '';
        if (empty)
          missing(
            PACK_FILES.faq,
            `[${i}].${field}.${lang}`,
            named('topic', topic, i),
            lang,
            field === 'keywords' ? 'keywords' : 'reply word',
          );
      }
    }
  }
  return findings;
}

const SLOT = /\{[A-Za-z]+\}/g;

/** Where a template's `{slot}` braces are: they are never sent, so they are not checked as text. */
function slotBraces(text: string): Set<number> {
  const at = new Set<number>();
  for (const match of text.matchAll(SLOT)) {
    at.add(match.index);
    at.add(match.index + match[0].length - 1);
  }
  return at;
}

/** `"...when ’isolasi’ ends..."`: the text around a position, for a message. */
function around(text: string, index: number, width = 24): string {
  const start = Math.max(0, index - width);
  const end = Math.min(text.length, index + width);
  return `${start > 0 ? '...' : ''}${text.slice(start, end)}${end < text.length ? '...' : ''}`.replace(
    /\n/g,
    ' ',
  );
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character a phone cannot show on a USSD screen (or that would turn an SMS into UCS-2). */
function checkShownTexts(raw: Partial<RawPack>): Finding[] {
  const findings: Finding[] = [];
  for (const { file, where, owner, text, template } of shownTexts(raw)) {
    if (typeof text !== 'string') continue;
    const braces = template ? slotBraces(text) : new Set<number>();
    let index = 0;
    let position = 1;
    for (const char of text) {
      if (!braces.has(index) && nonGsmCharacters(char, { basicOnly: true }).length > 0) {
        const instead = toGsm7(char, { basicOnly: true });
        const fix =
          instead === '' ? 'remove it' : `write ${instead === ' ' ? 'a space' : `"${instead}"`} instead`;
        findings.push(
          finding(
            'error',
            'not-gsm',
            file,
            where,
            `${owner}: "${char === '\n' ? '\\n' : char}" (${codePoint(char)}) at character ${position} is not ` +
              `in the GSM-7 basic set, so phones cannot show it on USSD and an SMS would halve: ${fix}. ` +
              `"${around(text, index)}"`,
          ),
        );
        break;
      }
      index += char.length;
      position += 1;
    }
  }
  return findings;
}

/** The FAQ's and the hotlines' own limits, said with how far over they are. */
function checkFaqLengths(raw: Partial<RawPack>): Finding[] {
  const findings: Finding[] = [];
  const over = (file: string, where: string, owner: string, text: unknown, max: number, what: string) => {
    if (typeof text === 'string' && text.length > max)
      findings.push(
        finding(
          'error',
          'too-long',
          file,
          where,
          `${owner}: ${text.length} characters, ${text.length - max} over the ${max} of ${what}: "${around(text, max, 30)}"`,
        ),
      );
  };
  for (const [i, topic] of entries(raw.faq)) {
    const owner = named('topic', topic, i);
    for (const lang of LANGS) {
      const get = (field: string) =>
        isRecord(topic[field]) ? (topic[field] as Record<string, unknown>)[lang] : undefined;
      over(PACK_FILES.faq, `[${i}].title.${lang}`, owner, get('title'), FAQ_TITLE_MAX, 'a FAQ menu line');
      over(PACK_FILES.faq, `[${i}].answer.${lang}`, owner, get('answer'), FAQ_ANSWER_MAX, 'a FAQ answer');
      over(PACK_FILES.faq, `[${i}].sms.${lang}`, owner, get('sms'), SMS_SEGMENT_SINGLE, 'one SMS segment');
    }
  }
  for (const [i, hotline] of entries(raw.hotlines)) {
    const owner = named('hotline', hotline, i);
    for (const lang of LANGS) {
      const name = isRecord(hotline.name) ? hotline.name[lang] : undefined;
      const note = isRecord(hotline.note) ? hotline.note[lang] : undefined;
      over(PACK_FILES.hotlines, `[${i}].name.${lang}`, owner, name, HOTLINE_NAME_MAX, 'a hotline name');
      over(PACK_FILES.hotlines, `[${i}].note.${lang}`, owner, note, HOTLINE_NOTE_MAX, 'a hotline note');
    }
  }
  return findings;
}

/**
 * Hotline numbers as dialled in Indonesia: a three-digit service number (`112`, `119`), a call centre
 * (`1500-567`), a landline with its area code (`031-8430313`, `0333-421254`) or a mobile
 * (`0812-3456-7890`), each optionally with an extension (`119 ext 9`).
 */
const HOTLINE_NUMBER =
  /^(?:1\d{2}|1500-\d{3,4}|0[2-79]\d{1,2}-\d{5,8}|08\d{2}-\d{3,4}-\d{3,5})(?: ext \d{1,5})?$/;
/** A hospital's phone: `(0xxx) xxxxxx` with the area code in brackets, or a mobile `08xx-xxxx-xxxx`. */
const HOSPITAL_PHONE = /^(?:\(0[2-79]\d{1,2}\) \d{5,8}|08\d{2}-\d{3,4}-\d{3,5})$/;

function checkPhones(raw: Partial<RawPack>): Finding[] {
  const findings: Finding[] = [];
  for (const [i, hotline] of entries(raw.hotlines)) {
    const number = hotline.number;
    if (typeof number !== 'string' || !HOTLINE_NUMBER.test(number))
      findings.push(
        finding(
          'error',
          'phone',
          PACK_FILES.hotlines,
          `[${i}].number`,
          `${named('hotline', hotline, i)}: ${JSON.stringify(number)} is not a number as dialled: write a short code ` +
            '(3 digits, or 1500-xxx), 0xxx-xxxxxxx (area code, dash, number) or 08xx-xxxx-xxxx (mobile), optionally " ext 9"',
        ),
      );
  }
  for (const [i, hospital] of entries(raw.referralHospitals)) {
    const phone = hospital.phone;
    const owner = typeof hospital.name === 'string' ? hospital.name : `hospital ${i + 1}`;
    if (phone === '') {
      findings.push(
        finding(
          'warning',
          'phone',
          PACK_FILES.referralHospitals,
          `[${i}].phone`,
          `${owner} has no phone: callers are given its name only`,
        ),
      );
    } else if (typeof phone !== 'string' || !HOSPITAL_PHONE.test(phone)) {
      findings.push(
        finding(
          'error',
          'phone',
          PACK_FILES.referralHospitals,
          `[${i}].phone`,
          `${owner}: ${JSON.stringify(phone)} is not a phone as callers dial it: write (0xxx) xxxxxx ` +
            '(area code in brackets) or 08xx-xxxx-xxxx (mobile), or "" when no number is known',
        ),
      );
    }
  }
  return findings;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Opening hours the line can read: weekdays 1-7, `HH:MM` WIB, closing after opening on the same day. */
function checkSchedules(raw: Partial<RawPack>): Finding[] {
  const findings: Finding[] = [];
  for (const [i, hotline] of entries(raw.hotlines)) {
    const owner = named('hotline', hotline, i);
    const at = (field: string) => `[${i}].schedule${field ? `.${field}` : ''}`;
    const bad = (field: string, message: string) =>
      findings.push(finding('error', 'schedule', PACK_FILES.hotlines, at(field), `${owner}: ${message}`));
    const schedule = hotline.schedule;
    if (!isRecord(schedule) || (schedule.kind !== 'always' && schedule.kind !== 'working-hours')) {
      bad(
        '',
        'a schedule is {"kind": "always"} or {"kind": "working-hours", "days": [1, ...], "open": "HH:MM", "close": "HH:MM", ...}',
      );
      continue;
    }
    if (schedule.kind === 'always') continue;
    const days = schedule.days;
    if (!Array.isArray(days) || days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      bad('days', `days ${JSON.stringify(days)} must list weekdays 1 (Monday) to 7 (Sunday)`);
    else if (new Set(days).size !== days.length) bad('days', `days ${JSON.stringify(days)} repeat`);
    const open = schedule.open;
    const close = schedule.close;
    const openOk = typeof open === 'string' && HHMM.test(open);
    const closeOk = typeof close === 'string' && (HHMM.test(close) || close === '24:00');
    if (!openOk)
      bad('open', `opens at ${JSON.stringify(open)}: write the time as HH:MM, 24-hour WIB (07:30)`);
    if (!closeOk)
      bad(
        'close',
        `closes at ${JSON.stringify(close)}: write the time as HH:MM, 24-hour WIB (15:30, 24:00 for midnight)`,
      );
    if (openOk && closeOk && (close as string) <= (open as string))
      bad('close', `closes at ${close}, not after it opens at ${open}: hours cannot run past midnight`);
    for (const flag of ['closedOnHolidays', 'closedOnCutiBersama'])
      if (typeof schedule[flag] !== 'boolean') bad(flag, `${flag} must be true or false`);
  }
  return findings;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  DAY.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Every statement of fact names its sources and the day they were checked; a stale day is a warning. */
function checkSources(raw: Partial<RawPack>, today: string): Finding[] {
  const sourcedEntries: {
    file: string;
    base: string;
    owner: string;
    id: string;
    entry: Record<string, unknown>;
  }[] = [
    ...entries(raw.faq).map(([i, t]) => ({
      file: PACK_FILES.faq,
      base: `[${i}]`,
      owner: named('topic', t, i),
      id: String(t.id),
      entry: t,
    })),
    ...entries(raw.hotlines).map(([i, h]) => ({
      file: PACK_FILES.hotlines,
      base: `[${i}]`,
      owner: named('hotline', h, i),
      id: String(h.id),
      entry: h,
    })),
    ...(isRecord(raw.advice) ? ADVICE_IDS : []).flatMap((id) => {
      const entry = isRecord(raw.advice) ? raw.advice[id] : undefined;
      return isRecord(entry)
        ? [{ file: PACK_FILES.advice, base: id, owner: `advice "${id}"`, id, entry }]
        : [];
    }),
  ];
  const findings: Finding[] = [];
  for (const { file, base, owner, entry } of sourcedEntries) {
    const sources = entry.sources;
    if (!Array.isArray(sources) || sources.length === 0) {
      findings.push(
        finding(
          'error',
          'sources',
          file,
          `${base}.sources`,
          `${owner} names no source: list what it was checked against, {"title": ..., "url": ...}`,
        ),
      );
    } else {
      sources.forEach((source, j) => {
        if (!isRecord(source) || typeof source.title !== 'string' || source.title.trim().length < 3)
          findings.push(
            finding(
              'error',
              'sources',
              file,
              `${base}.sources[${j}].title`,
              `${owner}: a source needs its document's title`,
            ),
          );
        else if (
          source.url !== undefined &&
          (typeof source.url !== 'string' || !/^https?:\/\/\S+\.\S+$/.test(source.url))
        )
          findings.push(
            finding(
              'error',
              'sources',
              file,
              `${base}.sources[${j}].url`,
              `${owner}: ${JSON.stringify(source.url)} is not a web address (https://...)`,
            ),
          );
      });
    }
    if (!isDay(entry.checked)) {
      findings.push(
        finding(
          'error',
          'sources',
          file,
          `${base}.checked`,
          `${owner}: "checked" must be the day it was last checked, YYYY-MM-DD (got ${JSON.stringify(entry.checked)})`,
        ),
      );
    } else if (entry.checked > today) {
      findings.push(
        finding(
          'warning',
          'sources',
          file,
          `${base}.checked`,
          `${owner}: checked ${entry.checked} is after today (${today}): a typo?`,
        ),
      );
    }
  }
  const dated = (file: string) =>
    sourcedEntries
      .filter((e) => e.file === file && isDay(e.entry.checked))
      .map((e) => ({ id: e.id, checked: e.entry.checked as string }));
  const bases = new Map(sourcedEntries.map((e) => [`${e.file}|${e.id}`, e.base]));
  // The freshness rule reads only each entry's id and checked day: the raw entries that have one are enough.
  const stale = staleEntries(
    {
      faq: dated(PACK_FILES.faq) as unknown as ContentPack['faq'],
      hotlines: dated(PACK_FILES.hotlines) as unknown as ContentPack['hotlines'],
      advice: Object.fromEntries(
        dated(PACK_FILES.advice).map((a) => [a.id, a]),
      ) as unknown as ContentPack['advice'],
    },
    today,
  );
  for (const w of stale) {
    const base = bases.get(`${w.file}|${w.entry}`) ?? w.entry;
    const owner = sourcedEntries.find((e) => e.file === w.file && e.id === w.entry)?.owner ?? w.entry;
    findings.push(finding('warning', 'stale', w.file, `${base}.checked`, `${owner}: ${w.message}`));
  }
  return findings;
}

/** This year's and next year's official holidays: without them, office lines' hours miss cuti bersama. */
function checkHolidayCoverage(raw: Partial<RawPack>, today: string): Finding[] {
  if (!isRecord(raw.holidays) || !isRecord(raw.holidays.years)) return [];
  const official = raw.holidays.years;
  const computed = isRecord(raw.holidays.computed) ? raw.holidays.computed : {};
  const year = Number(today.slice(0, 4));
  return [year, year + 1].flatMap((y) => {
    if (String(y) in official) return [];
    const message =
      String(y) in computed
        ? `${y} has only a computed table (national holidays, no cuti bersama): add its SKB to "years" ` +
          'once it is published, so office lines are said to be closed on cuti bersama'
        : `no holiday table for ${y}: add its SKB (libur nasional and cuti bersama) to "years", or ` +
          'office lines cannot be said to be open or closed on its days off';
    return [finding('warning', 'holidays', PACK_FILES.holidays, 'years', message)];
  });
}

/** The longest value each slot can take in a language, from the pack itself. */
function longestSlots(pack: ContentPack, ctx: LineContext, lang: Lang): Record<string, string> {
  const longest = (values: readonly string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');
  const areas = [undefined, ...pack.regions.kabKota.map((k) => k.code)];
  const places = [
    ...pack.regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
    ...pack.regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
    ...pack.regions.desa.map((d) => ctx.places.byCode('desa', d.code)),
  ].filter((p): p is Place => p !== undefined);
  const hospital = longest(pack.referralHospitals.map((h) => hospitalWithPhone(ctx, h, lang)));
  const place = longest(places.map((p) => p.label));
  const example = longest([
    ctx.say('place.exampleHospital', lang),
    ctx.say('place.exampleReport', lang),
    `LAPOR ${place}`,
  ]);
  const words = [...pack.faq]
    .map((t) => t.replyWord[lang])
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .map((w, i) => `${i + 1}) ${w}`)
    .join(' ');
  return {
    hospital,
    hospitals: hospital,
    emergency: longest(areas.map((area) => emergencySlot(ctx, lang, area))),
    line: longest(
      pack.hotlines.filter((h) => h.roles.includes('advice')).map((h) => hotlineWithNumber(h, lang)),
    ),
    place,
    km: '999 km',
    checked: formatDay(ctx.checkedOn),
    time: '23:59',
    total: '999',
    days: String(ctx.reportRetentionDays),
    query: 'x'.repeat(30),
    example,
    words,
  };
}

/** `is 3 segments (...)`, or `is 172 characters, 12 over ...`: how far a text is over its limit. */
function overLimit(text: string, limit: 'ussd' | 'end' | 1 | 2): string | undefined {
  if (limit === 'ussd' || limit === 'end') {
    const max = USSD_SCREEN_MAX - (limit === 'end' ? END_PREFIX.length : 0);
    return text.length > max
      ? `${text.length} characters, ${text.length - max} over the ${max} of one USSD screen`
      : undefined;
  }
  if (fitsSms(text, limit)) return undefined;
  const { segments, characters } = smsSegments(text);
  const max = limit === 1 ? SMS_SEGMENT_SINGLE : SMS_SEGMENT_MULTI * limit;
  return `${segments} SMS segments (${characters} characters, ${characters - max} over the ${max} of ${limit === 1 ? 'one segment' : `${limit} segments`})`;
}

function limitOf(key: MessageKey): 'ussd' | 'end' | 1 | 2 {
  if (key === 'ussd.apology') return 'end';
  if (ONE_SEGMENT_MESSAGES.has(key)) return 1;
  return SMS_MESSAGE.test(key) ? 2 : 'ussd';
}

/**
 * Each sentence on its own, its slots filled with the longest values the pack gives them, within its
 * screen or SMS (`npm test` also checks whole screens and replies, sentences together).
 */
function checkMessageLengths(pack: ContentPack, ctx: LineContext): Finding[] {
  const findings: Finding[] = [];
  for (const lang of LANGS) {
    const slots = longestSlots(pack, ctx, lang);
    for (const key of MESSAGE_KEYS) {
      const text = ctx.say(key, lang, slots);
      const over = overLimit(text, limitOf(key));
      if (!over) continue;
      const used = MESSAGE_SLOTS[key].map((s) => `{${s.replace('!', '')}}`);
      const filled = used.length > 0 ? ` with ${used.join(' ')} at their longest` : '';
      findings.push(
        finding(
          'error',
          'too-long',
          PACK_FILES.messages,
          `${key}.${lang}`,
          `message "${key}"${filled} is ${over}: shorten "${pack.messages[key][lang]}"`,
        ),
      );
    }
  }
  return findings;
}

/** Each report advice with every referral hospital as the nearest, from its own kab/kota. */
function checkAdviceLengths(pack: ContentPack, ctx: LineContext): Finding[] {
  const findings: Finding[] = [];
  for (const lang of LANGS) {
    const advice = pack.hotlines.filter((h) => h.roles.includes('advice'));
    for (const id of ADVICE_IDS) {
      for (const form of ['ussd', 'sms'] as const) {
        let worst: { text: string; hospital: string } | undefined;
        for (const h of pack.referralHospitals) {
          const serving = advice.filter((a) => a.area === null || a.area === h.kabCode);
          for (const line of serving.length > 0 ? serving : advice) {
            const text = fillAdvice(pack, ctx, id, form, lang, h, line);
            if (!worst || text.length > worst.text.length) worst = { text, hospital: h.name };
          }
        }
        const over = worst && overLimit(worst.text, form === 'ussd' ? 'ussd' : 2);
        if (worst && over)
          findings.push(
            finding(
              'error',
              'too-long',
              PACK_FILES.advice,
              `${id}.${form}.${lang}`,
              `advice "${id}" naming ${worst.hospital} is ${over}: shorten "${worst.text}"`,
            ),
          );
      }
    }
  }
  return findings;
}

function fillAdvice(
  pack: ContentPack,
  ctx: LineContext,
  id: (typeof ADVICE_IDS)[number],
  form: 'ussd' | 'sms',
  lang: Lang,
  hospital: ContentPack['referralHospitals'][number],
  line: ContentPack['hotlines'][number],
): string {
  return fillTemplate(pack.advice[id][form][lang], {
    hospital: hospitalWithPhone(ctx, hospital, lang),
    emergency: emergencySlot(ctx, lang, hospital.kabCode),
    line: hotlineWithNumber(line, lang),
  });
}

/** Every kab/kota has the referral hospital the line names for it within {@link REFERRAL_REACH_KM}. */
function checkHospitalReach(pack: ContentPack, ctx: LineContext): Finding[] {
  const findings: Finding[] = [];
  pack.regions.kabKota.forEach((kab, i) => {
    const place = ctx.places.byCode('kabkota', kab.code);
    if (!place) return;
    const answer = hospitalAnswer(ctx, place);
    const told = answer.kind === 'in-area' ? answer.hospitals : [answer.nearest.hospital];
    const closest = told.map((h) => ({ h, km: distanceKm(kab, h) })).reduce((a, b) => (b.km < a.km ? b : a));
    if (closest.km > REFERRAL_REACH_KM)
      findings.push(
        finding(
          'warning',
          'hospital-reach',
          PACK_FILES.regions,
          `kabKota[${i}]`,
          `${kab.label} (${kab.code}): the nearest referral hospital the line names, ${closest.h.name}, is ` +
            `${Math.round(closest.km)} km away (more than ${REFERRAL_REACH_KM} km): add one nearer to referral-hospitals.json`,
        ),
      );
  });
  return findings;
}
