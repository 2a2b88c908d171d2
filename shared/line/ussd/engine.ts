import type { Lang, Localized } from '../../lang.js';
import { USSD_SCREEN_MAX, wrapToPages } from '../../text.js';
import type { PlaceLevel } from '../places.js';
import type { TriageAnswers } from '../triage.js';

/**
 * A pure USSD menu engine. Menus are a table of screens; a screen is a function of its parameters
 * that returns a view (title, text, options). `step` applies one input and returns the reply and the
 * effects the input asks for; it never touches storage, so replaying a session's whole path (Africa's
 * Talking sends `1*2*banyuwangi` on every hop) is safe: the caller runs only the last step's effects.
 */

/** Something the line must do after answering, run by the adapters, never during replay. */
export type Effect =
  | { kind: 'send-sms'; message: string }
  | { kind: 'set-language'; lang: Lang }
  | { kind: 'save-draft'; screen: string; params: Readonly<Record<string, string>> }
  | { kind: 'discard-draft' }
  | { kind: 'submit-report'; report: ReportSubmission };

/** What the report flow hands over when the caller confirms the last answer. */
export interface ReportSubmission {
  answers: TriageAnswers;
  place: { level: PlaceLevel; code: string };
  contactConsent: boolean;
}

export interface Frame<S extends string> {
  screen: S;
  params: Readonly<Record<string, string>>;
  /** Zero-based page of a long screen. */
  page: number;
}

export interface SessionState<S extends string> {
  lang: Lang;
  /** Screens the caller went through; the last is current. Never empty. */
  stack: Frame<S>[];
  ended: boolean;
}

export type Transition<S extends string> =
  | { kind: 'open'; screen: S; params?: Record<string, string>; effects?: Effect[] }
  | { kind: 'end'; text: string; effects?: Effect[] }
  | { kind: 'home'; lang?: Lang; effects?: Effect[] }
  | { kind: 'reask'; reason: string };

export interface Option<S extends string> {
  label: string;
  go: Transition<S>;
}

export interface View<S extends string> {
  title: string;
  /** Running text, paged at word boundaries when it does not fit one screen. */
  body?: string;
  /** Lines shown as they are (not selectable), packed onto as few pages as fit. */
  lines?: readonly string[];
  /** Numbered 1..n across all pages. */
  options?: readonly Option<S>[];
  /** Free text accepted on this screen (a place name); numbers still pick options first. */
  onText?: (text: string) => Transition<S>;
  /** An `END` screen: the session closes after it. */
  end?: boolean;
}

export type Screen<S extends string, C> = (
  ctx: C,
  params: Readonly<Record<string, string>>,
  lang: Lang,
) => View<S>;

/** The words of the navigation lines and the short re-ask reasons, per language. */
export interface NavCopy {
  back: Localized;
  home: Localized;
  more: Localized;
  invalidChoice: Localized;
  emptyInput: Localized;
  noMorePages: Localized;
}

export interface Menu<S extends string, C> {
  home: S;
  screens: Readonly<Record<S, Screen<S, C>>>;
  /** The navigation words, from the context: they live in the content pack with every other sentence. */
  nav(ctx: C): NavCopy;
}

export interface Reply {
  kind: 'CON' | 'END';
  /** What the phone shows, without the `CON `/`END ` prefix. */
  text: string;
}

export interface StepResult<S extends string> {
  state: SessionState<S>;
  reply: Reply;
  effects: Effect[];
}

/** Room for a ` (2/3)` page counter after the title. */
const COUNTER_ROOM = 7;

export const NAV = { back: '0', home: '00', more: '98' } as const;

/** The state of a session that has just dialled in. */
export function startState<S extends string, C>(menu: Menu<S, C>, lang: Lang): SessionState<S> {
  return { lang, stack: [{ screen: menu.home, params: {}, page: 0 }], ended: false };
}

function currentFrame<S extends string>(state: SessionState<S>): Frame<S> {
  const frame = state.stack[state.stack.length - 1];
  if (!frame) throw new Error('USSD session state has an empty stack');
  return frame;
}

function viewOf<S extends string, C>(menu: Menu<S, C>, ctx: C, state: SessionState<S>): View<S> {
  const frame = currentFrame(state);
  return menu.screens[frame.screen](ctx, frame.params, state.lang);
}

/** The longest re-ask reason the engine itself may put in place of a title. */
function reasonRoom(nav: NavCopy, lang: Lang): number {
  const { invalidChoice, emptyInput, noMorePages } = nav;
  return Math.max(invalidChoice[lang].length, emptyInput[lang].length, noMorePages[lang].length);
}

function navLine(nav: NavCopy, lang: Lang, depth: number): string | undefined {
  return depth > 1 ? `${NAV.back} ${nav.back[lang]}  ${NAV.home} ${nav.home[lang]}` : undefined;
}

/**
 * Splits a view into pages of lines (without header) so that header + lines + `98` + nav fit one
 * screen. Exported for the screen walk test.
 */
export function paginate<S extends string>(
  view: View<S>,
  moreLine: string,
  nav: string | undefined,
  reasonRoom = 0,
): string[][] {
  const navCost = nav ? nav.length + 1 : 0;
  // A re-ask reason replaces the title, so the header needs room for the longer of the two.
  const headerRoom = Math.max(view.title.length + COUNTER_ROOM, reasonRoom);
  const optionLines = (view.options ?? []).map((o, i) => `${i + 1} ${o.label}`);
  const textRoom = USSD_SCREEN_MAX - headerRoom - 1 - (moreLine.length + 1) - navCost;
  const textBlocks = view.body ? wrapToPages(view.body, textRoom) : [];
  const blocks = [...textBlocks, ...(view.lines ?? []), ...optionLines];

  const singleLength =
    Math.max(view.title.length, reasonRoom) +
    blocks.reduce((sum, block) => sum + block.length + 1, 0) +
    navCost;
  if (singleLength <= USSD_SCREEN_MAX) return [blocks];

  const room = USSD_SCREEN_MAX - headerRoom - (moreLine.length + 1) - navCost;
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const cost = block.length + 1;
    if (page.length > 0 && used + cost > room) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(block);
    used += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Renders the current frame (and a re-ask reason, if any) as the text the phone shows. */
export function render<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  reason?: string,
): Reply {
  const view = viewOf(menu, ctx, state);
  if (view.end) {
    return { kind: 'END', text: [view.title, view.body].filter(Boolean).join('\n') };
  }
  const frame = currentFrame(state);
  const more = `${NAV.more} ${menu.nav(ctx).more[state.lang]}`;
  const nav = navLine(menu.nav(ctx), state.lang, state.stack.length);
  const pages = paginate(view, more, nav, reasonRoom(menu.nav(ctx), state.lang));
  const index = Math.min(frame.page, pages.length - 1);
  const counter = pages.length > 1 ? ` (${index + 1}/${pages.length})` : '';
  const title = `${view.title}${counter}`;
  const screen = (header: string): string => {
    const lines = [header, ...(pages[index] ?? [])];
    if (index < pages.length - 1) lines.push(more);
    if (nav) lines.push(nav);
    return lines.join('\n');
  };
  if (reason === undefined) return { kind: 'CON', text: screen(title) };
  // A re-ask says what was wrong and asks the question again, when both fit; the reason alone when not.
  const both = screen(`${reason} ${title}`);
  return { kind: 'CON', text: both.length <= USSD_SCREEN_MAX ? both : screen(reason) };
}

function pageCount<S extends string, C>(menu: Menu<S, C>, ctx: C, state: SessionState<S>): number {
  const view = viewOf(menu, ctx, state);
  const more = `${NAV.more} ${menu.nav(ctx).more[state.lang]}`;
  return paginate(
    view,
    more,
    navLine(menu.nav(ctx), state.lang, state.stack.length),
    reasonRoom(menu.nav(ctx), state.lang),
  ).length;
}

function withTop<S extends string>(state: SessionState<S>, frame: Frame<S>): SessionState<S> {
  return { ...state, stack: [...state.stack.slice(0, -1), frame] };
}

function apply<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  transition: Transition<S>,
): StepResult<S> {
  switch (transition.kind) {
    case 'open': {
      const next: SessionState<S> = {
        ...state,
        stack: [...state.stack, { screen: transition.screen, params: transition.params ?? {}, page: 0 }],
      };
      return { state: next, reply: render(menu, ctx, next), effects: transition.effects ?? [] };
    }
    case 'home': {
      const next: SessionState<S> = { ...startState(menu, transition.lang ?? state.lang) };
      return { state: next, reply: render(menu, ctx, next), effects: transition.effects ?? [] };
    }
    case 'end':
      return {
        state: { ...state, ended: true },
        reply: { kind: 'END', text: transition.text },
        effects: transition.effects ?? [],
      };
    case 'reask':
      return { state, reply: render(menu, ctx, state, transition.reason), effects: [] };
  }
}

/** Applies one input to the session and returns the new state, the reply, and the effects to run. */
export function step<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  rawInput: string,
): StepResult<S> {
  const input = rawInput.trim();
  const reask = (reason: Localized): StepResult<S> =>
    apply(menu, ctx, state, { kind: 'reask', reason: reason[state.lang] });
  if (state.ended) return { state, reply: render(menu, ctx, state), effects: [] };
  const view = viewOf(menu, ctx, state);
  if (view.end) return { state: { ...state, ended: true }, reply: render(menu, ctx, state), effects: [] };
  const frame = currentFrame(state);

  if (input === NAV.home) return apply(menu, ctx, state, { kind: 'home' });
  if (input === NAV.back) {
    if (frame.page > 0) {
      const next = withTop(state, { ...frame, page: frame.page - 1 });
      return { state: next, reply: render(menu, ctx, next), effects: [] };
    }
    if (state.stack.length > 1) {
      const next = { ...state, stack: state.stack.slice(0, -1) };
      return { state: next, reply: render(menu, ctx, next), effects: [] };
    }
    return { state, reply: render(menu, ctx, state), effects: [] };
  }
  if (input === NAV.more) {
    if (frame.page + 1 < pageCount(menu, ctx, state)) {
      const next = withTop(state, { ...frame, page: frame.page + 1 });
      return { state: next, reply: render(menu, ctx, next), effects: [] };
    }
    return reask(menu.nav(ctx).noMorePages);
  }
  const options = view.options ?? [];
  if (/^[0-9]+$/.test(input)) {
    const chosen = options[Number(input) - 1];
    if (chosen) return apply(menu, ctx, state, chosen.go);
    if (!view.onText) return reask(menu.nav(ctx).invalidChoice);
  }
  if (view.onText) {
    if (input === '') return reask(menu.nav(ctx).emptyInput);
    return apply(menu, ctx, state, view.onText(input));
  }
  return reask(menu.nav(ctx).invalidChoice);
}

/**
 * Replays a session's whole path from the home screen. Only the effects of the last input are
 * returned: earlier inputs already had theirs run on their own hop.
 */
export function replay<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  lang: Lang,
  inputs: readonly string[],
): StepResult<S> {
  let state = startState(menu, lang);
  let result: StepResult<S> = { state, reply: render(menu, ctx, state), effects: [] };
  for (const input of inputs) {
    result = step(menu, ctx, state, input);
    state = result.state;
  }
  return result;
}

/** Africa's Talking's `text`: every input so far joined by `*`, empty on the first hop. */
export function inputsOf(text: string): string[] {
  return text === '' ? [] : text.split('*');
}
