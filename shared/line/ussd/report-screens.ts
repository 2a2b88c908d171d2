import type { Lang } from '../../lang.js';
import type { LineContext } from '../line.js';
import type { Place, PlaceLevel } from '../places.js';
import { adviceLineSlot, emergencySlot } from '../render.js';
import { AGE_BANDS, SYMPTOMS, type Symptom, type TriageAnswers } from '../triage.js';
import { option, type Screen, type Transition } from './engine.js';
import { reportEndingFor, say } from './memo.js';
import { placeParams, placeScreens } from './place-screens.js';

/**
 * The guided symptom report: consent, age, symptoms, contact with a confirmed case, pregnancy or
 * chronic illness, place, permission to be called; then the risk level and advice. Answers travel in the screens' parameters,
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

/**
 * Opens the next step and saves the answers so far, so nothing confirmed is lost if the session drops.
 * Options call it when chosen, so a screen on the replayed path costs no more than its options.
 */
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
    pregnantOrChronic: params.chronic === '1',
  };
}

function placeOf(ctx: LineContext, params: Params): Place | undefined {
  const level = params.level as PlaceLevel | undefined;
  return level && params.code ? ctx.places.byCode(level, params.code) : undefined;
}

/** Nothing recorded: where to get advice instead, and the emergency numbers. */
function declined(ctx: LineContext, lang: Lang): string {
  return say(ctx, 'report.declined', lang, {
    line: adviceLineSlot(ctx, lang),
    emergency: emergencySlot(ctx, lang),
  });
}

const TO_AGE = next('report-age', { c: '1' });

const consent: ReportScreen = (ctx, _params, lang) => ({
  title: say(ctx, 'report.consentTitle', lang),
  body: say(ctx, 'report.consentBody', lang, { days: String(ctx.reportRetentionDays) }),
  options: [
    { label: say(ctx, 'report.agree', lang), go: TO_AGE },
    option(say(ctx, 'report.decline', lang), () => ({
      kind: 'end',
      text: declined(ctx, lang),
      effects: [{ kind: 'discard-draft' }],
    })),
  ],
});

const entry: ReportScreen = (ctx, params, lang) => {
  const draft = ctx.caller.resumable;
  if (!draft) return consent(ctx, params, lang);
  return {
    title: say(ctx, 'report.resumeTitle', lang),
    options: [
      {
        label: say(ctx, 'report.resume', lang),
        go: { kind: 'open', screen: draft.screen as ReportScreenId, params: draft.params },
      },
      { label: say(ctx, 'report.restart', lang), go: { kind: 'open', screen: 'report-consent' } },
    ],
  };
};

const age: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.ageTitle', lang),
  options: AGE_BANDS.map((band, i) =>
    option(say(ctx, `report.age.${band}`, lang), () =>
      next('report-symptoms', { ...params, age: String(i) }),
    ),
  ),
});

/** The symptoms in the order their numbers are typed, and "none" last. */
const SYMPTOM_CHOICES = [...SYMPTOMS, 'none'] as const;

const symptoms: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.symptomsTitle', lang),
  get lines() {
    return SYMPTOM_CHOICES.map((s, i) => `${i + 1} ${say(ctx, `report.symptom.${s}`, lang)}`);
  },
  onText: (text) => {
    const none = SYMPTOM_CHOICES.length;
    const chosen = parseChoices(text, none);
    if (!chosen || (chosen.includes(none) && chosen.length > 1))
      return { kind: 'reask', reason: say(ctx, 'report.symptomsInvalid', lang) };
    return next('report-exposure', { ...params, sym: chosen.includes(none) ? '' : chosen.join('') });
  },
});

const exposure: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.contactTitle', lang),
  options: [
    option(say(ctx, 'report.yes', lang), () => next('report-risk', { ...params, exp: '1' })),
    option(say(ctx, 'report.no', lang), () => next('report-risk', { ...params, exp: '' })),
  ],
});

const risk: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.riskTitle', lang),
  options: [
    option(say(ctx, 'report.yes', lang), () => next('report-place', { ...params, chronic: '1' })),
    option(say(ctx, 'report.no', lang), () => next('report-place', { ...params, chronic: '0' })),
  ],
});

const toContact = (_ctx: LineContext, place: Place, params: Params): Transition<ReportScreenId> =>
  next('report-contact', { ...params, ...placeParams(place) });

const placeSteps = placeScreens<ReportScreenId>('report-pick', toContact);

const place: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.placeTitle', lang),
  options: [
    { label: say(ctx, 'report.placeKab', lang), go: { kind: 'open', screen: 'report-kab', params } },
    { label: say(ctx, 'report.placeType', lang), go: { kind: 'open', screen: 'report-search', params } },
  ],
});

/**
 * How the report ends once the caller says whether they may be called: the risk and advice, the report
 * stored and the advice texted. Worked out only for the option chosen.
 */
function finish(
  ctx: LineContext,
  params: Params,
  lang: Lang,
  contactConsent: boolean,
): Transition<ReportScreenId> {
  const answers = answersFrom(params);
  const where = placeOf(ctx, params);
  if (!answers || !where) return { kind: 'end', text: declined(ctx, lang) };
  const { text, message } = reportEndingFor(ctx, answers, where, lang);
  return {
    kind: 'end',
    text,
    effects: [
      {
        kind: 'submit-report',
        report: { answers, place: { level: where.level, code: where.code }, contactConsent },
      },
      { kind: 'send-sms', message },
      { kind: 'discard-draft' },
    ],
  };
}

const contact: ReportScreen = (ctx, params, lang) => ({
  title: say(ctx, 'report.callTitle', lang),
  options: [
    option(say(ctx, 'report.yes', lang), () => finish(ctx, params, lang, true)),
    option(say(ctx, 'report.no', lang), () => finish(ctx, params, lang, false)),
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
