import SearchableMap from 'minisearch/SearchableMap';
import type { PlaceLevelWord, PlaceLexicon } from '../content/lexicon.js';
import type { KabKota, PlaceAliases, Regions } from '../content/regions.js';

/**
 * The place resolver: turns what a caller types ("sempu banyuwangi", "kec. genteng", "surbaya", "mlg",
 * "puskesmas kalibaru", "jl. ahmad yani 12 surabaya") into a kab/kota, kecamatan or desa, or a short
 * list to choose from. Pure: the indexes are built once from the content pack and every lookup is in
 * memory.
 */

export type PlaceLevel = 'kabkota' | 'kecamatan' | 'desa';

/** A region the line can answer for, with the point distances are measured from. */
export interface Place {
  readonly level: PlaceLevel;
  readonly code: string;
  readonly name: string;
  /** What a menu line or an SMS calls it: GSM-7, at most {@link PLACE_LABEL_MAX} characters. */
  readonly label: string;
  readonly kabCode: string;
  readonly lat: number;
  readonly lon: number;
}

export type PlaceResolution =
  | {
      readonly kind: 'found';
      readonly place: Place;
      /**
       * Other places of the same name that `place` was preferred to (a desa of that name in another
       * kabupaten, below the kecamatan found), best first, at most {@link MAX_ALTERNATIVES}; absent
       * when there are none. A reply can offer them in a line.
       */
      readonly alternatives?: readonly Place[];
    }
  | {
      readonly kind: 'ambiguous';
      /** Best first: kab/kota, then kecamatan, then desa; at most {@link MAX_CANDIDATES}. */
      readonly candidates: readonly Place[];
      /** How many places there were before the list was cut: a reply can ask for more words. */
      readonly total: number;
    }
  | { readonly kind: 'not-found' };

export interface PlaceResolver {
  /** Resolves free text; never throws. */
  resolve(query: string): PlaceResolution;
  /** A kab/kota by its code (`35.10`). */
  kabKota(code: string): Place | undefined;
  /** The 38 kab/kota in code order, for a pick list. */
  kabKotaList(): readonly Place[];
  /** Any place by level and code: how a USSD path names a place between hops. */
  byCode(level: PlaceLevel, code: string): Place | undefined;
}

/** A pick list longer than this does not fit a USSD screen; the caller should type more instead. */
export const MAX_CANDIDATES = 6;
/** A found place's alternatives fit one line of a reply. */
export const MAX_ALTERNATIVES = 3;
export const PLACE_LABEL_MAX = 40;

type Preference = PlaceLevelWord;

/** Longer queries are not place names; the cap also bounds the work per query. */
const MAX_TOKENS = 8;
/**
 * Level words do not add readings the way name words do, so they have a cap of their own: a full
 * address ("desa X kecamatan Y kabupaten Z") must not push its last name past {@link MAX_TOKENS}.
 */
const MAX_LEVEL_TOKENS = 8;
/**
 * A facility's or street's name is read only from its end: a place written straight after it
 * ("jl. mawar genteng wetan banyuwangi") is at most this many words, and earlier ones are dropped.
 */
const MAX_NAMED_TAIL = 4;
/** Words read after facility and address words, apart from {@link MAX_TOKENS}: three such names. */
const MAX_NAMED_TOKENS = 3 * MAX_NAMED_TAIL;
/** A query names a place and at most two of its parents (desa, kecamatan, kab/kota). */
const MAX_PARTS = 3;

/** Cost of a reading that ignored its level word (`kec kemiren`: Kemiren is only a desa). */
const PREFERENCE_MISSED = 0.2;
/**
 * Cost of a reading at the level the word said but of the other kind: "kel." is written for a desa
 * and "kota" for a kabupaten's town (`kota banyuwangi`: there is no Kota Banyuwangi).
 */
const PREFERENCE_NEAR = 0.15;
const NEAR_LEVEL: Readonly<Partial<Record<Preference, PlaceLevel>>> = {
  kabupaten: 'kabkota',
  kota: 'kabkota',
  kelurahan: 'desa',
};
/** Cost of reading a level word as part of the name (`kota sumenep` is also a kecamatan). */
const LEVEL_WORD_AS_NAME = 0.1;
/** Cost of matching the 2020 spelling rather than the current one. */
const OLD_SPELLING = 0.5;
/** Each extra part costs a little, so a whole-name match wins a tie with a split reading. */
const PART_COST = 0.01;
/** Place-then-parent is how people write; parent-then-place is accepted but loses a tie. */
const REVERSED_COST = 0.05;
/**
 * Cost of dropping a word after a facility or address word as that facility's or street's own name.
 * More than a level word or a split costs, so "rs sempu pacitan" stays Ds. Sempu rather than Kab.
 * Pacitan; well under a typo, so "jl. ahmad yani surabaya" drops "ahmad yani" rather than guess a place
 * one letter off.
 */
const NAME_DROPPED = 0.3;

/**
 * Cost of reading a word as no part of the place, which only a second reading does, when the first
 * finds nothing or only a guess: "sy dr sempu", "aku neng muncar mas", "sby timur", "balai desa
 * kembiritan". More than a typo costs, so a misspelt name is still read as that name rather than dropped.
 */
const WORD_SKIPPED = 1.5;
/**
 * Skipping a word costs this much more for each part before it: of two places that do not lie one in
 * the other ("asli probolinggo tapi skrg di jember"), the later is where the sender is.
 */
const LATER_PART = 0.01;
/** The shortest word read as the first part of a longer name. */
const PREFIX_MIN_LENGTH = 7;
/** The most words read from the end of a query when nothing else is found ({@link tailReading}). */
const MAX_TAIL_WORDS = 2;
/** Skipping a word after a present word ("skrg", "posisi") costs this much more: that place is meant. */
const PRESENT_SKIPPED = 0.5;
/** A first reading that guessed this far guessed a name a letter off: a second reading may do better. */
const GUESSED = 1;
/** The second reading tries at most this many ways of skipping words, the cheapest first. */
const MAX_SKIP_VARIANTS = 256;
/**
 * The most a second reading may cost: two skipped words and a name as written, or one skipped word and
 * a name one letter off. Past that, a message with no place in it would be read as whatever place one
 * of its words is a letter or two away from ("telung dino" and Kec. Tekung, "kampung antah" and Ds.
 * Kampunganyar).
 */
const MAX_SKIPPING_COST = 3.1;

/**
 * Typo tolerance grows with length: short names are too close to each other to guess ("solo" is one
 * letter from Kec. Silo, "pare" from a dozen desa).
 */
function maxEditDistance(keyLength: number): number {
  if (keyLength < 5) return 0;
  return keyLength < 8 ? 1 : 2;
}

/**
 * People rarely mistype the first letter of a place, and a name one letter off at its start is more
 * often another place altogether ("semarang" and Kec. Gemarang, "lombok" and Ds. Jombok): a guessed
 * name must begin as the typed word does.
 */
function sameStart(typed: string, name: string): boolean {
  return typed[0] === name[0];
}

/** The key with two neighbouring letters after the first swapped, each way once. */
function transpositions(key: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < key.length - 1; i += 1) {
    if (key[i] === key[i + 1]) continue;
    out.push(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
  }
  return out;
}

/**
 * A kab/kota written as some of its consonants, as texts shorten names ("pnrg", "jmbr", "kdr"): the
 * first letter and then others in order. Costs like a typo at half the price; an alias written the
 * same way wins.
 */
const CONSONANTS_ONLY = /^[b-df-hj-np-tv-z]{3,}$/;
const SKELETON_COST = 0.5;

function isSkeletonOf(typed: string, skeleton: string): boolean {
  if (!sameStart(typed, skeleton) || typed.length > skeleton.length) return false;
  let at = 0;
  for (const letter of skeleton) if (letter === typed[at]) at += 1;
  return at === typed.length;
}

/**
 * A compound name with its first part cut to a letter ("t.agung", "s.bondo"): a kab/kota or
 * kecamatan that begins with the letter and ends with the rest, at least this long.
 */
const INITIALLED_MIN_REST = 4;
const INITIALLED_COST = 0.5;

/**
 * There are 8,494 desa names against 704 above them: a short word one letter off some desa is more
 * often not a place at all ("bali" is one letter from Ds. Bagi), so desa need a longer word to guess.
 */
const DESA_FUZZY_MIN_LENGTH = 6;

const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = { kabkota: 0, kecamatan: 1, desa: 2 };

interface Entry {
  readonly place: Place;
  readonly kind: KabKota['kind'] | 'kecamatan' | 'desa' | 'kelurahan';
  /** For a desa, its kecamatan. */
  readonly kecCode?: string;
}

interface Hit {
  readonly entry: Entry;
  readonly distance: number;
}

interface IndexedName {
  readonly entry: Entry;
  readonly old: boolean;
}

/** What a facility word or an address word says about the words straight after it. */
type NamedBy = 'facility' | 'address';

/** One part of a query: the words of a name and the level it was said to be. */
interface Part {
  readonly levelWords: readonly string[];
  readonly nameWords: readonly string[];
  /** A level word after the name ("malang kota"). */
  readonly trailing?: Preference;
  /** The part follows a facility or address word: its first name words may be that one's own name. */
  readonly namedBy?: NamedBy;
  /** How many of its first name words must be dropped: a street's name is never the place. */
  readonly mustDrop?: number;
  /** The part follows a present word ("skrg di sempu"): where the sender is now. */
  readonly present?: boolean;
  /** A comma stands before or after the part: the caller set it apart ("makam bung karno, blitar"). */
  readonly separated?: boolean;
}

/**
 * Spaces, dashes and apostrophes vary between sources and typists ("Karangploso" / "Karang Ploso",
 * "Ra'as"): names are compared with only their letters and digits. No name has a letter three times
 * running, and nobody means one that way ("malanggg"): such a run counts once.
 */
/**
 * A name in the spelling before 1972 written in today's ("soerabaja", "djember", "madioen",
 * "banjoewangi"): `oe` is `u`, `dj` is `j`, `tj` is `c`, `sj` is `sy`, and then `j` is `y`. Only for a
 * key with one of those old letter pairs: "jember" stays as it is. Undefined when there is none.
 */
/** The parts of a city people name by compass point ("tangerang selatan", "jakarta utara"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['utara', 'selatan', 'barat', 'timur', 'tengah', 'pusat']);

function modernSpelling(key: string): string | undefined {
  if (!/oe|dj|tj|sj/.test(key)) return undefined;
  return key
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'J')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/j/g, 'y')
    .replace(/J/g, 'j');
}

function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/([a-z])\1{2,}/g, '$1');
}

/** Where a facility or address word stood: the words after it may be its own name. */
interface NamedMark {
  readonly namedBy: NamedBy;
}
const FACILITY: NamedMark = { namedBy: 'facility' };
const ADDRESS: NamedMark = { namedBy: 'address' };

/** Where a place outside the province was named, a present word stood, or the caller put a comma. */
interface Mark {
  readonly mark: 'outside' | 'present' | 'comma';
}
const OUTSIDE: Mark = { mark: 'outside' };
const PRESENT: Mark = { mark: 'present' };
const COMMA: Mark = { mark: 'comma' };

/** The pack's place words, ready to match. */
interface CompiledLexicon {
  /** Filler and number words: dropped, and a break between parts. */
  readonly dropped: ReadonlySet<string>;
  readonly named: ReadonlyMap<string, NamedMark>;
  readonly levels: ReadonlyMap<string, Preference>;
  /** Level words that are in no region's name, so one after a name always begins another part. */
  readonly partStarts: ReadonlySet<string>;
  /** Multi-word phrases, each replaced by a marker before the text is split into words. */
  readonly phrases: readonly { readonly pattern: RegExp; readonly marker: string }[];
  /** Words before where the sender is now. */
  readonly present: ReadonlySet<string>;
  /** A level word and a name written as one word, split; undefined for any other word. */
  readonly joined: (word: string) => [string, string] | undefined;
}

/**
 * Stand-ins for a phrase, chosen outside the letters and digits words are made of; the named ones are
 * cleared from what the caller typed first.
 */
const BREAK_MARK = ',';
const NAMED_MARKS: Readonly<Record<NamedBy, string>> = { facility: '@', address: '#' };
const OUTSIDE_MARK = '!';

function compileLexicon(lexicon: PlaceLexicon, nameWords: ReadonlySet<string>): CompiledLexicon {
  const dropped = new Set(lexicon.placeFillerWords);
  const named = new Map<string, NamedMark>();
  const phrases: { pattern: RegExp; marker: string }[] = [];
  const phrase = (p: string, marker: string) =>
    phrases.push({
      pattern: new RegExp(`\\b${p.split(' ').join('[\\s-]*')}\\b`, 'g'),
      marker: ` ${marker} `,
    });
  for (const p of lexicon.placeSeparatorPhrases) phrase(p, BREAK_MARK);
  // Longest first, so "jakarta selatan" is one outside place rather than "jakarta" and a word left over.
  const outside = [...(lexicon.outsidePlaceWords ?? [])].sort((a, b) => b.length - a.length);
  for (const p of outside) phrase(p, OUTSIDE_MARK);
  for (const [list, marker, add] of [
    [lexicon.numberWords, BREAK_MARK, (w: string) => dropped.add(w)],
    [lexicon.facilityWords, NAMED_MARKS.facility, (w: string) => named.set(w, FACILITY)],
    [lexicon.landmarkWords ?? [], BREAK_MARK, (w: string) => dropped.add(w)],
    [lexicon.addressWords, NAMED_MARKS.address, (w: string) => named.set(w, ADDRESS)],
  ] as const) {
    for (const w of list) {
      if (w.includes(' ')) phrase(w, marker);
      else add(w);
    }
  }
  const levels = new Map(Object.entries(lexicon.levelWords));
  const partStarts = new Set([...levels.keys()].filter((w) => !nameWords.has(w)));
  // Longest first: "kabupatenjember" is "kabupaten jember", not "kab" and "upatenjember".
  const levelPrefixes = [...levels.keys()].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);
  /**
   * A level word written onto a name ("kotabatu", "kecgenteng"): split when the rest is a word of a
   * region's name and the whole is not one ("kotaanyar" is a kecamatan).
   */
  const joined = (word: string): [string, string] | undefined => {
    if (nameWords.has(word) || levels.has(word)) return undefined;
    const level = levelPrefixes.find((w) => word.startsWith(w) && nameWords.has(word.slice(w.length)));
    return level ? [level, word.slice(level.length)] : undefined;
  };
  return {
    dropped,
    named,
    levels,
    partStarts,
    phrases,
    present: new Set(lexicon.presentPlaceWords ?? []),
    joined,
  };
}

/**
 * A word, a break between parts (`null`), where a facility or address word stood, or a {@link Mark}.
 */
type Token = string | null | NamedMark | Mark;

/**
 * The words of a query, with `null` where the caller separated parts (a comma, a filler word, a
 * number) and a {@link NamedMark} where a facility or address word stood.
 */
function words(query: string, lexicon: CompiledLexicon): Token[] {
  let text = query
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[@#!]/g, ' ');
  for (const { pattern, marker } of lexicon.phrases) text = text.replace(pattern, marker);
  const out: Token[] = [];
  for (const chunk of text.split(/[,;/|*\n+&]/)) {
    out.push(out.length === 0 ? null : COMMA);
    for (const word of chunk.match(/[a-z0-9]+|[@#!]/g) ?? []) {
      if (word === NAMED_MARKS.facility) out.push(FACILITY);
      else if (word === NAMED_MARKS.address) out.push(ADDRESS);
      else if (word === OUTSIDE_MARK) out.push(OUTSIDE);
      else if (lexicon.present.has(word)) out.push(PRESENT);
      else if (lexicon.dropped.has(word)) out.push(null);
      // A name said twice written with a 2 ("guluk2" is Guluk-Guluk).
      else if (/^[a-z]{3,}2$/.test(word)) out.push(word.slice(0, -1), word.slice(0, -1));
      // House numbers, RT/RW and postcodes ("no12", "rt03"): no region's name has a digit.
      else if (/\d/.test(word) || lexicon.dropped.has(word)) out.push(null);
      else out.push(...(lexicon.joined(word) ?? [lexicon.named.get(word) ?? word]));
    }
  }
  return out;
}

interface MutablePart {
  levelWords: string[];
  nameWords: string[];
  trailing?: Preference;
  namedBy?: NamedBy;
  mustDrop?: number;
  present?: boolean;
  separated?: boolean;
}

/**
 * Splits at separators and before a level word that follows a name ("genteng kab banyuwangi"). "Kota"
 * is also part of names ("Kota Sumenep", "Barurambat Kota"), so it only marks a place to try a cut.
 */
function segments(query: string, lexicon: CompiledLexicon): Part[] {
  const parts: MutablePart[] = [];
  let current: MutablePart | undefined;
  let namedBy: NamedBy | undefined;
  let present = false;
  /** Just after a place outside the province: a level or compass word there is its own ("jogja kota"). */
  let outside = false;
  let afterComma = false;
  for (const token of words(query, lexicon)) {
    if (token === OUTSIDE) {
      // "bandung jawa barat", "kota sukabumi, jabar": the name written straight before is outside the
      // province too.
      if ((current && parts.at(-1) === current) || (afterComma && parts.at(-1)?.separated)) parts.pop();
      // "asal jember tapi skrg di bali": where the sender is now is outside the province.
      if (present) return [];
      afterComma = false;
      current = undefined;
      namedBy = undefined;
      outside = true;
      continue;
    }
    const ownLevel =
      outside && typeof token === 'string' && (lexicon.levels.has(token) || COMPASS_WORDS.has(token));
    outside = false;
    if (ownLevel) continue;
    if (token === COMMA) {
      const before = parts.at(-1);
      if (before) before.separated = true;
      current = undefined;
      namedBy = undefined;
      afterComma = true;
      continue;
    }
    if (token === PRESENT) {
      current = undefined;
      namedBy = undefined;
      present = true;
      continue;
    }
    // Only a comma straight before a place outside makes the part before it outside too.
    if (token === null) afterComma = false;
    if (typeof token !== 'string') {
      current = undefined;
      namedBy = token !== null && 'namedBy' in token ? token.namedBy : undefined;
      continue;
    }
    const level = lexicon.levels.get(token);
    const startsPart = lexicon.partStarts.has(token);
    if (!current || (startsPart && current.nameWords.length > 0)) {
      current = { levelWords: [], nameWords: [] };
      // Only the words straight after a facility or address word can be its name.
      if (namedBy) {
        current.namedBy = namedBy;
        current.mustDrop = namedBy === 'address' ? 1 : 0;
      }
      namedBy = undefined;
      if (present) current.present = true;
      present = false;
      if (afterComma) current.separated = true;
      afterComma = false;
      parts.push(current);
    }
    if (level && current.nameWords.length === 0) current.levelWords.push(token);
    else current.nameWords.push(token);
  }
  return capped(merged(trimmed(parts), lexicon));
}

/** Keeps the end of a facility's or street's name, where a place written after it would be. */
function trimmed(parts: MutablePart[]): MutablePart[] {
  for (const part of parts) {
    const extra = part.namedBy ? part.nameWords.length - MAX_NAMED_TAIL : 0;
    if (extra > 0) {
      part.nameWords = part.nameWords.slice(extra);
      part.levelWords = [];
      part.mustDrop = Math.max(0, (part.mustDrop ?? 0) - extra);
    }
  }
  return parts;
}

/**
 * A part that is only level words qualifies the part before it ("malang, kota"). Else it is a name when
 * it can be one ("kota, kota kediri": Kec. Kota), or qualifies the part after it ("desa/kel: sempu"), so
 * that it never stops a match.
 */
function merged(parts: readonly MutablePart[], lexicon: CompiledLexicon): MutablePart[] {
  const out: MutablePart[] = [];
  let leading: string[] = [];
  for (const part of parts) {
    if (part.nameWords.length > 0) {
      if (leading.length > 0 && part.levelWords.length === 0) part.levelWords = leading;
      leading = [];
      out.push(part);
      continue;
    }
    const previous = out.at(-1);
    const trailing = lexicon.levels.get(part.levelWords.at(-1) ?? '');
    if (previous && trailing && previous.trailing === undefined && leading.length === 0) {
      previous.trailing = trailing;
    } else if (part.levelWords.some((w) => !lexicon.partStarts.has(w))) {
      out.push(part);
    } else {
      leading = part.levelWords;
    }
  }
  return out;
}

/**
 * Stops after {@link MAX_TOKENS} name words and {@link MAX_LEVEL_TOKENS} level words. Words after a
 * facility or address word have a budget of their own ({@link MAX_NAMED_TOKENS}), so a long address
 * does not use up the words of the place written after it; past that budget such parts are left out.
 */
function capped(parts: readonly MutablePart[]): Part[] {
  const out: Part[] = [];
  let names = 0;
  let named = 0;
  let levels = 0;
  for (const part of parts) {
    const levelWords = part.levelWords.slice(0, Math.max(0, MAX_LEVEL_TOKENS - levels));
    levels += levelWords.length;
    if (part.namedBy) {
      if (named + part.nameWords.length > MAX_NAMED_TOKENS) continue;
      named += part.nameWords.length;
      out.push({ ...part, levelWords });
      continue;
    }
    const nameWords = part.nameWords.slice(0, Math.max(0, MAX_TOKENS - names));
    names += nameWords.length;
    if (nameWords.length < part.nameWords.length && nameWords.length === 0) break;
    out.push({ ...part, levelWords, nameWords });
  }
  return out;
}

interface Variant {
  readonly parts: Part[];
  readonly cost: number;
}

/**
 * The ways to read one part with some of its words taken as no part of the place, each costing
 * {@link WORD_SKIPPED} (more in a later part, and after a present word): a skipped word separates the
 * words either side of it, and skipping every word drops the part. A street's words are never
 * skipped: its name is dropped as {@link namesDropped} says, and what follows it read as a place.
 */
function skipsOf(part: Part, index: number): Variant[] {
  const { nameWords } = part;
  const each = WORD_SKIPPED + LATER_PART * index + (part.present ? PRESENT_SKIPPED : 0);
  if (part.namedBy === 'address') return [{ parts: [part], cost: 0 }];
  if (nameWords.length === 0) {
    return [
      { parts: [part], cost: 0 },
      { parts: [], cost: each * part.levelWords.length },
    ];
  }
  const variants: Variant[] = [];
  for (let mask = 0; mask < 1 << nameWords.length; mask += 1) {
    const pieces: Part[] = [];
    let run: string[] = [];
    let skipped = 0;
    const close = (startsPart: boolean, endsPart: boolean) => {
      if (run.length === 0) return;
      const first = pieces.length === 0;
      pieces.push({
        levelWords: first ? part.levelWords : [],
        nameWords: run,
        ...(endsPart && part.trailing ? { trailing: part.trailing } : {}),
        ...(startsPart && part.namedBy ? { namedBy: part.namedBy, mustDrop: part.mustDrop ?? 0 } : {}),
        ...(part.present ? { present: true } : {}),
      });
      run = [];
    };
    let runStart = 0;
    nameWords.forEach((word, i) => {
      if (mask & (1 << i)) {
        close(runStart === 0, false);
        // A word said twice ("alun alun", "kampung kampung") is skipped as one.
        const repeated = i > 0 && mask & (1 << (i - 1)) && nameWords[i - 1] === word;
        if (!repeated) skipped += 1;
        runStart = i + 1;
      } else {
        run.push(word);
      }
    });
    close(runStart === 0, true);
    // A whole part set apart by a comma ("makam bung karno, blitar") is skipped as one word.
    const whole = pieces.length === 0 && part.separated;
    variants.push({ parts: pieces, cost: (whole ? Math.min(skipped, 1) : skipped) * each });
  }
  return variants;
}

/**
 * Every way of skipping words in the parts ({@link skipsOf}) that leaves a place of at most
 * {@link MAX_PARTS} parts, cheapest first, at most {@link MAX_SKIP_VARIANTS}.
 */
function withWordsSkipped(parts: readonly Part[]): Variant[] {
  let results: Variant[] = [{ parts: [], cost: 0 }];
  parts.forEach((part, index) => {
    const next = new Map<string, Variant>();
    for (const result of results) {
      for (const variant of skipsOf(part, index)) {
        const combined = { parts: [...result.parts, ...variant.parts], cost: result.cost + variant.cost };
        if (combined.parts.length > MAX_PARTS) continue;
        const key = JSON.stringify(combined.parts);
        const seen = next.get(key);
        if (!seen || combined.cost < seen.cost) next.set(key, combined);
      }
    }
    results = [...next.values()].sort((a, b) => a.cost - b.cost).slice(0, MAX_SKIP_VARIANTS);
  });
  return results.filter((r) => r.parts.length > 0);
}

/**
 * The ways to read the parts with a facility's or street's own name dropped: none, or the first one,
 * two... words after the facility or address word (a street's at least one), each dropped word
 * costing {@link NAME_DROPPED}. Parts past the first {@link MAX_PARTS} kept ones are not read.
 */
function withNamesDropped(parts: readonly Part[], levels: ReadonlyMap<string, Preference>): Variant[] {
  let results: { parts: Part[]; cost: number }[] = [{ parts: [], cost: 0 }];
  for (const part of parts) {
    // Dropping different words can leave the same parts ("rs a, rs b, sempu"): each is read once.
    const next = new Map<string, { parts: Part[]; cost: number }>();
    const keep = (result: { parts: Part[]; cost: number }) => {
      const key = JSON.stringify(result.parts);
      const seen = next.get(key);
      if (!seen || result.cost < seen.cost) next.set(key, result);
    };
    for (const result of results) {
      if (result.parts.length >= MAX_PARTS) {
        keep(result);
        continue;
      }
      for (const variant of namesDropped(part, levels)) {
        keep({
          parts: variant.part ? [...result.parts, variant.part] : result.parts,
          cost: result.cost + variant.cost,
        });
      }
    }
    results = [...next.values()];
  }
  return results.filter((r) => r.parts.length > 0);
}

function namesDropped(part: Part, levels: ReadonlyMap<string, Preference>): { part?: Part; cost: number }[] {
  const { namedBy: _namedBy, mustDrop = 0, ...plain } = part;
  if (!part.namedBy) return [{ part, cost: 0 }];
  const variants: { part?: Part; cost: number }[] = [];
  for (let drop = mustDrop; drop <= part.nameWords.length; drop += 1) {
    const cost = drop * NAME_DROPPED;
    if (drop === 0) {
      variants.push({ part: plain, cost });
      continue;
    }
    const rest = part.nameWords.slice(drop);
    let lead = 0;
    while (lead < rest.length && levels.has(rest[lead] ?? '')) lead += 1;
    // A level word left on its own names nothing ("jl. ahmad yani kota").
    const kept =
      lead < rest.length
        ? {
            levelWords: rest.slice(0, lead),
            nameWords: rest.slice(lead),
            ...(part.trailing ? { trailing: part.trailing } : {}),
            ...(part.present ? { present: true } : {}),
          }
        : undefined;
    variants.push(kept ? { part: kept, cost } : { cost });
  }
  return variants;
}

/**
 * The ways to read one part as a place and up to two parents ("sempu banyuwangi"): no cut, one or
 * two. A level word at the start of a later piece qualifies it ("genteng kota surabaya"), or the piece
 * before it when nothing follows ("malang kota").
 */
function cutsOf(part: Part, levels: ReadonlyMap<string, Preference>): Part[][] {
  const names = part.nameWords;
  const cutLists: number[][] = [[]];
  for (let i = 1; i < names.length; i += 1) {
    cutLists.push([i]);
    for (let j = i + 1; j < names.length; j += 1) cutLists.push([i, j]);
  }
  const readings: Part[][] = [];
  for (const cuts of cutLists) {
    const bounds = [0, ...cuts, names.length];
    const pieces: Part[] = [];
    let usable = true;
    for (let k = 0; k + 1 < bounds.length && usable; k += 1) {
      const slice = names.slice(bounds[k], bounds[k + 1]);
      if (k === 0) {
        pieces.push({ levelWords: part.levelWords, nameWords: slice });
        continue;
      }
      let lead = 0;
      while (lead < slice.length && levels.has(slice[lead] ?? '')) lead += 1;
      const previous = pieces.at(-1);
      if (lead === slice.length && previous) {
        const trailing = levels.get(slice.at(-1) ?? '');
        usable = previous.trailing === undefined;
        pieces[pieces.length - 1] = { ...previous, ...(trailing ? { trailing } : {}) };
      } else {
        pieces.push({ levelWords: slice.slice(0, lead), nameWords: slice.slice(lead) });
      }
    }
    const last = pieces.at(-1);
    if (part.trailing && last) {
      if (last.trailing !== undefined) usable = false;
      pieces[pieces.length - 1] = { ...last, trailing: part.trailing };
    }
    if (usable) readings.push(pieces);
  }
  return readings;
}

/** Every way to cut the parts into at most {@link MAX_PARTS}, keeping the caller's own separations. */
function partitions(parts: readonly Part[], levels: ReadonlyMap<string, Preference>): Part[][] {
  let results: Part[][] = [[]];
  for (const part of parts.slice(0, MAX_PARTS)) {
    const next: Part[][] = [];
    for (const prefix of results) {
      for (const pieces of cutsOf(part, levels)) {
        if (prefix.length + pieces.length <= MAX_PARTS) next.push([...prefix, ...pieces]);
      }
    }
    results = next;
  }
  return results.filter((p) => p.length > 0);
}

function satisfies(entry: Entry, preference: Preference): boolean {
  switch (preference) {
    case 'kabupaten':
    case 'kota':
    case 'kelurahan':
      return entry.kind === preference;
    case 'kecamatan':
      return entry.place.level === 'kecamatan';
    case 'desa':
      return entry.place.level === 'desa';
  }
}

/** True when `inner` lies inside `outer` (a kecamatan or desa in a kab/kota, a desa in a kecamatan). */
function contains(outer: Entry, inner: Entry): boolean {
  switch (outer.place.level) {
    case 'kabkota':
      return inner.place.level !== 'kabkota' && inner.place.kabCode === outer.place.code;
    case 'kecamatan':
      return inner.kecCode === outer.place.code;
    case 'desa':
      return false;
  }
}

/**
 * True when `inner` adds nothing to a list that has `outer`: it lies inside the kab/kota, or is a
 * desa in the same kab/kota as the kecamatan, whose nearest hospital is much the same.
 */
function covers(outer: Entry, inner: Entry): boolean {
  switch (outer.place.level) {
    case 'kabkota':
      return inner.place.level !== 'kabkota' && inner.place.kabCode === outer.place.code;
    case 'kecamatan':
      return inner.place.level === 'desa' && inner.place.kabCode === outer.place.kabCode;
    case 'desa':
      return false;
  }
}

/**
 * True when each parent part names a different region that holds `entry`: in "ploso pacitan pacitan"
 * one "pacitan" must be the kecamatan and the other the kabupaten, which rules out the Ploso that is
 * only in the kabupaten.
 */
function insideParents(entry: Entry, parentSets: readonly (readonly Entry[])[]): boolean {
  // A kab/kota named with a group it belongs to ("sumenep madura": Madura is four kabupaten) is in it.
  const member = (set: readonly Entry[], outer: Entry) =>
    set.length > 1 && outer === entry && entry.place.level === 'kabkota';
  const holders = parentSets.map((set) =>
    set.filter((outer) => contains(outer, entry) || member(set, outer)),
  );
  if (holders.some((h) => h.length === 0)) return false;
  const [first, second] = holders;
  if (holders.length !== 2 || !first || !second) return true;
  // "kalianget sumenep madura": a kab/kota and the group it belongs to hold it together.
  const group = (set: readonly Entry[]) => set.length > 1 && set.every((e) => e.place.level === 'kabkota');
  if (parentSets.some(group)) return true;
  return first.some((a) => second.some((b) => a !== b));
}

function byRank(a: Entry, b: Entry): number {
  const level = LEVEL_RANK[a.place.level] - LEVEL_RANK[b.place.level];
  if (level !== 0) return level;
  return a.place.code < b.place.code ? -1 : a.place.code > b.place.code ? 1 : 0;
}

function firstThatFits(labels: readonly string[]): string {
  const fits = labels.find((label) => label.length <= PLACE_LABEL_MAX);
  return fits ?? (labels.at(-1) ?? '').slice(0, PLACE_LABEL_MAX).trimEnd();
}

/** The best tier of a part's matches, with what it cost. */
interface PartMatch {
  readonly hits: readonly Hit[];
  readonly cost: number;
  /** How far the names matched are from what was typed: 0 when each was written as it is. */
  readonly guess: number;
}

interface Reading {
  readonly tier: readonly Entry[];
  readonly cost: number;
  readonly guess: number;
}

/**
 * Builds the resolver's indexes over every region name, 2020 spelling and alias (about 0.1 s, once per
 * process); a typical lookup then takes well under a millisecond.
 */
export function createPlaceResolver(
  regions: Regions,
  aliases: PlaceAliases,
  lexicon: PlaceLexicon,
): PlaceResolver {
  const regionNameWords = new Set(
    [...regions.kabKota, ...regions.kecamatan, ...regions.desa].flatMap((r) =>
      r.name.toLowerCase().split(/[^a-z0-9]+/),
    ),
  );
  const compiled = compileLexicon(lexicon, regionNameWords);
  const kabEntries = new Map<string, Entry>();
  const kecEntries = new Map<string, Entry>();
  const desaEntries = new Map<string, Entry>();

  // A kota shares its name with a kabupaten (Malang, Kediri, Blitar, ...): labels then say "Kota".
  const kabKeys = new Map<string, number>();
  for (const kab of regions.kabKota) {
    const key = nameKey(kab.name);
    kabKeys.set(key, (kabKeys.get(key) ?? 0) + 1);
  }
  const parentShort = (kab: KabKota | undefined): string =>
    !kab ? '' : kab.kind === 'kota' && (kabKeys.get(nameKey(kab.name)) ?? 0) > 1 ? kab.label : kab.name;

  for (const kab of regions.kabKota) {
    const place: Place = Object.freeze({
      level: 'kabkota',
      code: kab.code,
      name: kab.name,
      label: kab.label,
      kabCode: kab.code,
      lat: kab.lat,
      lon: kab.lon,
    });
    kabEntries.set(kab.code, Object.freeze({ place, kind: kab.kind }));
  }

  for (const kec of regions.kecamatan) {
    const kab = regions.kabByCode(kec.kabCode);
    const name = `Kec. ${kec.name}`;
    const label = firstThatFits([`${name}, ${kab?.label ?? ''}`, `${name}, ${parentShort(kab)}`, name]);
    const place: Place = Object.freeze({
      level: 'kecamatan',
      code: kec.code,
      name: kec.name,
      label,
      kabCode: kec.kabCode,
      lat: kec.lat,
      lon: kec.lon,
    });
    kecEntries.set(kec.code, Object.freeze({ place, kind: 'kecamatan' }));
  }

  // Where a kab/kota has two desa of one name, the label also names the kecamatan.
  const desaNamesInKab = new Map<string, number>();
  const desaNameInKab = (kabCode: string, name: string) => `${kabCode}|${nameKey(name)}`;
  for (const desa of regions.desa) {
    const key = desaNameInKab(desa.kabCode, desa.name);
    desaNamesInKab.set(key, (desaNamesInKab.get(key) ?? 0) + 1);
  }
  for (const desa of regions.desa) {
    const kab = regions.kabByCode(desa.kabCode);
    const kec = regions.kecByCode(desa.kecCode);
    const name = `${desa.kind === 'kelurahan' ? 'Kel.' : 'Ds.'} ${desa.name}`;
    const parent = parentShort(kab);
    const repeated = (desaNamesInKab.get(desaNameInKab(desa.kabCode, desa.name)) ?? 0) > 1;
    // "Kel. Ploso, Pacitan, Pacitan" reads as a stutter: the town's kecamatan says it alone.
    const withKec =
      kec && nameKey(kec.name) === nameKey(parent)
        ? [`${name}, Kec. ${kec.name}`]
        : [`${name}, ${kec?.name ?? ''}, ${parent}`, `${name}, Kec. ${kec?.name ?? ''}`];
    const label = firstThatFits(repeated && kec ? [...withKec, name] : [`${name}, ${parent}`, name]);
    const place: Place = Object.freeze({
      level: 'desa',
      code: desa.code,
      name: desa.name,
      label,
      kabCode: desa.kabCode,
      lat: desa.lat,
      lon: desa.lon,
    });
    desaEntries.set(desa.code, Object.freeze({ place, kind: desa.kind, kecCode: desa.kecCode }));
  }

  const index = new SearchableMap<IndexedName[]>();
  const add = (key: string, entry: Entry, old: boolean) => {
    if (key === '') return;
    const list = index.get(key);
    if (list) list.push({ entry, old });
    else index.set(key, [{ entry, old }]);
  };
  for (const entry of kabEntries.values()) add(nameKey(entry.place.name), entry, false);
  for (const [entries, source] of [
    [kecEntries, regions.kecamatan],
    [desaEntries, regions.desa],
  ] as const) {
    for (const region of source) {
      const entry = entries.get(region.code);
      if (!entry) continue;
      add(nameKey(region.name), entry, false);
      if (region.name2020) add(nameKey(region.name2020), entry, true);
    }
  }

  const aliasIndex = new Map<string, Entry[]>();
  for (const [alias, codes] of Object.entries(aliases)) {
    const entries = codes
      .map((code) => kabEntries.get(code) ?? kecEntries.get(code))
      .filter((e): e is Entry => e !== undefined);
    if (entries.length > 0) aliasIndex.set(nameKey(alias), entries);
  }

  const kabList = Object.freeze([...kabEntries.values()].map((e) => e.place));

  const kabSkeletons = [...kabEntries.values()].map((entry) => ({
    entry,
    skeleton: nameKey(entry.place.name).replace(/[aeiou]/g, ''),
  }));
  const compoundNames = [...kabEntries.values(), ...kecEntries.values()].map((entry) => ({
    entry,
    key: nameKey(entry.place.name),
  }));

  /** Every region whose name is within the typo tolerance of `key`, each at its best distance. */
  const lookupCache = new Map<string, readonly Hit[]>();
  function lookup(key: string): readonly Hit[] {
    const cached = lookupCache.get(key);
    if (cached) return cached;
    const best = new Map<Entry, number>();
    const note = (entry: Entry, distance: number) => {
      const seen = best.get(entry);
      if (seen === undefined || distance < seen) best.set(entry, distance);
    };
    for (const entry of aliasIndex.get(key) ?? []) note(entry, 0);
    const modern = modernSpelling(key);
    if (modern !== undefined) for (const hit of lookup(modern)) note(hit.entry, hit.distance + OLD_SPELLING);
    const maxDistance = maxEditDistance(key.length);
    if (maxDistance === 0) {
      for (const { entry, old } of index.get(key) ?? []) note(entry, old ? OLD_SPELLING : 0);
    } else {
      for (const [name, [names, distance]] of index.fuzzyGet(key, maxDistance)) {
        if (distance > 0 && !sameStart(key, name)) continue;
        for (const { entry, old } of names) {
          if (distance > 0 && entry.place.level === 'desa' && key.length < DESA_FUZZY_MIN_LENGTH) continue;
          note(entry, distance + (old ? OLD_SPELLING : 0));
        }
      }
    }
    // Two letters swapped ("gersik", "jmebr") is one slip of the thumb but two edits; below the
    // length where two edits are allowed, a swap costs like one typo. The first letter stays put.
    if (maxDistance === 1) {
      for (const swapped of transpositions(key)) {
        for (const { entry, old } of index.get(swapped) ?? []) {
          if (entry.place.level === 'desa' && key.length < DESA_FUZZY_MIN_LENGTH) continue;
          note(entry, 1 + (old ? OLD_SPELLING : 0));
        }
      }
    }
    if (CONSONANTS_ONLY.test(key)) {
      for (const { entry, skeleton } of kabSkeletons)
        if (isSkeletonOf(key, skeleton)) note(entry, SKELETON_COST);
    }
    // The first part of one kab/kota's or kecamatan's longer name ("tenggilis" is Tenggilis Mejoyo,
    // "sumbermanjing" Sumbermanjing Wetan): that one, at the price of a typo.
    if (best.size === 0 && key.length >= PREFIX_MIN_LENGTH) {
      const longer = compoundNames.filter((n) => n.key.length > key.length && n.key.startsWith(key));
      const [only] = longer;
      if (only && longer.length === 1) note(only.entry, 1);
    }
    // A word that is a kab/kota's or kecamatan's name as written is meant as that one, not as a typo
    // of a name nearby ("malang" is not Kec. Mayang in Jember).
    const named = [...best].some(([entry, distance]) => distance === 0 && entry.place.level !== 'desa');
    const hits = [...best]
      .filter(([, distance]) => !named || distance === 0)
      .map(([entry, distance]) => ({ entry, distance }));
    // Queries repeat (every USSD hop replays the path), but the cache must not grow without bound.
    if (lookupCache.size > 2000) lookupCache.clear();
    lookupCache.set(key, hits);
    return hits;
  }

  /**
   * The readings of one part: its level words as a level (`kec genteng`) or as part of the name
   * (`kota sumenep` is a kecamatan), each with the matches that fit the level it asked for.
   */
  function readPart(part: Part): { hits: readonly Hit[]; cost: number }[] {
    const readings: { hits: readonly Hit[]; cost: number }[] = [];
    const { levelWords, nameWords } = part;
    for (let k = 0; k <= levelWords.length + 1; k += 1) {
      // The last round reads a first name word of one letter as the initial of a compound name.
      const initialled = k > levelWords.length;
      const said =
        k > 0 ? compiled.levels.get(levelWords[Math.min(k, levelWords.length) - 1] ?? '') : undefined;
      const preference = said ?? part.trailing;
      const hits = initialled
        ? initialledLookup(nameWords)
        : lookup(nameKey([...levelWords.slice(k), ...nameWords].join('')));
      if (hits.length === 0) continue;
      const base = k === 0 && levelWords.length > 0 ? LEVEL_WORD_AS_NAME : 0;
      const preferred = preference ? hits.filter((h) => satisfies(h.entry, preference)) : hits;
      const level = preferred.length === 0 && preference ? NEAR_LEVEL[preference] : undefined;
      const near = level ? hits.filter((h) => h.entry.place.level === level) : [];
      if (preferred.length > 0) readings.push({ hits: preferred, cost: base });
      else if (near.length > 0) readings.push({ hits: near, cost: base + PREFERENCE_NEAR });
      else readings.push({ hits, cost: base + PREFERENCE_MISSED });
    }
    return readings;
  }

  /** A kab/kota or kecamatan written with the first part of its name as a letter ("t.agung"). */
  function initialledLookup(nameWords: readonly string[]): readonly Hit[] {
    const [letter, ...rest] = nameWords;
    const tail = nameKey(rest.join(''));
    if (letter?.length !== 1 || tail.length < INITIALLED_MIN_REST) return [];
    return compoundNames
      .filter(({ key }) => key.length > tail.length + 1 && key.startsWith(letter) && key.endsWith(tail))
      .map(({ entry }) => ({ entry, distance: INITIALLED_COST }));
  }

  /** The best tier among `hits`, optionally only those inside every parent. */
  function bestTier(hits: readonly Hit[], keep: (entry: Entry) => boolean): PartMatch | undefined {
    let min = Number.POSITIVE_INFINITY;
    for (const hit of hits) if (hit.distance < min && keep(hit.entry)) min = hit.distance;
    if (min === Number.POSITIVE_INFINITY) return undefined;
    return { hits: hits.filter((h) => h.distance === min && keep(h.entry)), cost: min, guess: min };
  }

  function readAsParent(part: Part): PartMatch | undefined {
    let best: PartMatch | undefined;
    for (const reading of readPart(part)) {
      const tier = bestTier(reading.hits, (e) => e.place.level !== 'desa');
      if (tier && (!best || tier.cost + reading.cost < best.cost)) {
        best = { hits: tier.hits, cost: tier.cost + reading.cost, guess: tier.guess };
      }
    }
    return best;
  }

  function read(head: Part, parents: readonly Part[], extra: number): Reading | undefined {
    let parentCost = 0;
    let parentGuess = 0;
    const parentSets: (readonly Entry[])[] = [];
    for (const parent of parents) {
      const match = readAsParent(parent);
      if (!match) return undefined;
      parentCost += match.cost;
      parentGuess += match.guess;
      parentSets.push(match.hits.map((h) => h.entry));
    }
    const inside = (entry: Entry) => insideParents(entry, parentSets);
    let best: Reading | undefined;
    for (const reading of readPart(head)) {
      const tier = bestTier(reading.hits, inside);
      if (!tier) continue;
      const cost = tier.cost + reading.cost + parentCost + extra;
      if (!best || cost < best.cost) {
        best = { tier: tier.hits.map((h) => h.entry), cost, guess: tier.guess + parentGuess };
      }
    }
    return best;
  }

  /**
   * Reads every word as part of the place, or else as a facility's or street's own name; when that
   * finds nothing, reads again with some words taken as no part of it ({@link withWordsSkipped}), so
   * the words people put around a place ("posisi", "kulo saking", "balai desa") never hide it.
   */
  function resolve(query: string): PlaceResolution {
    const parts = segments(query, compiled);
    const skipping = () =>
      bestReading(
        withWordsSkipped(parts).flatMap(({ parts: kept, cost }) =>
          withNamesDropped(kept, compiled.levels).map((v) => ({ parts: v.parts, cost: v.cost + cost })),
        ),
      );
    let best = bestReading(withNamesDropped(parts, compiled.levels));
    // Only a guess ("stasiun kota baru malang" as Ds. Batu Salang) may lose to a reading that skips a word.
    if (!best || best.guess >= GUESSED) {
      const second = skipping();
      if (second && second.cost <= MAX_SKIPPING_COST && (!best || second.cost < best.cost)) best = second;
    }
    best ??= tailReading(parts);
    if (!best) return { kind: 'not-found' };
    return decide(best.tier);
  }

  /**
   * Nothing found, not even by skipping words: the last word or two on their own, if they are a
   * place's name as written. A landmark's name comes first and the place last ("makam sunan bonang
   * tuban", "air terjun sedudo ngliman"), too many words to skip one by one.
   */
  function tailReading(parts: readonly Part[]): Reading | undefined {
    const last = parts.at(-1);
    if (!last) return undefined;
    for (let k = 1; k <= Math.min(MAX_TAIL_WORDS, last.nameWords.length - 1); k += 1) {
      const tail: Part = { levelWords: [], nameWords: last.nameWords.slice(-k) };
      const reading = bestReading([{ parts: [tail], cost: 0 }]);
      if (reading && reading.guess === 0) return reading;
    }
    return undefined;
  }

  /** The cheapest reading of the parts, each cut every way {@link partitions} allows. */
  function bestReading(variants: readonly Variant[]): Reading | undefined {
    let best: Reading | undefined;
    const readings = variants.flatMap(({ parts, cost }) =>
      partitions(parts, compiled.levels).map((partition) => ({ parts: partition, cost })),
    );
    for (const { parts, cost: dropped } of readings) {
      const [first, ...rest] = parts;
      if (!first) continue;
      const extra = dropped + PART_COST * rest.length;
      const forward = read(first, rest, extra);
      if (forward && (!best || forward.cost < best.cost)) best = forward;
      const last = parts.at(-1);
      if (parts.length > 1 && last) {
        const reversed = read(last, parts.slice(0, -1), extra + REVERSED_COST);
        if (reversed && (!best || reversed.cost < best.cost)) best = reversed;
      }
    }
    return best;
  }

  /**
   * Among equally good matches a kab/kota outranks everything below it (a caller who types
   * "jombang" means the kabupaten, not the kecamatan of that name in Jember), and a kecamatan the desa
   * of its name ("sempu": Kec. Sempu in Banyuwangi, not the desa in Pacitan, Ponorogo or Kediri): the
   * better one is found at once and the others come with it, for a reply to offer in a line. Places
   * of one level stay a choice (Kab. and Kota Malang; Kec. Genteng in Banyuwangi and in Surabaya).
   */
  function decide(tier: readonly Entry[]): PlaceResolution {
    const kept: Entry[] = [];
    for (const entry of [...tier].sort(byRank)) {
      if (!kept.some((better) => covers(better, entry))) kept.push(entry);
    }
    const [first, second] = kept;
    if (!first) return { kind: 'not-found' };
    if (second && second.place.level === first.place.level) {
      return {
        kind: 'ambiguous',
        candidates: kept.slice(0, MAX_CANDIDATES).map((e) => e.place),
        total: kept.length,
      };
    }
    const alternatives = kept.slice(1, 1 + MAX_ALTERNATIVES).map((e) => e.place);
    return alternatives.length > 0
      ? { kind: 'found', place: first.place, alternatives }
      : { kind: 'found', place: first.place };
  }

  return {
    resolve,
    kabKota: (code) => kabEntries.get(code)?.place,
    kabKotaList: () => kabList,
    byCode: (level, code) => {
      const entries = level === 'kabkota' ? kabEntries : level === 'kecamatan' ? kecEntries : desaEntries;
      return entries.get(code)?.place;
    },
  };
}
