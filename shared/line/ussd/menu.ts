import { wibDate } from '../calendar.js';
import { HOME_SERVICES } from '../home-menu.js';
import { formatHotlineScreen, hotlinesStatusAt } from '../hotlines.js';
import type { LineContext } from '../line.js';
import type { Place, PlaceLevel } from '../places.js';
import { emergencySlot, formatDay, formatKm, hospitalShort, hospitalWithPhone } from '../render.js';
import { type Menu, type NavCopy, option, type Screen, type Transition, type View } from './engine.js';
import { hospitalAnswerFor, hospitalSmsFor, keptView, say } from './memo.js';
import { placeParams, placeScreens } from './place-screens.js';
import { REPORT_SCREENS, type ReportScreenId } from './report-screens.js';

/**
 * The USSD menu as a table of screens. Routes are stable once live: a caller who learnt `3*1` keeps
 * reaching the kab/kota list. Screens read their data and their words from the line context and never
 * store anything; what must happen after a screen is returned as an effect. Every hop replays the path
 * through the screens on it, so a screen keeps what only its shown text needs (hotline hours, the
 * nearest hospitals) and what only a chosen option needs (the SMS it queues) until it is read.
 */
export type ScreenId =
  | 'home'
  | 'faq'
  | 'faq-answer'
  | 'hotlines'
  | 'hospital'
  | 'hospital-kab'
  | 'hospital-search'
  | 'hospital-pick'
  | 'hospital-result'
  | 'language'
  | ReportScreenId;

type LineScreen = Screen<ScreenId, LineContext>;

const open = (screen: ScreenId, params?: Record<string, string>): Transition<ScreenId> => ({
  kind: 'open',
  screen,
  ...(params ? { params } : {}),
});

const TO_KAB_LIST = open('hospital-kab');
const TO_SEARCH = open('hospital-search');

function placeFromParams(ctx: LineContext, params: Readonly<Record<string, string>>): Place | undefined {
  const level = params.level as PlaceLevel | undefined;
  const code = params.code;
  return level && code ? ctx.places.byCode(level, code) : undefined;
}

const home: LineScreen = (ctx, _params, lang) =>
  keptView(ctx, 'home', lang, () => ({
    title: say(ctx, 'home.title', lang),
    options: HOME_SERVICES.map((service) => ({
      label: say(ctx, `home.${service}`, lang),
      go: open(service),
    })),
  }));

const faq: LineScreen = (ctx, _params, lang) =>
  keptView(ctx, 'faq', lang, () => ({
    title: say(ctx, 'faq.title', lang, { checked: formatDay(ctx.checkedOn) }),
    options: ctx.faq.map((topic) => ({ label: topic.title[lang], go: open('faq-answer', { id: topic.id }) })),
  }));

const faqAnswer: LineScreen = (ctx, params, lang) => {
  const topic = ctx.faq.find((t) => t.id === params.id);
  if (!topic) return { title: say(ctx, 'nav.invalidChoice', lang), end: true };
  return {
    title: topic.title[lang],
    body: topic.answer[lang],
    options: [
      option(say(ctx, 'faq.sendSms', lang), () => ({
        kind: 'end',
        text: say(ctx, 'faq.sent', lang),
        effects: [{ kind: 'send-sms', message: topic.sms[lang] }],
      })),
    ],
  };
};

const hotlines: LineScreen = (ctx, _params, lang) => ({
  title: say(ctx, 'hotlines.title', lang, { time: wibDate(ctx.now).hhmm }),
  // All lines on one screen matter more than an SMS copy: the numbers are right there to dial.
  get lines() {
    return formatHotlineScreen(hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), lang, ctx.now);
  },
});

const hospital: LineScreen = (ctx, _params, lang) =>
  keptView(ctx, 'hospital', lang, () => ({
    title: say(ctx, 'hospital.title', lang),
    options: [
      { label: say(ctx, 'hospital.pickKab', lang), go: TO_KAB_LIST },
      { label: say(ctx, 'hospital.typePlace', lang), go: TO_SEARCH },
    ],
  }));

const hospitalPlaces = placeScreens<ScreenId>('hospital-pick', (_ctx, place) =>
  open('hospital-result', placeParams(place)),
);

const hospitalResult: LineScreen = (ctx, params, lang): View<ScreenId> => {
  const from = placeFromParams(ctx, params);
  if (!from) return { title: say(ctx, 'hospital.placeNotFound', lang), end: true };
  const answer = hospitalAnswerFor(ctx, from);
  const sendSms = option<ScreenId>(say(ctx, 'hospital.sendSms', lang), () => ({
    kind: 'end',
    text: say(ctx, 'hospital.sent', lang, { emergency: emergencySlot(ctx, lang, from.kabCode) }),
    effects: [{ kind: 'send-sms', message: hospitalSmsFor(ctx, from, lang) }],
  }));
  if (answer.kind === 'in-area') {
    return {
      title: say(ctx, 'hospital.inArea', lang, { place: from.label }),
      // One line a hospital, so paging never cuts a name or a number in two; main hospitals first.
      get lines() {
        return answer.hospitals.map((h) => hospitalWithPhone(ctx, h, lang));
      },
      options: [sendSms],
    };
  }
  const { nearest, main } = answer;
  return {
    title: say(ctx, 'hospital.from', lang, { place: from.label }),
    get lines() {
      return [
        say(ctx, 'hospital.nearest', lang, {
          hospital: hospitalShort(nearest.hospital),
          km: formatKm(nearest.distanceKm),
        }),
        ...(main.hospital.code === nearest.hospital.code
          ? []
          : [
              say(ctx, 'hospital.main', lang, {
                hospital: main.hospital.name,
                km: formatKm(main.distanceKm),
              }),
            ]),
      ];
    },
    options: [sendSms],
  };
};

const language: LineScreen = (ctx, _params, lang) =>
  keptView(ctx, 'language', lang, () => ({
    title: say(ctx, 'language.title', lang),
    options: [
      { label: say(ctx, 'language.id', lang), go: TO_INDONESIAN },
      { label: say(ctx, 'language.en', lang), go: TO_ENGLISH },
    ],
  }));

const TO_INDONESIAN: Transition<ScreenId> = {
  kind: 'home',
  lang: 'id',
  effects: [{ kind: 'set-language', lang: 'id' }],
};
const TO_ENGLISH: Transition<ScreenId> = {
  kind: 'home',
  lang: 'en',
  effects: [{ kind: 'set-language', lang: 'en' }],
};

/** The navigation words, as the engine needs them, from the pack's catalogue. */
export function navCopy(ctx: Pick<LineContext, 'messages'>): NavCopy {
  const m = ctx.messages;
  return {
    back: m['nav.back'],
    home: m['nav.home'],
    more: m['nav.more'],
    invalidChoice: m['nav.invalidChoice'],
    emptyInput: m['nav.emptyInput'],
    noMorePages: m['nav.noMorePages'],
  };
}

/**
 * The screens whose words depend only on the pack, the language and the parameters listed. The hotlines
 * (the hours at this minute) and the report menu (the caller's unfinished report) are not among them,
 * nor is any report step's use of the answers so far: they change where an option leads, not its words.
 */
const FIXED_SCREENS: Readonly<Partial<Record<ScreenId, readonly string[]>>> = {
  home: [],
  faq: [],
  'faq-answer': ['id'],
  hospital: [],
  'hospital-kab': [],
  'hospital-search': [],
  'hospital-pick': ['q'],
  'hospital-result': ['level', 'code'],
  language: [],
  'report-consent': [],
  'report-age': [],
  'report-symptoms': [],
  'report-exposure': [],
  'report-risk': [],
  'report-place': [],
  'report-kab': [],
  'report-search': [],
  'report-pick': ['q'],
  'report-contact': [],
};

export const LINE_MENU: Menu<ScreenId, LineContext> = {
  home: 'home',
  nav: navCopy,
  // A line's `say` is made once with its pack (and the retention days its consent screen names).
  fixed: { screens: FIXED_SCREENS, content: (ctx) => ctx.say },
  screens: {
    home,
    faq,
    'faq-answer': faqAnswer,
    hotlines,
    hospital,
    'hospital-kab': hospitalPlaces.kabList,
    'hospital-search': hospitalPlaces.search,
    'hospital-pick': hospitalPlaces.pick,
    'hospital-result': hospitalResult,
    language,
    ...REPORT_SCREENS,
  },
};
