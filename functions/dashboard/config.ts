import * as z from 'zod';
import { loadTableConfig } from '../../shared/config.js';
import type { DashboardSignIn } from '../../shared/dashboard/page.js';

/**
 * The deployed dashboard's sign-in settings, which the stack sets from the user pool, its domain and
 * its app client. All three or the function does not start: a page without them would not sign in.
 */
const SignInConfigSchema = z.object({
  /** The hosted sign-in's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  SIGN_IN_URL: z.url({ protocol: /^https$/, error: 'an https URL' }),
  SIGN_IN_CLIENT_ID: z.string().min(1),
  /** The page's own URL, registered with the app client as its callback and sign-out URL. */
  DASHBOARD_URL: z.url({ protocol: /^https$/, error: 'an https URL' }),
});

export interface DashboardConfig {
  tableName: string;
  region: string;
  dynamoEndpoint: string | undefined;
  signIn: DashboardSignIn;
}

/** Parses the environment; throws an error naming every missing or invalid variable. */
export function loadDashboardConfig(env: Record<string, string | undefined> = process.env): DashboardConfig {
  const table = loadTableConfig(env);
  const parsed = SignInConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return {
    tableName: table.TABLE_NAME,
    region: table.AWS_REGION,
    dynamoEndpoint: table.DYNAMODB_ENDPOINT,
    signIn: {
      signInUrl: parsed.data.SIGN_IN_URL,
      clientId: parsed.data.SIGN_IN_CLIENT_ID,
      redirectUrl: parsed.data.DASHBOARD_URL,
    },
  };
}
