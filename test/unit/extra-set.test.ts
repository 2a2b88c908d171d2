import { describe, expect, it } from 'vitest';
import { createLine } from '../../shared/line/line.js';
import { LABELLED_MESSAGES } from '../fixtures/labelled-messages.js';
import { EXTRA_LABELLED_MESSAGES, type ExtraLabelledMessage } from '../fixtures/labelled-messages-extra.js';
import { EXTRA2_LABELLED_MESSAGES } from '../fixtures/labelled-messages-extra2.js';
import { FRESH_LABELLED_MESSAGES } from '../fixtures/labelled-messages-fresh.js';
import { HELD_LABELLED_MESSAGES } from '../fixtures/labelled-messages-held.js';
import { UNSEEN_LABELLED_MESSAGES } from '../fixtures/labelled-messages-unseen.js';
import { right, understood } from '../support/labelled.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * The extra sets (test/fixtures/labelled-messages-extra.ts, labelled-messages-extra2.ts): service
 * requests, opt-outs in many wordings and the traps that share their words, written to tune the
 * intent rules on. They are tuning data (first measured at 69.2% with 35 of 80 opt-outs missed, and
 * 79.9% with 27 of 133 missed and 2 taken wrongly); the floors sit at the figures after that tuning
 * (98.2% and 95.0%; two of the 133 opt-outs still missed, none taken wrongly in either), so they
 * guard against regressions. final-sets.test.ts measures unseen text.
 */
const pack = eastJavaPack();
const ctx = createLine(pack).contextAt(new Date('2026-11-23T03:00:00Z'));

function share(set: readonly ExtraLabelledMessage[]): number {
  return set.filter((m) => right(m, understood(ctx, m.text))).length / set.length;
}

describe('the extra labelled messages', () => {
  it('are at least 300, repeat no other set, and weigh opt-outs and traps', () => {
    const others = new Set(
      [
        ...LABELLED_MESSAGES,
        ...FRESH_LABELLED_MESSAGES,
        ...HELD_LABELLED_MESSAGES,
        ...UNSEEN_LABELLED_MESSAGES,
      ].map((m) => m.text.toLowerCase()),
    );
    const texts = EXTRA_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(EXTRA_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => others.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(EXTRA_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out').length).toBeGreaterThanOrEqual(70);
    expect(EXTRA_LABELLED_MESSAGES.filter((m) => m.intent === 'out-of-scope').length).toBeGreaterThanOrEqual(
      40,
    );
  });

  it('top-1: at least 98%', () => {
    expect(share(EXTRA_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.98);
  });

  it('recognises every opt-out and takes no other message for one', () => {
    const optOuts = EXTRA_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(new Set(optOuts.map((m) => m.lang))).toEqual(new Set(['id', 'en']));
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').map((m) => m.text)).toEqual([]);
    expect(
      EXTRA_LABELLED_MESSAGES.filter(
        (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
      ).map((m) => m.text),
    ).toEqual([]);
  });

  it('recognises every opt-in', () => {
    const optIns = EXTRA_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-in');
    expect(optIns.filter((m) => understood(ctx, m.text) !== 'opt-in').map((m) => m.text)).toEqual([]);
  });
});

describe('the second extra labelled messages', () => {
  it('are at least 300, repeat no other set, and weigh opt-outs', () => {
    const others = new Set(
      [
        ...LABELLED_MESSAGES,
        ...FRESH_LABELLED_MESSAGES,
        ...HELD_LABELLED_MESSAGES,
        ...UNSEEN_LABELLED_MESSAGES,
        ...EXTRA_LABELLED_MESSAGES,
      ].map((m) => m.text.toLowerCase()),
    );
    const texts = EXTRA2_LABELLED_MESSAGES.map((m) => m.text.toLowerCase());
    expect(EXTRA2_LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(300);
    expect(texts.filter((t) => others.has(t))).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(EXTRA2_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out').length).toBeGreaterThanOrEqual(100);
  });

  it('top-1: at least 95%', () => {
    expect(share(EXTRA2_LABELLED_MESSAGES)).toBeGreaterThanOrEqual(0.95);
  });

  it('takes no other message for an opt-out, and misses at most the two it missed after tuning', () => {
    const optOuts = EXTRA2_LABELLED_MESSAGES.filter((m) => m.intent === 'opt-out');
    expect(
      EXTRA2_LABELLED_MESSAGES.filter(
        (m) => m.intent !== 'opt-out' && understood(ctx, m.text) === 'opt-out',
      ).map((m) => m.text),
    ).toEqual([]);
    // The aim is none: "pulsa saya kepotong gak sih? kalau iya stop aja" and "udah dong smsnya,
    // capek bacanya" are still read as questions.
    expect(optOuts.filter((m) => understood(ctx, m.text) !== 'opt-out').length).toBeLessThanOrEqual(2);
  });
});
