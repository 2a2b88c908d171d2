import { z } from 'zod';
import { toE164 } from '../../shared/privacy.js';

/** A USSD hop as Africa's Talking posts it. Extra fields are ignored; sizes are bounded. */
export const UssdHopSchema = z.object({
  sessionId: z.string().min(1).max(128),
  serviceCode: z.string().min(1).max(32),
  phoneNumber: z
    .string()
    .trim()
    .regex(/^\+?[0-9]{6,15}$/, 'must be a phone number in international format')
    .transform(toE164),
  networkCode: z.string().max(16).optional(),
  text: z.string().max(1000).default(''),
});
