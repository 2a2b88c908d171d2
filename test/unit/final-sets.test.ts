import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { BLIND_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind.js';
import { EXTRA_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra.js';
import { EXTRA2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra2.js';
import { FINAL_LABELLED_MESSAGES } from '../fixtures/labelled-messages-final.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { SEALED_LABELLED_MESSAGES } from '../fixtures/labelled-messages-sealed.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { BLIND_LABELLED_PLACES } from '../fixtures/labelled-places-blind.js';
import { FINAL_LABELLED_PLACES } from '../fixtures/labelled-places-final.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { SEALED_LABELLED_PLACES } from '../fixtures/labelled-places-sealed.js';
import { UNSEEN_LABELLED_PLACES } from '../fixtures/labelled-places-unseen.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The final sets (test/fixtures/labelled-messages-final.ts, labelled-places-final.ts): written
 * without reading the parser or the matcher, and never tuned on. Measured in aggregate only, after
 * the rules were tuned on every other set: messages 384/433 (88.7%), FAQ 166/197 (84.3%), 4 of 45
 * opt-outs missed, none taken wrongly, 2 of 48 out-of-scope answered as a topic; places 724/747
 * (96.9%). The floors sit at those figures, so a change that loses ground on text nobody tuned on
 * fails here; the README reports them and which targets they miss.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

describe('the final labelled messages', () => {
  it('are at least 300, repeat no other set, and cover every intent, topic and both languages', () => {
    const others = new Set(
      [
        ...LABELLED_MESSAGES,
        ...FRESH_LABELLED_MESSAGES,
        ...HELD_LABELLED_MESSAGES,
        ...UNSEEN_LABELLED_MESSAGES,
        ...EXTRA_LABELLED_MESSAGES,
        ...EXTRA2_LABELLED_MESSAGES,
        ...BLIND_LABELLED_MESSAGES,
        ...SEALED_LABELLED_MESSAGES,
      ].map((m) => m.text.toLowerCase()),
    );
    const texts = FINAL_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(FINAL_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => others.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(FINAL_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(FINAL_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
    expect(new Set(FINAL_LABELLED_MESSAGES.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
  });

  it('top-1: at least 88.5%', () => {
    expect(share(FINAL_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.885);
  });

  it('top-1 on the FAQ questions alone: at least 84%', () => {
    expect(share(FINAL_LABELLED_MESSAGES.filter((m) => m.intent === 'faq'))).toBeGreaterThanOrEqual(0.84);
  });

  it('answers at most the two out-of-scope messages it answered as a topic when measured', () => {
    const outOfScope = FINAL_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(30);
    // The aim is none; the set is measured, not tuned on.
    expect(
      outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).length,
    ).toBeLessThanOrEqual(2);
  });

  it('takes no other message for an opt-out, and misses at most the four it missed when measured', () => {
    const optOuts = FINAL_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    expect(
      FINAL_LABELLED_MESSAGES.filter((m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out')
        .length,
    ).toBe(0);
    // The aim is none missed; the set is measured, not tuned on.
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').length).toBeLessThanOrEqual(4);
  });
});

describe('the final labelled places', () => {
  it('are at least 300, repeat no other set, and name regions of the pack', () => {
    const others = new Set(
      [
        ...LABELLED_PLACES,
        ...FRESH_LABELLED_PLACES,
        ...HELD_LABELLED_PLACES,
        ...UNSEEN_LABELLED_PLACES,
        ...BLIND_LABELLED_PLACES,
        ...SEALED_LABELLED_PLACES,
      ].map((p) => p.query.toLowerCase()),
    );
    const queries = FINAL_LABELLED_PLACES.map((p) => p.query.toLowerCase());
    expect(FINAL_LABELLED_PLACES.length).toBeGreaterThanOrEqual(300);
    expect(queries.filter((q) => others.has(q))).toEqual([]);
    expect(new Set(queries).size).toBe(queries.length);
    const unknown = FINAL_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
  });

  it('top-1: at least 96.8%', () => {
    const ok = FINAL_LABELLED_PLACES.filter((p) => placeRight(ctx, p)).length;
    expect(ok / FINAL_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.968);
  });
});
