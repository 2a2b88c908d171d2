import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DynamoDbLocal } from '../../infra/local/dynamodb-local.js';
import { DynamoChoiceStore } from '../../shared/adapters/dynamodb/choices.repository.js';
import { makeDocumentClient } from '../../shared/adapters/dynamodb/client.js';
import { DynamoDraftStore } from '../../shared/adapters/dynamodb/drafts.repository.js';
import { DynamoOnceStore } from '../../shared/adapters/dynamodb/once.repository.js';
import { DynamoReportStore } from '../../shared/adapters/dynamodb/reports.repository.js';
import { DynamoSubscriberStore } from '../../shared/adapters/dynamodb/subscribers.repository.js';
import { MemoryMetrics } from '../../shared/adapters/local/metrics.js';
import { createLine } from '../../shared/line/line.js';
import { answerSms, type SmsDeps } from '../../shared/line/sms/answer-sms.js';
import { answerUssdHop, type UssdDeps } from '../../shared/line/ussd/answer-hop.js';
import { startTestTable } from '../support/dynamo.js';
import { MemoryOutbox } from '../support/fakes.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * What each hop and each inbound SMS costs in DynamoDB calls, through the real adapters on DynamoDB
 * Local: the document client's `send` is counted, with the round trips on the critical path (calls made
 * together, like the SMS claim and the caller's profile, are one round trip).
 *
 * A USSD menu hop is one round trip, one BatchGetItem (the language with the draft item); it writes only
 * when something changed. Hops allowed more, by what they do:
 * - a report step that saves the draft, choosing English, the first hop that shows an earlier session's
 *   draft to resume (remembering the offer): 2, the read and that one write;
 * - a final hop that queues an SMS: 3, the read and the SMS's once-claim taken and completed;
 * - the final hop of a report: 6, the read, the report's claim and the transaction storing the report
 *   with its completion, the SMS's claim and completion, and the draft dropped.
 * An inbound SMS is two round trips: its claim with the caller's profile (and, for a number, the list
 * it picks from), then its completion, in one transaction with what the answer changed. A texted
 * report is four: the report has a claim of its own and its own transaction.
 */

const TABLE = 'round-trips-test';
const START = new Date('2026-11-23T03:00:00Z');

interface Counted {
  /** The commands sent, in order, without their `Command` suffix. */
  calls: string[];
  /** Round trips on the critical path: a call made after another ended waits for it. */
  rounds: number;
}

/** Counts every `send` of the document client, and each call's depth on the critical path. */
function counting(db: DynamoDBDocumentClient) {
  let counted: Counted = { calls: [], rounds: 0 };
  let ended: number[] = [];
  const send = db.send.bind(db) as (command: object) => Promise<unknown>;
  Object.assign(db, {
    send: async (command: object) => {
      const depth = 1 + Math.max(0, ...ended);
      counted.calls.push(command.constructor.name.replace(/Command$/, ''));
      counted.rounds = Math.max(counted.rounds, depth);
      try {
        return await send(command);
      } finally {
        ended.push(depth);
      }
    },
  });
  return {
    /** What the calls since the last `take` cost. */
    take(): Counted {
      const taken = counted;
      counted = { calls: [], rounds: 0 };
      ended = [];
      return taken;
    },
  };
}

let dynamo: DynamoDbLocal;
let db: DynamoDBDocumentClient;
let meter: ReturnType<typeof counting>;
let now = START;
let deps: UssdDeps & SmsDeps & { outbox: MemoryOutbox; reports: DynamoReportStore };

beforeAll(async () => {
  dynamo = await startTestTable(TABLE);
  db = makeDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  meter = counting(db);
  deps = {
    line: createLine(eastJavaPack()),
    clock: { now: () => now },
    subscribers: new DynamoSubscriberStore(db, TABLE),
    once: new DynamoOnceStore(db, TABLE),
    reports: new DynamoReportStore(db, TABLE),
    drafts: new DynamoDraftStore(db, TABLE),
    choices: new DynamoChoiceStore(db, TABLE),
    outbox: new MemoryOutbox(),
    metrics: new MemoryMetrics(),
    subscriberIdOf: (phone) => `sub-${phone.slice(-4)}`,
  };
});

afterAll(async () => {
  db?.destroy();
  await dynamo?.stop();
});

const READ = ['BatchGet'];
const SMS_QUEUED = ['BatchGet', 'Put', 'Update'];
const DRAFT_SAVED = ['BatchGet', 'Put'];

/** A session walked hop by hop; each hop's path (`*`-joined), what it shows, and what it may cost. */
interface Hop {
  text: string;
  shows: RegExp;
  calls: string[];
}

async function walk(sessionId: string, phone: string, hops: readonly Hop[]) {
  const seen: { text: string; reply: string; cost: Counted }[] = [];
  for (const { text } of hops) {
    meter.take();
    const { reply } = await answerUssdHop(deps, {
      sessionId,
      serviceCode: '*384#',
      phoneNumber: phone,
      text,
    });
    seen.push({ text, reply: `${reply.kind} ${reply.text}`, cost: meter.take() });
  }
  return seen;
}

function expectCosts(seen: Awaited<ReturnType<typeof walk>>, hops: readonly Hop[]) {
  hops.forEach((hop, i) => {
    const got = seen[i];
    expect(got?.reply, hop.text).toMatch(hop.shows);
    expect(got?.cost.calls, `calls of hop "${hop.text}"`).toEqual(hop.calls);
    // Calls of one hop wait for each other: as many round trips as calls.
    expect(got?.cost.rounds, `round trips of hop "${hop.text}"`).toBe(hop.calls.length);
  });
}

describe('DynamoDB round trips of a USSD hop, through the real adapters', () => {
  it('FAQ, hotlines and language: one read a menu hop', async () => {
    const hops: Hop[] = [
      { text: '', shows: /^CON Info COVID-19 Jatim\n1 /, calls: READ },
      { text: '1', shows: /^CON Pilih topik/, calls: READ },
      { text: '1*3', shows: /^CON /, calls: READ },
      { text: '1*3*1', shows: /^END Jawaban dikirim via SMS/, calls: SMS_QUEUED },
    ];
    expectCosts(await walk('faq', '+6281200000001', hops), hops);
    const hotlines: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '2', shows: /^CON Hotline, 10:00 WIB/, calls: READ },
      { text: '2*0', shows: /^CON Info COVID-19 Jatim/, calls: READ },
    ];
    expectCosts(await walk('hotlines', '+6281200000002', hotlines), hotlines);
    const language: Hop[] = [
      { text: '', shows: /^CON Info COVID-19 Jatim/, calls: READ },
      { text: '5', shows: /^CON /, calls: READ },
      { text: '5*2', shows: /^CON COVID-19 Info E\. Java/, calls: ['BatchGet', 'Update'] },
      { text: '5*2*1', shows: /^CON /, calls: READ },
      { text: '5*2*1*00', shows: /^CON COVID-19 Info E\. Java/, calls: READ },
    ];
    expectCosts(await walk('language', '+6281200000003', language), language);
    // The choice is remembered: the next session starts in English, still on one read.
    const later = await walk('language-2', '+6281200000003', [{ text: '', shows: /./, calls: READ }]);
    expect(later[0]?.reply).toMatch(/^CON COVID-19 Info E\. Java/);
  });

  it('a hospital picked from the kab/kota list, typed, and chosen among places of one name', async () => {
    const picked: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '3', shows: /^CON Cari RS rujukan dari:/, calls: READ },
      { text: '3*1', shows: /^CON Pilih nomor atau ketik nama kab\/kota: \(1\/\d\)/, calls: READ },
      { text: '3*1*98', shows: /^CON Pilih nomor atau ketik nama kab\/kota: \(2\/\d\)/, calls: READ },
      { text: '3*1*98*10', shows: /^CON RS rujukan di /, calls: READ },
      { text: '3*1*98*10*1', shows: /^END Detail RS dikirim via SMS/, calls: SMS_QUEUED },
    ];
    expectCosts(await walk('kab', '+6281200000004', picked), picked);
    const typed: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '3', shows: /^CON /, calls: READ },
      { text: '3*2', shows: /^CON Ketik nama desa/, calls: READ },
      { text: '3*2*sempu banyuwangi', shows: /^CON Kec\. Sempu, Kab\. Banyuwangi:\nTerdekat:/, calls: READ },
      { text: '3*2*sempu banyuwangi*1', shows: /^END Detail RS dikirim via SMS/, calls: SMS_QUEUED },
    ];
    expectCosts(await walk('typed', '+6281200000005', typed), typed);
    const ambiguous: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '3', shows: /^CON /, calls: READ },
      { text: '3*2', shows: /^CON /, calls: READ },
      { text: '3*2*genteng', shows: /^CON Yang mana\?/, calls: READ },
      { text: '3*2*genteng*1', shows: /^CON Kec\. Genteng/, calls: READ },
      { text: '3*2*genteng*1*1', shows: /^END Detail RS dikirim via SMS/, calls: SMS_QUEUED },
    ];
    expectCosts(await walk('pick', '+6281200000006', ambiguous), ambiguous);
    expect(deps.outbox.list().filter((sms) => sms.to.startsWith('+62812000000'))).toHaveLength(4);
  });

  it('a symptom report: one write a confirmed step, and the report stored and texted at the end', async () => {
    // Consent, age 40-59, fever and cough, no contact, no chronic illness, typed place, may be called.
    const path = ['4', '1', '3', '12', '2', '2', '2', 'sempu banyuwangi', '1'];
    const at = (n: number) => path.slice(0, n).join('*');
    const hops: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: at(1), shows: /^CON Lapor gejala/, calls: READ },
      { text: at(2), shows: /^CON Umur Anda\?/, calls: DRAFT_SAVED },
      { text: at(3), shows: /^CON Gejala\?/, calls: DRAFT_SAVED },
      { text: at(4), shows: /^CON /, calls: DRAFT_SAVED },
      { text: at(5), shows: /^CON /, calls: DRAFT_SAVED },
      { text: at(6), shows: /^CON /, calls: DRAFT_SAVED },
      { text: at(7), shows: /^CON Ketik nama desa/, calls: READ },
      { text: at(8), shows: /^CON /, calls: DRAFT_SAVED },
      {
        text: at(9),
        shows: /^END Risiko SEDANG/,
        calls: ['BatchGet', 'Put', 'TransactWrite', 'Put', 'Update', 'Put'],
      },
    ];
    expectCosts(await walk('report', '+6281200000007', hops), hops);
    const stored = await deps.reports.reportsOn('2026-11-23', now);
    expect(stored.filter((r) => r.subscriberId === 'sub-0007')).toHaveLength(1);
    expect(deps.outbox.list().filter((sms) => sms.to === '+6281200000007')).toHaveLength(1);
  });

  it('a report continued in a new session: the offer is remembered once, with no write for a session without one', async () => {
    // Prepare: a session drops after the age was confirmed.
    const phone = '+6281200000008';
    await walk('dropped', phone, [
      { text: '', shows: /./, calls: [] },
      { text: '4', shows: /./, calls: [] },
      { text: '4*1', shows: /./, calls: [] },
      { text: '4*1*3', shows: /./, calls: [] },
    ]);
    now = new Date(START.getTime() + 2 * 60_000);
    // Act
    const hops: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '4', shows: /^CON Ada laporan yang belum selesai\./, calls: ['BatchGet', 'Update'] },
      { text: '4*1', shows: /^CON Gejala\?/, calls: READ },
      { text: '4*1*12', shows: /^CON /, calls: DRAFT_SAVED },
    ];
    expectCosts(await walk('resumed', phone, hops), hops);
    // A session of another phone without a draft writes nothing on the report menu.
    const none: Hop[] = [
      { text: '', shows: /^CON /, calls: READ },
      { text: '4', shows: /^CON Lapor gejala/, calls: READ },
    ];
    expectCosts(await walk('fresh', '+6281200000009', none), none);
  });
});

describe('DynamoDB round trips of an inbound SMS, through the real adapters', () => {
  let sent = 0;
  async function text(phone: string, message: string, messageId?: string) {
    sent += 1;
    const id = messageId ?? `ATXid_${sent}`;
    meter.take();
    const outcome = await answerSms(deps, { id, from: phone, to: '21212', text: message });
    return { outcome, cost: meter.take(), reply: deps.outbox.list().at(-1)?.message ?? '' };
  }

  it.each([
    ['a question', 'apa gejala corona', ['Put', 'Get', 'Update'], /demam/i],
    ['the hotlines', 'JAM', ['Put', 'Get', 'Update'], /^Hotline/],
    ['a hospital by place', 'RS sempu banyuwangi', ['Put', 'Get', 'Update'], /RSUD Blambangan/],
    ['help', 'INFO', ['Put', 'Get', 'Update'], /RS/],
  ])('%s: the claim with the profile, then the completion', async (_name, message, calls, reply) => {
    const sent = await text('+6281300000001', message);
    expect(sent.outcome).toBe('answered');
    expect(sent.reply).toMatch(reply);
    expect(sent.cost).toEqual({ calls, rounds: 2 });
  });

  it('a list of places, then a number that picks from it: still two round trips each', async () => {
    const list = await text('+6281300000002', 'RS genteng');
    expect(list.reply).toMatch(/1\) /);
    // The list is stored with the completion, in one transaction.
    expect(list.cost).toEqual({ calls: ['Put', 'Get', 'TransactWrite'], rounds: 2 });
    const pick = await text('+6281300000002', '1');
    expect(pick.reply).toMatch(/Genteng/);
    // The list is read with the claim and the profile.
    expect(pick.cost).toEqual({ calls: ['Put', 'Get', 'Get', 'Update'], rounds: 2 });
  });

  it('language, STOP and START: the change is written with the completion', async () => {
    const phone = '+6281300000003';
    for (const message of ['ENGLISH', 'STOP', 'START']) {
      const sent = await text(phone, message);
      expect(sent.outcome, message).toBe('answered');
      expect(sent.cost, message).toEqual({ calls: ['Put', 'Get', 'TransactWrite'], rounds: 2 });
    }
    expect(await deps.subscribers.profileOf('sub-0003')).toEqual({ lang: 'en', optedOut: false });
    // START when not opted out changes nothing: no write but the completion.
    expect((await text(phone, 'START')).cost).toEqual({ calls: ['Put', 'Get', 'Update'], rounds: 2 });
  });

  it('a retried message: one round trip, answered as a duplicate', async () => {
    await text('+6281300000004', 'JAM', 'ATXid_retried');
    const again = await text('+6281300000004', 'JAM', 'ATXid_retried');
    expect(again.outcome).toBe('duplicate');
    expect(again.cost).toEqual({ calls: ['Put', 'Get'], rounds: 1 });
  });

  it('a texted report: four round trips, the report under a claim of its own', async () => {
    const sent = await text('+6281300000005', 'lapor demam batuk sempu banyuwangi');
    expect(sent.reply).toMatch(/Risiko SEDANG/);
    expect(sent.cost).toEqual({ calls: ['Put', 'Get', 'Put', 'TransactWrite', 'Update'], rounds: 4 });
  });
});
