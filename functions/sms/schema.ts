import * as z from 'zod';
import { callerPhone } from '../../shared/http/phone.js';

/** An incoming SMS as Africa's Talking posts it; `linkId` and `networkCode` may be missing. */
export const InboundSmsSchema = z.object({
  id: z.string().min(1).max(128),
  from: callerPhone,
  to: z.string().min(1).max(32),
  text: z.string().max(2000),
  date: z.string().max(40).optional(),
  linkId: z.string().max(128).optional(),
  networkCode: z.string().max(16).optional(),
});
