import type { AdviceTable } from '../content/advice.js';
import type { FaqTopic } from '../content/faq.js';
import type { ReferralHospital } from '../content/hospitals.js';
import type { Hotline } from '../content/hotlines.js';
import type { ContentPack } from '../content/index.js';
import { type MessageKey, type Messages, type SlotValues, say } from '../content/messages.js';
import type { Province } from '../content/province.js';
import type { Lang } from '../lang.js';
import type { ReportDraft } from '../ports.js';
import { createHolidayCalendar, type HolidayCalendar } from './calendar.js';
import { createFaqSearch, type FaqSearch } from './faq-search.js';
import { createPlaceResolver, type PlaceResolver } from './places.js';

/** Everything a screen or a reply may read: the content, its indexes, and the instant of the hop. */
export interface LineContext {
  province: Province;
  messages: Messages;
  advice: AdviceTable;
  faq: readonly FaqTopic[];
  hotlines: readonly Hotline[];
  hospitals: readonly ReferralHospital[];
  calendar: HolidayCalendar;
  places: PlaceResolver;
  faqSearch: FaqSearch;
  now: Date;
  /** The oldest day any answer, hotline or advice of the pack was checked: what callers are told. */
  checkedOn: string;
  /** How long reports are kept, told to callers before they consent. */
  reportRetentionDays: number;
  /** What is known of this caller for this session. */
  caller: CallerContext;
  /** One sentence of the pack's catalogue, with its slots filled. */
  say(key: MessageKey, lang: Lang, values?: SlotValues): string;
}

export interface CallerContext {
  /** An unfinished report from an earlier session, offered when this session started. */
  resumable?: ReportDraft | undefined;
}

/** The line built from a content pack: indexes are built once, contexts are cheap per hop. */
export interface Line {
  contextAt(now: Date, caller?: CallerContext): LineContext;
}

/** `make()`, run on the first call only. */
function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * Builds the holiday calendar, and the place and FAQ indexes on first use: most hops (menus, hotlines,
 * triage) need neither, and building them takes about 100 ms of CPU (places most of it).
 */
export function createLine(pack: ContentPack, options: { reportRetentionDays?: number } = {}): Line {
  const placeResolver = onFirstUse(() => createPlaceResolver(pack.regions, pack.aliases, pack.lexicon));
  const places: PlaceResolver = {
    resolve: (query) => placeResolver().resolve(query),
    kabKota: (code) => placeResolver().kabKota(code),
    kabKotaList: () => placeResolver().kabKotaList(),
    byCode: (level, code) => placeResolver().byCode(level, code),
  };
  const faqIndex = onFirstUse(() =>
    createFaqSearch(pack.faq, { counts: pack.faqExampleCounts, questions: pack.faqExamples }),
  );
  const faqSearch: FaqSearch = {
    search: (question) => faqIndex().search(question),
    mentionsTopic: (text) => faqIndex().mentionsTopic(text),
    readsAsOptOut: (text) => faqIndex().readsAsOptOut(text),
    knowsWords: (text) => faqIndex().knowsWords(text),
  };
  const calendar = createHolidayCalendar(pack.holidays);
  const checkedOn = [...pack.faq, ...pack.hotlines, ...Object.values(pack.advice)]
    .map((entry) => entry.checked)
    .reduce((a, b) => (b < a ? b : a));
  const sayIn = (key: MessageKey, lang: Lang, values?: SlotValues) => say(pack.messages, key, lang, values);
  return {
    contextAt: (now, caller = {}) => ({
      province: pack.province,
      messages: pack.messages,
      advice: pack.advice,
      faq: pack.faq,
      hotlines: pack.hotlines,
      hospitals: pack.referralHospitals,
      calendar,
      places,
      faqSearch,
      now,
      checkedOn,
      reportRetentionDays: options.reportRetentionDays ?? 180,
      caller,
      say: sayIn,
    }),
  };
}
