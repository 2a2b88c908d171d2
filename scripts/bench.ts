/**
 * Measures what a caller waits for, on this machine:
 *
 *   npm run bench
 *
 * 1. Cold start work: loading the content pack and building the place and FAQ indexes.
 * 2. The pure line: one FAQ search, one place resolution.
 * 3. USSD hops over HTTP through the local line (the deployed handler, on DynamoDB Local), and the
 *    SMS answer the same way. DynamoDB Local is slower than DynamoDB, so these are upper bounds for
 *    the work inside a warm function, without API Gateway's own few milliseconds.
 *
 * Prints a table; the README records a run. The USSD alarm fires at a p99 of 2,000 ms.
 */
import { performance } from 'node:perf_hooks';
import { startLocalLine } from '../infra/local/host.js';
import { loadContentPack } from '../shared/content/index.js';
import { createLine } from '../shared/line/line.js';

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

async function measure(what: string, n: number, run: (i: number) => unknown): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { what, n, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99) };
}

const FAQ_QUESTIONS = ['gejala corona apa aja', 'isoman brp hari', 'how to wear a mask', 'vaksin aman gk'];
const PLACES = ['sempu banyuwangi', 'genteng', 'sby', 'kec. wonokromo', 'pacitan', 'tangul jember'];

async function main(): Promise<void> {
  const rows: Row[] = [];
  let line: ReturnType<typeof createLine> | undefined;
  const build = () => {
    line = createLine(loadContentPack());
  };
  // The first build is what a cold start pays; later ones show the work once the code is compiled.
  rows.push(await measure('content pack + indexes, first build', 1, build));
  rows.push(await measure('content pack + indexes, rebuilt', 5, build));
  if (!line) throw new Error('no line built');
  const ctx = line.contextAt(new Date('2026-11-23T03:00:00Z'));
  rows.push(
    await measure('FAQ search', 2000, (i) =>
      ctx.faqSearch.search(FAQ_QUESTIONS[i % FAQ_QUESTIONS.length] ?? ''),
    ),
  );
  rows.push(
    await measure('place resolution', 2000, (i) => ctx.places.resolve(PLACES[i % PLACES.length] ?? '')),
  );

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
    const hop = (session: number, text: string) =>
      post('/ussd', {
        sessionId: `bench-${session}`,
        serviceCode: '*384*1#',
        phoneNumber: `+62812${String(10_000_000 + session).slice(-7)}`,
        text,
      });
    // Warm the handlers and DynamoDB Local before timing.
    for (let i = 0; i < 20; i += 1) await hop(-1 - i, '');
    rows.push(await measure('USSD first hop (home menu)', 300, (i) => hop(i, '')));
    rows.push(
      await measure('USSD hospital by place, SMS queued', 300, (i) =>
        hop(1000 + i, '3*2*sempu banyuwangi*1'),
      ),
    );
    rows.push(
      await measure('SMS question in, reply queued', 300, (i) =>
        post('/sms', {
          from: `+62813${String(10_000_000 + i).slice(-7)}`,
          to: '21212',
          id: `ATXid_bench_${i}`,
          text: FAQ_QUESTIONS[i % FAQ_QUESTIONS.length] ?? '',
          date: '2026-11-23 03:00:00',
        }),
      ),
    );
  } finally {
    await local.stop();
  }

  const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(1));
  const table = [
    ['what', 'runs', 'p50 ms', 'p95 ms', 'p99 ms'],
    ...rows.map((r) => [r.what, String(r.n), ms(r.p50), ms(r.p95), ms(r.p99)]),
  ];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  for (const row of table)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}

await main();
