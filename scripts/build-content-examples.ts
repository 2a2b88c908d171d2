/**
 * Counts the questions of a pack's `faq-examples.json` into its `faq-example-counts.json`:
 *
 *   npm run content:examples [-- <pack folder>]     (default shared/content/data)
 *
 * The FAQ search learns from the questions people asked which topic to offer first. The functions
 * carry what it learns, not the questions: for each topic, how many questions it holds and in how
 * many of them each search term occurs, read as the search reads a question (its stemming, slang and
 * the repair of unknown words towards the words of `faq.json`); and the same of the messages the line
 * does not answer, kept under `out-of-scope`, and of those asking it to stop and to start sending,
 * under `opt-out` and `opt-in`. Run it after adding questions, after
 * changing a topic's words in `faq.json`, or after changing how the search reads words; a content
 * test fails while the counts are out of date. The same files always give the same counts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NOT_TOPIC_IDS, OPT_IN_ID, OPT_OUT_ID, OUT_OF_SCOPE_ID } from '../shared/content/faq.js';
import { EAST_JAVA_PACK_DIR } from '../shared/content/index.js';
import { loadContentPackFromDir, PACK_FILES } from '../shared/content/pack.js';
import { countFaqExamples } from '../shared/line/faq-search.js';

const dir = resolve(process.argv[2] ?? EAST_JAVA_PACK_DIR);
const pack = loadContentPackFromDir(dir);
const counts = countFaqExamples(pack.faq, pack.faqExamples);
const file = join(dir, PACK_FILES.faqExampleCounts);
writeFileSync(file, `${JSON.stringify(counts, null, 2)}\n`);
const topics = Object.entries(counts).filter(([id]) => !NOT_TOPIC_IDS.includes(id));
const questions = topics.reduce((sum, [, topic]) => sum + topic.examples, 0);
const terms = topics.reduce((sum, [, topic]) => sum + Object.keys(topic.terms).length, 0);
const listed = (id: string) => (Object.hasOwn(counts, id) ? (counts[id]?.examples ?? 0) : 0);
console.log(
  `${file}: ${questions} questions under ${topics.length} topics, ${terms} topic terms; ` +
    `${listed(OUT_OF_SCOPE_ID)} messages the line does not answer, ` +
    `${listed(OPT_OUT_ID)} asking it to stop, ${listed(OPT_IN_ID)} to start`,
);
