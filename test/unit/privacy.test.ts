import { describe, expect, it } from 'vitest';
import { phoneDigits, subscriberIdOf, toE164 } from '../../shared/privacy.js';

describe('subscriber ids', () => {
  it('gives both spellings of one Indonesian number the same id', () => {
    expect(subscriberIdOf('+6281234567890', 'pepper-pepper-pepper')).toBe(
      subscriberIdOf('081234567890', 'pepper-pepper-pepper'),
    );
    expect(phoneDigits('0812-3456-7890')).toBe('6281234567890');
  });

  it('depends on the secret pepper and never contains the number', () => {
    const a = subscriberIdOf('+6281234567890', 'pepper-one-pepper-one');
    const b = subscriberIdOf('+6281234567890', 'pepper-two-pepper-two');
    expect(a).not.toBe(b);
    expect(a).not.toContain('81234567890');
  });
});

describe('toE164', () => {
  it.each([
    ['+6281234567890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
  ])('%s -> %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });
});
