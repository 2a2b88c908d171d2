import { describe, expect, it } from 'vitest';
import { sharedLine } from '../../functions/deps.js';
import { LANGS, type Lang } from '../../shared/lang.js';
import { hospitalAnswer } from '../../shared/line/answers.js';
import { createFaqSearch } from '../../shared/line/faq-search.js';
import { hotlinesStatusAt } from '../../shared/line/hotlines.js';
import type { Place } from '../../shared/line/places.js';
import { parseReportText, parseSmsCommand, reportWords } from '../../shared/line/sms/commands.js';
import {
  faqAnswerReply,
  faqSuggestReply,
  helpReply,
  hospitalAskPlaceReply,
  hospitalReply,
  hotlinesReply,
  languageReply,
  noMatchReply,
  placeChoicesReply,
  placeNotFoundReply,
  reportMissingReply,
  startReply,
  stopAskReply,
  stopReply,
} from '../../shared/line/sms/replies.js';
import { isGsm7Basic, smsSegments } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * Content tests of the East Java pack's SMS replies. Every SMS reply template, in both languages, with the longest data it can meet: each must be GSM-7
 * basic and at most two segments, and the ones people read first must be one.
 */

/** Instants that change what the hotline list says: office open, a Sunday, cuti bersama, Idulfitri. */
const INSTANTS = [
  '2026-11-23T03:00:00Z',
  '2026-11-22T03:00:00Z',
  '2026-12-24T10:00:00Z',
  '2026-03-20T01:00:00Z',
];
const line = sharedLine();
const ctx = line.contextAt(new Date(INSTANTS[0] as string));
const regions = eastJavaPack().regions;

const allPlaces: Place[] = [
  ...regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
  ...regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
  ...regions.desa.map((d) => ctx.places.byCode('desa', d.code)),
].filter((p): p is Place => p !== undefined);
/** Six candidates with the longest labels there are: the worst pick list. */
const longestSix = [...allPlaces].sort((a, b) => b.label.length - a.label.length).slice(0, 6);

function expectSms(text: string, maxSegments: 1 | 2, label: string): void {
  expect(isGsm7Basic(text), `${label}: ${text}`).toBe(true);
  const { encoding, segments } = smsSegments(text);
  expect(encoding, label).toBe('GSM-7');
  expect(segments, `${label}: ${text}`).toBeLessThanOrEqual(maxSegments);
  expect(text.trim(), label).toBe(text);
  expect(text.length, label).toBeGreaterThan(0);
}

describe.each(LANGS.map((lang) => [lang]))('SMS replies in %s', (lang: Lang) => {
  it('help, stop, asking whether to stop, and start are exactly one segment and name the commands', () => {
    for (const [name, text] of [
      ['help', helpReply(ctx, lang)],
      ['stop', stopReply(ctx, lang)],
      ['stop-ask', stopAskReply(ctx, lang)],
      ['start', startReply(ctx, lang)],
    ] as const) {
      expectSms(text, 1, name);
      expect(smsSegments(text).segments, name).toBe(1);
    }
    expect(helpReply(ctx, lang)).toContain('RS <');
    expect(helpReply(ctx, lang)).toContain('JAM');
    expect(helpReply(ctx, lang)).toContain('LAPOR <');
    expect(helpReply(ctx, lang)).toContain('STOP');
    expect(helpReply(ctx, lang)).toContain(lang === 'id' ? 'ENGLISH' : 'INDONESIA');
    expect(stopReply(ctx, lang)).toContain('START');
    expect(stopAskReply(ctx, lang)).toContain('STOP');
    expect(stopAskReply(ctx, lang)).toContain(lang === 'id' ? 'INFO' : 'HELP');
  });

  it('every FAQ answer is exactly one segment', () => {
    for (const topic of ctx.faq) {
      const text = faqAnswerReply(topic, lang);
      expectSms(text, 1, topic.id);
      expect(smsSegments(text).segments, topic.id).toBe(1);
      expect(text).toBe(topic.sms[lang]);
    }
  });

  it.each(INSTANTS.map((instant) => [instant]))('the hotline list at %s names every line', (instant) => {
    // Prepare
    const now = new Date(instant);
    const at = line.contextAt(now);

    // Act
    const text = hotlinesReply(at, hotlinesStatusAt(at.hotlines, at.now, at.calendar), lang);

    // Assess
    expectSms(text, 2, instant);
    for (const hotline of ctx.hotlines) expect(text).toContain(hotline.number);
  });

  it('the hotline list drops lines rather than pass two segments', () => {
    const now = new Date(INSTANTS[2] as string);
    const lines = hotlinesStatusAt([...ctx.hotlines, ...ctx.hotlines, ...ctx.hotlines], now, ctx.calendar);
    expectSms(hotlinesReply(line.contextAt(now), lines, lang), 2, 'twelve lines');
  });

  it('the hospital answer fits from every kab/kota and kecamatan', () => {
    for (const place of allPlaces.filter((p) => p.level !== 'desa')) {
      const answer = hospitalAnswer(ctx, place);
      const text = hospitalReply(ctx, answer, lang);
      expectSms(text, 2, place.label);
      expect(text).toContain(
        answer.kind === 'nearest' ? answer.nearest.hospital.name : answer.hospitals[0]?.name,
      );
    }
  });

  it('asks for a place when RS came alone', () => {
    expectSms(hospitalAskPlaceReply(ctx, lang), 1, 'ask place');
    expect(hospitalAskPlaceReply(ctx, lang)).toContain('RS ');
  });

  it.each(['hospital', 'report'] as const)(
    'lists the longest six choices for %s within two segments',
    (placeFor) => {
      // Act
      const text = placeChoicesReply(ctx, longestSix, lang, placeFor);

      // Assess
      expectSms(text, 2, placeFor);
      // Candidates are kept in order and only cut from the end.
      const listed = longestSix.filter((p) => text.includes(p.label));
      expect(listed.length).toBeGreaterThanOrEqual(4);
      expect(longestSix.slice(0, listed.length)).toEqual(listed);
      expect(text).toContain(placeFor === 'hospital' ? 'RS <' : 'LAPOR <');
    },
  );

  it('lists a real ambiguity whole, with an example to copy', () => {
    // Prepare
    const genteng = ctx.places.resolve('genteng');
    if (genteng.kind !== 'ambiguous') throw new Error('genteng should be ambiguous');

    // Act
    const text = placeChoicesReply(ctx, genteng.candidates, lang);

    // Assess
    expectSms(text, 2, 'genteng');
    for (const [i, place] of genteng.candidates.entries()) expect(text).toContain(`${i + 1}) ${place.label}`);
    expect(text).toContain('RS Genteng Banyuwangi');
    // The example resolves to the first choice.
    const example = ctx.places.resolve('Genteng Banyuwangi');
    expect(example.kind === 'found' && example.place.code).toBe(genteng.candidates[0]?.code);
  });

  it('asks a report sender to choose with an example that keeps everything else they reported', () => {
    // Prepare
    const resolve = (q: string) => ctx.places.resolve(q);
    const parsed = parseReportText('demam batuk tidak sesak kontak erat diabetes genteng', resolve);
    if (parsed.place?.kind !== 'ambiguous') throw new Error('genteng should be ambiguous');

    // Act
    const text = placeChoicesReply(ctx, parsed.place.candidates, lang, 'report', reportWords(parsed.answers));

    // Assess
    expectSms(text, 2, 'report choices');
    const example = text.match(/(?:mis\.|e\.g\.) LAPOR (.+)$/)?.[1];
    if (!example) throw new Error(`no example in ${text}`);
    const again = parseReportText(example, resolve);
    expect(again.answers).toEqual(parsed.answers);
    expect(again.place?.kind === 'found' && again.place.place.code).toBe(parsed.place.candidates[0]?.code);
  });

  it('fits six choices and the longest understood report within two segments', () => {
    const everything = reportWords({
      symptoms: ['fever', 'cough', 'sore-throat', 'breathing', 'smell-taste'],
      contactWithCase: true,
      pregnantOrChronic: true,
      ageBand: '60+',
    });
    expectSms(
      placeChoicesReply(ctx, longestSix, lang, 'report', everything),
      2,
      'report choices, everything',
    );
  });

  it.each([
    ['xqzzv'],
    ['kampung durian runtuh sebelah pasar lama dekat masjid'],
    // Curly quotes and an emoji typed by the caller must not make the reply UCS-2.
    ['“Sempoe” 🙏 dekat sini'],
    [''],
  ])('says %j was not found, within one segment', (query) => {
    for (const placeFor of ['hospital', 'report'] as const) {
      const text = placeNotFoundReply(ctx, query, lang, placeFor);
      expectSms(text, 1, query);
      expect(text).toContain(placeFor === 'hospital' ? 'RS Sempu' : 'LAPOR ');
    }
  });

  it('suggests any three topics within one segment', () => {
    const topics = ctx.faq;
    for (const [i, a] of topics.entries()) {
      for (const [j, b] of topics.entries()) {
        for (const [k, c] of topics.entries()) {
          if (i >= j || j >= k) continue;
          expectSms(faqSuggestReply(ctx, [a, b, c], lang), 1, `${a.id} ${b.id} ${c.id}`);
        }
      }
    }
  });

  it('no match points to help and to an advice line open now', () => {
    const text = noMatchReply(ctx, lang);
    expectSms(text, 1, 'no match');
    expect(text).toContain(lang === 'id' ? 'INFO' : 'HELP');
    // A Monday at 10:00 WIB: the office line is open, and is the one named.
    expect(text).toContain(ctx.hotlines.find((h) => h.id === 'cacak-office')?.number);
  });

  it('a language change is confirmed with the way back', () => {
    const text = languageReply(ctx, lang);
    expectSms(text, 1, 'language');
    expect(text).toContain(lang === 'id' ? 'ENGLISH' : 'INDONESIA');
  });

  it.each([[['symptoms', 'place'] as const], [['symptoms'] as const], [['place'] as const]])(
    'asks for what a report lacks (%j) in one reply',
    (missing) => {
      const text = reportMissingReply(ctx, missing, lang);
      expectSms(text, 1, missing.join('+'));
      expect(text).toContain('LAPOR');
    },
  );
});

describe('suggested FAQ words', () => {
  const search = createFaqSearch(ctx.faq);

  it.each(ctx.faq.flatMap((topic) => LANGS.map((lang) => [topic.replyWord[lang], topic.id] as const)))(
    'replying %j answers %s straight away, as a question rather than a command',
    (word, id) => {
      const match = search.search(word);
      expect(match.kind === 'answer' && match.topic.id).toBe(id);
      expect(parseSmsCommand(word).kind).toBe('question');
    },
  );
});
