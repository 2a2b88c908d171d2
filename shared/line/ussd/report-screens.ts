import { nearestReferralHospital } from '../hospitals.js';
import type { Lang } from '../../lang.js';
import type { LineContext } from '../line.js';
import { reportSms } from '../messages.js';
import type { Place, PlaceLevel } from '../places.js';
import { AGE_BANDS, SYMPTOMS, type Symptom, type TriageAnswers, triage } from '../triage.js';
import { fill, REPORT_COPY } from './copy.js';
import type { Effect, Screen, Transition } from './engine.js';
import { placeParams, placeScreens } from './place-screens.js';

/**
 * The guided symptom report: consent, age, symptoms, exposure, pregnancy or chronic illness, place,
 * permission to be called; then the risk level and advice. Answers travel in the screens' parameters,
 * and every confirmed step is saved as a draft so a dropped session can continue where it stopped.
 */
export type ReportScreenId =
  | 'report'
  | 'report-consent'
  | 'report-age'
  | 'report-symptoms'
  | 'report-exposure'
  | 'report-risk'
  | 'report-place'
  | 'report-kab'
  | 'report-search'
  | 'report-pick'
  | 'report-contact';

type Params = Readonly<Record<string, string>>;
type ReportScreen = Screen<ReportScreenId, LineContext>;

/** Opens the next step and saves the answers so far, so nothing confirmed is lost if the session drops. */
function next(screen: ReportScreenId, params: Params): Transition<ReportScreenId> {
  return { kind: 'open', screen, params, effects: [{ kind: 'save-draft', screen, params }] };
}

/**
 * Numbers typed on a multiple-choice screen: `1 2`, `1,2`, `12` all mean one and two. Undefined when
 * anything else was typed or a number is out of range.
 */
export function parseChoices(text: string, max: number): number[] | undefined {
  const tokens = text.split(/[\s,.;+/-]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.some((t) => !/^[0-9]+$/.test(t))) return undefined;
  const digits = tokens.flatMap((t) => (t.length > 1 && Number(t) > max ? [...t] : [t])).map(Number);
  if (digits.some((d) => d < 1 || d > max)) return undefined;
  return [...new Set(digits)].sort((a, b) => a - b);
}

/** The answers gathered in the parameters, once all of them are there. */
export function answersFrom(params: Params): TriageAnswers | undefined {
  const ageBand = AGE_BANDS[Number(params.age)];
  if (!ageBand || params.sym === undefined || params.exp === undefined || params.chronic === undefined) {
    return undefined;
  }
  const symptoms = [...params.sym].map((d) => SYMPTOMS[Number(d) - 1]).filter((s): s is Symptom => !!s);
  return {
    ageBand,
    symptoms,
    contactWithCase: params.exp.includes('1'),
    travelFromTransmissionArea: params.exp.includes('2'),
    pregnantOrChronic: params.chronic === '1',
  };
}

function placeOf(ctx: LineContext, params: Params): Place | undefined {
  const level = params.level as PlaceLevel | undefined;
  return level && params.code ? ctx.places.byCode(level, params.code) : undefined;
}

const consent: ReportScreen = (ctx, _params, lang) => ({
  title: REPORT_COPY.consentTitle[lang],
  body: fill(REPORT_COPY.consentBody[lang], { days: String(ctx.reportRetentionDays) }),
  options: [
    { label: REPORT_COPY.agree[lang], go: next('report-age', { c: '1' }) },
    {
      label: REPORT_COPY.decline[lang],
      go: { kind: 'end', text: REPORT_COPY.declined[lang], effects: [{ kind: 'discard-draft' }] },
    },
  ],
});

const entry: ReportScreen = (ctx, params, lang) => {
  const draft = ctx.caller.resumable;
  if (!draft) return consent(ctx, params, lang);
  return {
    title: REPORT_COPY.resumeTitle[lang],
    options: [
      {
        label: REPORT_COPY.resume[lang],
        go: { kind: 'open', screen: draft.screen as ReportScreenId, params: draft.params },
      },
      { label: REPORT_COPY.restart[lang], go: { kind: 'open', screen: 'report-consent' } },
    ],
  };
};

const age: ReportScreen = (_ctx, params, lang) => ({
  title: REPORT_COPY.ageTitle[lang],
  options: REPORT_COPY.ages[lang].map((label, i) => ({
    label,
    go: next('report-symptoms', { ...params, age: String(i) }),
  })),
});

const symptoms: ReportScreen = (_ctx, params, lang) => ({
  title: REPORT_COPY.symptomsTitle[lang],
  lines: REPORT_COPY.symptoms[lang].map((label, i) => `${i + 1} ${label}`),
  onText: (text) => {
    const chosen = parseChoices(text, 6);
    const none = chosen?.includes(6);
    if (!chosen || (none && chosen.length > 1))
      return { kind: 'reask', reason: REPORT_COPY.symptomsInvalid[lang] };
    return next('report-exposure', { ...params, sym: none ? '' : chosen.join('') });
  },
});

const exposure: ReportScreen = (_ctx, params, lang) => ({
  title: REPORT_COPY.exposureTitle[lang],
  lines: REPORT_COPY.exposures[lang].map((label, i) => `${i + 1} ${label}`),
  onText: (text) => {
    const chosen = parseChoices(text, 3);
    const neither = chosen?.includes(3);
    if (!chosen || (neither && chosen.length > 1)) {
      return { kind: 'reask', reason: REPORT_COPY.exposureInvalid[lang] };
    }
    return next('report-risk', { ...params, exp: neither ? '' : chosen.join('') });
  },
});

const risk: ReportScreen = (_ctx, params, lang) => ({
  title: REPORT_COPY.riskTitle[lang],
  options: [
    { label: REPORT_COPY.yes[lang], go: next('report-place', { ...params, chronic: '1' }) },
    { label: REPORT_COPY.no[lang], go: next('report-place', { ...params, chronic: '0' }) },
  ],
});

const toContact = (_ctx: LineContext, place: Place, params: Params): Transition<ReportScreenId> =>
  next('report-contact', { ...params, ...placeParams(place) });

const placeSteps = placeScreens<ReportScreenId>('report-pick', toContact);

const place: ReportScreen = (_ctx, params, lang) => ({
  title: REPORT_COPY.placeTitle[lang],
  options: [
    { label: REPORT_COPY.placeKab[lang], go: { kind: 'open', screen: 'report-kab', params } },
    { label: REPORT_COPY.placeType[lang], go: { kind: 'open', screen: 'report-search', params } },
  ],
});

function finish(
  ctx: LineContext,
  params: Params,
  lang: Lang,
  contactConsent: boolean,
): Transition<ReportScreenId> {
  const answers = answersFrom(params);
  const where = placeOf(ctx, params);
  if (!answers || !where) return { kind: 'end', text: REPORT_COPY.declined[lang] };
  const result = triage(answers);
  const nearest = nearestReferralHospital(ctx.hospitals, where);
  const hospitalAnswer = { from: where, nearest, main: nearest };
  const phone = nearest.hospital.phone ? ` ${nearest.hospital.phone}` : '';
  const text =
    result.level === 'high'
      ? fill(REPORT_COPY.high[lang], { name: nearest.hospital.name, phone })
      : result.level === 'moderate'
        ? REPORT_COPY.moderate[lang]
        : result.quarantine
          ? REPORT_COPY.lowQuarantine[lang]
          : REPORT_COPY.low[lang];
  const effects: Effect[] = [
    {
      kind: 'submit-report',
      report: { answers, place: { level: where.level, code: where.code }, contactConsent },
    },
    { kind: 'send-sms', message: reportSms(result, hospitalAnswer, lang) },
    { kind: 'discard-draft' },
  ];
  return { kind: 'end', text, effects };
}

const contact: ReportScreen = (ctx, params, lang) => ({
  title: REPORT_COPY.contactTitle[lang],
  options: [
    { label: REPORT_COPY.yes[lang], go: finish(ctx, params, lang, true) },
    { label: REPORT_COPY.no[lang], go: finish(ctx, params, lang, false) },
  ],
});

export const REPORT_SCREENS: Readonly<Record<ReportScreenId, ReportScreen>> = {
  report: entry,
  'report-consent': consent,
  'report-age': age,
  'report-symptoms': symptoms,
  'report-exposure': exposure,
  'report-risk': risk,
  'report-place': place,
  'report-kab': placeSteps.kabList,
  'report-search': placeSteps.search,
  'report-pick': placeSteps.pick,
  'report-contact': contact,
};
