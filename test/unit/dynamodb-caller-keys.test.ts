import { describe, expect, it } from 'vitest';
import { draftItem, profileFromItem, ussdCallerFrom } from '../../shared/adapters/dynamodb/keys.js';
import type { ReportDraft } from '../../shared/ports.js';

/** The items a USSD hop reads in its one round trip, and what it makes of them. */
const NOW = new Date('2026-11-23T03:00:00Z');
const seconds = (minutes: number) => Math.floor(NOW.getTime() / 1000) + minutes * 60;
const draft: ReportDraft = {
  sessionId: 's1',
  screen: 'report-symptoms',
  params: { c: '1', age: '1' },
  updatedAt: NOW.toISOString(),
};

describe('the profile and draft items', () => {
  it('keeps the draft and the offer on one item, kept as long as the offer', () => {
    // Act
    const item = draftItem('abc', {
      draft: { value: draft, until: new Date(NOW.getTime() + 10 * 60_000) },
      offer: { value: { sessionId: 's2', draft: undefined }, until: new Date(NOW.getTime() + 60 * 60_000) },
    });
    // Assess
    expect(item).toEqual({
      pk: 'SUB#abc',
      sk: 'DRAFT',
      draft,
      draftUntil: seconds(10),
      // No offer is stored as null: the session was offered nothing, and is to keep being offered nothing.
      offer: { sessionId: 's2', draft: null },
      offerUntil: seconds(60),
      expiresAt: seconds(60),
    });
    expect(ussdCallerFrom(undefined, item, NOW)).toEqual({
      lang: undefined,
      draft,
      offer: { sessionId: 's2', draft: undefined },
    });
  });

  it('reads the language and opt-out of a profile, and of no profile', () => {
    expect(profileFromItem({ lang: 'en', optedOut: true })).toEqual({ lang: 'en', optedOut: true });
    expect(profileFromItem({ lang: 'fr' })).toEqual({ lang: undefined, optedOut: false });
    expect(profileFromItem(undefined)).toEqual({ lang: undefined, optedOut: false });
  });

  it.each([
    ['past its deadline', { draft, draftUntil: seconds(-1), expiresAt: seconds(50) }],
    ['an item without a deadline, past its expiry', { draft, expiresAt: seconds(-1) }],
    ['not a draft', { draft: { screen: 1 }, draftUntil: seconds(5) }],
  ])('offers no draft %s', (_name, item) => {
    expect(ussdCallerFrom({ lang: 'id' }, item, NOW)).toEqual({
      lang: 'id',
      draft: undefined,
      offer: undefined,
    });
  });

  it('reads a draft written before drafts had a deadline of their own until the item expires', () => {
    expect(ussdCallerFrom(undefined, { draft, expiresAt: seconds(1) }, NOW).draft).toEqual(draft);
  });

  it('forgets an offer past its deadline', () => {
    const item = { offer: { sessionId: 's2', draft }, offerUntil: seconds(-1), expiresAt: seconds(-1) };
    expect(ussdCallerFrom(undefined, item, NOW).offer).toBeUndefined();
  });
});
