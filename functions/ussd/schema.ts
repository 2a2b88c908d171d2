import * as z from 'zod';
import { callerPhone } from '../../shared/http/phone.js';

/** A USSD hop as Africa's Talking posts it. Extra fields are ignored; sizes are bounded. */
export const UssdHopSchema = z.object({
  sessionId: z.string().min(1).max(128),
  serviceCode: z.string().min(1).max(32),
  phoneNumber: callerPhone,
  networkCode: z.string().max(16).optional(),
  text: z.string().max(1000).default(''),
});
