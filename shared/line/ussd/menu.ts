import { hospitalAnswer } from '../answers.js';
import { wibDate } from '../calendar.js';
import { formatHotlineScreen, hotlinesStatusAt } from '../hotlines.js';
import type { LineContext } from '../line.js';
import type { Place, PlaceLevel } from '../places.js';
import {
  emergencySlot,
  formatDay,
  formatKm,
  hospitalShort,
  hospitalSmsText,
  hospitalWithPhone,
} from '../render.js';
import type { Menu, NavCopy, Option, Screen, Transition, View } from './engine.js';
import { placeParams, placeScreens } from './place-screens.js';
import { REPORT_SCREENS, type ReportScreenId } from './report-screens.js';

/**
 * The USSD menu as a table of screens. Routes are stable once live: a caller who learnt `3*1` keeps
 * reaching the kab/kota list. Screens read their data and their words from the line context and never
 * store anything; what must happen after a screen is returned as an effect.
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

function placeFromParams(ctx: LineContext, params: Readonly<Record<string, string>>): Place | undefined {
  const level = params.level as PlaceLevel | undefined;
  const code = params.code;
  return level && code ? ctx.places.byCode(level, code) : undefined;
}

const home: LineScreen = (ctx, _params, lang) => ({
  title: ctx.say('home.title', lang),
  options: [
    { label: ctx.say('home.faq', lang), go: open('faq') },
    { label: ctx.say('home.hotlines', lang), go: open('hotlines') },
    { label: ctx.say('home.hospital', lang), go: open('hospital') },
    { label: ctx.say('home.report', lang), go: open('report') },
    { label: ctx.say('home.language', lang), go: open('language') },
  ],
});

const faq: LineScreen = (ctx, _params, lang) => ({
  title: ctx.say('faq.title', lang, { checked: formatDay(ctx.checkedOn) }),
  options: ctx.faq.map((topic) => ({ label: topic.title[lang], go: open('faq-answer', { id: topic.id }) })),
});

const faqAnswer: LineScreen = (ctx, params, lang) => {
  const topic = ctx.faq.find((t) => t.id === params.id);
  if (!topic) return { title: ctx.say('nav.invalidChoice', lang), end: true };
  return {
    title: topic.title[lang],
    body: topic.answer[lang],
    options: [
      {
        label: ctx.say('faq.sendSms', lang),
        go: {
          kind: 'end',
          text: ctx.say('faq.sent', lang),
          effects: [{ kind: 'send-sms', message: topic.sms[lang] }],
        },
      },
    ],
  };
};

const hotlines: LineScreen = (ctx, _params, lang) => ({
  title: ctx.say('hotlines.title', lang, { time: wibDate(ctx.now).hhmm }),
  // All lines on one screen matter more than an SMS copy: the numbers are right there to dial.
  lines: formatHotlineScreen(hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), lang, ctx.now),
});

const hospital: LineScreen = (ctx, _params, lang) => ({
  title: ctx.say('hospital.title', lang),
  options: [
    { label: ctx.say('hospital.pickKab', lang), go: open('hospital-kab') },
    { label: ctx.say('hospital.typePlace', lang), go: open('hospital-search') },
  ],
});

const hospitalPlaces = placeScreens<ScreenId>('hospital-pick', (_ctx, place) =>
  open('hospital-result', placeParams(place)),
);

const hospitalResult: LineScreen = (ctx, params, lang): View<ScreenId> => {
  const from = placeFromParams(ctx, params);
  if (!from) return { title: ctx.say('hospital.placeNotFound', lang), end: true };
  const answer = hospitalAnswer(ctx, from);
  const sendSms: Option<ScreenId> = {
    label: ctx.say('hospital.sendSms', lang),
    go: {
      kind: 'end',
      text: ctx.say('hospital.sent', lang, { emergency: emergencySlot(ctx, lang, from.kabCode) }),
      effects: [{ kind: 'send-sms', message: hospitalSmsText(ctx, answer, lang) }],
    },
  };
  if (answer.kind === 'in-area') {
    return {
      title: ctx.say('hospital.inArea', lang, { place: from.label }),
      // One line a hospital, so paging never cuts a name or a number in two; main hospitals first.
      lines: answer.hospitals.map((h) => hospitalWithPhone(ctx, h, lang)),
      options: [sendSms],
    };
  }
  const { nearest, main } = answer;
  return {
    title: ctx.say('hospital.from', lang, { place: from.label }),
    lines: [
      ctx.say('hospital.nearest', lang, {
        hospital: hospitalShort(nearest.hospital),
        km: formatKm(nearest.distanceKm),
      }),
      ...(main.hospital.code === nearest.hospital.code
        ? []
        : [ctx.say('hospital.main', lang, { hospital: main.hospital.name, km: formatKm(main.distanceKm) })]),
    ],
    options: [sendSms],
  };
};

const language: LineScreen = (ctx, _params, lang) => ({
  title: ctx.say('language.title', lang),
  options: [
    {
      label: ctx.say('language.id', lang),
      go: { kind: 'home', lang: 'id', effects: [{ kind: 'set-language', lang: 'id' }] },
    },
    {
      label: ctx.say('language.en', lang),
      go: { kind: 'home', lang: 'en', effects: [{ kind: 'set-language', lang: 'en' }] },
    },
  ],
});

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

export const LINE_MENU: Menu<ScreenId, LineContext> = {
  home: 'home',
  nav: navCopy,
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
