import * as z from 'zod';
import { E164, E164_MESSAGE } from '../../shared/http/phone.js';
import type { OutboundSms } from '../../shared/ports.js';

/** An outbox message body as the line's functions write it (`SqsOutbox`). */
export const OutboundSmsSchema = z.object({
  to: z.string().regex(E164, E164_MESSAGE),
  message: z.string().min(1),
  dedupeKey: z.string().min(1),
  queuedAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<OutboundSms>;

/** The body parsed, or why it cannot be (without echoing the body, which holds a phone number). */
export function readOutboxBody(body: string): { sms: OutboundSms } | { unreadable: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { unreadable: 'not JSON' };
  }
  const parsed = OutboundSmsSchema.safeParse(json);
  if (parsed.success) return { sms: parsed.data };
  return {
    unreadable: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  };
}
