import { describe, expect, it } from 'vitest';
import {
  claimOutcomeOf,
  epochSeconds,
  languageFromItem,
  onceKey,
  subscriberItem,
  subscriberKey,
} from '../../shared/adapters/dynamodb/keys.js';

describe('DynamoDB keys and mappers', () => {
  it('keys a subscriber by the hashed id, never a phone number', () => {
    expect(subscriberKey('abc')).toEqual({ pk: 'SUB#abc', sk: 'PROFILE' });
  });

  it('maps a language preference to an item and back', () => {
    // Prepare
    const at = new Date('2026-11-22T01:02:03Z');
    // Act
    const item = subscriberItem('abc', 'en', at);
    // Assess
    expect(item).toEqual({ pk: 'SUB#abc', sk: 'PROFILE', lang: 'en', updatedAt: '2026-11-22T01:02:03.000Z' });
    expect(languageFromItem(item)).toBe('en');
  });

  it.each([[undefined], [{}], [{ lang: 'fr' }], [{ lang: 1 }]])('ignores an unusable item %j', (item) => {
    expect(languageFromItem(item)).toBeUndefined();
  });

  it('keys idempotency claims apart from subscribers and stores TTL in whole seconds', () => {
    expect(onceKey('ussd:s1:3:0')).toEqual({ pk: 'ONCE#ussd:s1:3:0', sk: 'ONCE' });
    expect(epochSeconds(new Date('2026-01-01T00:00:00.999Z'))).toBe(1767225600);
  });

  it.each([
    [{ state: { S: 'taken' } }, 'busy'],
    [{ state: { S: 'done' } }, 'done'],
    // A claim written before claims had a state: its action ran.
    [{ pk: { S: 'ONCE#k' } }, 'done'],
  ] as const)('reads a claim that could not be taken, %j, as %s', (item, outcome) => {
    expect(claimOutcomeOf(item)).toBe(outcome);
  });
});
