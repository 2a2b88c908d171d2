import AfricasTalking, { type AfricasTalkingClient } from 'africastalking';
import type { SendOutcome, SmsGateway } from '../../ports.js';
import { isKeyRejected, outcomeOfError, outcomeOfResponse } from './responses.js';

export interface AfricasTalkingSettings {
  username: string;
  /** Sender ID or short code; empty uses the account's default. */
  senderId: string;
  /**
   * Reads the API key: once per process (`fresh` false), and again after a 401 (`fresh` true), since an
   * admin may have just replaced a wrong key.
   */
  apiKey: (fresh: boolean) => Promise<string>;
  /** Longest wait for one call before it counts as failed and is retried. @default 6000 */
  timeoutMs?: number;
}

class Timeout extends Error {
  override readonly name = 'Timeout';
  readonly code = 'TIMEOUT';
}

/**
 * The SMS gateway on AWS: Africa's Talking through its SDK, one client per process. Each call is
 * bounded by a timeout; a call that times out may still have been sent, so a rare duplicate is
 * preferred to a lost message.
 */
export class AfricasTalkingSmsGateway implements SmsGateway {
  private client: Promise<AfricasTalkingClient> | undefined;
  private keyRejected = false;

  constructor(private readonly settings: AfricasTalkingSettings) {}

  private clientFor(): Promise<AfricasTalkingClient> {
    this.client ??= this.settings.apiKey(this.keyRejected).then(
      (apiKey) => AfricasTalking({ username: this.settings.username, apiKey }),
      (error: unknown) => {
        this.client = undefined;
        throw error;
      },
    );
    return this.client;
  }

  async send(sms: { to: string; message: string }): Promise<SendOutcome> {
    let client: AfricasTalkingClient;
    try {
      client = await this.clientFor();
    } catch (error) {
      return {
        kind: 'retry',
        reason: `API key unavailable: ${error instanceof Error ? error.message : error}`,
      };
    }
    const params = {
      to: sms.to,
      message: sms.message,
      ...(this.settings.senderId ? { from: this.settings.senderId } : {}),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout('no answer in time')), this.settings.timeoutMs ?? 6000);
    });
    try {
      return outcomeOfResponse(await Promise.race([client.SMS.send(params), timeout]));
    } catch (error) {
      if (isKeyRejected(error)) {
        this.client = undefined;
        this.keyRejected = true;
      }
      return outcomeOfError(error);
    } finally {
      clearTimeout(timer);
    }
  }
}
