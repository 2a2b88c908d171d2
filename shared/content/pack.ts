import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdviceSchema, type AdviceTable } from './advice.js';
import { FaqPackSchema, type FaqTopic } from './faq.js';
import { type HolidayTable, parseHolidayTable } from './holidays.js';
import { parseReferralHospitals, type ReferralHospital } from './hospitals.js';
import { type Hotline, HotlinePackSchema } from './hotlines.js';
import { LexiconSchema, type PlaceLexicon } from './lexicon.js';
import { ContentError, deepFreeze, parseContentFile } from './load.js';
import { type Messages, MessagesSchema } from './messages.js';
import { type Province, ProvinceSchema, withinProvince } from './province.js';
import { type PlaceAliases, parsePlaceAliases, parseRegions, type Regions } from './regions.js';

/**
 * A content pack: every fact and every sentence the line tells, for one province, as data validated
 * when loaded. East Java is one pack (`shared/content/data/`); a fixture pack of a made-up province
 * (`test/fixtures/pack/`) serves the logic tests, so editing the real content never breaks them.
 */
export interface ContentPack {
  province: Province;
  messages: Messages;
  advice: AdviceTable;
  faq: readonly FaqTopic[];
  hotlines: readonly Hotline[];
  holidays: HolidayTable;
  regions: Regions;
  aliases: PlaceAliases;
  lexicon: PlaceLexicon;
  referralHospitals: readonly ReferralHospital[];
}

/** The files of a pack, by the part of the pack each holds. */
export const PACK_FILES = {
  province: 'province.json',
  messages: 'messages.json',
  advice: 'advice.json',
  faq: 'faq.json',
  hotlines: 'hotlines.json',
  holidays: 'holidays.json',
  regions: 'regions.json',
  aliases: 'place-aliases.json',
  lexicon: 'lexicon.json',
  referralHospitals: 'referral-hospitals.json',
} as const;

/** Each file's parsed JSON, before validation. */
export type RawPack = Readonly<Record<keyof typeof PACK_FILES, unknown>>;

/** What one file says about another: each problem names both. */
function crossCheck(pack: ContentPack, dir: string): string[] {
  const { province, regions } = pack;
  const problems: string[] = [];
  const prefix = `${province.codePrefix}.`;
  const at = (file: keyof typeof PACK_FILES) => join(dir, PACK_FILES[file]);
  for (const region of [...regions.kabKota, ...regions.kecamatan, ...regions.desa]) {
    if (!region.code.startsWith(prefix))
      problems.push(`${at('regions')}: ${region.code} is not in province ${province.codePrefix}`);
    if (!withinProvince(province, region))
      problems.push(`${at('regions')}: ${region.code} lies outside the province's bounds`);
  }
  for (const h of pack.referralHospitals) {
    if (!regions.kabByCode(h.kabCode))
      problems.push(`${at('referralHospitals')}: ${h.code} names no kab/kota of the pack (${h.kabCode})`);
    if (!withinProvince(province, h))
      problems.push(`${at('referralHospitals')}: ${h.code} lies outside the province's bounds`);
  }
  for (const h of pack.hotlines) {
    if (h.area !== null && !regions.kabByCode(h.area))
      problems.push(`${at('hotlines')}: ${h.id} serves no kab/kota of the pack (${h.area})`);
  }
  // Each name as its words between spaces, so a phrase is found only as whole words.
  const spaced = [...regions.kabKota, ...regions.kecamatan, ...regions.desa].map(
    (r) => ` ${r.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `,
  );
  const names = new Set(spaced.flatMap((n) => n.trim().split(' ')));
  const { placeFillerWords, facilityWords, addressWords, numberWords } = pack.lexicon;
  for (const word of [...placeFillerWords, ...facilityWords, ...addressWords, ...numberWords]) {
    const inName = word.includes(' ') ? spaced.some((n) => n.includes(` ${word} `)) : names.has(word);
    if (inName) problems.push(`${at('lexicon')}: "${word}" is part of a region's name and cannot be dropped`);
  }
  // Replies that need a number to call must always have one, whoever asks and whenever.
  for (const role of ['emergency', 'advice'] as const) {
    const always = pack.hotlines.some(
      (h) => h.area === null && h.roles.includes(role) && h.schedule.kind === 'always',
    );
    if (!always) problems.push(`${at('hotlines')}: no province-wide ${role} line open around the clock`);
  }
  return problems;
}

/**
 * Validates every file of a pack and how they fit together, then freezes it.
 *
 * @param dir where the files came from, for the messages an editor reads.
 * @throws ContentError naming each file and field that is wrong, and why.
 */
export function parseContentPack(raw: RawPack, dir: string): ContentPack {
  const at = (file: keyof typeof PACK_FILES) => join(dir, PACK_FILES[file]);
  const regions = parseRegions(raw.regions, at('regions'));
  const pack: ContentPack = {
    province: parseContentFile(at('province'), ProvinceSchema, raw.province),
    messages: parseContentFile(at('messages'), MessagesSchema, raw.messages),
    advice: parseContentFile(at('advice'), AdviceSchema, raw.advice),
    faq: parseContentFile(at('faq'), FaqPackSchema, raw.faq),
    hotlines: parseContentFile(at('hotlines'), HotlinePackSchema, raw.hotlines),
    holidays: parseHolidayTable(raw.holidays, at('holidays')),
    regions,
    aliases: parsePlaceAliases(raw.aliases, regions, at('aliases')),
    lexicon: parseContentFile(at('lexicon'), LexiconSchema, raw.lexicon),
    referralHospitals: parseReferralHospitals(raw.referralHospitals, at('referralHospitals')),
  };
  const problems = crossCheck(pack, dir);
  if (problems.length > 0) throw new ContentError(problems.slice(0, 20).join('\n'));
  return deepFreeze(pack);
}

/** Reads the raw files of a pack folder; a missing or unreadable file is named. */
export function readRawPack(dir: string): RawPack {
  const read = (file: string): unknown => {
    const path = join(dir, file);
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ContentError(`${path}: ${(error as Error).message}`);
    }
  };
  return Object.fromEntries(Object.entries(PACK_FILES).map(([part, file]) => [part, read(file)])) as Record<
    keyof typeof PACK_FILES,
    unknown
  >;
}

/** Loads and validates the pack in a folder (a fixture province, or a copy being edited). */
export function loadContentPackFromDir(dir: string): ContentPack {
  return parseContentPack(readRawPack(dir), dir);
}
