import * as z from 'zod';
import { toE164 } from '../privacy.js';

/**
 * The one rule for a phone number, at every door: an E.164 number of 8 to 15 digits not starting
 * with 0, after a national `0812...` becomes `+62812...`. It is the rule the SMS sender holds the
 * outbox to, so the line never accepts a caller it could not text back (a 6-digit short code would
 * be told an SMS is coming and the outbox could never send it).
 */
export const E164 = /^\+[1-9]\d{7,14}$/;

export const E164_MESSAGE = 'must be a phone number in international format (+62812...), 8 to 15 digits';

/** A caller's number as a gateway posts it (`+62812...`, `62812...`, `0812...`), as E.164. */
export const callerPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9]{1,20}$/, E164_MESSAGE)
  .transform(toE164)
  .pipe(z.string().regex(E164, E164_MESSAGE));
