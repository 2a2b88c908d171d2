import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { FRESH_LABELLED_MESSAGES, type FreshLabelledMessage } from '../fixtures/labelled-messages-fresh.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { FRESH_LABELLED_PLACES, type FreshLabelledPlace } from '../fixtures/labelled-places-fresh.js';
import { right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The fresh held-out sets (test/fixtures/labelled-messages-fresh.ts, labelled-places-fresh.ts): written
 * before the intent rules, the FAQ search, the place matcher and their word lists were last changed,
 * and never used to tune them. The floors sit just under the figures measured when they were first
 * run after that change (messages 94.0%, FAQ 90.3%, places 93.8%), so a change that loses ground on
 * text nobody tuned on fails here; the README reports the figures. Only the totals are asserted: the
 * sets are read as a measure, not entry by entry.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly FreshLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

function placeRight(p: FreshLabelledPlace): boolean {
  const found = ctx.places.resolve(p.query);
  if (p.expect === null) return found.kind === 'not-found';
  const top =
    found.kind === 'found' ? found.place : found.kind === 'ambiguous' ? found.candidates[0] : undefined;
  return !!top && [p.expect, ...(p.alsoOk ?? [])].some((e) => e.level === top.level && e.code === top.code);
}

describe('the fresh labelled messages', () => {
  it('are at least 150, held out, repeat no tuning message, and cover every intent, topic and both languages', () => {
    const old = new Set(LABELLED_MESSAGES.map((m) => m.text.toLowerCase()));
    expect(FRESH_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(150);
    expect(FRESH_LABELLED_MESSAGES.every((m) => m.split === 'fresh')).toBe(true);
    expect(FRESH_LABELLED_MESSAGES.filter((m) => old.has(m.text.toLowerCase())).map((m) => m.text)).toEqual(
      [],
    );
    expect(new Set(FRESH_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(FRESH_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
    expect(new Set(FRESH_LABELLED_MESSAGES.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
  });

  it('top-1: at least 93%', () => {
    expect(share(FRESH_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.93);
  });

  it('top-1 on the FAQ questions alone: at least 89%', () => {
    expect(share(FRESH_LABELLED_MESSAGES.filter((m) => m.intent === 'faq'))).toBeGreaterThanOrEqual(0.89);
  });

  it('never answers an out-of-scope message as a topic', () => {
    const outOfScope = FRESH_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(15);
    expect(outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).length).toBe(0);
  });

  it('takes no other message for an opt-out, and misses at most the one opt-out it missed when first run', () => {
    const optOuts = FRESH_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(15);
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    const taken = FRESH_LABELLED_MESSAGES.filter(
      (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
    );
    const missed = optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out');
    expect(taken.length).toBe(0);
    // The aim is none missed; one of 21 was when the set was first run, and the set is not tuned on.
    expect(missed.length).toBeLessThanOrEqual(1);
  });
});

describe('the fresh labelled places', () => {
  it('are at least 150, held out, repeat no tuning query, and name regions of the pack', () => {
    const old = new Set(LABELLED_PLACES.map((p) => p.query.toLowerCase()));
    expect(FRESH_LABELLED_PLACES.length).toBeGreaterThanOrEqual(150);
    expect(FRESH_LABELLED_PLACES.every((p) => p.split === 'fresh')).toBe(true);
    expect(FRESH_LABELLED_PLACES.filter((p) => old.has(p.query.toLowerCase())).map((p) => p.query)).toEqual(
      [],
    );
    const unknown = FRESH_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
    expect(FRESH_LABELLED_PLACES.filter((p) => p.expect === null).length).toBeGreaterThanOrEqual(10);
  });

  it('top-1: at least 93%', () => {
    const ok = FRESH_LABELLED_PLACES.filter(placeRight).length;
    expect(ok / FRESH_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.93);
  });
});
