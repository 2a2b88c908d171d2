import SearchableMap from 'minisearch/SearchableMap';
import type { PlaceLexicon } from '../content/lexicon.js';
import type { KabKota, PlaceAliases, Regions } from '../content/regions.js';

/**
 * The place resolver: turns what a caller types ("sempu banyuwangi", "kec. genteng", "surbaya", "mlg")
 * into a kab/kota, kecamatan or desa, or a short list to choose from. Pure: the indexes are built once
 * from the content pack and every lookup is in memory.
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
  | { readonly kind: 'found'; readonly place: Place }
  /** Best first: kab/kota, then kecamatan, then desa; at most {@link MAX_CANDIDATES}. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Place[] }
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
export const PLACE_LABEL_MAX = 40;

type Preference = 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

/** Words that say which level is meant; they are never part of a name except "kota" (see below). */
const LEVEL_WORDS: Readonly<Record<string, Preference>> = {
  kab: 'kabupaten',
  kabupaten: 'kabupaten',
  regency: 'kabupaten',
  kota: 'kota',
  city: 'kota',
  kec: 'kecamatan',
  kecamatan: 'kecamatan',
  district: 'kecamatan',
  ds: 'desa',
  desa: 'desa',
  kel: 'kelurahan',
  kelurahan: 'kelurahan',
  village: 'desa',
};

/** Longer queries are not place names; the cap also bounds the work per query. */
const MAX_TOKENS = 8;
/** A query names a place and at most two of its parents (desa, kecamatan, kab/kota). */
const MAX_PARTS = 3;

/** Cost of a reading that ignored its level word (`kota banyuwangi`: there is no Kota Banyuwangi). */
const PREFERENCE_MISSED = 0.2;
/** Cost of reading a level word as part of the name (`kota sumenep` is also a kecamatan). */
const LEVEL_WORD_AS_NAME = 0.1;
/** Cost of matching the 2020 spelling rather than the current one. */
const OLD_SPELLING = 0.5;
/** Each extra part costs a little, so a whole-name match wins a tie with a split reading. */
const PART_COST = 0.01;
/** Place-then-parent is how people write; parent-then-place is accepted but loses a tie. */
const REVERSED_COST = 0.05;

/** Typo tolerance grows with length: short names are too close to each other to guess. */
function maxEditDistance(keyLength: number): number {
  if (keyLength < 4) return 0;
  return keyLength < 8 ? 1 : 2;
}

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

/** One part of a query: the words of a name and the level it was said to be. */
interface Part {
  readonly levelWords: readonly string[];
  readonly nameWords: readonly string[];
  /** A level word after the name ("malang kota"). */
  readonly trailing?: Preference;
}

/**
 * Spaces, dashes and apostrophes vary between sources and typists ("Karangploso" / "Karang Ploso",
 * "Ra'as"): names are compared with only their letters and digits.
 */
function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The pack's place words, ready to match. */
interface CompiledLexicon {
  readonly filler: ReadonlySet<string>;
  readonly separators: readonly RegExp[];
}

/** The words of a query, with `null` where the caller separated parts (a comma, a filler word). */
function words(query: string, lexicon: CompiledLexicon): (string | null)[] {
  let text = query
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '');
  for (const phrase of lexicon.separators) text = text.replace(phrase, ',');
  const out: (string | null)[] = [];
  for (const chunk of text.split(/[,;/|*\n+&]/)) {
    out.push(null);
    for (const word of chunk.match(/[a-z0-9]+/g) ?? []) {
      // Numbers are house numbers, RT/RW or postcodes, never a region's name.
      if (/^\d+$/.test(word)) continue;
      out.push(lexicon.filler.has(word) ? null : word);
    }
  }
  return out;
}

/**
 * Splits at separators and before a level word that follows a name ("genteng kab banyuwangi"). "Kota"
 * is also part of names ("Kota Sumenep", "Barurambat Kota"), so it only marks a place to try a cut.
 */
function segments(query: string, lexicon: CompiledLexicon): Part[] {
  const parts: { levelWords: string[]; nameWords: string[]; trailing?: Preference }[] = [];
  let current: { levelWords: string[]; nameWords: string[]; trailing?: Preference } | undefined;
  let count = 0;
  for (const word of words(query, lexicon)) {
    if (word === null) {
      current = undefined;
      continue;
    }
    if (count >= MAX_TOKENS) break;
    count += 1;
    const startsPart = LEVEL_WORDS[word] !== undefined && word !== 'kota';
    if (!current || (startsPart && current.nameWords.length > 0)) {
      current = { levelWords: [], nameWords: [] };
      parts.push(current);
    }
    if (LEVEL_WORDS[word] && current.nameWords.length === 0) current.levelWords.push(word);
    else current.nameWords.push(word);
  }
  // A part that is only level words qualifies the part before it ("malang, kota").
  const merged: Part[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    const only = part.nameWords.length === 0 ? part.levelWords.at(-1) : undefined;
    const trailing = only ? LEVEL_WORDS[only] : undefined;
    if (previous && trailing && previous.trailing === undefined) {
      merged[merged.length - 1] = { ...previous, trailing };
    } else {
      merged.push(part);
    }
  }
  return merged;
}

/**
 * The ways to read one part as a place and up to two parents ("sempu banyuwangi"): no cut, one or
 * two. A level word at the start of a later piece qualifies it ("genteng kota surabaya"), or the piece
 * before it when nothing follows ("malang kota").
 */
function cutsOf(part: Part): Part[][] {
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
      while (lead < slice.length && LEVEL_WORDS[slice[lead] ?? ''] !== undefined) lead += 1;
      const previous = pieces.at(-1);
      if (lead === slice.length && previous) {
        const trailing = LEVEL_WORDS[slice.at(-1) ?? ''];
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
function partitions(parts: readonly Part[]): Part[][] {
  let results: Part[][] = [[]];
  for (const part of parts.slice(0, MAX_PARTS)) {
    const next: Part[][] = [];
    for (const prefix of results) {
      for (const pieces of cutsOf(part)) {
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
 * True when each parent part names a different region that holds `entry`: in "ploso pacitan pacitan"
 * one "pacitan" must be the kecamatan and the other the kabupaten, which rules out the Ploso that is
 * only in the kabupaten.
 */
function insideParents(entry: Entry, parentSets: readonly (readonly Entry[])[]): boolean {
  const holders = parentSets.map((set) => set.filter((outer) => contains(outer, entry)));
  if (holders.some((h) => h.length === 0)) return false;
  const [first, second] = holders;
  if (holders.length !== 2 || !first || !second) return true;
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
}

interface Reading {
  readonly tier: readonly Entry[];
  readonly cost: number;
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
  const compiled: CompiledLexicon = {
    filler: new Set(lexicon.placeFillerWords),
    separators: lexicon.placeSeparatorPhrases.map(
      (p) => new RegExp(`\\b${p.split(' ').join('\\s*')}\\b`, 'g'),
    ),
  };
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
    const entries = codes.map((code) => kabEntries.get(code)).filter((e): e is Entry => e !== undefined);
    if (entries.length > 0) aliasIndex.set(nameKey(alias), entries);
  }

  const kabList = Object.freeze([...kabEntries.values()].map((e) => e.place));

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
    const maxDistance = maxEditDistance(key.length);
    if (maxDistance === 0) {
      for (const { entry, old } of index.get(key) ?? []) note(entry, old ? OLD_SPELLING : 0);
    } else {
      for (const [names, distance] of index.fuzzyGet(key, maxDistance).values()) {
        for (const { entry, old } of names) {
          if (distance > 0 && entry.place.level === 'desa' && key.length < DESA_FUZZY_MIN_LENGTH) continue;
          note(entry, distance + (old ? OLD_SPELLING : 0));
        }
      }
    }
    const hits = [...best].map(([entry, distance]) => ({ entry, distance }));
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
    for (let k = 0; k <= levelWords.length; k += 1) {
      const key = nameKey([...levelWords.slice(k), ...nameWords].join(''));
      if (key === '') continue;
      const said = k > 0 ? LEVEL_WORDS[levelWords[k - 1] ?? ''] : undefined;
      const preference = said ?? part.trailing;
      const hits = lookup(key);
      if (hits.length === 0) continue;
      const base = k === 0 && levelWords.length > 0 ? LEVEL_WORD_AS_NAME : 0;
      const preferred = preference ? hits.filter((h) => satisfies(h.entry, preference)) : hits;
      readings.push(
        preferred.length > 0 ? { hits: preferred, cost: base } : { hits, cost: base + PREFERENCE_MISSED },
      );
    }
    return readings;
  }

  /** The best tier among `hits`, optionally only those inside every parent. */
  function bestTier(hits: readonly Hit[], keep: (entry: Entry) => boolean): PartMatch | undefined {
    let min = Number.POSITIVE_INFINITY;
    for (const hit of hits) if (hit.distance < min && keep(hit.entry)) min = hit.distance;
    if (min === Number.POSITIVE_INFINITY) return undefined;
    return { hits: hits.filter((h) => h.distance === min && keep(h.entry)), cost: min };
  }

  function readAsParent(part: Part): PartMatch | undefined {
    let best: PartMatch | undefined;
    for (const reading of readPart(part)) {
      const tier = bestTier(reading.hits, (e) => e.place.level !== 'desa');
      if (tier && (!best || tier.cost + reading.cost < best.cost)) {
        best = { hits: tier.hits, cost: tier.cost + reading.cost };
      }
    }
    return best;
  }

  function read(head: Part, parents: readonly Part[], extra: number): Reading | undefined {
    let parentCost = 0;
    const parentSets: (readonly Entry[])[] = [];
    for (const parent of parents) {
      const match = readAsParent(parent);
      if (!match) return undefined;
      parentCost += match.cost;
      parentSets.push(match.hits.map((h) => h.entry));
    }
    const inside = (entry: Entry) => insideParents(entry, parentSets);
    let best: Reading | undefined;
    for (const reading of readPart(head)) {
      const tier = bestTier(reading.hits, inside);
      if (!tier) continue;
      const cost = tier.cost + reading.cost + parentCost + extra;
      if (!best || cost < best.cost) best = { tier: tier.hits.map((h) => h.entry), cost };
    }
    return best;
  }

  function resolve(query: string): PlaceResolution {
    let best: Reading | undefined;
    for (const parts of partitions(segments(query, compiled))) {
      const [first, ...rest] = parts;
      if (!first) continue;
      const extra = PART_COST * rest.length;
      const forward = read(first, rest, extra);
      if (forward && (!best || forward.cost < best.cost)) best = forward;
      const last = parts.at(-1);
      if (parts.length > 1 && last) {
        const reversed = read(last, parts.slice(0, -1), extra + REVERSED_COST);
        if (reversed && (!best || reversed.cost < best.cost)) best = reversed;
      }
    }
    if (!best) return { kind: 'not-found' };
    return decide(best.tier);
  }

  /**
   * Among equally good matches a kab/kota outranks everything below it (a caller who types
   * "banyuwangi" means the kabupaten, not the desa of that name in Gresik). A kecamatan outranks the
   * desa of its name in the same kab/kota, whose nearest hospital is much the same, but a desa in
   * another kab/kota may be what was meant and stays a choice ("sempu": Kec. Sempu in Banyuwangi or
   * the desa in Pacitan, Ponorogo or Kediri).
   */
  function decide(tier: readonly Entry[]): PlaceResolution {
    const kabs = tier.filter((e) => e.place.level === 'kabkota');
    const kecs = tier.filter((e) => e.place.level === 'kecamatan');
    const chosen =
      kabs.length > 0
        ? kabs
        : [
            ...kecs,
            ...tier.filter(
              (e) => e.place.level === 'desa' && !kecs.some((kec) => kec.place.kabCode === e.place.kabCode),
            ),
          ];
    const sorted = [...chosen].sort(byRank);
    const [only] = sorted;
    if (only && sorted.length === 1) return { kind: 'found', place: only.place };
    if (!only) return { kind: 'not-found' };
    return { kind: 'ambiguous', candidates: sorted.slice(0, MAX_CANDIDATES).map((e) => e.place) };
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
