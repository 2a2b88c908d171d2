import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/adapters/clock.js';
import { OPT_OUT_ID, OUT_OF_SCOPE_ID } from '../../shared/content/faq.js';
import type { Lang } from '../../shared/lang.js';
import { countFaqExamples } from '../../shared/line/faq-search.js';
import { HOME_SERVICES } from '../../shared/line/home-menu.js';
import { hotlinesStatusAt } from '../../shared/line/hotlines.js';
import { createLine } from '../../shared/line/line.js';
import { answerSms } from '../../shared/line/sms/answer-sms.js';
import { parseSmsCommand } from '../../shared/line/sms/commands.js';
import {
  helpReply,
  hospitalAskPlaceReply,
  hotlinesReply,
  reportMissingReply,
  stopAskReply,
  stopReply,
} from '../../shared/line/sms/replies.js';
import { memoryLineDeps } from '../support/fakes.js';
import { eastJavaPack, fixturePack } from '../support/packs.js';

/**
 * Service requests in people's own words, as people send them: each reaches the
 * service it asks for, answered in the language it was written in.
 */
const NOW = '2026-11-23T03:00:00Z';
const PHONE = '+6281234567890';
const line = createLine(eastJavaPack());
const ctx = line.contextAt(new Date(NOW));

async function send(text: string) {
  const d = memoryLineDeps(line, fixedClock(NOW));
  await answerSms(d, { id: 'm1', from: PHONE, to: '1234', text });
  return { d, reply: d.outbox.list().map((m) => m.message)[0] };
}

describe('service requests in plain words', () => {
  it.each<[string, Lang]>([
    ['call center', 'id'],
    ['no telp cacak jatim', 'id'],
    ['nomor hotline', 'id'],
    ['minta nomor ambulans', 'id'],
    ['telpon dinkes', 'id'],
    ['what is the hotline number', 'en'],
  ])('%j gets the hotlines open now (%s)', async (text, lang) => {
    expect((await send(text)).reply).toBe(
      hotlinesReply(ctx, hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), lang),
    );
  });

  it.each<[string, Lang]>([
    ['dimana rumah sakit covid terdekat', 'id'],
    ['where is the nearest hospital', 'en'],
  ])('%j is asked where they are (%s)', async (text, lang) => {
    expect((await send(text)).reply).toBe(hospitalAskPlaceReply(ctx, lang));
  });

  it.each([
    'mohon info rumah sakit rujukan covid-19 terdekat',
    'omah sakit sing nompo pasien covid nang ndi lur',
    'RS terdekat dmn',
  ])('%j names no place and is asked where the caller is', async (text) => {
    expect((await send(text)).reply).toBe(hospitalAskPlaceReply(ctx, 'id'));
  });

  it.each(['RS sing nampa pasien corona ndi', 'rs terdekat dr sini dmn', 'RUMAH SAKIT DEKAT SINI'])(
    '%j has only words of the line after RS, and is asked where the caller is',
    async (text) => {
      expect((await send(text)).reply).toBe(hospitalAskPlaceReply(ctx, 'id'));
    },
  );

  it('"RS Jakarta" is told the place typed was not found', async () => {
    const { reply } = await send('RS Jakarta');
    expect(reply).toContain('Jakarta');
    expect(reply).not.toBe(hospitalAskPlaceReply(ctx, 'id'));
  });

  it('"ojo kesuwen, rumah sakit covid paling cedhak Tulungagung endi": "ojo" refuses only up to the comma', async () => {
    const { reply } = await send('ojo kesuwen, rumah sakit covid paling cedhak Tulungagung endi');
    expect(reply).toContain('Kab. Tulungagung');
  });

  it('"Matikan notifikasi WhatsApp gimana caranya" is not taken for a stop of these messages', async () => {
    const { reply } = await send('Matikan notifikasi WhatsApp gimana caranya');
    expect(reply).not.toBe(stopReply(ctx, 'id'));
    expect(reply).not.toBe(stopAskReply(ctx, 'id'));
  });

  it('"rs rujukan di jember" names the referral hospitals of Kab. Jember', async () => {
    const { reply } = await send('rs rujukan di jember');
    expect(reply).toContain('Kab. Jember');
    expect(reply).toContain(ctx.hospitals.find((h) => h.kabCode === '35.09')?.name);
  });

  it('"rumah sakit nang tuban sing iso ngerawat covid" names the referral hospitals of Kab. Tuban', async () => {
    const { reply } = await send('rumah sakit nang tuban sing iso ngerawat covid');
    expect(reply).toContain('Kab. Tuban');
    expect(reply).toContain(ctx.hospitals.find((h) => h.kabCode === '35.23')?.name);
  });

  it('"menu 2", "menu 3" and "menu 4" reach the home menu\'s services by their numbers', async () => {
    expect((await send('menu 2')).reply).toBe(
      hotlinesReply(ctx, hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), 'id'),
    );
    expect((await send('mnu 3')).reply).toBe(hospitalAskPlaceReply(ctx, 'id'));
    expect((await send('menu 4')).reply).toBe(reportMissingReply(ctx, ['symptoms', 'place'], 'id'));
  });

  it('every "(menu N)" an answer points to is the service the home menu numbers N', async () => {
    const pointed = new Set(
      ctx.faq.flatMap((topic) => [...`${topic.answer.id} ${topic.answer.en}`.matchAll(/\(menu (\d)\)/g)]),
    );
    const numbers = new Set([...pointed].map((m) => m[1]));
    expect(numbers).toEqual(new Set([String(HOME_SERVICES.indexOf('hotlines') + 1)]));
    for (const n of numbers)
      expect((await send(`menu ${n}`)).reply).toBe(
        hotlinesReply(ctx, hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), 'id'),
      );
  });

  it('"aku arep lapor gejala" is asked for the symptoms and the place', async () => {
    expect((await send('aku arep lapor gejala')).reply).toBe(
      reportMissingReply(ctx, ['symptoms', 'place'], 'id'),
    );
  });

  it.each<[string, Lang]>([
    ['stop sms', 'id'],
    ['berhenti langganan', 'id'],
    ['jangan kirim sms lagi', 'id'],
    ['cancel', 'id'],
    ['please stop texting me', 'en'],
  ])('%j opts out (%s)', async (text, lang) => {
    const { d, reply } = await send(text);
    expect(reply).toBe(stopReply(ctx, lang));
    expect(d.subscribers.optedOut.size).toBe(1);
  });

  it('asks whether to stop, and stops only on STOP, when words no rule lists are like messages asking to stop', async () => {
    const pack = fixturePack();
    // Enough messages asking to stop, and others, for the odds to be sure.
    const stops = [
      'sms terus ganggu',
      'jangan sms lagi, ganggu',
      'stop sms, ganggu banget',
      'smsnya ganggu',
      'hapus nomor saya dari sms',
      'sms ini ganggu, hentikan',
      'ojo sms maneh, ganggu',
      'tolong stop sms',
      'sms tiap hari ganggu',
      'berhenti sms ke hp saya',
    ];
    const others = [
      'jual pulsa murah',
      'harga cabai naik',
      'motor sudah diservis?',
      'nanti hujan ga',
      'salah kirim',
    ];
    const taught = createLine({
      ...pack,
      faqExampleCounts: countFaqExamples(pack.faq, {
        [OPT_OUT_ID]: { id: stops, en: [] },
        [OUT_OF_SCOPE_ID]: { id: others, en: ['wrong number sorry', 'see you at the market'] },
      }),
    });
    const text = 'sms tiap hari ganggu ya?';
    expect(parseSmsCommand(text).kind).toBe('question');
    const d = memoryLineDeps(taught, fixedClock(NOW));

    const taughtCtx = taught.contextAt(new Date(NOW));

    await answerSms(d, { id: 'm1', from: PHONE, to: '1234', text });

    expect(d.outbox.list().map((m) => m.message)).toEqual([stopAskReply(taughtCtx, 'id')]);
    expect(d.subscribers.optedOut.size).toBe(0);
    await answerSms(d, { id: 'm2', from: PHONE, to: '1234', text: 'STOP' });
    expect(d.outbox.list().map((m) => m.message)).toEqual([
      stopAskReply(taughtCtx, 'id'),
      stopReply(taughtCtx, 'id'),
    ]);
    expect(d.subscribers.optedOut.size).toBe(1);
  });

  it.each<[string, Lang]>([
    ['terima kasih', 'id'],
    ['matur nuwun', 'id'],
    ['thank you so much', 'en'],
  ])('%j is thanked back, not told the question has no answer (%s)', async (text, lang) => {
    expect((await send(text)).reply).toBe(ctx.say('sms.thanks', lang));
  });

  it.each<[string, Lang]>([
    ['thanks heaps', 'en'],
    ['makasih banyak, sangat membantu', 'id'],
    // Someone already taken into care, or symptoms over, is news told with the thanks.
    ['makasih min, bpk sy udh dibawa ke puskesmas', 'id'],
    ['thank you, my fever is gone now', 'en'],
  ])('%j, thanks with words of its own that ask nothing, is thanked back (%s)', async (text, lang) => {
    expect((await send(text)).reply).toBe(ctx.say('sms.thanks', lang));
  });

  it('"hi there" and "permisi numpang tanya" are told what the line offers', async () => {
    expect((await send('hi there')).reply).toBe(helpReply(ctx, 'en'));
    expect((await send('permisi numpang tanya')).reply).toBe(helpReply(ctx, 'id'));
  });

  it('"makasih, vaksin booster aman?" is answered as a question, not thanked', async () => {
    const vaccine = ctx.faq.find((t) => t.id === 'vaccine');
    expect((await send('makasih, vaksin booster aman?')).reply).toBe(vaccine?.sms.id);
  });

  it('answers an English question in English and an Indonesian one in Indonesian', async () => {
    const en = await send('what are the symptoms of covid');
    const id = await send('apa saja gejala covid');
    const symptoms = ctx.faq.find((t) => t.id === 'symptoms');
    expect(en.reply).toBe(symptoms?.sms.en);
    expect(id.reply).toBe(symptoms?.sms.id);
  });

  it('answers Javanese in Indonesian, though "to" ends it as a particle', async () => {
    const jv = await send('gejala corona iku opo to?');
    const krama = await send('korona niku menapa to?');
    const symptoms = ctx.faq.find((t) => t.id === 'symptoms');
    const about = ctx.faq.find((t) => t.id === 'about-covid');
    expect(jv.reply).toBe(symptoms?.sms.id);
    expect(krama.reply).toBe(about?.sms.id);
  });

  it('keeps a language the caller chose, whatever the message is written in', async () => {
    const d = memoryLineDeps(line, fixedClock(NOW));
    await d.subscribers.setLanguage(`sub-${PHONE.slice(-4)}`, 'id');
    await answerSms(d, { id: 'm2', from: PHONE, to: '1234', text: 'help' });
    expect(d.outbox.list()[0]?.message).toBe(helpReply(ctx, 'id'));
  });

  it.each([
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'RS constructor',
    'lapor demam constructor',
  ])('%j is read as words, and answered like any other message', async (text) => {
    const { reply } = await send(text);
    expect(reply).toBeDefined();
    expect(reply?.length).toBeGreaterThan(20);
  });
});
