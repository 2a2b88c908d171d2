import { describe, expect, it } from 'vitest';
import { hospitalAnswer } from '../../shared/line/answers.js';
import { answerSms } from '../../shared/line/sms/answer-sms.js';
import { hospitalReply, placeChoicesReply } from '../../shared/line/sms/replies.js';
import { memoryLineDeps } from '../support/fakes.js';
import { fixtureLine } from '../support/packs.js';

/**
 * Every numbered list the line texts can be answered with a number for half an hour, and every example
 * it gives resolves as shown. On the fixture province: "pesisir" is both Kab. and Kota Pesisir.
 */
const PHONE = '+6281234567890';
const START = new Date('2026-11-23T03:00:00Z');
const line = fixtureLine();
const ctx = line.contextAt(START);

function conversation() {
  let now = START;
  const d = memoryLineDeps(line, { now: () => now });
  let n = 0;
  return {
    d,
    later: (minutes: number) => {
      now = new Date(now.getTime() + minutes * 60_000);
    },
    send: async (text: string) => {
      n += 1;
      await answerSms(d, { id: `m${n}`, from: PHONE, to: '1234', text });
      return d.outbox.list().at(-1)?.message ?? '';
    },
  };
}

const place = (level: 'kabkota' | 'kecamatan', code: string) => {
  const found = ctx.places.byCode(level, code);
  if (!found) throw new Error(code);
  return found;
};

describe('replies by number', () => {
  it('picks a place from the hospital choices', async () => {
    const c = conversation();
    const list = await c.send('RS pesisir');
    expect(list).toMatch(/1\) Kab\. Pesisir 2\) Kota Pesisir/);
    expect(await c.send('2')).toBe(hospitalReply(ctx, hospitalAnswer(ctx, place('kabkota', '99.71')), 'id'));
    // The same list can be answered again, with another number.
    expect(await c.send(' 1 ')).toBe(
      hospitalReply(ctx, hospitalAnswer(ctx, place('kabkota', '99.02')), 'id'),
    );
  });

  it('picks a place from the report choices and stores the report with what the first message said', async () => {
    const c = conversation();
    await c.send('lapor demam batuk pesisir');
    const advice = await c.send('1');
    const [report] = [...c.d.reports.reports.values()];
    expect(report?.kabCode).toBe('99.02');
    expect(report?.answers.symptoms).toEqual(['fever', 'cough']);
    expect(advice).toContain('Risiko SEDANG');
  });

  it('picks a topic from the suggestions', async () => {
    const c = conversation();
    const list = await c.send('gejala vaksin');
    expect(list).toMatch(/1\) VAKSIN 2\) GEJALA/);
    expect(await c.send('2')).toBe(ctx.faq.find((t) => t.id === 'symptoms')?.sms.id);
  });

  it('forgets the list after half an hour', async () => {
    const c = conversation();
    const list = await c.send('RS pesisir');
    c.later(31);
    const reply = await c.send('2');
    expect(reply).not.toBe(hospitalReply(ctx, hospitalAnswer(ctx, place('kabkota', '99.71')), 'id'));
    expect(reply).not.toBe(list);
  });

  it('a number nobody asked for is not taken for a choice', async () => {
    const c = conversation();
    const reply = await c.send('2');
    expect(c.d.reports.reports.size).toBe(0);
    expect(reply).toContain('INFO');
  });

  it('the example a list gives resolves to its first choice as typed', async () => {
    const c = conversation();
    const list = await c.send('RS pesisir');
    const example = /mis\. (RS .+)$/.exec(list)?.[1];
    expect(example).toBeDefined();
    expect(await c.send(example ?? '')).toBe(
      hospitalReply(ctx, hospitalAnswer(ctx, place('kabkota', '99.02')), 'id'),
    );
  });

  it('answers a kecamatan at once, with a line for the village of that name elsewhere, whose example resolves', async () => {
    const c = conversation();
    const reply = await c.send('RS sumberan');
    expect(
      reply.startsWith(hospitalReply(ctx, hospitalAnswer(ctx, place('kecamatan', '99.02.02')), 'id')),
    ).toBe(true);
    const example = /Bukan Ds\. Sumberan, Lerengan\? Balas (RS .+)\.$/.exec(reply)?.[1];
    expect(example).toBeDefined();
    const desa = ctx.places.byCode('desa', '99.01.02.2002');
    if (!desa) throw new Error('fixture desa');
    expect(await c.send(example ?? '')).toBe(hospitalReply(ctx, hospitalAnswer(ctx, desa), 'id'));
  });

  it('remembers a list only once its reply is queued, so a number never picks from a list not sent', async () => {
    // Prepare: the outbox fails the first time the list is queued.
    const c = conversation();
    const enqueue = c.d.outbox.enqueue.bind(c.d.outbox);
    let failures = 1;
    c.d.outbox.enqueue = async (sms) => {
      if (failures-- > 0) throw new Error('queue unreachable');
      return enqueue(sms);
    };
    // Act
    await expect(
      answerSms(c.d, { id: 'list-1', from: PHONE, to: '1234', text: 'RS pesisir' }),
    ).rejects.toThrow();
    const remembered = await c.d.choices.latest(`sub-${PHONE.slice(-4)}`, START);
    await answerSms(c.d, { id: 'list-1', from: PHONE, to: '1234', text: 'RS pesisir' });
    // Assess: nothing remembered after the failed try; the gateway's retry sends and remembers it.
    expect(remembered).toBeUndefined();
    expect(await c.send('2')).toBe(hospitalReply(ctx, hospitalAnswer(ctx, place('kabkota', '99.71')), 'id'));
  });

  it('says how many places share a name when the list is cut', () => {
    const candidates = [place('kabkota', '99.02'), place('kabkota', '99.71')];
    const text = placeChoicesReply(ctx, candidates, 'id', 'hospital', '', 25);
    expect(text).toContain('Ada 25 tempat bernama itu');
    expect(placeChoicesReply(ctx, candidates, 'id')).not.toContain('tempat bernama itu');
  });
});
