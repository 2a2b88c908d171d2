import { describe, expect, it } from 'vitest';
import { makeHandler as makeSmsHandler } from '../../functions/sms/handler.js';
import { makeHandler as makeUssdHandler } from '../../functions/ussd/handler.js';
import { deliverSms } from '../../shared/line/sms/deliver-outbox.js';
import type { OutboundSms } from '../../shared/ports.js';
import { MemorySendLog, memoryLineDeps, ScriptedSmsGateway } from '../support/fakes.js';
import { type FaultKind, type Faults, withFaults } from '../support/faults.js';
import { formEvent, lambdaContext } from '../support/http.js';
import { fixtureLine } from '../support/packs.js';

/**
 * Every storage and outbox call a flow makes, made to fail in turn: once, or with storage staying down
 * for the rest of that try (so giving the claim back fails too). The gateway then retries as it does
 * (SMS: the same message id after a 500; USSD: the same hop after an apology) until it gets an
 * answer. Whatever failed, the caller gets one reply and one SMS, a report is stored at most once, and
 * no answer claims a result that was not stored.
 */

const LINE = fixtureLine();
const START = '2026-11-23T03:00:00Z';
const PHONE = '+6281234567890';
/** Between two tries of the gateway: shorter than a claim's lease, so some retries find it held. */
const RETRY_GAP_MS = 10_000;
const MAX_TRIES = 8;

function movableClock() {
  let now = new Date(START);
  return { now: () => new Date(now), advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

/** The line in memory with every store behind fault injection, and what the outbox saw queued. */
function setUp() {
  const clock = movableClock();
  const raw = memoryLineDeps(LINE, clock);
  const queued: { sms: OutboundSms; reportStored: boolean }[] = [];
  const enqueue = raw.outbox.enqueue.bind(raw.outbox);
  // Observed behind the faults, so only messages that really reached the outbox count.
  raw.outbox.enqueue = async (sms) => {
    queued.push({ sms, reportStored: raw.reports.reports.size > 0 });
    return enqueue(sms);
  };
  const { deps, faults } = withFaults(raw);
  return { clock, raw, deps, faults, queued };
}

/** What reaches phones: the outbox drained, in order, through the SMS sender and its send log. */
async function drain(queued: readonly { sms: OutboundSms }[]) {
  const gateway = new ScriptedSmsGateway();
  const deps = {
    gateway,
    sendLog: new MemorySendLog(),
    clock: { now: () => new Date(START) },
    metrics: { count: () => undefined },
  };
  for (const { sms } of queued) await deliverSms(deps, sms);
  return gateway.calls;
}

type Fault = { kind: FaultKind; n: number; mode: 'once' | 'down' };

function arm(faults: Faults, fault: Fault | undefined) {
  if (!fault) return;
  if (fault.mode === 'once') faults.failNth(fault.kind, fault.n);
  else faults.failFrom(fault.kind, fault.n);
}

/** Every fault to inject into a flow whose clean run made `calls`. */
function faultsFor(calls: Record<FaultKind, number>): Fault[] {
  const all: Fault[] = [];
  for (const kind of ['storage', 'outbox'] as const) {
    for (let n = 1; n <= calls[kind]; n += 1) {
      all.push({ kind, n, mode: 'once' });
      // A try makes one outbox call: the outbox staying down fails nothing more than failing once.
      if (kind === 'storage') all.push({ kind, n, mode: 'down' });
    }
  }
  return all;
}

const label = (f: Fault) =>
  `${f.kind} call ${f.n} ${f.mode === 'once' ? 'fails once' : 'and later ones fail'}`;

// ---------------------------------------------------------------------------------------------------
// SMS

interface SmsFlow {
  name: string;
  text: string;
  report: boolean;
  /** Whether the caller ends opted out. */
  optsOut?: boolean;
}

const SMS_FLOWS: SmsFlow[] = [
  { name: 'a question', text: 'cara pakai masker', report: false },
  { name: 'a hospital by place', text: 'RS watugede', report: false },
  { name: 'a one-message report', text: 'LAPOR demam batuk watugede', report: true },
  { name: 'opting out', text: 'STOP', report: false, optsOut: true },
  // Answers that change what is remembered of the caller, written with the message's completion.
  { name: 'a list of places', text: 'RS pesisir', report: false },
  { name: 'a language', text: 'ENGLISH', report: false },
];

/** Posts one message id until the gateway gets a 200, as Africa's Talking retries it. */
async function smsUntilAnswered(flow: SmsFlow, fault: Fault | undefined) {
  const env = setUp();
  const handler = makeSmsHandler(env.deps);
  const post = async () => {
    const fields = { id: 'ATXid_1', from: PHONE, to: '21212', text: flow.text };
    const res = await handler(formEvent(fields, { path: '/sms' }), lambdaContext);
    return { status: res.statusCode, queuedBefore: env.queued.length };
  };
  arm(env.faults, fault);
  const tries: { status: number | undefined; queuedBefore: number }[] = [];
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const t = await post();
    tries.push(t);
    if (env.faults.failed.length > 0) env.faults.heal();
    if (t.status === 200) break;
    env.clock.advance(RETRY_GAP_MS);
  }
  const calls = { storage: env.faults.calls.storage.length, outbox: env.faults.calls.outbox.length };
  // The gateway may post it once more after its 200 was lost.
  const late = await post();
  return { ...env, tries, late, calls };
}

describe('an inbound SMS under injected faults', () => {
  for (const flow of SMS_FLOWS) {
    describe(flow.name, async () => {
      const clean = await smsUntilAnswered(flow, undefined);
      const { calls } = clean;
      const expected = clean.queued.map((q) => q.sms.message);

      it('answers once with no fault: the calls the sweep fails in turn', () => {
        expect(clean.tries.map((t) => t.status)).toEqual([200]);
        expect(expected).toHaveLength(1);
        expect(calls.outbox).toBe(1);
        expect(calls.storage).toBeGreaterThan(2);
      });

      it.each(faultsFor(calls).map((f) => [label(f), f] as const))('%s', async (_, fault) => {
        const run = await smsUntilAnswered(flow, fault);
        // The fault made the first try fail, and it was answered 500 so the gateway retries it.
        expect(run.faults.failed.length).toBeGreaterThan(0);
        expect(run.tries[0]?.status).toBe(500);
        // Answered in the end; never a 200 before the reply was queued.
        expect(run.tries.at(-1)?.status).toBe(200);
        expect(run.tries.every((t) => t.status === 500 || t.status === 200)).toBe(true);
        expect(run.late.status).toBe(200);
        expect(run.late.queuedBefore).toBe(run.queued.length);
        // One reply: whatever was queued is that reply under one key, and the sender sends it once.
        expect(new Set(run.queued.map((q) => q.sms.dedupeKey)).size).toBe(1);
        expect(run.queued.every((q) => q.sms.message === expected[0])).toBe(true);
        expect((await drain(run.queued)).map((s) => s.message)).toEqual(expected);
        // A report is stored once, counted once, and its advice is queued only once it is stored.
        expect(run.deps.reports.writes).toBe(flow.report ? 1 : 0);
        expect(run.deps.reports.reports.size).toBe(flow.report ? 1 : 0);
        expect(Object.values(run.deps.metrics.snapshot()).reduce((a, b) => a + b, 0)).toBe(
          flow.report ? 1 : 0,
        );
        if (flow.report) expect(run.queued.every((q) => q.reportStored)).toBe(true);
        expect(await run.raw.subscribers.isOptedOut('sub-7890')).toBe(flow.optsOut ?? false);
      });
    });
  }

  it('refuses a retry while the first try is still answering, then answers once', async () => {
    // Prepare: the first try stops at its outbox call until released.
    const env = setUp();
    const handler = makeSmsHandler(env.deps);
    const fields = { id: 'ATXid_7', from: PHONE, to: '21212', text: 'LAPOR demam batuk watugede' };
    const post = async () => (await handler(formEvent(fields, { path: '/sms' }), lambdaContext)).statusCode;
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const raw = env.raw.outbox;
    const enqueue = raw.enqueue;
    let reached: () => void = () => undefined;
    const atOutbox = new Promise<void>((resolve) => {
      reached = resolve;
    });
    raw.enqueue = async () => {
      reached();
      await gate;
      throw new Error('outbox unreachable');
    };
    // Act
    const first = post();
    await atOutbox;
    const meanwhile = await post();
    letGo();
    const firstStatus = await first;
    raw.enqueue = enqueue;
    const retry = await post();
    // Assess: the early retry was not told "done"; the failed first try left the message to the retry.
    expect(meanwhile).toBe(500);
    expect(firstStatus).toBe(500);
    expect(retry).toBe(200);
    expect(env.queued).toHaveLength(1);
    expect(env.raw.reports.writes).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------
// USSD

// Lapor gejala, consent, age 40-59, fever and cough, no contact, no illness, place typed: Watugede, may call.
const PATH = ['4', '1', '3', '12', '2', '2', '2', 'watugede', '1'];
const HOPS = ['', ...PATH.map((_, i) => PATH.slice(0, i + 1).join('*'))];

/** Walks the session hop by hop, re-posting a hop after an apology until it gets its screen. */
async function ussdSession(expected: readonly string[] | undefined, fault: Fault | undefined) {
  const env = setUp();
  const handler = makeUssdHandler(env.deps);
  const post = async (text: string) => {
    const fields = { sessionId: 'ATUid_1', serviceCode: '*384#', phoneNumber: PHONE, text };
    return (await handler(formEvent(fields), lambdaContext)).body ?? '';
  };
  arm(env.faults, fault);
  const answers: { hop: number; body: string; reportStored: boolean }[] = [];
  const screens: string[] = [];
  for (const [hop, text] of HOPS.entries()) {
    for (let attempt = 1; ; attempt += 1) {
      const body = await post(text);
      answers.push({ hop, body, reportStored: env.deps.reports.reports.size > 0 });
      // Storage comes back once the fault has struck: the gateway's retry finds it up.
      if (env.faults.failed.length > 0) env.faults.heal();
      if (!expected || body === expected[hop]) {
        screens.push(body);
        break;
      }
      if (attempt === MAX_TRIES) throw new Error(`hop ${hop} never answered: ${body}`);
      env.clock.advance(RETRY_GAP_MS);
    }
  }
  return { ...env, answers, screens };
}

describe('a USSD report under injected faults', async () => {
  const clean = await ussdSession(undefined, undefined);
  const expected = clean.screens;
  const result = expected.at(-1) ?? '';
  const calls = { storage: clean.faults.calls.storage.length, outbox: clean.faults.calls.outbox.length };

  it('ends with the risk and one SMS with no fault: the calls the sweep fails in turn', async () => {
    expect(result).toMatch(/^END Risiko SEDANG/);
    expect(clean.queued).toHaveLength(1);
    expect(calls.outbox).toBe(1);
    expect(calls.storage).toBeGreaterThan(20);
  });

  it.each(faultsFor(calls).map((f) => [label(f), f] as const))('%s', async (_, fault) => {
    const run = await ussdSession(expected, fault);
    expect(run.faults.failed.length).toBeGreaterThan(0);
    // Each failed try ended the session with an apology, never a screen of another hop or a result.
    const failedTries = run.answers.filter((a) => a.body !== expected[a.hop]);
    expect(failedTries.length).toBeGreaterThan(0);
    for (const a of failedTries) {
      expect(a.body).toMatch(/^END /);
      expect(a.body).not.toMatch(/Risiko/);
    }
    // The result was shown only by tries after which the report was stored.
    for (const a of run.answers.filter((x) => x.body === result)) expect(a.reportStored).toBe(true);
    expect(run.screens).toEqual(expected);
    // One report written once, one SMS sent, and the draft gone.
    expect(run.deps.reports.writes).toBe(1);
    expect(run.deps.reports.reports.size).toBe(1);
    expect(run.deps.metrics.snapshot()).toEqual(clean.deps.metrics.snapshot());
    expect(new Set(run.queued.map((q) => q.sms.dedupeKey)).size).toBe(1);
    expect(run.queued.every((q) => q.reportStored)).toBe(true);
    expect((await drain(run.queued)).map((s) => s.message)).toEqual(clean.queued.map((q) => q.sms.message));
    expect(await run.deps.drafts.latest('sub-7890', run.clock.now())).toBeUndefined();
  });
});

describe('a USSD hop posted again while its first try is still running', () => {
  it('gets an apology, not the result, until a try has stored the report', async () => {
    // Prepare: the session up to its last hop; the last hop's first try stops at the report's write.
    const env = setUp();
    const handler = makeUssdHandler(env.deps);
    const post = async (text: string) => {
      const fields = { sessionId: 'ATUid_2', serviceCode: '*384#', phoneNumber: PHONE, text };
      return (await handler(formEvent(fields), lambdaContext)).body ?? '';
    };
    for (const text of HOPS.slice(0, -1)) await post(text);
    const last = HOPS.at(-1) ?? '';
    const save = env.raw.reports.save;
    let reached: () => void = () => undefined;
    const atSave = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let letGo: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    env.raw.reports.save = async () => {
      reached();
      await gate;
      throw new Error('table unreachable');
    };
    // Act
    const first = post(last);
    await atSave;
    const meanwhile = await post(last);
    letGo();
    const firstBody = await first;
    env.raw.reports.save = save;
    const retry = await post(last);
    // Assess
    for (const body of [meanwhile, firstBody]) {
      expect(body).toMatch(/^END /);
      expect(body).not.toMatch(/Risiko/);
    }
    expect(retry).toMatch(/^END Risiko SEDANG/);
    expect(env.raw.reports.writes).toBe(1);
    expect(env.queued).toHaveLength(1);
  });
});
