import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { BLIND_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind.js';
import { EXTRA_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra.js';
import { EXTRA2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra2.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { BLIND_LABELLED_PLACES } from '../fixtures/labelled-places-blind.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { UNSEEN_LABELLED_PLACES } from '../fixtures/labelled-places-unseen.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The blind sets (test/fixtures/labelled-messages-blind.ts, labelled-places-blind.ts): written
 * without reading the parser or the matcher, and never tuned on. Measured in aggregate only: when
 * written (messages 312/352, FAQ 138/151, 7 of 39 opt-outs missed, none taken wrongly; places
 * 556/580) and after the rules were tuned on the other sets (messages 318/352 = 90.3%, FAQ 138/151 =
 * 91.4%, 3 of 39 opt-outs missed, 1 other message taken for one, no out-of-scope message answered;
 * places 560/580 = 96.6%). The floors sit at those figures, so a change that loses ground on text
 * nobody tuned on fails here; the README reports them and that the 95% and 97% targets and "no
 * opt-out missed, none taken wrongly" are not reached on this text.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

describe('the blind labelled messages', () => {
  it('are at least 300, repeat no other set, and cover every intent, topic and both languages', () => {
    const others = new Set(
      [
        ...LABELLED_MESSAGES,
        ...FRESH_LABELLED_MESSAGES,
        ...HELD_LABELLED_MESSAGES,
        ...UNSEEN_LABELLED_MESSAGES,
        ...EXTRA_LABELLED_MESSAGES,
        ...EXTRA2_LABELLED_MESSAGES,
      ].map((m) => m.text.toLowerCase()),
    );
    const texts = BLIND_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(BLIND_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => others.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(BLIND_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(BLIND_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
    expect(new Set(BLIND_LABELLED_MESSAGES.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
  });

  it('top-1: at least 90%', () => {
    expect(share(BLIND_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.9);
  });

  it('top-1 on the FAQ questions alone: at least 91%', () => {
    expect(share(BLIND_LABELLED_MESSAGES.filter((m) => m.intent === 'faq'))).toBeGreaterThanOrEqual(0.91);
  });

  it('never answers an out-of-scope message as a topic', () => {
    const outOfScope = BLIND_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(30);
    expect(outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).length).toBe(0);
  });

  it('misses at most the three opt-outs and takes at most the one other message it did when measured', () => {
    const optOuts = BLIND_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(30);
    // The aim is none of either; the set is measured, not tuned on.
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').length).toBeLessThanOrEqual(3);
    expect(
      BLIND_LABELLED_MESSAGES.filter((m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out')
        .length,
    ).toBeLessThanOrEqual(1);
  });
});

describe('the blind labelled places', () => {
  it('are at least 300, repeat no other set, and name regions of the pack', () => {
    const others = new Set(
      [...LABELLED_PLACES, ...FRESH_LABELLED_PLACES, ...HELD_LABELLED_PLACES, ...UNSEEN_LABELLED_PLACES].map(
        (p) => p.query.toLowerCase(),
      ),
    );
    const queries = BLIND_LABELLED_PLACES.map((p) => p.query.toLowerCase());
    expect(BLIND_LABELLED_PLACES.length).toBeGreaterThanOrEqual(300);
    expect(queries.filter((q) => others.has(q))).toEqual([]);
    expect(new Set(queries).size).toBe(queries.length);
    const unknown = BLIND_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
  });

  it('top-1: at least 96.5%', () => {
    const ok = BLIND_LABELLED_PLACES.filter((p) => placeRight(ctx, p)).length;
    expect(ok / BLIND_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.965);
  });
});
