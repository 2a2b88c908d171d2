import { describe, expect, it } from 'vitest';
import { sharedLine } from '../../functions/deps.js';
import type { Lang } from '../../shared/lang.js';
import { isGsm7Basic, USSD_SCREEN_MAX } from '../../shared/text.js';
import { COPY, NAV_COPY } from '../../shared/line/ussd/copy.js';
import {
  render,
  type SessionState,
  type StepResult,
  startState,
  step,
} from '../../shared/line/ussd/engine.js';
import { LINE_MENU, type ScreenId } from '../../shared/line/ussd/menu.js';

/**
 * Walks every screen a caller can reach, in both languages and at instants that change what the
 * hotline screen says, and checks each one as a phone would show it.
 */

const INSTANTS = [
  '2026-11-23T03:00:00Z', // Monday 10:00 WIB, office open
  '2026-11-22T03:00:00Z', // Sunday
  '2026-12-24T10:00:00Z', // cuti bersama, evening
  '2026-03-20T01:00:00Z', // Idulfitri break
];
/** What callers type on free-text screens: found, ambiguous, typo, not found. */
const TYPED = [
  'sempu banyuwangi',
  'genteng',
  'surbaya',
  'kec. kalipuro',
  'xqzzv',
  'malang',
  '1 2',
  '4',
  '6',
  '3',
  '1 6',
  '7',
];
/** An unfinished report from an earlier session, so the walk also sees the offer to resume. */
const RESUMABLE = {
  sessionId: 'earlier',
  screen: 'report-exposure',
  params: { c: '1', age: '1', sym: '12' },
  updatedAt: '2026-11-22T02:55:00Z',
};

type State = SessionState<ScreenId>;

interface Seen {
  path: string[];
  result: StepResult<ScreenId>;
}

/**
 * A screen's identity for the walk. The report flow carries every answer in its parameters; which
 * answers were given changes no screen but the last, so report frames count once per set of answered
 * questions (the last screen's every outcome has its own test below), which keeps the walk finite.
 */
function key(state: State): string {
  const frames = state.stack.map((f) =>
    f.screen.startsWith('report-') && f.screen !== 'report-pick'
      ? { screen: f.screen, page: f.page, answered: Object.keys(f.params).sort() }
      : f,
  );
  return JSON.stringify({ lang: state.lang, ended: state.ended, frames });
}

function walk(lang: Lang, instant: string, resumable?: typeof RESUMABLE): Seen[] {
  const ctx = sharedLine().contextAt(new Date(instant), { resumable });
  const start = startState(LINE_MENU, lang);
  const seen = new Map<string, Seen>();
  const queue: Seen[] = [
    { path: [], result: { state: start, reply: render(LINE_MENU, ctx, start), effects: [] } },
  ];
  const all: Seen[] = [];
  while (queue.length > 0) {
    const current = queue.shift() as Seen;
    all.push(current);
    if (current.result.state.ended || current.result.reply.kind === 'END') continue;
    const k = key(current.result.state);
    if (seen.has(k)) continue;
    seen.set(k, current);
    const view = LINE_MENU.screens[current.result.state.stack.at(-1)?.screen ?? 'home'](
      ctx,
      current.result.state.stack.at(-1)?.params ?? {},
      current.result.state.lang,
    );
    const inputs = [
      ...(view.options ?? []).map((_, i) => String(i + 1)),
      '98',
      '0',
      '00',
      '99',
      ...(view.onText ? TYPED : []),
    ];
    for (const input of inputs) {
      const result = step(LINE_MENU, ctx, current.result.state, input);
      const next = { path: [...current.path, input], result };
      if (!seen.has(key(result.state)) || result.reply.kind === 'END') queue.push(next);
      else all.push(next);
    }
  }
  return all;
}

const walks = (['id', 'en'] as const).flatMap((lang) =>
  INSTANTS.map((instant, i) => ({
    lang,
    instant,
    screens: walk(lang, instant, i === 1 ? RESUMABLE : undefined),
  })),
);

describe('every reachable USSD screen', () => {
  it.each(walks.map((w) => [w.lang, w.instant, w]))('%s at %s: fits a phone', (_lang, _instant, w) => {
    for (const { path, result } of w.screens) {
      const where = `after ${path.join('*') || '(dial)'}`;
      expect(result.reply.text.length, where).toBeLessThanOrEqual(USSD_SCREEN_MAX);
      expect(isGsm7Basic(result.reply.text), `${where}: ${result.reply.text}`).toBe(true);
      expect(result.reply.text.trim().length, where).toBeGreaterThan(0);
      for (const effect of result.effects) {
        if (effect.kind === 'send-sms') expect(isGsm7Basic(effect.message), where).toBe(true);
      }
    }
  });

  it.each(walks.map((w) => [w.lang, w.instant, w]))('%s at %s: every option leads somewhere', (_l, _i, w) => {
    const invalid = NAV_COPY.invalidChoice[w.lang];
    for (const { path, result } of w.screens) {
      const last = path.at(-1);
      if (last === undefined || last === '99' || last === '98') continue;
      if (/^[0-9]+$/.test(last)) expect(result.reply.text.startsWith(invalid), path.join('*')).toBe(false);
    }
  });

  it('reaches every screen, every FAQ topic and every kab/kota in both languages', () => {
    const line = sharedLine();
    for (const lang of ['id', 'en'] as const) {
      const screens = new Set(
        walks
          .filter((x) => x.lang === lang)
          .flatMap((x) => x.screens.flatMap((s) => s.result.state.stack.map((f) => f.screen))),
      );
      expect([...screens].sort()).toEqual(Object.keys(LINE_MENU.screens).sort());
    }
    for (const w of walks.filter((x) => x.instant === INSTANTS[0])) {
      const topics = new Set(
        w.screens.flatMap((s) =>
          s.result.state.stack.filter((f) => f.screen === 'faq-answer').map((f) => f.params.id),
        ),
      );
      expect(topics.size).toBe(line.contextAt(new Date()).faq.length);
      const kabs = new Set(
        w.screens
          .flatMap((s) =>
            s.result.state.stack.filter(
              (f) => f.screen === 'hospital-result' && f.params.level === 'kabkota',
            ),
          )
          .map((f) => f.params.code),
      );
      expect(kabs.size).toBe(38);
    }
  });

  it.each(walks.map((w) => [w.lang, w.instant, w]))('%s at %s: 0 goes back and 00 goes home', (_l, _i, w) => {
    const ctx = sharedLine().contextAt(new Date(w.instant));
    const home = render(LINE_MENU, ctx, startState(LINE_MENU, w.lang)).text;
    for (const { path, result } of w.screens) {
      if (result.reply.kind === 'END' || path.length === 0) continue;
      if (result.state.lang !== w.lang) continue;
      expect(step(LINE_MENU, ctx, result.state, '00').reply.text, path.join('*')).toBe(home);
      const depth = result.state.stack.length;
      const page = result.state.stack.at(-1)?.page ?? 0;
      const back = step(LINE_MENU, ctx, result.state, '0').state;
      if (page > 0) expect(back.stack.at(-1)?.page).toBe(page - 1);
      else expect(back.stack.length).toBe(Math.max(1, depth - 1));
    }
  });

  it('shows the home menu in Bahasa Indonesia by default with all five services', () => {
    const ctx = sharedLine().contextAt(new Date(INSTANTS[0] as string));
    const text = render(LINE_MENU, ctx, startState(LINE_MENU, 'id')).text;
    for (const label of [
      COPY.homeFaq,
      COPY.homeHotline,
      COPY.homeHospital,
      COPY.homeReport,
      COPY.homeLanguage,
    ]) {
      expect(text).toContain(label.id);
    }
  });
});
