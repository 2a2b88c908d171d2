import { z } from 'zod';
import { cachedSecret, readSecret } from '../shared/adapters/secrets.js';
import { type CallbackTokenSource, OPEN_CALLBACKS } from '../shared/http/callback-token.js';

/** The part of the configuration a token check needs (functions without a table have no `TABLE_NAME`). */
const TokenConfigSchema = z.object({
  CALLBACK_TOKEN_SECRET_ARN: z.string().min(1).optional(),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
});

/** Kept apart from `deps.ts` so that functions which only need the token do not bundle the content pack. */
let tokenSource: CallbackTokenSource | undefined;

/** The deployment's callback token, from Secrets Manager; callbacks are open when none is configured. */
export function defaultCallbackToken(): CallbackTokenSource {
  if (tokenSource) return tokenSource;
  const { CALLBACK_TOKEN_SECRET_ARN: arn, AWS_REGION: region } = TokenConfigSchema.parse(process.env);
  if (!arn) {
    tokenSource = OPEN_CALLBACKS;
    return tokenSource;
  }
  const secret = cachedSecret(() => readSecret(arn, region));
  tokenSource = { get: () => secret.get(), refresh: () => secret.refresh() };
  return tokenSource;
}
