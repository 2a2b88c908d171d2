import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The third sets (test/fixtures/labelled-messages-held.ts, labelled-places-held.ts): held out while
 * the fresh sets were tuned on (messages 86.7%, FAQ 90.0%, places 94.7% then), and tuning data since
 * the unseen sets (labelled-messages-unseen.ts, labelled-places-unseen.ts) were written: their
 * failures were studied and the rules and word lists changed against them. The floors sit at the
 * figures measured after that tuning (messages 97.7%, FAQ 93.3%, places 97.9%, no opt-out missed,
 * no out-of-scope message answered), so they guard against regressions; they no longer measure
 * unseen text. final-sets.test.ts does.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
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

  it('top-1: at least 97%', () => {
    expect(share(HELD_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.97);
  });

  it('top-1 on the FAQ questions alone: at least 93%', () => {
    const faq = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'faq');
    expect(faq.length).toBeGreaterThanOrEqual(60);
    expect(share(faq)).toBeGreaterThanOrEqual(0.93);
  });

  it('never answers an out-of-scope message as a topic', () => {
    const outOfScope = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(15);
    expect(
      outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).map((m) => m.text),
    ).toEqual([]);
  });

  it('takes no other message for an opt-out, and misses none', () => {
    const optOuts = HELD_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(20);
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    const taken = HELD_LABELLED_MESSAGES.filter(
      (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
    );
    const missed = optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out');
    expect(taken.map((m) => m.text)).toEqual([]);
    expect(missed.map((m) => m.text)).toEqual([]);
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

  it('top-1: at least 97%', () => {
    const ok = HELD_LABELLED_PLACES.filter((p) => placeRight(ctx, p)).length;
    expect(ok / HELD_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.97);
  });
});
