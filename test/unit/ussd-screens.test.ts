import { describe, expect, it } from 'vitest';
import { type ContentPack, parseContentPack, readRawPack } from '../../shared/content/pack.js';
import type { Lang } from '../../shared/lang.js';
import { createLine, type Line } from '../../shared/line/line.js';
import {
  render,
  type SessionState,
  type StepResult,
  startState,
  step,
} from '../../shared/line/ussd/engine.js';
import { LINE_MENU, type ScreenId } from '../../shared/line/ussd/menu.js';
import { isGsm7Basic, USSD_SCREEN_MAX } from '../../shared/text.js';
import { eastJavaPack, FIXTURE_PACK_DIR, fixturePack } from '../support/packs.js';
import { numbersOf, phoneNumbersIn } from '../support/phones.js';

/**
 * Walks every screen a caller can reach, in both languages and at instants that change what the
 * hotline screen says, and checks each one as a phone would show it: on the fixture province (the
 * logic) and on the East Java pack (its content).
 */

const INSTANTS = [
  '2026-11-23T03:00:00Z', // Monday 10:00 WIB, office open
  '2026-11-22T03:00:00Z', // Sunday
  '2026-12-24T10:00:00Z', // cuti bersama, evening
  '2026-03-20T01:00:00Z', // Idulfitri break
];
/** What callers type on free-text screens: found, ambiguous, typo, not found, and report answers. */
const ANSWERS = ['1 2', '12', '4', '6', '3', '1 6', '7'];

interface PackWalk {
  name: string;
  pack: ContentPack;
  typed: string[];
}

const PACKS: PackWalk[] = [
  {
    name: 'the fixture province',
    pack: fixturePack(),
    typed: ['watugede', 'genteng', 'pelabuhn', 'kec. watugede', 'xqzzv', 'pesisir', 'lerengan', ...ANSWERS],
  },
  {
    name: 'East Java',
    pack: eastJavaPack(),
    typed: ['sempu banyuwangi', 'genteng', 'surbaya', 'kec. kalipuro', 'xqzzv', 'malang', ...ANSWERS],
  },
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

/** How many place choice screens are open in a session. */
function picks(state: State): number {
  return state.stack.filter((f) => f.screen.endsWith('-pick')).length;
}

function walk(
  line: Line,
  typed: readonly string[],
  lang: Lang,
  instant: string,
  resumable?: typeof RESUMABLE,
): Seen[] {
  const ctx = line.contextAt(new Date(instant), { resumable });
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
      // A name typed again on a choice screen can lead to another choice screen, and so on without end:
      // the walk types on one choice screen per path.
      ...(view.onText && picks(current.result.state) < 2 ? typed : []),
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

function allWalks(pack: ContentPack, typed: readonly string[]) {
  const line = createLine(pack);
  return (['id', 'en'] as const).flatMap((lang) =>
    INSTANTS.map((instant, i) => ({
      lang,
      instant,
      line,
      screens: walk(line, typed, lang, instant, i === 1 ? RESUMABLE : undefined),
    })),
  );
}

/** Every text of a walk: the screens and the SMS they queue. */
function textsOf(screens: readonly Seen[]): { where: string; text: string }[] {
  return screens.flatMap(({ path, result }) => {
    const where = `after ${path.join('*') || '(dial)'}`;
    return [
      { where, text: result.reply.text },
      ...result.effects.flatMap((e) =>
        e.kind === 'send-sms' ? [{ where: `${where} (SMS)`, text: e.message }] : [],
      ),
    ];
  });
}

describe.each(PACKS)('every reachable USSD screen, $name', ({ pack, typed }) => {
  const walks = allWalks(pack, typed);
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
    const invalid = pack.messages['nav.invalidChoice'][w.lang];
    for (const { path, result } of w.screens) {
      const last = path.at(-1);
      if (last === undefined || last === '99' || last === '98') continue;
      if (/^[0-9]+$/.test(last)) expect(result.reply.text.startsWith(invalid), path.join('*')).toBe(false);
    }
  });

  it('reaches every screen, every FAQ topic and every kab/kota in both languages', () => {
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
      expect(topics.size).toBe(pack.faq.length);
      const kabs = new Set(
        w.screens
          .flatMap((s) =>
            s.result.state.stack.filter(
              (f) => f.screen === 'hospital-result' && f.params.level === 'kabkota',
            ),
          )
          .map((f) => f.params.code),
      );
      expect(kabs.size).toBe(pack.regions.kabKota.length);
    }
  });

  it.each(walks.map((w) => [w.lang, w.instant, w]))('%s at %s: 0 goes back and 00 goes home', (_l, _i, w) => {
    const ctx = w.line.contextAt(new Date(w.instant));
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

  it.each(walks.map((w) => [w.lang, w.instant, w]))(
    '%s at %s: a screen the engine keeps laid out is the screen laid out afresh',
    (_l, _i, w) => {
      // The walks at every instant share one line, so a screen kept from an earlier instant shows here.
      const ctx = w.line.contextAt(new Date(w.instant), {
        resumable: w.instant === INSTANTS[1] ? RESUMABLE : undefined,
      });
      const afresh = { ...LINE_MENU, fixed: undefined };
      for (const { path, result } of w.screens) {
        if (result.state.ended) continue;
        expect(render(LINE_MENU, ctx, result.state), path.join('*')).toEqual(
          render(afresh, ctx, result.state),
        );
      }
    },
  );

  it('shows the home menu in Bahasa Indonesia by default with all five services', () => {
    const ctx = createLine(pack).contextAt(new Date(INSTANTS[0] as string));
    const text = render(LINE_MENU, ctx, startState(LINE_MENU, 'id')).text;
    for (const key of [
      'home.faq',
      'home.hotlines',
      'home.hospital',
      'home.report',
      'home.language',
    ] as const) {
      expect(text).toContain(pack.messages[key].id);
    }
  });

  it.each(walks.map((w) => [w.lang, w.instant, w]))(
    '%s at %s: every phone number shown is in the content data',
    (_l, _i, w) => {
      const known = numbersOf(pack);
      for (const { where, text } of textsOf(w.screens)) {
        for (const number of phoneNumbersIn(text))
          expect(known.has(number), `${where}: ${number} in "${text}"`).toBe(true);
      }
    },
  );
});

describe('a hotline number changed in the data', () => {
  /** The fixture pack with some hotline numbers replaced by others of the same length, so no page breaks move. */
  function withNumbers(changes: Readonly<Record<string, string>>): ContentPack {
    const raw = readRawPack(FIXTURE_PACK_DIR);
    const hotlines = (raw.hotlines as { number: string; shortLabel: string }[]).map((h) => ({
      ...h,
      number: changes[h.number] ?? h.number,
      shortLabel: changes[h.shortLabel] ?? h.shortLabel,
    }));
    return parseContentPack({ ...raw, hotlines }, FIXTURE_PACK_DIR);
  }

  const CHANGES = { '191': '181', '0811-2222-333': '0899-7777-444', '0401-555123': '0401-999888' };
  const typed = PACKS[0]?.typed ?? [];

  it.each(INSTANTS)('changes every screen and SMS that shows it, and nothing else, at %s', (instant) => {
    const before = walk(createLine(fixturePack()), typed, 'id', instant);
    const after = walk(createLine(withNumbers(CHANGES)), typed, 'id', instant);
    const swap = (text: string) =>
      Object.entries(CHANGES).reduce((t, [from, to]) => t.split(from).join(to), text);
    const old = textsOf(before);
    const now = textsOf(after);
    expect(now.length).toBe(old.length);
    let shown = 0;
    old.forEach(({ where, text }, i) => {
      expect(now[i]?.text, where).toBe(swap(text));
      if (swap(text) !== text) shown += 1;
    });
    // The numbers are on many screens and messages: the hotline screen, report advice, the declined report.
    expect(shown).toBeGreaterThan(10);
    for (const { text } of now) for (const from of Object.keys(CHANGES)) expect(text).not.toContain(from);
  });
});
