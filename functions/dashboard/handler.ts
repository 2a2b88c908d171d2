import type { MiddlewareObj } from '@middy/core';
import middy from '@middy/core';
import { BACKGROUND } from '../../shared/adapters/aws-clients.js';
import { systemClock } from '../../shared/adapters/clock.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import { lineTelemetry } from '../../shared/adapters/telemetry.js';
import { loadContentPack } from '../../shared/content/index.js';
import type { ContentPack } from '../../shared/content/pack.js';
import {
  DASHBOARD_PATHS,
  type DashboardPageFiles,
  type DashboardSignIn,
  pageSecurityHeaders,
  pageWithSignIn,
} from '../../shared/dashboard/page.js';
import { type ReportsByDay, reportsBetween } from '../../shared/dashboard/reports.js';
import { dashboardRange, dashboardView } from '../../shared/dashboard/view.js';
import { BadRequest, clientFault, type HttpEvent, type HttpResult } from '../../shared/http/wire.js';
import { wibDate } from '../../shared/line/calendar.js';
import { errorFields, log } from '../../shared/log.js';
import type { Clock } from '../../shared/ports.js';
import { loadDashboardConfig } from './config.js';
import PAGE_FILES from './page-files.json' with { type: 'json' };

export interface DashboardDeps {
  reports: ReportsByDay;
  clock: Clock;
  /** The province and its kab/kota and kecamatan, for the counts and the map. */
  pack: Pick<ContentPack, 'province' | 'regions'>;
  /** Where the page signs a clerk in; without it (the local line) the page and data are open. */
  signIn?: DashboardSignIn;
  /** @default the page embedded in `page-files.json` */
  page?: DashboardPageFiles;
}

const TEXT = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

// no-store: the data changes by the minute and holds phone numbers; the page changes with a deploy.
function respond(statusCode: number, contentType: string, body: string, headers = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': contentType, 'cache-control': 'no-store', ...headers },
    body,
  };
}

const json = (statusCode: number, body: unknown) => respond(statusCode, TEXT.json, JSON.stringify(body));

/** The signed-in clerk's id, from the claims API Gateway's JWT authorizer checked. */
function clerkOf(event: HttpEvent): string | undefined {
  const context = event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } };
  const sub = context.authorizer?.jwt?.claims?.sub;
  return typeof sub === 'string' && sub !== '' ? sub : undefined;
}

/** Errors as JSON the page shows: 400 with the reason for a bad request, 500 for ours. */
function dashboardErrors(): MiddlewareObj<HttpEvent, HttpResult> {
  return {
    onError: async (request) => {
      const reason = clientFault(request.error);
      if (reason !== undefined) {
        request.response = json(400, { error: reason });
        return;
      }
      log.error('dashboard failed', errorFields(request.error));
      request.response = json(500, { error: 'The reports could not be read; try again in a minute' });
    },
  };
}

/** The dashboard's view of the days asked for (`?days=N`, 28 unless given), from the stored reports. */
async function dashboardData(deps: DashboardDeps, event: HttpEvent) {
  const now = deps.clock.now();
  const range = dashboardRange(wibDate(now).ymd, new URLSearchParams(event.rawQueryString).get('days'));
  if ('error' in range) throw new BadRequest(range.error);
  const reports = await reportsBetween(deps.reports, range.from, range.to, now);
  const { province, regions } = deps.pack;
  const view = dashboardView({
    reports,
    kabKota: regions.kabKota,
    kecamatan: regions.kecamatan,
    province: province.name,
    from: range.from,
    to: range.to,
    generatedAt: now,
  });
  log.info('dashboard read', { days: range.days, reports: reports.length, clerk: clerkOf(event) });
  return view;
}

/**
 * The health office's dashboard: `GET /dashboard` (the page, with its sign-in settings when deployed),
 * its style and script, and `GET /dashboard/data?days=N` (the view of `shared/dashboard/view.ts`).
 * Deployed, API Gateway lets the data through only with a clerk's valid token; the handler refuses
 * it too without the claims the authorizer passes on, should a route ever lose its authorizer.
 */
export function makeHandler(deps: DashboardDeps | (() => DashboardDeps)) {
  const resolve = typeof deps === 'function' ? deps : () => deps;
  return middy<HttpEvent, HttpResult>()
    .use(lineTelemetry())
    .use(dashboardErrors())
    .handler(async (event) => {
      const d = resolve();
      const page = d.page ?? PAGE_FILES;
      switch (event.routeKey) {
        case `GET ${DASHBOARD_PATHS.page}`:
          return d.signIn
            ? respond(200, TEXT.html, pageWithSignIn(page.html, d.signIn), pageSecurityHeaders(d.signIn))
            : respond(200, TEXT.html, page.html);
        case `GET ${DASHBOARD_PATHS.style}`:
          return respond(200, TEXT.css, page.css);
        case `GET ${DASHBOARD_PATHS.script}`:
          return respond(200, TEXT.js, page.js);
        case `GET ${DASHBOARD_PATHS.data}`:
          if (d.signIn && !clerkOf(event)) return json(401, { error: 'Sign in to see the reports' });
          return json(200, await dashboardData(d, event));
        default:
          return json(404, { error: 'Not found' });
      }
    });
}

let defaults: DashboardDeps | undefined;

/** The deployed function's dependencies, from its environment, built once. */
function defaultDeps(): DashboardDeps {
  if (!defaults) {
    const config = loadDashboardConfig();
    // A clerk waits on a browser, not a phone: the background budget's retries and longer limits.
    const db = makeDocumentClient({
      region: config.region,
      endpoint: config.dynamoEndpoint,
      budget: BACKGROUND,
    });
    defaults = {
      reports: new DynamoReportStore(db, config.tableName),
      clock: systemClock,
      pack: loadContentPack(),
      signIn: config.signIn,
    };
  }
  return defaults;
}

// On Lambda, at cold start: a missing setting is an init error, not a 500 on every request. Imported
// anywhere else (the local host, the tests, the bundle check), nothing is read until a request comes.
if (process.env.AWS_LAMBDA_FUNCTION_NAME) defaultDeps();

export const handler = makeHandler(defaultDeps);
