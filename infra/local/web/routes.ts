import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SentSms } from '../../../shared/adapters/local/outbox.js';
import type { Line } from '../../../shared/line/line.js';
import type { Clock } from '../../../shared/ports.js';
import type { LocalRoutes } from '../server.js';

/** What the local pages read: the line's table and content, and what the outbox has sent. */
export interface LocalWebContext {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  line: Line;
  /** Every SMS the local gateway has sent so far, once the queued ones are handled. */
  sentSms: () => Promise<readonly SentSms[]>;
}

/** The local line's pages. */
export function webRoutes(_context: LocalWebContext): LocalRoutes {
  return {};
}
