import type { Lang, Localized } from '../../lang.js';
import { USSD_SCREEN_MAX, wrapToPages } from '../../text.js';
import type { PlaceLevel } from '../places.js';
import type { TriageAnswers } from '../triage.js';

/**
 * A pure USSD menu engine. Menus are a table of screens; a screen is a function of its parameters
 * that returns a view (title, text, options). `step` applies one input and returns the reply and the
 * effects the input asks for; it never touches storage, so replaying a session's whole path (Africa's
 * Talking sends `1*2*banyuwangi` on every hop) is safe: the caller runs only the last step's effects.
 *
 * Replaying is the hop's main cost, so it goes through the screens' transitions only: no screen on the
 * way is laid out, and an option's transition (with the SMS it would queue) is worked out only when the
 * option is chosen. Screens keep their own heavy work (a hotline's hours, the nearest hospital) for the
 * parts of their view that are shown, so that passing through a screen costs next to nothing; and a
 * screen whose words depend only on the menu's content (`Menu.fixed`) is laid out once per process.
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
  /** Where the option leads; a function when working it out costs something (an SMS to build). */
  go: Transition<S> | (() => Transition<S>);
}

/** An option whose transition is worked out only if it is chosen. */
export function option<S extends string>(label: string, go: () => Transition<S>): Option<S> {
  return { label, go };
}

/**
 * What a screen shows and accepts. Replaying a path reads only `end`, `options` (their number and the
 * chosen one's `go`) and `onText`; the words are read only from the screen that is shown, so a screen
 * may compute them lazily (a getter).
 */
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
  /**
   * The screens whose words depend on nothing but the menu's content, the language and the frame's
   * parameters (not on the instant, not on the caller), and the object in the context that stands for
   * that content: the engine lays such a frame out once per process, not on every hop that shows it.
   */
  fixed?: {
    /** Each fixed screen, with the parameters its words depend on (a place's code, a typed name). */
    screens: Readonly<Partial<Record<S, readonly string[]>>>;
    content(ctx: C): object;
  };
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

/** A frame laid out: its title and pages, or the text of an END screen. */
interface Layout {
  title: string;
  pages: string[][];
  /** The whole text, for a screen that ends the session. */
  end?: string;
  more: string;
  nav: string | undefined;
}

function layoutOfView<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  view: View<S>,
): Layout {
  const copy = menu.nav(ctx);
  const more = `${NAV.more} ${copy.more[state.lang]}`;
  const nav = navLine(copy, state.lang, state.stack.length);
  if (view.end) {
    return {
      title: view.title,
      pages: [],
      end: [view.title, view.body].filter(Boolean).join('\n'),
      more,
      nav,
    };
  }
  return { title: view.title, pages: paginate(view, more, nav, reasonRoom(copy, state.lang)), more, nav };
}

/** Laid-out fixed frames, per content object; bounded, starting again once full. */
const LAYOUTS = new WeakMap<object, Map<string, Layout>>();
const LAYOUT_LIMIT = 4096;
/** The content last laid out for, and its layouts: a process serves one line. */
let lastLayouts: { content: object; kept: Map<string, Layout> } | undefined;

function layoutsFor(content: object): Map<string, Layout> {
  if (lastLayouts?.content === content) return lastLayouts.kept;
  let kept = LAYOUTS.get(content);
  if (!kept) {
    kept = new Map();
    LAYOUTS.set(content, kept);
  }
  lastLayouts = { content, kept };
  return kept;
}

/**
 * The current frame laid out, from `view` when the caller has it. A fixed screen's layout is kept: it
 * depends on the frame, the language and whether the navigation line shows, and on nothing else.
 */
function layoutOf<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  view?: View<S>,
): Layout {
  const frame = currentFrame(state);
  const fixed = menu.fixed;
  const shownParams = fixed?.screens[frame.screen];
  if (!fixed || !shownParams) return layoutOfView(menu, ctx, state, view ?? viewOf(menu, ctx, state));
  const kept = layoutsFor(fixed.content(ctx));
  let key = `${frame.screen}\u0000${state.lang}\u0000${state.stack.length > 1 ? 1 : 0}`;
  for (const name of shownParams) key += `\u0000${frame.params[name] ?? ''}`;
  const found = kept.get(key);
  if (found) return found;
  const layout = layoutOfView(menu, ctx, state, view ?? viewOf(menu, ctx, state));
  if (kept.size >= LAYOUT_LIMIT) kept.clear();
  kept.set(key, layout);
  return layout;
}

/** Renders the current frame (and a re-ask reason, if any) as the text the phone shows. */
export function render<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  reason?: string,
): Reply {
  const layout = layoutOf(menu, ctx, state);
  if (layout.end !== undefined) return { kind: 'END', text: layout.end };
  const { pages } = layout;
  const frame = currentFrame(state);
  const index = Math.min(frame.page, pages.length - 1);
  const counter = pages.length > 1 ? ` (${index + 1}/${pages.length})` : '';
  const title = `${layout.title}${counter}`;
  if (reason === undefined) return { kind: 'CON', text: screenText(title, layout, index) };
  // A re-ask says what was wrong and asks the question again, when both fit; the reason alone when not.
  const both = screenText(`${reason} ${title}`, layout, index);
  return { kind: 'CON', text: both.length <= USSD_SCREEN_MAX ? both : screenText(reason, layout, index) };
}

/** One page of a layout under a header, with `98` when more pages follow and the navigation line. */
function screenText(header: string, layout: Layout, index: number): string {
  const { pages, more, nav } = layout;
  const lines = [header, ...(pages[index] ?? [])];
  if (index < pages.length - 1) lines.push(more);
  if (nav) lines.push(nav);
  return lines.join('\n');
}

function withTop<S extends string>(state: SessionState<S>, frame: Frame<S>): SessionState<S> {
  return { ...state, stack: [...state.stack.slice(0, -1), frame] };
}

/**
 * What an input leads to before anything is rendered: the new state, what the phone is to show (the
 * current screen, perhaps with a re-ask reason, or an END text), and the effects to run.
 */
interface Advance<S extends string> {
  state: SessionState<S>;
  shows: { kind: 'screen'; reason?: string } | { kind: 'end'; text: string };
  effects: Effect[];
}

const SCREEN = { kind: 'screen' } as const;

function follow<S extends string, C>(
  menu: Menu<S, C>,
  state: SessionState<S>,
  transition: Transition<S>,
): Advance<S> {
  switch (transition.kind) {
    case 'open': {
      const frame = { screen: transition.screen, params: transition.params ?? {}, page: 0 };
      const next: SessionState<S> = { ...state, stack: [...state.stack, frame] };
      return { state: next, shows: SCREEN, effects: transition.effects ?? [] };
    }
    case 'home':
      return {
        state: startState(menu, transition.lang ?? state.lang),
        shows: SCREEN,
        effects: transition.effects ?? [],
      };
    case 'end':
      return {
        state: { ...state, ended: true },
        shows: { kind: 'end', text: transition.text },
        effects: transition.effects ?? [],
      };
    case 'reask':
      return { state, shows: { kind: 'screen', reason: transition.reason }, effects: [] };
  }
}

const stay = <S extends string>(state: SessionState<S>): Advance<S> => ({
  state,
  shows: SCREEN,
  effects: [],
});

function reask<S extends string>(state: SessionState<S>, reason: Localized): Advance<S> {
  return { state, shows: { kind: 'screen', reason: reason[state.lang] }, effects: [] };
}

/** Applies one input to the session without rendering anything. */
function advance<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  rawInput: string,
): Advance<S> {
  const input = rawInput.trim();
  if (state.ended) return stay(state);
  const view = viewOf(menu, ctx, state);
  if (view.end) return stay({ ...state, ended: true });
  const frame = currentFrame(state);

  if (input === NAV.home) return follow(menu, state, { kind: 'home' });
  if (input === NAV.back) {
    if (frame.page > 0) return stay(withTop(state, { ...frame, page: frame.page - 1 }));
    if (state.stack.length > 1) return stay({ ...state, stack: state.stack.slice(0, -1) });
    return stay(state);
  }
  if (input === NAV.more) {
    if (frame.page + 1 < layoutOf(menu, ctx, state, view).pages.length) {
      return stay(withTop(state, { ...frame, page: frame.page + 1 }));
    }
    return reask(state, menu.nav(ctx).noMorePages);
  }
  const options = view.options ?? [];
  if (/^[0-9]+$/.test(input)) {
    const chosen = options[Number(input) - 1];
    if (chosen) return follow(menu, state, typeof chosen.go === 'function' ? chosen.go() : chosen.go);
    if (!view.onText) return reask(state, menu.nav(ctx).invalidChoice);
  }
  if (view.onText) {
    if (input === '') return reask(state, menu.nav(ctx).emptyInput);
    return follow(menu, state, view.onText(input));
  }
  return reask(state, menu.nav(ctx).invalidChoice);
}

function shown<S extends string, C>(menu: Menu<S, C>, ctx: C, advanced: Advance<S>): StepResult<S> {
  const { state, shows, effects } = advanced;
  const reply: Reply =
    shows.kind === 'end' ? { kind: 'END', text: shows.text } : render(menu, ctx, state, shows.reason);
  return { state, reply, effects };
}

/** Applies one input to the session and returns the new state, the reply, and the effects to run. */
export function step<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  state: SessionState<S>,
  rawInput: string,
): StepResult<S> {
  return shown(menu, ctx, advance(menu, ctx, state, rawInput));
}

/**
 * Replays a session's whole path from the home screen and renders the screen it ends on, and only that
 * one. Only the effects of the last input are returned: earlier inputs already had theirs run on their
 * own hop.
 */
export function replay<S extends string, C>(
  menu: Menu<S, C>,
  ctx: C,
  lang: Lang,
  inputs: readonly string[],
): StepResult<S> {
  let advanced: Advance<S> = stay(startState(menu, lang));
  for (const input of inputs) advanced = advance(menu, ctx, advanced.state, input);
  return shown(menu, ctx, advanced);
}

/** Africa's Talking's `text`: every input so far joined by `*`, empty on the first hop. */
export function inputsOf(text: string): string[] {
  return text === '' ? [] : text.split('*');
}
