import * as z from 'zod';
import { DELIVERY_STATUSES } from '../../shared/ports.js';

/** A delivery report as Africa's Talking posts it. */
export const DeliveryReportSchema = z.object({
  id: z.string().min(1).max(128),
  status: z.enum(DELIVERY_STATUSES),
  phoneNumber: z.string().max(20).optional(),
  networkCode: z.string().max(16).optional(),
  failureReason: z.string().max(200).optional(),
  retryCount: z.coerce.number().int().nonnegative().optional(),
});
