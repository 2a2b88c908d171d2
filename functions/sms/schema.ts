import { z } from 'zod';
import { toE164 } from '../../shared/privacy.js';

/** An incoming SMS as Africa's Talking posts it; `linkId` and `networkCode` may be missing. */
export const InboundSmsSchema = z.object({
  id: z.string().min(1).max(128),
  from: z
    .string()
    .trim()
    .regex(/^\+?[0-9]{6,15}$/, 'must be a phone number in international format')
    .transform(toE164),
  to: z.string().min(1).max(32),
  text: z.string().max(2000),
  date: z.string().max(40).optional(),
  linkId: z.string().max(128).optional(),
  networkCode: z.string().max(16).optional(),
});
