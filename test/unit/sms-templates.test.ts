import { describe, expect, it } from 'vitest';
import { sharedLine } from '../../functions/deps.js';
import { faqSms, hospitalSms } from '../../shared/line/messages.js';
import { hospitalAnswerFor } from '../../shared/line/ussd/menu.js';
import { isGsm7Basic, smsSegments } from '../../shared/text.js';
import { eastJavaPack } from '../support/packs.js';

/** Every SMS the line can text, in both languages: GSM-7 and at most two segments. */
const ctx = sharedLine().contextAt(new Date('2026-11-23T03:00:00Z'));
const regions = eastJavaPack().regions;

describe('SMS templates', () => {
  it.each(['id', 'en'] as const)('%s: every FAQ answer fits one segment', (lang) => {
    for (const topic of ctx.faq) {
      const sms = faqSms(topic, lang);
      expect(isGsm7Basic(sms), topic.id).toBe(true);
      expect(smsSegments(sms).segments, topic.id).toBe(1);
    }
  });

  it.each(['id', 'en'] as const)(
    '%s: the hospital SMS from every kab/kota and kecamatan fits two segments',
    (lang) => {
      const places = [
        ...regions.kabKota.map((k) => ctx.places.byCode('kabkota', k.code)),
        ...regions.kecamatan.map((k) => ctx.places.byCode('kecamatan', k.code)),
      ];
      for (const place of places) {
        expect(place).toBeDefined();
        if (!place) continue;
        const sms = hospitalSms(hospitalAnswerFor(ctx, place), lang);
        expect(smsSegments(sms).encoding, place.label).toBe('GSM-7');
        expect(smsSegments(sms).segments, place.label).toBeLessThanOrEqual(2);
        expect(sms).toContain(hospitalAnswerFor(ctx, place).nearest.hospital.name);
      }
      expect(places).toHaveLength(38 + 666);
    },
  );
});
