import { describe, expect, it } from 'vitest';
import { loadConfig, loadSenderConfig } from '../../shared/config.js';

describe('configuration', () => {
  it('names every missing or invalid variable', () => {
    expect(() => loadConfig({ REPORT_RETENTION_DAYS: 'soon' })).toThrow(/TABLE_NAME.*REPORT_RETENTION_DAYS/s);
  });

  it('needs a pepper or the secret holding it', () => {
    expect(() => loadConfig({ TABLE_NAME: 't' })).toThrow(/PHONE_HASH_PEPPER_SECRET_ARN is required/);
    expect(
      loadConfig({ TABLE_NAME: 't', PHONE_HASH_PEPPER_SECRET_ARN: 'arn:aws:secretsmanager:x' })
        .REPORT_RETENTION_DAYS,
    ).toBe(180);
  });
});

describe('SMS sender configuration', () => {
  it("needs the table and the Africa's Talking account, and defaults the rest", () => {
    expect(() => loadSenderConfig({ TABLE_NAME: 't' })).toThrow(/AT_USERNAME.*AT_API_KEY_SECRET_ARN/s);
    expect(
      loadSenderConfig({
        TABLE_NAME: 't',
        AT_USERNAME: 'sandbox',
        AT_API_KEY_SECRET_ARN: 'arn:aws:secretsmanager:x',
      }),
    ).toMatchObject({ AT_SENDER_ID: '', AT_TIMEOUT_MS: 6000, AWS_REGION: 'ap-southeast-1' });
  });

  it('refuses a timeout that would outlast the function', () => {
    expect(() =>
      loadSenderConfig({
        TABLE_NAME: 't',
        AT_USERNAME: 'u',
        AT_API_KEY_SECRET_ARN: 'a',
        AT_TIMEOUT_MS: '60000',
      }),
    ).toThrow(/AT_TIMEOUT_MS/);
  });
});
