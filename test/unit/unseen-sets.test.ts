import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES, type HeldLabelledMessage } from '../fixtures/labelled-messages-held.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { LABELLED_PLACES } from '../fixtures/labelled-places.js';
import { FRESH_LABELLED_PLACES } from '../fixtures/labelled-places-fresh.js';
import { HELD_LABELLED_PLACES } from '../fixtures/labelled-places-held.js';
import { UNSEEN_LABELLED_PLACES } from '../fixtures/labelled-places-unseen.js';
import { placeRight, right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The fourth sets (test/fixtures/labelled-messages-unseen.ts, labelled-places-unseen.ts): held out
 * when written (messages 278/348, FAQ 131/141, places 365/384 on the code of that day), measured in
 * aggregate while the held sets were tuned on (318/348, 131/141, 367/384), and tuning data since
 * the blind sets were written: their failures were studied and the rules and word lists changed
 * against them. The floors sit at the figures after that tuning (messages 98.3%, FAQ 95.7%, places
 * 98.7%, no opt-out missed, no out-of-scope message answered), so they guard against regressions;
 * final-sets.test.ts measures unseen text.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly HeldLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

describe('the unseen labelled messages', () => {
  it('are at least 300, repeat no earlier message, and cover every intent, topic and both languages', () => {
    const earlier = new Set(
      [...LABELLED_MESSAGES, ...FRESH_LABELLED_MESSAGES, ...HELD_LABELLED_MESSAGES].map((m) =>
        m.text.toLowerCase(),
      ),
    );
    const texts = UNSEEN_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(UNSEEN_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => earlier.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(UNSEEN_LABELLED_MESSAGES.map((m) => m.intent))).toEqual(
      new Set(LABELLED_MESSAGES.map((m) => m.intent)),
    );
    expect(new Set(UNSEEN_LABELLED_MESSAGES.flatMap((m) => m.topic ?? []))).toEqual(
      new Set(pack.faq.map((t) => t.id)),
    );
  });

  it('top-1: at least 98%', () => {
    expect(share(UNSEEN_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.98);
  });

  it('top-1 on the FAQ questions alone: at least 95%', () => {
    expect(share(UNSEEN_LABELLED_MESSAGES.filter((m) => m.intent === 'faq'))).toBeGreaterThanOrEqual(0.95);
  });

  it('never answers an out-of-scope message as a topic', () => {
    const outOfScope = UNSEEN_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope');
    expect(
      outOfScope.filter((m) => understood(ctx, m.text).startsWith('answer:')).map((m) => m.text),
    ).toEqual([]);
  });

  it('recognises every opt-out and takes no other message for one', () => {
    const optOuts = UNSEEN_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(optOuts.length).toBeGreaterThanOrEqual(30);
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').map((m) => m.text)).toEqual([]);
    expect(
      UNSEEN_LABELLED_MESSAGES.filter(
        (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
      ).map((m) => m.text),
    ).toEqual([]);
  });
});

describe('the unseen labelled places', () => {
  it('are at least 300, repeat no earlier query, and name regions of the pack', () => {
    const earlier = new Set(
      [...LABELLED_PLACES, ...FRESH_LABELLED_PLACES, ...HELD_LABELLED_PLACES].map((p) =>
        p.query.toLowerCase(),
      ),
    );
    const queries = UNSEEN_LABELLED_PLACES.map((p) => p.query.toLowerCase());
    expect(UNSEEN_LABELLED_PLACES.length).toBeGreaterThanOrEqual(300);
    expect(queries.filter((q) => earlier.has(q))).toEqual([]);
    expect(new Set(queries).size).toBe(queries.length);
    const unknown = UNSEEN_LABELLED_PLACES.flatMap((p) => [
      ...(p.expect ? [p.expect] : []),
      ...(p.alsoOk ?? []),
    ]).filter((ref) => !ctx.places.byCode(ref.level, ref.code));
    expect(unknown).toEqual([]);
  });

  it('top-1: at least 98.5%', () => {
    const ok = UNSEEN_LABELLED_PLACES.filter((p) => placeRight(ctx, p)).length;
    expect(ok / UNSEEN_LABELLED_PLACES.length).toBeGreaterThanOrEqual(0.985);
  });
});
