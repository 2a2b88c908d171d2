import { describe, expect, it } from 'vitest';
import { ADVICE_IDS } from '../../shared/content/advice.js';
import { hospitalAnswer } from '../../shared/line/answers.js';
import { createLine } from '../../shared/line/line.js';
import {
  apologyText,
  emergencySlot,
  formatKm,
  reportScreenText,
  reportSmsText,
} from '../../shared/line/render.js';
import { hospitalReply } from '../../shared/line/sms/replies.js';
import { TRIAGE_ROWS } from '../../shared/line/triage.js';
import { fitsSms, isGsm7Basic, smsSegments, USSD_SCREEN_MAX } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * Content tests of the East Java pack: every SMS and report screen the line can send, in both
 * languages, with every place and hospital it can name: GSM-7, within its length.
 */
const line = createLine(eastJavaPack());
// Office hours (the office line is the one named) and a Sunday night (the 24-hour line is).
const INSTANTS = ['2026-11-23T03:00:00Z', '2026-11-22T15:00:00Z'];
const regions = eastJavaPack().regions;

describe('SMS templates, East Java', () => {
  it.each(['id', 'en'] as const)('%s: every FAQ answer fits one segment', (lang) => {
    for (const topic of eastJavaPack().faq) {
      expect(isGsm7Basic(topic.sms[lang]), topic.id).toBe(true);
      expect(smsSegments(topic.sms[lang]).segments, topic.id).toBe(1);
    }
  });

  it.each(['id', 'en'] as const)(
    '%s: the hospital SMS from every kab/kota and kecamatan fits two segments',
    (lang) => {
      const ctx = line.contextAt(new Date(INSTANTS[0] as string));
      const places = [
        ...regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
        ...regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
      ];
      for (const place of places) {
        if (!place) throw new Error('a region the resolver does not know');
        const answer = hospitalAnswer(ctx, place);
        const sms = hospitalReply(ctx, answer, lang);
        expect(fitsSms(sms, 2), `${place.label}: ${sms}`).toBe(true);
        const first = answer.kind === 'nearest' ? answer.nearest.hospital : answer.hospitals[0];
        expect(sms).toContain(first?.name);
        if (first?.phone) expect(sms).toContain(first.phone);
        // A kab/kota has no point to measure from: no distance is given for it.
        if (place.level === 'kabkota') expect(sms, place.label).not.toMatch(/\d+ km|<1 km/);
      }
      expect(places).toHaveLength(regions.kabKota.length + regions.kecamatan.length);
    },
  );

  it.each(['id', 'en'] as const)(
    '%s: the hospital SMS is one segment for at least 80% of kab/kota and kecamatan, and whole in each',
    (lang) => {
      const ctx = line.contextAt(new Date(INSTANTS[0] as string));
      const places = [
        ...regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
        ...regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
      ];
      let single = 0;
      for (const place of places) {
        if (!place) throw new Error('a region the resolver does not know');
        const answer = hospitalAnswer(ctx, place);
        const sms = hospitalReply(ctx, answer, lang);
        if (smsSegments(sms).segments !== 1) continue;
        single += 1;
        // One segment is never bought by leaving something out: every hospital of the answer, with its
        // phone and distance, and the emergency numbers are in it.
        const named =
          answer.kind === 'nearest' ? [answer.nearest.hospital, answer.main.hospital] : answer.hospitals;
        for (const hospital of named) {
          expect(sms, place.label).toContain(hospital.name);
          if (hospital.phone) expect(sms, place.label).toContain(hospital.phone);
        }
        if (answer.kind === 'nearest') expect(sms, place.label).toContain(formatKm(answer.main.distanceKm));
        expect(sms, place.label).toContain(emergencySlot(ctx, lang, place.kabCode));
      }
      expect(single / places.length).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('has an advice for every row of the triage table', () => {
    expect(new Set(TRIAGE_ROWS.map((r) => r.advice))).toEqual(new Set(ADVICE_IDS));
  });

  it.each(INSTANTS.flatMap((instant) => (['id', 'en'] as const).map((lang) => [lang, instant] as const)))(
    '%s at %s: every report advice with every hospital fits one screen and two segments',
    (lang, instant) => {
      const ctx = line.contextAt(new Date(instant));
      for (const hospital of ctx.hospitals) {
        // Each hospital as the nearest, from its own kab/kota (Banyuwangi adds its 112 to the emergency numbers).
        const place = ctx.places.byCode('kabkota', hospital.kabCode);
        if (!place) throw new Error(`no kab/kota ${hospital.kabCode}`);
        for (const advice of ADVICE_IDS) {
          const row = TRIAGE_ROWS.find((r) => r.advice === advice);
          if (!row) throw new Error(advice);
          const outcome = { risk: { ...row }, place, hospital: { hospital, distanceKm: 1 } };
          const screen = reportScreenText(ctx, outcome, lang);
          const sms = reportSmsText(ctx, outcome, lang);
          expect(
            isGsm7Basic(screen) && screen.length <= USSD_SCREEN_MAX,
            `${advice}, ${hospital.name}: ${screen} (${screen.length})`,
          ).toBe(true);
          expect(fitsSms(sms, 2), `${advice}, ${hospital.name}: ${sms}`).toBe(true);
        }
      }
    },
  );

  it.each(INSTANTS.flatMap((instant) => (['id', 'en'] as const).map((lang) => [lang, instant] as const)))(
    '%s at %s: the apology when the line fails fits a screen and names a line open now',
    (lang, instant) => {
      const ctx = line.contextAt(new Date(instant));
      const text = apologyText(ctx, lang);
      expect(isGsm7Basic(text) && text.length + 'END '.length <= USSD_SCREEN_MAX, text).toBe(true);
      const open = instant === INSTANTS[0] ? 'cacak-office' : 'cacak-24h';
      expect(text).toContain(ctx.hotlines.find((h) => h.id === open)?.number);
    },
  );
});
