import * as z from 'zod';

/** The level a word says a place is at ("kec. genteng", "malang kota"). */
export type PlaceLevelWord = 'kabupaten' | 'kota' | 'kecamatan' | 'desa' | 'kelurahan';

/**
 * The words people type around a place name in this province ("saya di sempu", "rs dekat genteng",
 * "genteng jawa timur", "jl. ahmad yani 12 surabaya"). Only level words may occur in a region name of
 * the pack: dropping any other must never break a name. Each also separates the parts of a query.
 */
export interface PlaceLexicon {
  /** Single words dropped from a place query. */
  readonly placeFillerWords: readonly string[];
  /** Phrases that stand between the parts of a place query, like a comma (`jawa timur`). */
  readonly placeSeparatorPhrases: readonly string[];
  /**
   * Health facilities, words or phrases (`puskesmas`, `rumah sakit`). What follows is often named
   * after the place ("puskesmas kalibaru") but may be the facility's own name ("rs bhayangkara
   * surabaya"), so those words are read as a place when they are one and dropped when not.
   */
  readonly facilityWords: readonly string[];
  /**
   * Landmarks every town has (`alun alun`, the town square): dropped like filler words, though a desa
   * somewhere bears the name: "alun alun batu" is the square of Batu, not Ds. Alun-Alun elsewhere.
   */
  readonly landmarkWords?: readonly string[];
  /**
   * Words before the name of a street or of a dusun (`jl`, `gang`, `dusun`), which the pack has no
   * region for: the name is dropped, and only a place written after it is read ("jl. ahmad yani
   * surabaya").
   */
  readonly addressWords: readonly string[];
  /** Words before a number in an address (`rt`, `no`, `kode pos`): dropped, as numbers are. */
  readonly numberWords: readonly string[];
  /**
   * Words that say which level is meant (`kec`, `kab`, `desa`). One that is also part of region names
   * ("Kota Sumenep") is read both ways.
   */
  readonly levelWords: Readonly<Record<string, PlaceLevelWord>>;
  /**
   * Words or phrases naming places outside the province (`jakarta`, `jawa barat`, `hongkong`), none
   * of them part of a region's name: dropped, with the name written straight before them ("bandung
   * jawa barat" is not Kec. Bandung of this province).
   */
  readonly outsidePlaceWords?: readonly string[];
  /**
   * Words before where the sender is now (`skrg`, `posisi`, `tinggal`, `saiki`): dropped, and when a
   * message names two places that do not lie one in the other ("asli probolinggo skrg di jember"), the
   * one after such a word is meant.
   */
  readonly presentPlaceWords?: readonly string[];
}

const word = z.string().regex(/^[a-z0-9]+$/, { message: 'lowercase letters and digits' });
const phrase = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, { message: 'lowercase words' });
const distinct = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((w) => new Set(w).size === w.length, { message: 'words repeat' });

export const LexiconSchema = z
  .strictObject({
    placeFillerWords: distinct(word),
    placeSeparatorPhrases: z.array(phrase),
    facilityWords: distinct(phrase),
    landmarkWords: distinct(phrase).optional(),
    addressWords: distinct(phrase),
    numberWords: distinct(phrase),
    levelWords: z.record(word, z.enum(['kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'])),
    outsidePlaceWords: distinct(phrase).optional(),
    presentPlaceWords: distinct(word).optional(),
  })
  .superRefine((lexicon, ctx) => {
    // A word in two lists would be read two ways depending on which the resolver checks first.
    const lists = {
      placeFillerWords: lexicon.placeFillerWords,
      facilityWords: lexicon.facilityWords,
      landmarkWords: lexicon.landmarkWords ?? [],
      addressWords: lexicon.addressWords,
      numberWords: lexicon.numberWords,
      levelWords: Object.keys(lexicon.levelWords),
      outsidePlaceWords: lexicon.outsidePlaceWords ?? [],
      presentPlaceWords: lexicon.presentPlaceWords ?? [],
    };
    const seen = new Map<string, string>();
    for (const [list, words] of Object.entries(lists)) {
      for (const w of words) {
        const other = seen.get(w);
        if (other) ctx.addIssue({ code: 'custom', path: [list], message: `"${w}" is also in ${other}` });
        else seen.set(w, list);
      }
    }
  });
