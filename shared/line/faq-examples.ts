import type { FaqTopic, FaqTopicId } from '../content/faq.js';

/**
 * Which topic a question most likely asks about, learned from the questions people have asked about
 * each topic (`examples` in faq.json), with its keywords and titles as examples too: a naive Bayes
 * classifier over the question's search terms.
 *
 * The FAQ search decides whether it has found anything. These odds and its own scores together rank
 * the topics: when it is not sure they order the choices it offers, and a sure answer becomes a
 * choice of two when they rank another topic first, or when the examples alone point elsewhere. Keywords find a topic from the words its answer is
 * about, but a question often names two subjects ("hamil, boleh vaksin?") or asks in words no
 * keyword holds; the examples say which topic such questions were meant for.
 */
export interface ExampleRanker {
  /** The most likely topic for the terms; undefined when no term is in any example, or no topic has examples. */
  likeliest(terms: readonly string[]): FaqTopicId | undefined;
  /** How likely each topic is for the terms, as a log probability up to a constant; undefined as above. */
  logOdds(terms: readonly string[]): ReadonlyMap<FaqTopicId, number> | undefined;
}

/**
 * Additive smoothing: how much a term never seen with a topic still counts for it. Small, so that
 * a term seen with one topic only weighs strongly for it.
 */
const SMOOTHING = 0.1;

/** What a topic's examples hold: in how many of them each term occurs, and how many there are. */
interface TopicCounts {
  readonly id: FaqTopicId;
  readonly examples: number;
  readonly terms: Map<string, number>;
  termsSeen: number;
}

/**
 * @param termsOf the search terms of a text, as the FAQ search reads them, so that examples and
 *   questions meet in the same words.
 */
export function createExampleRanker(
  topics: readonly FaqTopic[],
  termsOf: (text: string) => string[],
): ExampleRanker {
  const vocabulary = new Set<string>();
  const counts: TopicCounts[] = topics.map((topic) => {
    const texts = [
      ...(topic.examples ? [...topic.examples.id, ...topic.examples.en] : []),
      ...topic.keywords.id,
      ...topic.keywords.en,
      topic.title.id,
      topic.title.en,
    ];
    const entry: TopicCounts = { id: topic.id, examples: texts.length, terms: new Map(), termsSeen: 0 };
    for (const text of texts) {
      for (const term of new Set(termsOf(text))) {
        entry.terms.set(term, (entry.terms.get(term) ?? 0) + 1);
        entry.termsSeen += 1;
        vocabulary.add(term);
      }
    }
    return entry;
  });
  const allExamples = counts.reduce((sum, c) => sum + c.examples, 0);
  // Keywords alone already rank the search's own choices; without asked questions there is nothing to add.
  const taught = topics.some((t) => t.examples && t.examples.id.length + t.examples.en.length > 0);

  function logOdds(terms: readonly string[]): ReadonlyMap<FaqTopicId, number> | undefined {
    if (!taught) return undefined;
    const known = [...new Set(terms)].filter((term) => vocabulary.has(term));
    if (known.length === 0) return undefined;
    const odds = new Map<FaqTopicId, number>();
    for (const topic of counts) {
      let sum = Math.log((topic.examples + 1) / (allExamples + counts.length));
      const denominator = topic.termsSeen + SMOOTHING * vocabulary.size;
      for (const term of known) sum += Math.log(((topic.terms.get(term) ?? 0) + SMOOTHING) / denominator);
      odds.set(topic.id, sum);
    }
    return odds;
  }

  return {
    logOdds,
    likeliest(terms) {
      let best: { id: FaqTopicId; odds: number } | undefined;
      for (const [id, odds] of logOdds(terms) ?? []) if (!best || odds > best.odds) best = { id, odds };
      return best?.id;
    },
  };
}
