import { readFileSync } from 'node:fs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BACKGROUND } from '../../../shared/adapters/aws-clients.js';
import { makeDocumentClient } from '../../../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../../shared/adapters/dynamodb/reports.repository.js';
import type { SentSms } from '../../../shared/adapters/local/outbox.js';
import { reportsBetween } from '../../../shared/dashboard/reports.js';
import { addDays, wibDate } from '../../../shared/line/calendar.js';
import type { Line } from '../../../shared/line/line.js';
import type { Clock } from '../../../shared/ports.js';
import type { LocalResponse, LocalRoutes } from '../server.js';
import { recentReports, sentWithDelivery } from './line-records.js';

/** What the local pages read: the line's table and content, and what the outbox has sent. */
export interface LocalWebContext {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  line: Line;
  /** Every SMS the local gateway has sent so far, once the queued ones are handled. */
  sentSms: () => Promise<readonly SentSms[]>;
  /**
   * DynamoDB Local's endpoint. With it the pages read through a client of their own, so their reads
   * are not counted among the line's storage calls and never set off a fault armed for the line.
   */
  dynamoEndpoint?: string;
  /** The USSD code the simulator dials; the stack's `ussdServiceCode` in cdk.json unless given. */
  serviceCode?: string;
}

/** The short code the simulator texts; Africa's Talking's sandbox uses it too. */
export const LOCAL_SHORT_CODE = '21212';
/** How far back the simulator's side panel looks for reports, and how many it lists. */
const RECENT_REPORT_DAYS = 7;
const RECENT_REPORT_LIMIT = 20;

const FALLBACK_SERVICE_CODE = '*384*1#';

/** The USSD code the stack is configured with, so the simulator dials what callers will dial. */
function configuredServiceCode(): string {
  try {
    const cdk = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as {
      context?: { ussdServiceCode?: unknown };
    };
    const code = cdk.context?.ussdServiceCode;
    return typeof code === 'string' && /^\*\d+(\*\d+)*#$/.test(code) ? code : FALLBACK_SERVICE_CODE;
  } catch {
    return FALLBACK_SERVICE_CODE;
  }
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page asset, read once at start-up: the pages need no build step. */
function asset(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}

function file(body: string, contentType: string): { kind: 'http'; handle: () => Promise<LocalResponse> } {
  return {
    kind: 'http',
    // no-store: after the line restarts, a reload shows its pages as they are now.
    handle: async () => ({ status: 200, contentType, body, headers: { 'cache-control': 'no-store' } }),
  };
}

const HTML = 'text/html; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

/**
 * The local line's pages: the phone simulator at `/`, the health office's dashboard at `/dashboard`
 * (its page files live in `shared/dashboard/page/`, so a deployed function can serve them too), and
 * the JSON they read.
 */
export function webRoutes(context: LocalWebContext): LocalRoutes {
  const serviceCode = context.serviceCode ?? configuredServiceCode();
  const phonePage = asset('./phone.html')
    .replaceAll('{{serviceCode}}', escapeAttribute(serviceCode))
    .replaceAll('{{shortCode}}', escapeAttribute(LOCAL_SHORT_CODE));
  const dashboardPage = '../../../shared/dashboard/page/';
  // Nobody waits on these reads by the second: the background budget, not the caller's.
  const db = context.dynamoEndpoint
    ? makeDocumentClient({ region: 'local', endpoint: context.dynamoEndpoint, budget: BACKGROUND })
    : context.db;

  return {
    'GET /': file(phonePage, HTML),
    'GET /phone.css': file(asset('./phone.css'), CSS),
    'GET /phone.js': file(asset('./phone.js'), JS),
    'GET /dashboard': file(asset(`${dashboardPage}dashboard.html`), HTML),
    'GET /dashboard.css': file(asset(`${dashboardPage}dashboard.css`), CSS),
    'GET /dashboard.js': file(asset(`${dashboardPage}dashboard.js`), JS),
    'GET /dev/reports': {
      kind: 'json',
      body: async () => {
        const now = context.clock.now();
        const today = wibDate(now).ymd;
        const from = addDays(today, 1 - RECENT_REPORT_DAYS);
        const reports = await reportsBetween(new DynamoReportStore(db, context.tableName), from, today, now);
        return recentReports(reports, RECENT_REPORT_LIMIT);
      },
    },
    'GET /dev/outbox/status': {
      kind: 'json',
      body: async () => sentWithDelivery(db, context.tableName, await context.sentSms(), context.clock.now()),
    },
  };
}
