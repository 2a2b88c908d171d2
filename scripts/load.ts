/**
 * Drives the local line as a busy day would and checks that nothing was lost or doubled:
 *
 *   npm run load -- --sessions 1000 --sms 1000 [--think-ms 3000] [--record]
 *
 * Starts its own local line (the deployed handlers on DynamoDB Local), then runs N USSD sessions and
 * N inbound SMS at the same time. Sessions are callers: each answers its screens after a think time,
 * and one in three asks for a hospital by typed place (one SMS), one in three files a symptom report
 * (one SMS, one stored report), one in three reads an FAQ topic (no SMS); every tenth posts its
 * last hop twice, as gateways do. Each SMS is posted as the gateway posts it, again after any non-2xx
 * answer and once more after its 200 for every tenth; one in three is a one-message report. A USSD
 * hop answered with the apology is posted again after a pause, as a caller redials.
 *
 * At the end every phone must have exactly the SMS it asked for, and exactly the reports filed must
 * be stored; the command exits non-zero otherwise. `--record` writes the figures into
 * docs/performance.md between its load markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { startLocalLine } from '../infra/local/host.js';
import { LOCAL_SHORT_CODE } from '../infra/local/web/routes.js';
import { BACKGROUND } from '../shared/adapters/aws-clients.js';
import { makeDocumentClient } from '../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../shared/adapters/dynamodb/reports.repository.js';
import type { SentSms } from '../shared/adapters/local/outbox.js';
import { wibDate } from '../shared/line/calendar.js';

const USAGE = `Usage: npm run load -- [--sessions N] [--sms N] [--think-ms MS] [--record]
  --sessions  concurrent USSD sessions (default 100)
  --sms       inbound SMS posted at once (default 100)
  --think-ms  a caller's pause before each answer, on average (default 3000: reading a
              screen and typing on a keypad)
  --record    write the figures into docs/performance.md`;

const PLACES = ['sempu banyuwangi', 'genteng banyuwangi', 'wonokromo surabaya', 'tangul jember', 'pacitan'];
const SMS_TEXTS = (place: string) => [`RS ${place}`, 'gejala corona apa aja', `LAPOR demam batuk ${place}`];
const REDIAL_PAUSE_MS = 1_000;
const GATEWAY_RETRY_MS = 1_000;
/** A caller or gateway keeps trying this long (Africa's Talking retries an SMS for hours). */
const GIVE_UP_MS = 10 * 60_000;
/** Connections kept open to the line, as a gateway keeps a pool. */
const CONNECTIONS = 256;

interface Options {
  sessions: number;
  sms: number;
  thinkMs: number;
  record: boolean;
}

function parseOptions(argv: string[]): Options | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      sessions: { type: 'string' },
      sms: { type: 'string' },
      'think-ms': { type: 'string' },
      record: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) return USAGE;
  const count = (name: string, raw: string | undefined, fallback: number, min: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > 100_000)
      throw new Error(`--${name} must be a whole number from ${min}`);
    return n;
  };
  return {
    sessions: count('sessions', values.sessions, 100, 0),
    sms: count('sms', values.sms, 100, 0),
    thinkMs: count('think-ms', values['think-ms'], 3000, 0),
    record: values.record ?? false,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}

/** One session's script: the paths it sends, what it expects at the end, and what it leaves behind. */
function sessionPlan(i: number) {
  const place = PLACES[i % PLACES.length] ?? 'genteng';
  switch (i % 3) {
    case 0:
      return { path: ['3', '2', place, '1'], end: /^END /, sms: 1, reports: 0 };
    case 1:
      return {
        path: ['4', '1', '3', '1 2', '2', '2', '2', place, '1'],
        end: /^END Risiko/,
        sms: 1,
        reports: 1,
      };
    default:
      return { path: ['1', String((i % 6) + 1)], end: /^CON /, sms: 0, reports: 0 };
  }
}

export async function runLoad(options: Options, out: (line: string) => void): Promise<number> {
  const line = await startLocalLine({ port: 0, env: {} });
  const db = makeDocumentClient({ region: 'local', endpoint: line.dynamoEndpoint, budget: BACKGROUND });
  const reports = new DynamoReportStore(db, line.tableName);
  const day = wibDate(new Date()).ymd;
  const hopTimes: number[] = [];
  const smsTimes: number[] = [];
  let apologies = 0;
  let retried = 0;
  let refusedBadly = 0;

  // Like a gateway, a bounded pool of kept-alive connections; a request the network drops counts as
  // a failed try (status 0), which the caller or gateway makes again.
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let dropped = 0;
  const post = (path: string, fields: Record<string, string>) =>
    new Promise<{ status: number; body: string; ms: number }>((resolve) => {
      const started = performance.now();
      const body = new URLSearchParams(fields).toString();
      const req = request(
        `${line.url}${path}`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }),
          );
          res.on('error', () => {
            dropped += 1;
            resolve({ status: 0, body: '', ms: performance.now() - started });
          });
        },
      );
      req.on('error', () => {
        dropped += 1;
        resolve({ status: 0, body: '', ms: performance.now() - started });
      });
      req.end(body);
    });

  const session = async (i: number) => {
    const began = performance.now();
    const plan = sessionPlan(i);
    const phone = `+62813${String(10_000_000 + i)}`;
    const hops = ['', ...plan.path.map((_, k) => plan.path.slice(0, k + 1).join('*'))];
    let last = '';
    for (const [k, text] of hops.entries()) {
      if (k > 0) await sleep(Math.random() * 2 * options.thinkMs);
      for (;;) {
        const res = await post('/ussd', {
          sessionId: `load-${i}`,
          serviceCode: '*384*1#',
          phoneNumber: phone,
          networkCode: '51010',
          text,
        });
        hopTimes.push(res.ms);
        if (res.status !== 200 && res.status !== 0) refusedBadly += 1;
        if (res.status === 200 && !res.body.startsWith('END Maaf')) {
          last = res.body;
          break;
        }
        if (res.status === 200) apologies += 1;
        if (performance.now() - began > GIVE_UP_MS) return { phone, plan, ok: false };
        await sleep(REDIAL_PAUSE_MS);
      }
    }
    if (i % 10 === 0) {
      const again = await post('/ussd', {
        sessionId: `load-${i}`,
        serviceCode: '*384*1#',
        phoneNumber: phone,
        text: hops.at(-1) ?? '',
      });
      if (again.body !== last && !again.body.startsWith('END Maaf')) return { phone, plan, ok: false };
    }
    return { phone, plan, ok: plan.end.test(last) };
  };

  const inbound = async (i: number) => {
    const began = performance.now();
    const phone = `+62814${String(10_000_000 + i)}`;
    const text = SMS_TEXTS(PLACES[i % PLACES.length] ?? 'genteng')[i % 3] ?? 'INFO';
    const fields = {
      from: phone,
      to: LOCAL_SHORT_CODE,
      text,
      date: new Date().toISOString(),
      id: `ATXid_load_${i}`,
    };
    let tries = 0;
    while (performance.now() - began <= GIVE_UP_MS) {
      const res = await post('/sms', fields);
      smsTimes.push(res.ms);
      if (res.status === 200) {
        if (i % 10 === 0) await post('/sms', fields);
        return { phone, text, reports: i % 3 === 2 ? 1 : 0, ok: true };
      }
      if (res.status !== 0 && res.status < 500) refusedBadly += 1;
      retried += 1;
      tries += 1;
      // The gateway backs off between retries.
      await sleep(GATEWAY_RETRY_MS * 2 ** Math.min(tries, 4));
    }
    return { phone, text, reports: i % 3 === 2 ? 1 : 0, ok: false };
  };

  const started = performance.now();
  const [sessions, messages] = await Promise.all([
    Promise.all(Array.from({ length: options.sessions }, (_, i) => session(i))),
    Promise.all(Array.from({ length: options.sms }, (_, i) => inbound(i))),
  ]);
  const seconds = (performance.now() - started) / 1000;

  const sent = (await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[];
  const perPhone = new Map<string, number>();
  for (const sms of sent) perPhone.set(sms.to, (perPhone.get(sms.to) ?? 0) + 1);
  const stored = (await reports.reportsOn(day, new Date())).length;
  db.destroy();
  agent.destroy();
  await line.stop();

  const wrongSms =
    sessions.filter((s) => (perPhone.get(s.phone) ?? 0) !== s.plan.sms).length +
    messages.filter((m) => (perPhone.get(m.phone) ?? 0) !== 1).length;
  const offenders = [
    ...sessions
      .filter((x) => (perPhone.get(x.phone) ?? 0) !== x.plan.sms)
      .map(
        (x) =>
          `USSD ${x.plan.path[0] === '3' ? 'hospital' : x.plan.path[0] === '4' ? 'report' : 'FAQ'} ${perPhone.get(x.phone) ?? 0} SMS`,
      ),
    ...messages
      .filter((m) => (perPhone.get(m.phone) ?? 0) !== 1)
      .map((m) => `SMS "${m.text}" ${perPhone.get(m.phone) ?? 0} SMS`),
  ];
  const expectedReports =
    sessions.reduce((n, s) => n + s.plan.reports, 0) + messages.reduce((n, m) => n + m.reports, 0);
  const expectedSms = sessions.reduce((n, s) => n + s.plan.sms, 0) + messages.length;
  const unfinished = sessions.filter((s) => !s.ok).length + messages.filter((m) => !m.ok).length;
  const hops = summary(hopTimes);
  const smsIn = summary(smsTimes);
  const ms = (v: number) => v.toFixed(1);
  const lines = [
    `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
    `load: ${options.sessions} USSD sessions and ${options.sms} SMS at once, think time ~${options.thinkMs} ms, ${seconds.toFixed(1)} s`,
    `USSD hops: ${hops.n}, ${(hops.n / seconds).toFixed(0)}/s, p50 ${ms(hops.p50)} ms, p95 ${ms(hops.p95)} ms, p99 ${ms(hops.p99)} ms; apologies ${apologies} (posted again)`,
    `SMS callbacks: ${smsIn.n}, p50 ${ms(smsIn.p50)} ms, p95 ${ms(smsIn.p95)} ms, p99 ${ms(smsIn.p99)} ms; retried after non-2xx ${retried}`,
    `SMS sent: ${sent.length} (expected ${expectedSms}); phones with other than their SMS: ${wrongSms}`,
    `reports stored: ${stored} (expected ${expectedReports})`,
    `unfinished flows: ${unfinished}; 4xx answers: ${refusedBadly}; requests dropped by the network: ${dropped}`,
  ];
  if (offenders.length > 0) lines.push(`not as expected (first 10): ${offenders.slice(0, 10).join('; ')}`);
  for (const text of lines) out(text);
  const pass =
    sent.length === expectedSms &&
    wrongSms === 0 &&
    stored === expectedReports &&
    unfinished === 0 &&
    refusedBadly === 0;
  out(pass ? 'PASS: every SMS sent once, every report stored once' : 'FAIL: counts differ (see above)');
  if (options.record) record(lines, pass);
  return pass ? 0 : 1;
}

const DOC = new URL('../docs/performance.md', import.meta.url);

/** What the figures measure, written above them. */
const NOTE = [
  'One process runs every function of the line, its outbox and sender, and the load driver, beside',
  'DynamoDB Local, on the machine below: the latencies are queueing on one small machine, not what',
  'Lambda (one request per instance) and DynamoDB give. What the run shows is the count: under more',
  'load than the machine can answer promptly, every phone got exactly the SMS it asked for and every',
  'report was stored once.',
];
const START = '<!-- load:start -->';
const END = '<!-- load:end -->';

/** Replaces the load section of docs/performance.md (created if missing), leaving the rest alone. */
function record(lines: string[], pass: boolean): void {
  let doc: string;
  try {
    doc = readFileSync(DOC, 'utf8');
  } catch {
    doc = '# Performance\n';
  }
  const section = [
    START,
    '## Load: `npm run load`',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)}, ${pass ? 'passed' : 'FAILED'}:`,
    '',
    ...NOTE,
    '',
    '```',
    ...lines,
    '```',
    END,
  ].join('\n');
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    at >= 0 && end > at
      ? `${doc.slice(0, at)}${section}${doc.slice(end + END.length)}`
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(DOC, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let options: Options | string;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (typeof options === 'string') {
    process.stdout.write(`${options}\n`);
    process.exit(0);
  }
  process.exit(await runLoad(options, (text) => process.stdout.write(`${text}\n`)));
}
