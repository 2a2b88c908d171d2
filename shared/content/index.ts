import type { AdviceTable } from './advice.js';
import advice from './data/advice.json' with { type: 'json' };
import faq from './data/faq.json' with { type: 'json' };
import faqExampleCounts from './data/faq-example-counts.json' with { type: 'json' };
import holidays from './data/holidays.json' with { type: 'json' };
import hotlines from './data/hotlines.json' with { type: 'json' };
import lexicon from './data/lexicon.json' with { type: 'json' };
import messages from './data/messages.json' with { type: 'json' };
import aliases from './data/place-aliases.json' with { type: 'json' };
import province from './data/province.json' with { type: 'json' };
import referralHospitals from './data/referral-hospitals.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };
import type { FaqExampleCounts, FaqTopic } from './faq.js';
import type { HolidayTable } from './holidays.js';
import type { ReferralHospital } from './hospitals.js';
import type { Hotline } from './hotlines.js';
import type { PlaceLexicon } from './lexicon.js';
import { deepFreeze } from './load.js';
import type { Messages } from './messages.js';
import type { ContentPack, RawPack } from './pack.js';
import type { Province } from './province.js';
import { trustedRegions } from './region-columns.js';
import type { PlaceAliases } from './regions.js';

export type { ContentPack } from './pack.js';

/** Where the East Java pack lives in the repository, for messages and for the content check. */
export const EAST_JAVA_PACK_DIR = 'shared/content/data';

let cached: ContentPack | undefined;

/**
 * The pack from files already validated, frozen but not validated again. Validating at every cold
 * start took about 190 ms of CPU before a function's first answer (zod over 9,000 regions, each FAQ
 * answer counted into SMS segments); this takes about 40. Only types come from the schema modules, so
 * the functions neither bundle the pack's schemas nor build them at start-up.
 */
function trustedContentPack(raw: RawPack): ContentPack {
  return deepFreeze({
    province: raw.province as Province,
    messages: raw.messages as Messages,
    advice: raw.advice as AdviceTable,
    faq: raw.faq as readonly FaqTopic[],
    faqExamples: {},
    faqExampleCounts: raw.faqExampleCounts as FaqExampleCounts,
    hotlines: raw.hotlines as readonly Hotline[],
    holidays: raw.holidays as HolidayTable,
    regions: trustedRegions(raw.regions),
    aliases: raw.aliases as PlaceAliases,
    lexicon: raw.lexicon as PlaceLexicon,
    referralHospitals: raw.referralHospitals as readonly ReferralHospital[],
  });
}

/**
 * The East Java content pack, bundled with the functions (no file reads at cold start), built on first
 * use and cached for the life of the process: a warm Lambda reuses it. It is not validated here: the
 * content tests and `npm run content:check` validate these files before they are bundled, and a test
 * checks that this pack equals the validated one (`loadContentPackFromDir(EAST_JAVA_PACK_DIR)`).
 */
export function loadContentPack(): ContentPack {
  cached ??= trustedContentPack({
    province,
    messages,
    advice,
    faq,
    // Not read: the bundle carries the counts learned from the questions, not the questions.
    faqExamples: {},
    faqExampleCounts,
    hotlines,
    holidays,
    regions,
    aliases,
    lexicon,
    referralHospitals,
  });
  return cached;
}
