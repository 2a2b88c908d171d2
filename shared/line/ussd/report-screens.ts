import type { Lang } from '../../lang.js';
import { reportOutcome } from '../answers.js';
import type { LineContext } from '../line.js';
import type { Place, PlaceLevel } from '../places.js';
import { adviceLineSlot, emergencySlot, reportScreenText, reportSmsText } from '../render.js';
import { AGE_BANDS, SYMPTOMS, type Symptom, type TriageAnswers } from '../triage.js';
import type { Screen, Transition } from './engine.js';
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
    pregnantOrChronic: params.chronic === '1',
  };
}

function placeOf(ctx: LineContext, params: Params): Place | undefined {
  const level = params.level as PlaceLevel | undefined;
  return level && params.code ? ctx.places.byCode(level, params.code) : undefined;
}

/** Nothing recorded: where to get advice instead, and the emergency numbers. */
function declined(ctx: LineContext, lang: Lang): string {
  return ctx.say('report.declined', lang, {
    line: adviceLineSlot(ctx, lang),
    emergency: emergencySlot(ctx, lang),
  });
}

const consent: ReportScreen = (ctx, _params, lang) => ({
  title: ctx.say('report.consentTitle', lang),
  body: ctx.say('report.consentBody', lang, { days: String(ctx.reportRetentionDays) }),
  options: [
    { label: ctx.say('report.agree', lang), go: next('report-age', { c: '1' }) },
    {
      label: ctx.say('report.decline', lang),
      go: { kind: 'end', text: declined(ctx, lang), effects: [{ kind: 'discard-draft' }] },
    },
  ],
});

const entry: ReportScreen = (ctx, params, lang) => {
  const draft = ctx.caller.resumable;
  if (!draft) return consent(ctx, params, lang);
  return {
    title: ctx.say('report.resumeTitle', lang),
    options: [
      {
        label: ctx.say('report.resume', lang),
        go: { kind: 'open', screen: draft.screen as ReportScreenId, params: draft.params },
      },
      { label: ctx.say('report.restart', lang), go: { kind: 'open', screen: 'report-consent' } },
    ],
  };
};

const age: ReportScreen = (ctx, params, lang) => ({
  title: ctx.say('report.ageTitle', lang),
  options: AGE_BANDS.map((band, i) => ({
    label: ctx.say(`report.age.${band}`, lang),
    go: next('report-symptoms', { ...params, age: String(i) }),
  })),
});

/** The symptoms in the order their numbers are typed, and "none" last. */
const SYMPTOM_CHOICES = [...SYMPTOMS, 'none'] as const;

const symptoms: ReportScreen = (ctx, params, lang) => ({
  title: ctx.say('report.symptomsTitle', lang),
  lines: SYMPTOM_CHOICES.map((s, i) => `${i + 1} ${ctx.say(`report.symptom.${s}`, lang)}`),
  onText: (text) => {
    const none = SYMPTOM_CHOICES.length;
    const chosen = parseChoices(text, none);
    if (!chosen || (chosen.includes(none) && chosen.length > 1))
      return { kind: 'reask', reason: ctx.say('report.symptomsInvalid', lang) };
    return next('report-exposure', { ...params, sym: chosen.includes(none) ? '' : chosen.join('') });
  },
});

const exposure: ReportScreen = (ctx, params, lang) => ({
  title: ctx.say('report.contactTitle', lang),
  options: [
    { label: ctx.say('report.yes', lang), go: next('report-risk', { ...params, exp: '1' }) },
    { label: ctx.say('report.no', lang), go: next('report-risk', { ...params, exp: '' }) },
  ],
});

const risk: ReportScreen = (ctx, params, lang) => ({
  title: ctx.say('report.riskTitle', lang),
  options: [
    { label: ctx.say('report.yes', lang), go: next('report-place', { ...params, chronic: '1' }) },
    { label: ctx.say('report.no', lang), go: next('report-place', { ...params, chronic: '0' }) },
  ],
});

const toContact = (_ctx: LineContext, place: Place, params: Params): Transition<ReportScreenId> =>
  next('report-contact', { ...params, ...placeParams(place) });

const placeSteps = placeScreens<ReportScreenId>('report-pick', toContact);

const place: ReportScreen = (ctx, params, lang) => ({
  title: ctx.say('report.placeTitle', lang),
  options: [
    { label: ctx.say('report.placeKab', lang), go: { kind: 'open', screen: 'report-kab', params } },
    { label: ctx.say('report.placeType', lang), go: { kind: 'open', screen: 'report-search', params } },
  ],
});

/**
 * The two ways the report ends, whether or not the caller may be called: the outcome, its screen and
 * its SMS are the same for both, so they are worked out once per render.
 */
function finishes(
  ctx: LineContext,
  params: Params,
  lang: Lang,
): (contactConsent: boolean) => Transition<ReportScreenId> {
  const answers = answersFrom(params);
  const where = placeOf(ctx, params);
  if (!answers || !where) {
    const end: Transition<ReportScreenId> = { kind: 'end', text: declined(ctx, lang) };
    return () => end;
  }
  const outcome = reportOutcome(ctx, answers, where);
  const text = reportScreenText(ctx, outcome, lang);
  const message = reportSmsText(ctx, outcome, lang);
  return (contactConsent) => ({
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
  });
}

const contact: ReportScreen = (ctx, params, lang) => {
  const finish = finishes(ctx, params, lang);
  return {
    title: ctx.say('report.callTitle', lang),
    options: [
      { label: ctx.say('report.yes', lang), go: finish(true) },
      { label: ctx.say('report.no', lang), go: finish(false) },
    ],
  };
};

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
