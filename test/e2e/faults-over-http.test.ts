import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalLine, startLocalLine } from '../../infra/local/host.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import type { SentSms } from '../../shared/adapters/local/outbox.js';
import { postForm } from '../support/http.js';

/**
 * The local line driven over HTTP as the gateway drives it, with `/dev/faults` failing each call a
 * flow makes in turn: every DynamoDB call (the line's and the SMS sender's), every hand-over to the
 * outbox, every hand-over to the SMS gateway. The gateway retries as it does (an SMS callback answered
 * non-2xx is posted again with the same id; a USSD hop answered with an apology is posted again), and
 * after that each flow has sent its one SMS, stored its report at most once, and never shown a result
 * before it was stored.
 */

const NOW = '2026-11-23T03:00:00Z';
const DAY = '2026-11-23';
const MAX_TRIES = 6;
type Kind = 'storage' | 'outbox' | 'gateway';
const KINDS: readonly Kind[] = ['storage', 'outbox', 'gateway'];

let line: LocalLine;
let reports: DynamoReportStore;
let destroy: () => void;
let phones = 0;

beforeAll(async () => {
  line = await startLocalLine({ port: 0, now: NOW, env: {} });
  const db = makeDocumentClient({ region: 'local', endpoint: line.dynamoEndpoint });
  reports = new DynamoReportStore(db, line.tableName);
  destroy = () => db.destroy();
}, 60_000);

afterAll(async () => {
  destroy?.();
  await line?.stop();
});

function nextPhone(): string {
  phones += 1;
  return `+62812700${String(phones).padStart(5, '0')}`;
}

const post = (path: string, fields: Record<string, string>) => postForm(line.url, path, fields);

interface FaultStatus {
  calls: Record<Kind, number>;
  armed: unknown[];
  struck: unknown[];
}

const faults = async () => (await (await fetch(`${line.url}/dev/faults`)).json()) as FaultStatus;

/** The SMS sent so far, once the outbox has handled everything queued. */
const outbox = async () => (await (await fetch(`${line.url}/dev/outbox`)).json()) as SentSms[];

const storedReports = async () => (await reports.reportsOn(DAY, new Date(NOW))).length;

interface Run {
  phone: string;
  /** Every answer the caller or gateway got, with whether a report was stored by then. */
  answers: { status: number; body: string; storedBefore: number; storedAfter: number }[];
  sms: string[];
  /** Reports stored before the run began. */
  baseline: number;
  reportsAdded: number;
}

interface Flow {
  name: string;
  /** Runs the flow for one phone, retrying as the gateway does. */
  run(phone: string, tag: string): Promise<Run['answers']>;
  report: boolean;
  /** What the last answer looks like when the flow succeeded. */
  final: RegExp;
}

function smsFlow(name: string, text: string, report: boolean): Flow {
  return {
    name,
    report,
    final: /^OK$/,
    async run(phone, tag) {
      const answers: Run['answers'] = [];
      for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
        const storedBefore = await storedReports();
        const res = await post('/sms', { from: phone, to: '21212', text, date: NOW, id: `ATXid_${tag}` });
        answers.push({ ...res, storedBefore, storedAfter: await storedReports() });
        if (res.status === 200) break;
      }
      return answers;
    },
  };
}

function ussdFlow(name: string, path: readonly string[], report: boolean, final: RegExp): Flow {
  const hops = ['', ...path.map((_, i) => path.slice(0, i + 1).join('*'))];
  return {
    name,
    report,
    final,
    async run(phone, tag) {
      const answers: Run['answers'] = [];
      let previous = '';
      for (const text of hops) {
        for (let attempt = 1; ; attempt += 1) {
          const storedBefore = await storedReports();
          const res = await post('/ussd', {
            sessionId: `ATUid_${tag}`,
            serviceCode: '*384*1#',
            phoneNumber: phone,
            networkCode: '51010',
            text,
          });
          answers.push({ ...res, storedBefore, storedAfter: await storedReports() });
          // An apology ends the session; the gateway's retry posts the same hop again.
          const apology = res.body.startsWith('END Maaf');
          if (!apology && res.body !== previous) {
            previous = res.body;
            break;
          }
          if (attempt === MAX_TRIES) return answers;
        }
      }
      return answers;
    },
  };
}

const FLOWS: readonly Flow[] = [
  smsFlow('SMS: a question', 'cara pakai masker', false),
  smsFlow('SMS: a hospital by place', 'RS sempu banyuwangi', false),
  smsFlow('SMS: a one-message report', 'LAPOR sesak napas sempu banyuwangi', true),
  ussdFlow(
    'USSD: the nearest hospital for a typed place',
    ['3', '2', 'sempu banyuwangi', '1'],
    false,
    /^END /,
  ),
  ussdFlow(
    'USSD: a symptom report',
    ['4', '1', '4', '1 4', '2', '1', '2', 'sempu banyuwangi', '2'],
    true,
    /^END Risiko TINGGI/,
  ),
];

/** One run of a flow for a new phone, with `fault` armed first. */
async function runFlow(flow: Flow, tag: string, fault?: { kind: Kind; n: number }): Promise<Run> {
  const phone = nextPhone();
  await outbox();
  const before = await storedReports();
  if (fault) {
    const armed = await post('/dev/faults', { [fault.kind]: String(fault.n) });
    expect(armed.status).toBe(200);
  }
  const answers = await flow.run(phone, tag);
  const sms = (await outbox()).filter((s) => s.to === phone).map((s) => s.message);
  return { phone, answers, sms, baseline: before, reportsAdded: (await storedReports()) - before };
}

describe('the local line under faults injected over HTTP', () => {
  it('refuses a fault it cannot arm, naming what it takes', async () => {
    const res = await post('/dev/faults', { disk: '1' });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/unknown field disk.*storage=N, outbox=N or gateway=N/);
    expect((await post('/dev/faults', { storage: '0' })).status).toBe(400);
  });

  for (const flow of FLOWS) {
    describe(flow.name, () => {
      let clean: Run;
      const calls: Record<Kind, number> = { storage: 0, outbox: 0, gateway: 0 };

      beforeAll(async () => {
        const start = await faults();
        clean = await runFlow(flow, `${flow.name}-clean`);
        const end = await faults();
        for (const kind of KINDS) calls[kind] = end.calls[kind] - start.calls[kind];
      });

      it('answers once with no fault: the calls the sweep fails in turn', () => {
        expect(clean.answers.at(-1)?.body).toMatch(flow.final);
        expect(clean.answers.every((a) => a.status === 200)).toBe(true);
        expect(clean.sms).toHaveLength(1);
        expect(clean.reportsAdded).toBe(flow.report ? 1 : 0);
        expect(calls.storage).toBeGreaterThan(2);
        expect(calls.outbox).toBe(1);
        expect(calls.gateway).toBe(1);
      });

      it('sends one SMS and stores at most one report whichever call fails', async () => {
        const outcomes: string[] = [];
        for (const kind of KINDS) {
          for (let n = 1; n <= calls[kind]; n += 1) {
            const struckBefore = (await faults()).struck.length;
            const run = await runFlow(flow, `${flow.name}-${kind}-${n}`, { kind, n });
            const status = await faults();
            const last = run.answers.at(-1);
            outcomes.push(
              JSON.stringify({
                fault: `${kind}=${n}`,
                struck: status.struck.length - struckBefore,
                final: flow.final.test(last?.body ?? ''),
                sms: run.sms.length,
                sameSms: run.sms[0] === clean.sms[0],
                reports: run.reportsAdded,
                // A result is shown only by a try after which its report was stored.
                toldBeforeStored: flow.report
                  ? run.answers.filter((a) => flow.final.test(a.body) && a.storedAfter <= run.baseline).length
                  : 0,
                // USSD hops always get 200 and a screen or an apology; only SMS callbacks ask for a retry.
                ussdErrors: flow.name.startsWith('USSD')
                  ? run.answers.filter((a) => a.status !== 200).length
                  : 0,
              }),
            );
          }
        }
        const expected = (fault: string) =>
          JSON.stringify({
            fault,
            struck: 1,
            final: true,
            sms: 1,
            sameSms: true,
            reports: flow.report ? 1 : 0,
            toldBeforeStored: 0,
            ussdErrors: 0,
          });
        expect(outcomes).toEqual(outcomes.map((o) => expected(JSON.parse(o).fault)));
        expect(outcomes.length).toBe(calls.storage + calls.outbox + calls.gateway);
      }, 120_000);
    });
  }
});
