import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CALLER_WAITING } from './aws-clients.js';

let client: SecretsManagerClient | undefined;

/** A secret's string value from Secrets Manager; one client per process. */
export async function readSecret(secretId: string, region: string): Promise<string> {
  client ??= new SecretsManagerClient({ region, ...CALLER_WAITING });
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!SecretString) throw new Error(`Secret ${secretId} has no string value`);
  return SecretString;
}

/**
 * A secret read once and kept, re-read at most once a minute when asked to (after a mismatch), so a
 * rotated callback token takes effect on warm functions without a deploy.
 */
export function cachedSecret(read: () => Promise<string>, refreshAfterMs = 60_000) {
  let value: Promise<string> | undefined;
  let readAt = 0;
  return {
    get(): Promise<string> {
      if (!value) {
        readAt = Date.now();
        value = read().catch((error: unknown) => {
          value = undefined;
          throw error;
        });
      }
      return value;
    },
    async refresh(): Promise<string | undefined> {
      if (Date.now() - readAt < refreshAfterMs) return undefined;
      value = undefined;
      return this.get();
    },
  };
}
