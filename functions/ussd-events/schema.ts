import * as z from 'zod';

/**
 * Africa's Talking's end-of-session notification. Any field may be missing except the session id,
 * without which the notification says nothing.
 */
export const UssdSessionEndSchema = z.object({
  sessionId: z.string().min(1).max(128),
  serviceCode: z.string().max(32).optional(),
  networkCode: z.string().max(16).optional(),
  phoneNumber: z.string().max(20).optional(),
  status: z.enum(['Success', 'Incomplete', 'Failed']).optional(),
  cost: z.string().max(32).optional(),
  durationInMillis: z.coerce.number().int().nonnegative().optional(),
  hopsCount: z.coerce.number().int().nonnegative().optional(),
  input: z.string().max(1000).optional(),
  lastAppResponse: z.string().max(1000).optional(),
  errorMessage: z.string().max(1000).optional(),
  date: z.string().max(40).optional(),
});
