import advice from './data/advice.json' with { type: 'json' };
import faq from './data/faq.json' with { type: 'json' };
import holidays from './data/holidays.json' with { type: 'json' };
import hotlines from './data/hotlines.json' with { type: 'json' };
import lexicon from './data/lexicon.json' with { type: 'json' };
import messages from './data/messages.json' with { type: 'json' };
import aliases from './data/place-aliases.json' with { type: 'json' };
import province from './data/province.json' with { type: 'json' };
import referralHospitals from './data/referral-hospitals.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };
import { type ContentPack, parseContentPack } from './pack.js';

export type { ContentPack } from './pack.js';

/** Where the East Java pack lives in the repository, for messages and for the content check. */
export const EAST_JAVA_PACK_DIR = 'shared/content/data';

let cached: ContentPack | undefined;

/**
 * The East Java content pack, bundled with the functions (no file reads at cold start), validated on
 * first use and cached for the life of the process: a warm Lambda reuses it.
 */
export function loadContentPack(): ContentPack {
  cached ??= parseContentPack(
    { province, messages, advice, faq, hotlines, holidays, regions, aliases, lexicon, referralHospitals },
    EAST_JAVA_PACK_DIR,
  );
  return cached;
}
