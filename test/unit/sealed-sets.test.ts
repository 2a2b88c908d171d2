import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { BLIND_LABELLED_MESSAGES } from '../fixtures/labelled-messages-blind.js';
import { EXTRA_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra.js';
import { EXTRA2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra2.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { SEALED_LABELLED_MESSAGES } from '../fixtures/labelled-messages-sealed.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { BLIND_LABELLED_PLACES } from '../fixtures/labelled-places-blind.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { SEALED_LABELLED_PLACES } from '../fixtures/labelled-places-sealed.js';
import { UNSEEN_LABELLED_PLACES } from '../fixtures/labelled-places-unseen.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The sealed sets (test/fixtures/labelled-messages-sealed.ts, labelled-places-sealed.ts): held out
 * when written (messages 413/460, FAQ 193/211, 5 of 46 opt-outs missed, 2 of 56 out-of-scope
 * answered) and after the rules were tuned on the blind sets (417/460 = 90.7%, FAQ 92.4%; places
 * 733/756 = 96.96%). Tuning data since the final sets were written: their failures were studied and
 * the rules and word lists changed against them. The floors sit at the figures after that tuning
 * (messages 96.7%, FAQ 94.3%, places 97.6%, every opt-out recognised, none taken wrongly; "TES"
 * alone, the testing topic's reply word, is the one out-of-scope message answered), so they guard
 * against regressions; final-sets.test.ts measures unseen text.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

describe('the sealed labelled messages', () => {
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
      ].map((m) => m.text.toLowerCase()),
    );
    const texts = SEALED_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(SEALED_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => others.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(SEALED_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(SEALED_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
    expect(new Set(SEALED_LABELLED_MESSAGES.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
  });

  it('top-1: at least 96.5%', () => {
    expect(share(SEALED_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.965);
  });

  it('top-1 on the FAQ questions alone: at least 94%', () => {
    expect(share(SEALED_LABELLED_MESSAGES.filter((m) => m.intent === 'faq'))).toBeGreaterThanOrEqual(0.94);
  });

  it('answers at most one out-of-scope message as a topic ("tes", the testing reply word)', () => {
    const outOfScope = SEALED_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(outOfScope.length).toBeGreaterThanOrEqual(30);
    expect(
      outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).length,
    ).toBeLessThanOrEqual(1);
  });

  it('recognises every opt-out and takes no other message for one', () => {
    const optOuts = SEALED_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    expect(
      SEALED_LABELLED_MESSAGES.filter((m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out')
        .length,
    ).toBe(0);
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').map((m) => m.text)).toEqual([]);
  });
});

describe('the sealed labelled places', () => {
  it('are at least 300, repeat no other set, and name regions of the pack', () => {
    const others = new Set(
      [
        ...LABELLED_PLACES,
        ...FRESH_LABELLED_PLACES,
        ...HELD_LABELLED_PLACES,
        ...UNSEEN_LABELLED_PLACES,
        ...BLIND_LABELLED_PLACES,
      ].map((p) => p.query.toLowerCase()),
    );
    const queries = SEALED_LABELLED_PLACES.map((p) => p.query.toLowerCase());
    expect(SEALED_LABELLED_PLACES.length).toBeGreaterThanOrEqual(300);
    expect(queries.filter((q) => others.has(q))).toEqual([]);
    expect(new Set(queries).size).toBe(queries.length);
    const unknown = SEALED_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
  });

  it('top-1: at least 97.5%', () => {
    const ok = SEALED_LABELLED_PLACES.filter((p) => placeRight(ctx, p)).length;
    expect(ok / SEALED_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.975);
  });
});
