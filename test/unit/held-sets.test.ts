import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES, type HeldLabelledPlace } from '../fixtures/labelled-places-held.js';
import { right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The held-out sets (test/fixtures/labelled-messages-held.ts, labelled-places-held.ts): written
 * before the intent rules, the FAQ search, the place matcher and their word lists were last changed,
 * and never used to tune them. The floors sit just under the figures measured after that change
 * (messages 86.7%, FAQ 90.0%, places 94.7%), so a change that loses ground on text nobody tuned on
 * fails here; the README reports the figures and that the 95% and 97% targets are not reached. Only
 * the totals are asserted: the sets are read as a measure, not entry by entry.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

function placeRight(p: HeldLabelledPlace): boolean {
  const found = ctx.places.resolve(p.query);
  if (p.expect === null) return found.kind === 'not-found';
  const top =
    found.kind === 'found' ? found.place : found.kind === 'ambiguous' ? found.candidates[0] : undefined;
  return !!top && [p.expect, ...(p.alsoOk ?? [])].some((e) => e.level === top.level && e.code === top.code);
}

describe('the held-out labelled messages', () => {
  it('are at least 150, held out, repeat no earlier message, and cover every intent, topic and both languages', () => {
    const earlier = new Set(
      [...LABELLED_MESSAGES, ...FRESH_LABELLED_MESSAGES].map((m) => m.text.toLowerCase()),
    );
    const texts = HELD_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(HELD_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(150);
    expect(HELD_LABELLED_MESSAGES.every((m) => m.split === 'held')).toBe(true);
    expect(texts.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(HELD_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(HELD_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
    expect(new Set(HELD_LABELLED_MESSAGES.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
  });

  it('top-1: at least 86%', () => {
    expect(share(HELD_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.86);
  });

  it('top-1 on the FAQ questions alone: at least 89%', () => {
    const faq = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'faq');
    expect(faq.length).toBeGreaterThanOrEqual(60);
    expect(share(faq)).toBeGreaterThanOrEqual(0.89);
  });

  it('answers at most the one out-of-scope message it answered as a topic when measured', () => {
    const outOfScope = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(15);
    // The aim is none; one of 20 was answered as a topic, and the set is not tuned on.
    expect(
      outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).length,
    ).toBeLessThanOrEqual(1);
  });

  it('takes no other message for an opt-out, and misses at most the five opt-outs it missed when measured', () => {
    const optOuts = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(20);
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    const taken = HELD_LABELLED_MESSAGES.filter(
      (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
    );
    const missed = optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out');
    expect(taken.length).toBe(0);
    // The aim is none missed; five of 22 were, and the set is not tuned on.
    expect(missed.length).toBeLessThanOrEqual(5);
  });
});

describe('the held-out labelled places', () => {
  it('are at least 150, held out, repeat no earlier query, and name regions of the pack', () => {
    const earlier = new Set([...LABELLED_PLACES, ...FRESH_LABELLED_PLACES].map((p) => p.query.toLowerCase()));
    const queries = HELD_LABELLED_PLACES.map((p) => p.query.toLowerCase());
    expect(HELD_LABELLED_PLACES.length).toBeGreaterThanOrEqual(150);
    expect(HELD_LABELLED_PLACES.every((p) => p.split === 'held')).toBe(true);
    expect(queries.filter((q) => earlier.has(q))).toEqual([]);
    expect(new Set(queries).size).toBe(queries.length);
    const unknown = HELD_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
    expect(HELD_LABELLED_PLACES.filter((p) => p.expect === null).length).toBeGreaterThanOrEqual(10);
  });

  it('top-1: at least 94%', () => {
    const ok = HELD_LABELLED_PLACES.filter(placeRight).length;
    expect(ok / HELD_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.94);
  });
});
