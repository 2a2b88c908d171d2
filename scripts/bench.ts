/**
 * Measures what a caller waits for, and how fast the USSD engine is, on this machine:
 *
 *   npm run bench
 *
 * 1. Cold start work: loading the content pack and building the place and FAQ indexes.
 * 2. The pure line: one FAQ search, one place resolution.
 * 3. The USSD engine against ussd-menu-builder 1.2.0 on the same menu and the same session mix, in
 *    process: hops per second of the engine's replay, of the deployed USSD handler on in-memory
 *    stores, and of the same menu built on ussd-menu-builder (see `PEER` below for what it does).
 * 4. USSD hops and an SMS over HTTP through the local line (the deployed handlers, on DynamoDB Local),
 *    one session at a time and ten at once. DynamoDB Local is slower than DynamoDB, so these are upper
 *    bounds for the work inside a warm function, without API Gateway's own few milliseconds.
 *
 * Prints the results and writes them into docs/performance.md between `<!-- bench:start -->` and
 * `<!-- bench:end -->`, leaving the rest of that file alone. The USSD alarm fires at a p99 of 2,000 ms.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import UssdMenu from 'ussd-menu-builder';
import { makeHandler as makeUssdHandler } from '../functions/ussd/handler.js';
import { LINE_FUNCTIONS } from '../infra/line-functions.js';
import { startLocalLine } from '../infra/local/host.js';
import { LOCAL_SHORT_CODE } from '../infra/local/web/routes.js';
import { fixedClock } from '../shared/adapters/clock.js';
import { loadContentPack } from '../shared/content/index.js';
import { LANGS, type Lang } from '../shared/lang.js';
import { hospitalAnswer, reportOutcome } from '../shared/line/answers.js';
import { wibDate } from '../shared/line/calendar.js';
import { formatHotlineScreen, hotlinesStatusAt } from '../shared/line/hotlines.js';
import { createLine, type Line, type LineContext } from '../shared/line/line.js';
import type { Place } from '../shared/line/places.js';
import {
  emergencySlot,
  formatDay,
  formatKm,
  hospitalShort,
  hospitalSmsText,
  hospitalWithPhone,
  reportScreenText,
  reportSmsText,
} from '../shared/line/render.js';
import { hospitalReply, hotlinesReply, typedName } from '../shared/line/sms/replies.js';
import { AGE_BANDS, SYMPTOMS, type Symptom } from '../shared/line/triage.js';
import { inputsOf, type Menu, render, replay, type View } from '../shared/line/ussd/engine.js';
import { LINE_MENU, navCopy } from '../shared/line/ussd/menu.js';
import { smsSegments } from '../shared/text.js';
import { memoryLineDeps } from '../test/support/fakes.js';
import { formEvent, lambdaContext } from '../test/support/http.js';
import { bundleFunction, importCpuMs } from './bundle-report.js';

const NOW = new Date('2026-11-23T03:00:00Z');
const STARTED = performance.now();

interface Row {
  what: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function rowOf(what: string, times: number[]): Row {
  const sorted = [...times].sort((a, b) => a - b);
  const q = (v: number) => quantile(sorted, v);
  return { what, n: times.length, p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

async function measure(what: string, n: number, run: (i: number) => unknown): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return rowOf(what, times);
}

const FAQ_QUESTIONS = ['gejala corona apa aja', 'isoman brp hari', 'how to wear a mask', 'vaksin aman gk'];
const PLACES = ['sempu banyuwangi', 'genteng', 'sby', 'kec. wonokromo', 'pacitan', 'tangul jember'];

// ---------------------------------------------------------------------------------------------------
// The session mix: what callers do, as the paths Africa's Talking sends. Every session is answered
// hop by hop from the first (empty) one: FAQ topics texted, the hotlines, a hospital from the kab/kota
// list (one page on), typed with its kab/kota, picked among places of one name, symptom reports, and
// English chosen. Typed places go through every kecamatan of the pack, so a place is rarely the last
// one typed.

interface Session {
  path: string[];
}

function sessionMix(ctx: LineContext): Session[] {
  const pack = loadContentPack();
  const typed = pack.regions.kecamatan
    .map((kec) => {
      const kab = ctx.places.byCode('kabkota', kec.kabCode);
      return kab ? `${kec.name} ${typedName(kab)}` : '';
    })
    .filter((text) => text !== '' && ctx.places.resolve(text).kind === 'found');
  const sessions: Session[] = [];
  const kabs = ctx.places.kabKotaList().length;
  const topics = ctx.faq.length;
  for (let i = 0; i < typed.length; i += 1) {
    const place = typed[i] ?? '';
    const sym = ['1', '12', '14', '6', '235'][i % 5] ?? '6';
    const block: string[][] = [
      ['1', String((i % topics) + 1), '1'],
      ['2'],
      ['3', '1', '98', String((i % kabs) + 1), '1'],
      ['3', '2', place, '1'],
      ['4', '1', String((i % 4) + 1), sym, String((i % 2) + 1), String(((i >> 1) % 2) + 1), '2', place, '1'],
    ];
    if (i % 4 === 0) block.push(['3', '2', i % 8 === 0 ? 'genteng' : 'sumberejo', '2', '1']);
    if (i % 6 === 0) block.push(['5', '2', '1']);
    sessions.push(...block.map((path) => ({ path })));
  }
  return sessions;
}

/** Every hop of every session: the first hop's empty path, then each input added. */
const hopsOf = (sessions: readonly Session[]): string[] =>
  sessions.flatMap(({ path }) => ['', ...path.map((_, i) => path.slice(0, i + 1).join('*'))]);

// ---------------------------------------------------------------------------------------------------
// PEER: the same menu on ussd-menu-builder 1.2.0, as an app on that library is written. One state per
// screen of the line's menu with the same links (`1`..`n`, `98` to the next page, a rule for typed
// text); `next` functions note what a link picked (a place, an answer, the language) as the route is
// walked, and the state the path ends on builds its screen in `run` from the line's own functions
// (`ctx.say`, the place resolver, the nearest hospital, the hotline hours), laid out by the engine's own
// `render` so the text is the same to the character (checked for every hop of the mix before timing).
// A final state builds the SMS the line would queue. What it does not do is what the engine adds:
// remembering a typed place, a hospital answer or a sentence from one hop to the next.

type PeerState =
  | 'faq'
  | 'faq-answer'
  | 'faq-sent'
  | 'hotlines'
  | 'hospital'
  | 'hospital-kab'
  | 'hospital-search'
  | 'hospital-pick'
  | 'hospital-result'
  | 'hospital-sent'
  | 'language'
  | 'report'
  | 'report-age'
  | 'report-symptoms'
  | 'report-exposure'
  | 'report-risk'
  | 'report-place'
  | 'report-search'
  | 'report-contact'
  | 'report-done';

/** What the links of one run picked, from the start state on. */
interface PeerRun {
  ctx: LineContext;
  lang: Lang;
  page: number;
  place?: Place;
  candidates?: readonly Place[];
  total?: number;
  answers: Record<string, string>;
  sms?: string;
}

function peerMenu(line: Line) {
  const menu = new UssdMenu();
  let run: PeerRun = { ctx: line.contextAt(NOW), lang: 'id', page: 0, answers: {} };
  const say = (key: Parameters<LineContext['say']>[0], values?: Record<string, string>) =>
    run.ctx.say(key, run.lang, values);
  /** The engine's layout of one view, at a depth that shows the navigation line or not. */
  const layout = (view: View<'x'>, depth: number) => {
    const one: Menu<'x', LineContext> = { home: 'x', nav: navCopy, screens: { x: () => view } };
    const frame = { screen: 'x' as const, params: {}, page: run.page };
    return render(one, run.ctx, { lang: run.lang, ended: false, stack: depth > 1 ? [frame, frame] : [frame] })
      .text;
  };
  const con = (view: View<'x'>) => menu.con(layout(view, 2));
  const labels = (items: readonly string[]) =>
    items.map((label) => ({ label, go: { kind: 'home' } as const }));
  const pickPlace = (text: string, found: PeerState, pick: PeerState): PeerState => {
    const resolved = run.ctx.places.resolve(text);
    if (resolved.kind === 'found') run.place = resolved.place;
    if (resolved.kind === 'ambiguous') {
      run.candidates = resolved.candidates;
      run.total = resolved.total;
    }
    return resolved.kind === 'ambiguous' ? pick : found;
  };
  const answer = (name: string, to: PeerState) => () => {
    run.answers[name] = menu.val;
    return to;
  };
  const digits = '*^[0-9]+$';

  menu.startState({
    run: () =>
      menu.con(
        layout(
          {
            title: say('home.title'),
            options: labels([
              say('home.faq'),
              say('home.hotlines'),
              say('home.hospital'),
              say('home.report'),
              say('home.language'),
            ]),
          },
          1,
        ),
      ),
    next: { '1': 'faq', '2': 'hotlines', '3': 'hospital', '4': 'report', '5': 'language' },
  });
  menu.state('faq', {
    run: () =>
      con({
        title: say('faq.title', { checked: formatDay(run.ctx.checkedOn) }),
        options: labels(run.ctx.faq.map((t) => t.title[run.lang])),
      }),
    next: { [digits]: 'faq-answer' },
  });
  const topic = () => run.ctx.faq[Number(inputsOf(menu.args.text)[1]) - 1];
  menu.state('faq-answer', {
    run: () => {
      const t = topic();
      con({
        title: t?.title[run.lang] ?? '',
        body: t?.answer[run.lang] ?? '',
        options: labels([say('faq.sendSms')]),
      });
    },
    next: { '1': 'faq-sent' },
  });
  menu.state('faq-sent', {
    run: () => {
      run.sms = topic()?.sms[run.lang];
      menu.end(say('faq.sent'));
    },
  });
  menu.state('hotlines', {
    run: () =>
      con({
        title: say('hotlines.title', { time: wibDate(run.ctx.now).hhmm }),
        lines: formatHotlineScreen(
          hotlinesStatusAt(run.ctx.hotlines, run.ctx.now, run.ctx.calendar),
          run.lang,
          run.ctx.now,
        ),
      }),
  });
  menu.state('hospital', {
    run: () =>
      con({
        title: say('hospital.title'),
        options: labels([say('hospital.pickKab'), say('hospital.typePlace')]),
      }),
    next: { '1': 'hospital-kab', '2': 'hospital-search' },
  });
  menu.state('hospital-kab', {
    run: () =>
      con({
        title: say('hospital.kabListTitle'),
        options: labels(run.ctx.places.kabKotaList().map((p) => p.label)),
      }),
    next: {
      '98': () => {
        run.page += 1;
        return 'hospital-kab';
      },
      [digits]: () => {
        run.page = 0;
        run.place = run.ctx.places.kabKotaList()[Number(menu.val) - 1];
        return 'hospital-result';
      },
    },
  });
  menu.state('hospital-search', {
    run: () => con({ title: say('hospital.placePrompt') }),
    next: { '*.+': () => pickPlace(menu.val, 'hospital-result', 'hospital-pick') },
  });
  menu.state('hospital-pick', {
    run: () => {
      const found = run.ctx.places.resolve(inputsOf(menu.args.text)[2] ?? '');
      const candidates = found.kind === 'ambiguous' ? found.candidates : [];
      const total = found.kind === 'ambiguous' ? found.total : candidates.length;
      con({
        title:
          total > candidates.length
            ? say('hospital.placeWhichMany', { total: String(total) })
            : say('hospital.placeWhich'),
        options: labels(candidates.map((p) => p.label)),
      });
    },
    next: {
      [digits]: () => {
        run.place = run.candidates?.[Number(menu.val) - 1];
        return 'hospital-result';
      },
    },
  });
  menu.state('hospital-result', {
    run: () => {
      const from = run.place as Place;
      const found = hospitalAnswer(run.ctx, from);
      const options = labels([say('hospital.sendSms')]);
      if (found.kind === 'in-area') {
        con({
          title: say('hospital.inArea', { place: from.label }),
          lines: found.hospitals.map((h) => hospitalWithPhone(run.ctx, h, run.lang)),
          options,
        });
        return;
      }
      const { nearest, main } = found;
      con({
        title: say('hospital.from', { place: from.label }),
        lines: [
          say('hospital.nearest', {
            hospital: hospitalShort(nearest.hospital),
            km: formatKm(nearest.distanceKm),
          }),
          ...(main.hospital.code === nearest.hospital.code
            ? []
            : [say('hospital.main', { hospital: main.hospital.name, km: formatKm(main.distanceKm) })]),
        ],
        options,
      });
    },
    next: { '1': 'hospital-sent' },
  });
  menu.state('hospital-sent', {
    run: () => {
      const from = run.place as Place;
      run.sms = hospitalSmsText(run.ctx, hospitalAnswer(run.ctx, from), run.lang);
      menu.end(say('hospital.sent', { emergency: emergencySlot(run.ctx, run.lang, from.kabCode) }));
    },
  });
  const setLanguage = (lang: Lang) => () => {
    run.lang = lang;
    return UssdMenu.START_STATE;
  };
  menu.state('language', {
    run: () =>
      con({ title: say('language.title'), options: labels([say('language.id'), say('language.en')]) }),
    next: { '1': setLanguage('id'), '2': setLanguage('en') },
  });
  menu.state('report', {
    run: () =>
      con({
        title: say('report.consentTitle'),
        body: say('report.consentBody', { days: String(run.ctx.reportRetentionDays) }),
        options: labels([say('report.agree'), say('report.decline')]),
      }),
    next: { '1': 'report-age' },
  });
  menu.state('report-age', {
    run: () =>
      con({ title: say('report.ageTitle'), options: labels(AGE_BANDS.map((b) => say(`report.age.${b}`))) }),
    next: { '*^[1-4]$': answer('age', 'report-symptoms') },
  });
  menu.state('report-symptoms', {
    run: () =>
      con({
        title: say('report.symptomsTitle'),
        lines: [...SYMPTOMS, 'none' as const].map((s, i) => `${i + 1} ${say(`report.symptom.${s}`)}`),
      }),
    next: { '*^[1-6]+$': answer('sym', 'report-exposure') },
  });
  const yesNo = () => labels([say('report.yes'), say('report.no')]);
  menu.state('report-exposure', {
    run: () => con({ title: say('report.contactTitle'), options: yesNo() }),
    next: { '*^[12]$': answer('exp', 'report-risk') },
  });
  menu.state('report-risk', {
    run: () => con({ title: say('report.riskTitle'), options: yesNo() }),
    next: { '*^[12]$': answer('chronic', 'report-place') },
  });
  menu.state('report-place', {
    run: () =>
      con({
        title: say('report.placeTitle'),
        options: labels([say('report.placeKab'), say('report.placeType')]),
      }),
    next: { '2': 'report-search' },
  });
  menu.state('report-search', {
    run: () => con({ title: say('hospital.placePrompt') }),
    next: { '*.+': () => pickPlace(menu.val, 'report-contact', 'report-contact') },
  });
  menu.state('report-contact', {
    run: () => con({ title: say('report.callTitle'), options: yesNo() }),
    next: { '*^[12]$': 'report-done' },
  });
  menu.state('report-done', {
    run: () => {
      const { age, sym = '', exp, chronic } = run.answers;
      const symptoms = sym === '6' ? [] : [...sym].map((d) => SYMPTOMS[Number(d) - 1] as Symptom);
      const answers = {
        ageBand: AGE_BANDS[Number(age) - 1] ?? '18-39',
        symptoms,
        contactWithCase: exp === '1',
        pregnantOrChronic: chronic === '1',
      };
      const outcome = reportOutcome(run.ctx, answers, run.place as Place);
      run.sms = reportSmsText(run.ctx, outcome, run.lang);
      menu.end(reportScreenText(run.ctx, outcome, run.lang));
    },
  });

  return {
    /** One hop: the reply, and the SMS a final state would send. */
    async hop(text: string, lang: Lang = 'id'): Promise<{ reply: string; sms: string | undefined }> {
      run = { ctx: line.contextAt(NOW), lang, page: 0, answers: {} };
      const reply = await menu.run({ sessionId: 'bench', serviceCode: '*384#', phoneNumber: '+62812', text });
      return { reply, sms: run.sms };
    },
  };
}

/** The engine's answer to one hop, as the handler gets it. */
function engineHop(line: Line, text: string) {
  const result = replay(LINE_MENU, line.contextAt(NOW), 'id', inputsOf(text));
  const sms = result.effects.find((e) => e.kind === 'send-sms');
  return {
    reply: `${result.reply.kind} ${result.reply.text}`,
    sms: sms?.kind === 'send-sms' ? sms.message : undefined,
  };
}

interface EngineFigures {
  hops: number;
  engine: number;
  handler: number;
  peer: number;
  ratio: number;
  handlerRatio: number;
  rounds: number;
}

/**
 * Hops per second of the engine, of the USSD handler on in-memory stores, and of the peer, over the
 * session mix, in alternating rounds so that the machine's other load falls on all three alike; the
 * ratios are the medians of the rounds' ratios.
 */
async function engineAgainstPeer(line: Line, mix: readonly string[]): Promise<EngineFigures> {
  const peer = peerMenu(line);
  let differ = 0;
  for (const text of mix) {
    const ours = engineHop(line, text);
    const theirs = await peer.hop(text);
    if (ours.reply !== theirs.reply || ours.sms !== theirs.sms) {
      differ += 1;
      if (differ <= 3) console.error(`the peer differs at "${text}":\n${ours.reply}\n${theirs.reply}`);
    }
  }
  if (differ > 0) throw new Error(`the peer's screens differ from the engine's on ${differ} hops`);

  const deps = memoryLineDeps(line, fixedClock(NOW.toISOString()));
  const handler = makeUssdHandler(deps);
  /** The mix as the gateway posts it, under session ids of one round: a hop posted again would be a retry. */
  const eventsOf = (round: number) => {
    let session = 0;
    return mix.map((text) => {
      if (text === '') session += 1;
      return formEvent({
        sessionId: `bench-${round}-${session}`,
        serviceCode: '*384#',
        // A phone a session, so that no session finds another's unfinished report.
        phoneNumber: `+62812${String(10_000_000 + session).slice(-7)}`,
        text,
      });
    });
  };
  const timed = async (run: (i: number) => unknown, count: number) => {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) await run(i);
    return count / ((performance.now() - start) / 1000);
  };
  const at = (i: number) => mix[i] ?? '';
  const figures = { engine: [] as number[], handler: [] as number[], peer: [] as number[] };
  const rounds = 7;
  for (let round = 0; round < rounds; round += 1) {
    figures.engine.push(await timed((i) => engineHop(line, at(i)), mix.length));
    figures.peer.push(await timed((i) => peer.hop(at(i)), mix.length));
    const events = eventsOf(round);
    figures.handler.push(
      await timed((i) => handler(events[i] ?? formEvent({}), lambdaContext), events.length),
    );
  }
  const median = (values: number[]) =>
    quantile(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  const ratios = figures.engine.map((e, i) => e / (figures.peer[i] ?? Number.NaN));
  const handlerRatios = figures.handler.map((h, i) => h / (figures.peer[i] ?? Number.NaN));
  return {
    hops: mix.length,
    engine: median(figures.engine),
    handler: median(figures.handler),
    peer: median(figures.peer),
    ratio: median(ratios),
    handlerRatio: median(handlerRatios),
    rounds,
  };
}

// ---------------------------------------------------------------------------------------------------
// Over HTTP, on DynamoDB Local.

interface HttpFigures {
  rows: Row[];
  sessionsPerLevel: number;
  calls: { what: string; calls: number }[];
}

async function overHttp(mixSessions: readonly Session[]): Promise<HttpFigures> {
  const local = await startLocalLine({ port: 0, env: { LOG_LEVEL: 'silent' } });
  try {
    const post = async (path: string, fields: Record<string, string>) => {
      const res = await fetch(`${local.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      await res.text();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    };
    const hop = (session: string, phone: number, text: string) =>
      post('/ussd', {
        sessionId: session,
        serviceCode: '*384*1#',
        phoneNumber: `+62812${String(10_000_000 + phone).slice(-7)}`,
        text,
      });
    // Warm the handlers and DynamoDB Local before timing.
    for (let i = 0; i < 20; i += 1) await hop(`warm-${i}`, 9_000 + i, '');
    const rows: Row[] = [];
    rows.push(await measure('USSD first hop (home menu), over HTTP', 300, (i) => hop(`first-${i}`, i, '')));
    rows.push(
      await measure('USSD hospital by place, SMS queued, over HTTP', 300, (i) =>
        hop(`rs-${i}`, 1000 + i, '3*2*sempu banyuwangi*1'),
      ),
    );
    rows.push(
      await measure('SMS question in, reply queued, over HTTP', 300, (i) =>
        post('/sms', {
          from: `+62813${String(10_000_000 + i).slice(-7)}`,
          to: LOCAL_SHORT_CODE,
          id: `ATXid_bench_${i}`,
          text: FAQ_QUESTIONS[i % FAQ_QUESTIONS.length] ?? '',
          date: '2026-11-23 03:00:00',
        }),
      ),
    );
    // DynamoDB calls per hop, from the local line's counters (`GET /dev/faults`), once the outbox has
    // sent everything queued (the sender's own calls are counted apart).
    const storageCalls = async () => {
      await fetch(`${local.url}/dev/outbox`).then((res) => res.text());
      const status = (await (await fetch(`${local.url}/dev/faults`)).json()) as {
        calls: { storage: number };
      };
      return status.calls.storage;
    };
    const callsOf = async (what: string, run: () => Promise<void>) => {
      const before = await storageCalls();
      await run();
      return { what, calls: (await storageCalls()) - before };
    };
    const calls = [
      await callsOf('USSD first hop', () => hop('calls-1', 30_001, '')),
      await callsOf('USSD menu hop', () => hop('calls-1', 30_001, '1')),
      await callsOf('USSD hospital by typed place (result screen)', () =>
        hop('calls-2', 30_002, '3*2*sempu banyuwangi'),
      ),
      await callsOf(
        'SMS question: the callback (claim and profile read at once, then the change), then the sender (claim, outcome)',
        () =>
          post('/sms', {
            from: '+6281330000003',
            to: LOCAL_SHORT_CODE,
            id: 'ATXid_calls_3',
            text: 'isoman brp hari',
          }),
      ),
    ];
    // Whole sessions of the mix, hop by hop, one at a time and ten at once.
    const sessionsPerLevel = 60;
    for (const concurrent of [1, 10]) {
      const times: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < sessionsPerLevel) {
          const n = next;
          next += 1;
          const { path } = mixSessions[(n * 7) % mixSessions.length] ?? { path: [] };
          const id = `c${concurrent}-${n}`;
          for (const text of ['', ...path.map((_, i) => path.slice(0, i + 1).join('*'))]) {
            const start = performance.now();
            await hop(id, 20_000 + concurrent * 1000 + n, text);
            times.push(performance.now() - start);
          }
        }
      };
      await Promise.all(Array.from({ length: concurrent }, worker));
      rows.push(rowOf(`USSD hops of whole sessions over HTTP, ${concurrent} at once`, times));
    }
    return { rows, sessionsPerLevel, calls };
  } finally {
    await local.stop();
  }
}

// ---------------------------------------------------------------------------------------------------
// Cold start and SMS length

/** The functions that answer callers, bundled as the stack bundles them, and what importing them costs. */
async function bundleFigures(): Promise<{ id: string; bytes: number; importMs: number }[]> {
  const outdir = mkdtempSync(join(tmpdir(), 'covid-line-bench-'));
  try {
    const figures = [];
    for (const spec of LINE_FUNCTIONS.filter((f) => f.answersUsers)) {
      const bundle = await bundleFunction(spec, outdir);
      figures.push({ id: spec.id, bytes: bundle.bytes, importMs: importCpuMs(bundle.file, 5) });
    }
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** How many hospital answers (every kab/kota and kecamatan) and hotline replies (every hour of a week) are one segment. */
function oneSegmentShares(line: Line): { what: string; single: number; total: number }[] {
  const ctx = line.contextAt(NOW);
  const pack = loadContentPack();
  const places = [
    ...pack.regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
    ...pack.regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
  ].filter((p) => p !== undefined);
  const shares = [];
  for (const lang of LANGS) {
    const single = places.filter(
      (place) => smsSegments(hospitalReply(ctx, hospitalAnswer(ctx, place), lang)).segments === 1,
    ).length;
    shares.push({
      what: `hospital answer (${lang}), every kab/kota and kecamatan`,
      single,
      total: places.length,
    });
  }
  for (const lang of LANGS) {
    let single = 0;
    const hours = 7 * 24;
    for (let h = 0; h < hours; h += 1) {
      const at = line.contextAt(new Date(NOW.getTime() + h * 3_600_000));
      const text = hotlinesReply(at, hotlinesStatusAt(at.hotlines, at.now, at.calendar), lang);
      if (smsSegments(text).segments === 1) single += 1;
    }
    shares.push({ what: `hotline reply (${lang}), every hour of a week`, single, total: hours });
  }
  return shares;
}

// ---------------------------------------------------------------------------------------------------

const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(1));
const thousands = (v: number) => Math.round(v).toLocaleString('en-US');

function table(rows: readonly Row[]): string[] {
  return [
    '| what | runs | p50 ms | p95 ms | p99 ms |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.what} | ${thousands(r.n)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} |`),
  ];
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${load} at the start`;
}

/** Replaces the text between the bench markers of docs/performance.md, or creates the file with them. */
function writeDocs(section: string): void {
  const path = 'docs/performance.md';
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\n${section}\n${end}`;
  if (!existsSync(path)) {
    writeFileSync(path, `# Performance\n\n${block}\n`);
    return;
  }
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    writeFileSync(path, `${text.replace(/\n*$/, '\n\n')}${block}\n`);
    return;
  }
  writeFileSync(path, `${text.slice(0, from)}${block}${text.slice(to + end.length)}`);
}

async function main(): Promise<void> {
  const host = machine();
  const rows: Row[] = [];
  let line: Line | undefined;
  const build = () => {
    line = createLine(loadContentPack());
    // The line builds its place and FAQ indexes on first use: use them, so that they are counted.
    const built = line.contextAt(NOW);
    built.places.resolve('sempu');
    built.faqSearch.search('gejala');
  };
  // The first build is what a cold start pays before any answer; the indexes are built by the first
  // request that needs them. Later builds show the work once the code is compiled.
  rows.push(
    await measure('content pack, first build (cold start, indexes not yet built)', 1, () => {
      line = createLine(loadContentPack());
    }),
  );
  rows.push(
    await measure('place index, built by the first place asked for', 1, () =>
      line?.contextAt(NOW).places.resolve('sempu'),
    ),
  );
  rows.push(
    await measure('FAQ index and examples, built by the first question', 1, () =>
      line?.contextAt(NOW).faqSearch.search('gejala'),
    ),
  );
  rows.push(await measure('content pack + indexes, rebuilt', 5, build));
  if (!line) throw new Error('no line built');
  const ctx = line.contextAt(NOW);
  rows.push(
    await measure('FAQ search', 2000, (i) =>
      ctx.faqSearch.search(FAQ_QUESTIONS[i % FAQ_QUESTIONS.length] ?? ''),
    ),
  );
  rows.push(
    await measure('place resolution', 2000, (i) => ctx.places.resolve(PLACES[i % PLACES.length] ?? '')),
  );

  const coldStart = await bundleFigures();
  const segments = oneSegmentShares(line);
  const sessions = sessionMix(ctx);
  const mix = hopsOf(sessions);
  const engine = await engineAgainstPeer(line, mix);
  const http = await overHttp(sessions);
  const seconds = (performance.now() - STARTED) / 1000;

  const ratio = `peer ratio (ussd-menu-builder): ${engine.ratio.toFixed(1)}x`;
  const handlerRatio = `makeHandler peer ratio (ussd-menu-builder): ${engine.handlerRatio.toFixed(1)}x`;
  const engineRows = [
    '| in process, same session mix | hops/s | vs ussd-menu-builder |',
    '| --- | --- | --- |',
    `| engine: \`replay\` over the line's menu | ${thousands(engine.engine)} | ${engine.ratio.toFixed(1)}x |`,
    `| USSD handler (\`makeHandler\`) on in-memory stores | ${thousands(engine.handler)} | ${engine.handlerRatio.toFixed(1)}x |`,
    `| ussd-menu-builder 1.2.0, the same menu | ${thousands(engine.peer)} | 1.0x |`,
  ];
  const section = [
    `Measured by \`npm run bench\` on ${host}; the run took ${seconds.toFixed(0)} s.`,
    '',
    '| function | bundle KB (limit 1,200) | import CPU ms, less `node -e 0` (median of 5 pairs) |',
    '| --- | --- | --- |',
    ...coldStart.map((b) => `| ${b.id} | ${(b.bytes / 1024).toFixed(0)} | ${b.importMs.toFixed(0)} |`),
    '',
    ...table(rows),
    '',
    '| SMS | one segment |',
    '| --- | --- |',
    ...segments.map(
      (s) => `| ${s.what} | ${s.single}/${s.total} (${((100 * s.single) / s.total).toFixed(1)}%) |`,
    ),
    '',
    '| DynamoDB calls, counted by the local line | calls |',
    '| --- | --- |',
    ...http.calls.map((c) => `| ${c.what} | ${c.calls} |`),
    '',
    ...table(http.rows),
    '',
    'The last two rows are every hop of whole sessions of the mix below, posted over HTTP to the local',
    `line (the deployed handlers on DynamoDB Local), ${http.sessionsPerLevel} sessions one at a time, then ten at once.`,
    '',
    ...engineRows,
    '',
    ratio,
    '',
    `The session mix is ${thousands(sessions.length)} sessions, ${thousands(engine.hops)} hops, each answered from its first`,
    'hop: a FAQ topic texted, the hotlines, a hospital from the kab/kota list and typed with its kab/kota',
    '(every kecamatan of the pack in turn), a choice among places of one name, a symptom report to its',
    `end, English chosen. Figures are medians of ${engine.rounds} alternating rounds.`,
    '',
    'What is compared: both answer each hop from its whole path and produce the same screen text and the',
    "same SMS, checked for every hop before timing. ussd-menu-builder walks the path through its states'",
    'links and runs the last state, which builds its screen from the line (`ctx.say`, the place resolver,',
    "the nearest hospital, the hotline hours) laid out by the engine's own `render`. The engine replays the",
    "path through its screens' transitions without laying any out, and works out an option's SMS only when",
    'it is chosen. It also keeps, per process, what later hops of a session would work out again: a typed',
    "place resolved, a place's hospital answer and SMS, a report's ending, filled-in sentences, and the",
    'layout of the screens whose words depend only on the pack. That is part of the difference: an app on',
    'ussd-menu-builder could keep the same, but the library offers nothing for it. The handler row adds',
    'what the deployed function does around the engine, which the peer does not do: the form parsed and',
    'validated, the caller read and written in the in-memory stores, the once-claims of the SMS and',
    'report effects, the log line.',
  ].join('\n');

  console.log(host);
  for (const line of section.split('\n').slice(2)) console.log(line);
  console.log(handlerRatio);
  writeDocs(section);
  console.log(`docs/performance.md updated (${seconds.toFixed(0)} s)`);
}

await main();
