import type { FaqExampleCounts, FaqExamples, FaqTopic, FaqTopicId } from '../content/faq.js';

/**
 * Which topic a question most likely asks about, learned from the questions people have asked about
 * each topic (`faq-examples.json`, counted into `faq-example-counts.json`), with its keywords and
 * titles as examples too: a naive Bayes classifier over the question's search terms.
 *
 * The FAQ search decides whether it has found anything. These odds and its own scores together rank
 * the topics: when it is not sure they order the choices it offers, and a sure answer becomes a
 * choice of two when they rank another topic first, or when the examples alone point elsewhere.
 * Keywords find a topic from the words its answer is about, but a question often names two subjects
 * ("hamil, boleh vaksin?") or asks in words no keyword holds; the examples say which topic such
 * questions were meant for.
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
 * How many of each topic's questions hold each search term: what the ranker learns. Terms are listed
 * in order, so the counts file changes only where the questions or the reading of them do.
 *
 * @param termsOf the search terms of a text, as the FAQ search reads them, so that examples and
 *   questions meet in the same words.
 */
export function countExamples(questions: FaqExamples, termsOf: (text: string) => string[]): FaqExampleCounts {
  return Object.fromEntries(
    Object.entries(questions).map(([id, lists]) => {
      const texts = [...lists.id, ...lists.en];
      const terms = new Map<string, number>();
      for (const text of texts) {
        for (const term of new Set(termsOf(text))) terms.set(term, (terms.get(term) ?? 0) + 1);
      }
      const sorted = [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return [id, { examples: texts.length, terms: Object.fromEntries(sorted) }];
    }),
  );
}

/**
 * @param counts what the questions asked of each topic hold ({@link countExamples}).
 * @param termsOf the search terms of a text, as the FAQ search reads them: the keywords and titles
 *   are read with it.
 */
export function createExampleRanker(
  topics: readonly FaqTopic[],
  counts: FaqExampleCounts,
  termsOf: (text: string) => string[],
): ExampleRanker {
  const vocabulary = new Set<string>();
  // A term such as "constructor" is read as the questions' own, never as the object's.
  const learnedOf = (id: FaqTopicId) => (Object.hasOwn(counts, id) ? counts[id] : undefined);
  const topicCounts: TopicCounts[] = topics.map((topic) => {
    const learned = learnedOf(topic.id);
    const terms = new Map<string, number>(Object.entries(learned?.terms ?? {}));
    let termsSeen = 0;
    for (const [term, count] of terms) {
      termsSeen += count;
      vocabulary.add(term);
    }
    const own = [...topic.keywords.id, ...topic.keywords.en, topic.title.id, topic.title.en];
    for (const text of own) {
      for (const term of new Set(termsOf(text))) {
        terms.set(term, (terms.get(term) ?? 0) + 1);
        termsSeen += 1;
        vocabulary.add(term);
      }
    }
    return { id: topic.id, examples: (learned?.examples ?? 0) + own.length, terms, termsSeen };
  });
  const allExamples = topicCounts.reduce((sum, c) => sum + c.examples, 0);
  // Keywords alone already rank the search's own choices; without asked questions there is nothing to add.
  const taught = topics.some((t) => (learnedOf(t.id)?.examples ?? 0) > 0);

  function logOdds(terms: readonly string[]): ReadonlyMap<FaqTopicId, number> | undefined {
    if (!taught) return undefined;
    const known = [...new Set(terms)].filter((term) => vocabulary.has(term));
    if (known.length === 0) return undefined;
    const odds = new Map<FaqTopicId, number>();
    for (const topic of topicCounts) {
      let sum = Math.log((topic.examples + 1) / (allExamples + topicCounts.length));
      const denominator = topic.termsSeen + SMOOTHING * vocabulary.size;
      for (const term of known) sum += Math.log(((topic.terms.get(term) ?? 0) + SMOOTHING) / denominator);
      odds.set(topic.id, sum);
    }
    return odds;
  }

  return { logOdds, likeliest: (terms) => likeliestOf(logOdds(terms)) };
}

/** The topic with the highest odds; undefined when there are none. */
export function likeliestOf(odds: ReadonlyMap<FaqTopicId, number> | undefined): FaqTopicId | undefined {
  let best: { id: FaqTopicId; odds: number } | undefined;
  for (const [id, value] of odds ?? []) if (!best || value > best.odds) best = { id, odds: value };
  return best?.id;
}
