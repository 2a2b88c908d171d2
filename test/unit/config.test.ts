import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config.js';

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
