import type { ContentPack } from '../../shared/content/pack.js';

/** Every phone number a text shows: area-code numbers, mobile numbers, short numbers of three digits or more. */
export function phoneNumbersIn(text: string): string[] {
  const found = text.match(/\(0\d{2,4}\) ?\d{4,8}|\+?\d+(?:-\d+)*/g) ?? [];
  return found.filter((token, i, all) => {
    const digits = token.replace(/\D/g, '');
    if (digits.length < 3) return false;
    // Not a phone: a day (27-11-2026), an age band (18-39), a year, a count of days or kilometres.
    if (/^\d{2}-\d{2}-\d{4}$|^\d{2}-\d{2}$|^(19|20)\d{2}$/.test(token)) return false;
    const after = text.slice(text.indexOf(token) + token.length, text.indexOf(token) + token.length + 6);
    // Nor a count of days or kilometres, nor a decree number (KMK 413/2020).
    if (/^( (hari|days|km)|\/)/.test(after)) return false;
    return all.indexOf(token) === i;
  });
}

/** The numbers a pack's data holds: hotlines and referral hospitals. */
export function numbersOf(pack: ContentPack): Set<string> {
  return new Set([...pack.hotlines.map((h) => h.number), ...pack.referralHospitals.map((h) => h.phone)]);
}
