import type { SendOutcome } from '../../ports.js';
import { maskPhone } from '../../text.js';

/**
 * What Africa's Talking's answers to `POST /version1/messaging` mean for one message to one phone.
 * Pure, so each documented answer is tested without a network.
 */

/** Per-recipient status codes that mean the gateway took the message. */
const ACCEPTED = new Set([100, 101, 102]); // Processed, Sent, Queued

/**
 * Per-recipient codes that no retry can fix: the number itself is refused. Everything else (RiskHold,
 * InvalidSenderId, InsufficientBalance, CouldNotRoute, 500 InternalServerError, 501 GatewayError,
 * 502 RejectedByGateway, and codes not yet documented) is tried again and, failing that, waits in the
 * dead-letter queue for a person: account and gateway problems get fixed, and the message is kept.
 */
const FINAL: Record<number, string> = {
  403: 'InvalidPhoneNumber',
  404: 'UnsupportedNumberType',
  406: 'UserInBlacklist',
  409: 'DoNotDisturbRejection',
};

interface Recipient {
  statusCode?: unknown;
  status?: unknown;
  messageId?: unknown;
}

function recipientsOf(body: unknown): { message: string; recipients: Recipient[] } | undefined {
  const data = (body as { SMSMessageData?: { Message?: unknown; Recipients?: unknown } } | null)
    ?.SMSMessageData;
  if (!data || !Array.isArray(data.Recipients)) return undefined;
  return { message: String(data.Message ?? ''), recipients: data.Recipients as Recipient[] };
}

/** The outcome of a 201 answer for a message sent to one phone. */
export function outcomeOfResponse(body: unknown): SendOutcome {
  const parsed = recipientsOf(body);
  if (!parsed) return { kind: 'retry', reason: 'unexpected response body' };
  const [recipient] = parsed.recipients;
  // A 201 with nobody in it: the request was refused as a whole (the message says why, e.g. InvalidSenderId).
  if (!recipient) return { kind: 'retry', reason: `no recipients: ${parsed.message || 'no reason given'}` };
  const code = Number(recipient.statusCode);
  const status = String(recipient.status ?? code);
  if (ACCEPTED.has(code) && typeof recipient.messageId === 'string' && recipient.messageId !== 'None') {
    return { kind: 'sent', messageId: recipient.messageId, status };
  }
  const final = FINAL[code];
  if (final) return { kind: 'rejected', reason: final };
  return { kind: 'retry', reason: `${code} ${status}` };
}

/** Error text as a logged reason: short, and any phone number it echoes masked. */
function loggable(text: string): string {
  return text
    .trim()
    .slice(0, 80)
    .replace(/\+?\d{7,}/g, maskPhone);
}

function httpResponseOf(error: unknown): { status: number; data?: unknown } | undefined {
  const response = (error as { response?: { status?: unknown; data?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? { status: response.status, data: response.data } : undefined;
}

/** Whether a failed call was refused for its API key (HTTP 401). */
export function isKeyRejected(error: unknown): boolean {
  return httpResponseOf(error)?.status === 401;
}

/** The outcome of a failed call: an HTTP error status, a network failure, or the SDK refusing the number. */
export function outcomeOfError(error: unknown): SendOutcome {
  const http = httpResponseOf(error);
  if (http) {
    // 401 is a wrong API key: retried (after the key is read again) so nothing is lost while it is fixed.
    const detail = typeof http.data === 'string' ? loggable(http.data) : '';
    return { kind: 'retry', reason: `HTTP ${http.status}${detail ? ` ${detail}` : ''}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  // The SDK checks numbers with libphonenumber before any request.
  if (/valid phone number/i.test(message)) return { kind: 'rejected', reason: 'InvalidPhoneNumber' };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: 'retry', reason: typeof code === 'string' ? code : loggable(message) };
}
