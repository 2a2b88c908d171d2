import { createHmac } from 'node:crypto';

/**
 * The phone number in E.164 digits without the plus: Indonesian national numbers (`0812...`) become
 * `62812...`, so both spellings of one phone map to the same subscriber.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
}

/**
 * A stable pseudonymous id for a phone number: HMAC-SHA256 with a secret pepper, so the table never
 * holds the number itself and the id cannot be reversed by hashing every possible number.
 */
export function subscriberIdOf(phone: string, pepper: string): string {
  return createHmac('sha256', pepper).update(phoneDigits(phone)).digest('base64url');
}

/**
 * E.164 with the plus. Accepts `+62812...`, `62812...` (a form-encoded `+` arrives as a space, which
 * the schema trims) and the national `0812...`.
 */
export function toE164(phone: string): string {
  return `+${phoneDigits(phone)}`;
}
