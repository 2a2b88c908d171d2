import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDashboardConfig } from '../../functions/dashboard/config.js';
import { pageFilesOnDisk } from '../../functions/dashboard/embed-page.js';
import { type DashboardDeps, makeHandler } from '../../functions/dashboard/handler.js';
import PAGE_FILES from '../../functions/dashboard/page-files.json' with { type: 'json' };
import { fixedClock } from '../../shared/adapters/clock.js';
import type { DashboardSignIn } from '../../shared/dashboard/page.js';
import type { ReportsByDay } from '../../shared/dashboard/reports.js';
import type { DashboardView } from '../../shared/dashboard/view.js';
import type { HttpEvent, HttpResult } from '../../shared/http/wire.js';
import type { SymptomReport } from '../../shared/line/reports.js';
import type { TriageAnswers } from '../../shared/line/triage.js';
import { httpEvent, lambdaContext } from '../support/http.js';
import { fixturePack } from '../support/packs.js';
import { fixtureReport } from '../support/reports.js';

// The line logs at the level a deployment runs, read when the logger is built: set before any import.
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

/**
 * The dashboard function: the page with its sign-in settings, its files, and the data from stored
 * reports (here from memory), on the fixture province (Kab. Lerengan 99.01, Kab. Pesisir 99.02).
 */
const pack = fixturePack();
const NOW = '2026-12-03T05:00:00Z'; // 12:00 WIB, 3 December
const SIGN_IN: DashboardSignIn = {
  signInUrl: 'https://covid-line-prod-0a1b2c3d4e5f.auth.ap-southeast-3.amazoncognito.com',
  clientId: '4example1client2id3',
  redirectUrl: 'https://abc123.execute-api.ap-southeast-3.amazonaws.com/dashboard',
};

const FEVER: TriageAnswers = {
  ageBand: '18-39',
  symptoms: ['fever'],
  contactWithCase: false,
  pregnantOrChronic: false,
};
const BREATHING: TriageAnswers = { ...FEVER, symptoms: ['breathing'] };

const report = (day: string, answers: TriageAnswers, consent: boolean, kab = '99.01'): SymptomReport =>
  fixtureReport(day, answers, { consent, kab, channel: 'ussd' });

/** Stored reports, served a day at a time as the by-day index does; records the days read. */
class MemoryReportsByDay implements ReportsByDay {
  readonly daysRead: string[] = [];
  constructor(private readonly reports: readonly SymptomReport[]) {}
  async reportsOn(day: string): Promise<SymptomReport[]> {
    this.daysRead.push(day);
    return this.reports.filter((r) => r.reportedOn === day);
  }
}

function deps(reports: ReportsByDay, signIn?: DashboardSignIn): DashboardDeps {
  return { reports, clock: fixedClock(NOW), pack, ...(signIn ? { signIn } : {}) };
}

/** A `GET` as API Gateway passes it on; `clerk` is the `sub` its JWT authorizer checked, if any. */
function get(path: string, query = '', clerk?: string): HttpEvent {
  const event = httpEvent('GET', path, { query });
  if (clerk === undefined) return event;
  const requestContext = {
    ...event.requestContext,
    authorizer: { jwt: { claims: { sub: clerk }, scopes: [] } },
  };
  return { ...event, requestContext } as HttpEvent;
}

const headersOf = (res: HttpResult) => res.headers as Record<string, string>;
const bodyOf = <T>(res: HttpResult) => JSON.parse(String(res.body)) as T;

const logged: string[] = [];

beforeEach(() => {
  logged.length = 0;
  const capture = (chunk: unknown) => {
    logged.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /dashboard, deployed', () => {
  it('serves the page with its sign-in settings, and reads no report to do it', async () => {
    // Prepare
    const store = new MemoryReportsByDay([report('2026-12-02', BREATHING, true)]);
    // Act
    const res = await makeHandler(deps(store, SIGN_IN))(get('/dashboard'), lambdaContext);
    // Assess
    const html = String(res.body);
    expect(res.statusCode).toBe(200);
    expect(headersOf(res)['content-type']).toBe('text/html; charset=utf-8');
    const block = /<script type="application\/json" id="sign-in">(.*)<\/script>/.exec(html);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(SIGN_IN);
    // Otherwise the page as it is in shared/dashboard/page/: no data in it.
    expect(html.replace(/\n\s*<script type="application\/json".*<\/script>/, '')).toBe(
      pageFilesOnDisk().html,
    );
    expect(store.daysRead).toEqual([]);
    expect(html).not.toContain('+628110000');
  });

  it('lets the page talk to itself and the sign-in only, never framed, without a Referer', async () => {
    const res = await makeHandler(deps(new MemoryReportsByDay([]), SIGN_IN))(
      get('/dashboard'),
      lambdaContext,
    );
    const csp = headersOf(res)['content-security-policy'] ?? '';
    expect(csp).toContain(
      "connect-src 'self' https://covid-line-prod-0a1b2c3d4e5f.auth.ap-southeast-3.amazoncognito.com;",
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headersOf(res)['referrer-policy']).toBe('no-referrer');
  });

  it('keeps a setting from closing its block', async () => {
    const odd = { ...SIGN_IN, clientId: 'x</script><script>alert(1)</script>' };
    const res = await makeHandler(deps(new MemoryReportsByDay([]), odd))(get('/dashboard'), lambdaContext);
    const html = String(res.body);
    const closers = (text: string) => text.match(/<\/script/gi)?.length ?? 0;
    // The page's own script element, and the block: no third.
    expect(closers(html)).toBe(closers(pageFilesOnDisk().html) + 1);
    const block = /<script type="application\/json" id="sign-in">(.*)<\/script>/.exec(html);
    expect(JSON.parse(block?.[1] ?? 'null').clientId).toBe(odd.clientId);
  });
});

describe('the page without sign-in (the local line)', () => {
  it('is the page as it is, with no sign-in block', async () => {
    const res = await makeHandler(deps(new MemoryReportsByDay([])))(get('/dashboard'), lambdaContext);
    expect(res.body).toBe(pageFilesOnDisk().html);
    expect(headersOf(res)['content-security-policy']).toBeUndefined();
  });
});

describe('the page files', () => {
  it.each([
    ['/dashboard.css', 'text/css; charset=utf-8', 'css'],
    ['/dashboard.js', 'text/javascript; charset=utf-8', 'js'],
  ] as const)('serves %s as %s', async (path, contentType, file) => {
    const res = await makeHandler(deps(new MemoryReportsByDay([]), SIGN_IN))(get(path), lambdaContext);
    expect([res.statusCode, headersOf(res)['content-type']]).toEqual([200, contentType]);
    expect(res.body).toBe(pageFilesOnDisk()[file]);
  });

  it('embeds the page as it is in shared/dashboard/page (after a change: npx tsx functions/dashboard/embed-page.ts)', () => {
    expect(PAGE_FILES).toEqual(pageFilesOnDisk());
  });

  it('answers 404 off its routes', async () => {
    const res = await makeHandler(deps(new MemoryReportsByDay([])))(get('/dashboard/other'), lambdaContext);
    expect([res.statusCode, bodyOf(res)]).toEqual([404, { error: 'Not found' }]);
  });
});

describe('GET /dashboard/data', () => {
  it("returns the view of the stored reports of the days asked for, the signed-in clerk's follow-up list included", async () => {
    // Prepare: five moderate reports in Kab. Lerengan, one high one in Kab. Pesisir whose caller may be
    // called, and one from before the range.
    const stored = [
      ...Array.from({ length: 5 }, () => report('2026-12-01', FEVER, false)),
      report('2026-12-02', BREATHING, true, '99.02'),
      report('2026-11-20', BREATHING, true),
    ];
    const store = new MemoryReportsByDay(stored);
    // Act
    const res = await makeHandler(deps(store, SIGN_IN))(
      get('/dashboard/data', 'days=7', 'clerk-1'),
      lambdaContext,
    );
    // Assess
    expect([res.statusCode, headersOf(res)['cache-control']]).toEqual([200, 'no-store']);
    const view = bodyOf<DashboardView>(res);
    expect([view.from, view.to, view.province]).toEqual(['2026-11-27', '2026-12-03', pack.province.name]);
    expect(store.daysRead.sort()).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    expect(view.totals).toMatchObject({ moderate: 5, high: '<5' });
    expect(view.kabKota.find((k) => k.code === '99.01')).toMatchObject({ moderate: 5, total: 5 });
    expect(view.followUp.map((f) => [f.phone, f.risk, f.kabCode])).toEqual([
      [stored[5]?.phone, 'high', '99.02'],
    ]);
  });

  it('reads four weeks when no days are asked for', async () => {
    const store = new MemoryReportsByDay([]);
    const res = await makeHandler(deps(store))(get('/dashboard/data'), lambdaContext);
    expect([res.statusCode, bodyOf<DashboardView>(res).from, store.daysRead.length]).toEqual([
      200,
      '2026-11-06',
      28,
    ]);
  });

  it.each(['0', '93', 'abc', '7.5', '-1'])(
    'refuses days=%s with 400 and the reason, reading nothing',
    async (days) => {
      const store = new MemoryReportsByDay([]);
      const res = await makeHandler(deps(store, SIGN_IN))(
        get('/dashboard/data', `days=${days}`, 'clerk-1'),
        lambdaContext,
      );
      expect([res.statusCode, bodyOf(res)]).toEqual([
        400,
        { error: `days must be a whole number from 1 to 92, got "${days}"` },
      ]);
      expect(store.daysRead).toEqual([]);
    },
  );

  it('refuses the data without a signed-in clerk when deployed, should the route lose its authorizer', async () => {
    const store = new MemoryReportsByDay([report('2026-12-02', BREATHING, true)]);
    const res = await makeHandler(deps(store, SIGN_IN))(get('/dashboard/data', 'days=7'), lambdaContext);
    expect([res.statusCode, bodyOf(res)]).toEqual([401, { error: 'Sign in to see the reports' }]);
    expect(store.daysRead).toEqual([]);
  });

  it('answers 500 without internals when the reports cannot be read, and logs why', async () => {
    const failing: ReportsByDay = {
      reportsOn: async () => {
        throw new Error('ProvisionedThroughputExceededException: table covid-line busy');
      },
    };
    const res = await makeHandler(deps(failing, SIGN_IN))(
      get('/dashboard/data', '', 'clerk-1'),
      lambdaContext,
    );
    expect([res.statusCode, bodyOf(res)]).toEqual([
      500,
      { error: 'The reports could not be read; try again in a minute' },
    ]);
    expect(logged.join('')).toContain('ProvisionedThroughputExceededException');
  });

  it("logs who read how much, never a caller's number", async () => {
    const store = new MemoryReportsByDay([report('2026-12-02', BREATHING, true)]);
    await makeHandler(deps(store, SIGN_IN))(get('/dashboard/data', 'days=7', 'clerk-1'), lambdaContext);
    const line = logged.find((l) => l.includes('dashboard read')) ?? '';
    expect(JSON.parse(line)).toMatchObject({ days: 7, reports: 1, clerk: 'clerk-1' });
    expect(logged.join('')).not.toMatch(/\+?628110000/);
  });
});

describe('the deployed configuration', () => {
  const ENV = {
    TABLE_NAME: 'CovidLine-prod-DataTable',
    SIGN_IN_URL: SIGN_IN.signInUrl,
    SIGN_IN_CLIENT_ID: SIGN_IN.clientId,
    DASHBOARD_URL: SIGN_IN.redirectUrl,
  };

  it('reads the table and the sign-in settings', () => {
    expect(loadDashboardConfig(ENV)).toEqual({
      tableName: 'CovidLine-prod-DataTable',
      region: 'ap-southeast-1',
      dynamoEndpoint: undefined,
      signIn: SIGN_IN,
    });
  });

  it('names every missing or unusable sign-in setting', () => {
    expect(() => loadDashboardConfig({ TABLE_NAME: 't', DASHBOARD_URL: 'http://abc123/dashboard' })).toThrow(
      /SIGN_IN_URL.*SIGN_IN_CLIENT_ID.*DASHBOARD_URL: an https URL/s,
    );
  });
});
