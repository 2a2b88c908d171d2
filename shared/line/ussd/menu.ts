import { wibDate } from '../calendar.js';
import { nearestMainReferralHospital, nearestReferralHospital } from '../hospitals.js';
import { formatHotlineShort, hotlineStatusAt } from '../hotlines.js';
import type { LineContext } from '../line.js';
import { faqSms, formatKm, type HospitalAnswer, hospitalSms } from '../messages.js';
import type { Place, PlaceLevel } from '../places.js';
import { COPY, fill, NAV_COPY } from './copy.js';
import type { Menu, Screen, Transition, View } from './engine.js';
import { placeParams, placeScreens } from './place-screens.js';
import { REPORT_SCREENS, type ReportScreenId } from './report-screens.js';

/**
 * The USSD menu as a table of screens. Routes are stable once live: a caller who learnt `3*1` keeps
 * reaching the kab/kota list. Screens read their data from the line context and never store
 * anything; what must happen after a screen is returned as an effect.
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

/** The hospital answer for a place; pure, so the same answer is shown on screen and texted. */
export function hospitalAnswerFor(ctx: LineContext, from: Place): HospitalAnswer {
  return {
    from,
    nearest: nearestReferralHospital(ctx.hospitals, from),
    main: nearestMainReferralHospital(ctx.hospitals, from),
  };
}

const home: LineScreen = (_ctx, _params, lang) => ({
  title: COPY.homeTitle[lang],
  options: [
    { label: COPY.homeFaq[lang], go: open('faq') },
    { label: COPY.homeHotline[lang], go: open('hotlines') },
    { label: COPY.homeHospital[lang], go: open('hospital') },
    { label: COPY.homeReport[lang], go: open('report') },
    { label: COPY.homeLanguage[lang], go: open('language') },
  ],
});

const faq: LineScreen = (ctx, _params, lang) => ({
  title: COPY.faqTitle[lang],
  options: ctx.faq.map((topic) => ({ label: topic.title[lang], go: open('faq-answer', { id: topic.id }) })),
});

const faqAnswer: LineScreen = (ctx, params, lang) => {
  const topic = ctx.faq.find((t) => t.id === params.id);
  if (!topic) return { title: NAV_COPY.invalidChoice[lang], end: true };
  return {
    title: topic.title[lang],
    body: topic.answer[lang],
    options: [
      {
        label: COPY.sendSms[lang],
        go: {
          kind: 'end',
          text: COPY.faqSent[lang],
          effects: [{ kind: 'send-sms', message: faqSms(topic, lang) }],
        },
      },
    ],
  };
};

const hotlines: LineScreen = (ctx, _params, lang) => ({
  title: fill(COPY.hotlineTitle[lang], { time: wibDate(ctx.now).hhmm }),
  // All lines on one screen matter more than an SMS copy: the numbers are right there to dial.
  lines: ctx.hotlines.map((h) =>
    formatHotlineShort(h, hotlineStatusAt(h, ctx.now, ctx.calendar), lang, ctx.now),
  ),
});

const hospital: LineScreen = (_ctx, _params, lang) => ({
  title: COPY.hospitalTitle[lang],
  options: [
    { label: COPY.hospitalPickKab[lang], go: open('hospital-kab') },
    { label: COPY.hospitalTypePlace[lang], go: open('hospital-search') },
  ],
});

const hospitalPlaces = placeScreens<ScreenId>('hospital-pick', (_ctx, place) =>
  open('hospital-result', placeParams(place)),
);

const hospitalResult: LineScreen = (ctx, params, lang): View<ScreenId> => {
  const from = placeFromParams(ctx, params);
  if (!from) return { title: COPY.placeNotFound[lang], end: true };
  const answer = hospitalAnswerFor(ctx, from);
  const phone = answer.nearest.hospital.phone ? `, ${answer.nearest.hospital.phone}` : '';
  const main =
    answer.main.hospital.code === answer.nearest.hospital.code
      ? ''
      : fill(COPY.hospitalMainBody[lang], {
          name: answer.main.hospital.name,
          km: formatKm(answer.main.distanceKm),
        });
  return {
    title: fill(COPY.hospitalFrom[lang], { place: from.label }),
    body: fill(COPY.hospitalBody[lang], {
      name: answer.nearest.hospital.name,
      km: formatKm(answer.nearest.distanceKm),
      phone,
    }),
    // A line of its own, so paging never cuts a hospital's name in two.
    lines: main ? [main] : [],
    options: [
      {
        label: COPY.hospitalSendSms[lang],
        go: {
          kind: 'end',
          text: COPY.hospitalSent[lang],
          effects: [{ kind: 'send-sms', message: hospitalSms(answer, lang) }],
        },
      },
    ],
  };
};

const language: LineScreen = (_ctx, _params, lang) => ({
  title: COPY.languageTitle[lang],
  options: [
    {
      label: COPY.languageId[lang],
      go: { kind: 'home', lang: 'id', effects: [{ kind: 'set-language', lang: 'id' }] },
    },
    {
      label: COPY.languageEn[lang],
      go: { kind: 'home', lang: 'en', effects: [{ kind: 'set-language', lang: 'en' }] },
    },
  ],
});

export const LINE_MENU: Menu<ScreenId, LineContext> = {
  home: 'home',
  nav: NAV_COPY,
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
