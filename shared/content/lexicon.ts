import { z } from 'zod';

/**
 * The words people type around a place name in this province ("saya di sempu", "rs dekat genteng",
 * "genteng jawa timur"). None may occur in a region name of the pack: dropping them must never break
 * a name. Each also separates the parts of a query.
 */
export interface PlaceLexicon {
  /** Single words dropped from a place query. */
  readonly placeFillerWords: readonly string[];
  /** Phrases that stand between the parts of a place query, like a comma (`jawa timur`, `rumah sakit`). */
  readonly placeSeparatorPhrases: readonly string[];
}

const word = z.string().regex(/^[a-z0-9]+$/, { message: 'lowercase letters and digits' });

export const LexiconSchema = z.strictObject({
  placeFillerWords: z.array(word).refine((w) => new Set(w).size === w.length, { message: 'words repeat' }),
  placeSeparatorPhrases: z.array(
    z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, { message: 'lowercase words' }),
  ),
});
