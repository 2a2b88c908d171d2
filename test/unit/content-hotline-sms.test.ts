import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/lang.js';
import { hotlinesStatusAt } from '../../shared/line/hotlines.js';
import { createLine } from '../../shared/line/line.js';
import { hotlinesReply } from '../../shared/line/sms/replies.js';
import { smsSegments } from '../../shared/text.js';
import { eastJavaPack, fixtureLine } from '../support/packs.js';

/** The hotline reply by SMS: one segment where the lines allow, the numbers always there. */

function replyAt(line: ReturnType<typeof fixtureLine>, iso: string, lang: (typeof LANGS)[number]) {
  const ctx = line.contextAt(new Date(iso));
  return hotlinesReply(ctx, hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar), lang);
}

describe("East Java's hotline reply", () => {
  const line = createLine(eastJavaPack());
  // Every hour of a week, and a public holiday (Christmas 2026).
  const instants = [
    ...Array.from({ length: 7 * 24 }, (_, h) => new Date(Date.UTC(2026, 10, 23, h)).toISOString()),
    '2026-12-25T03:00:00Z',
  ];

  it('names every line with its number and status within two segments, at every hour of a week and on a holiday', () => {
    for (const iso of instants) {
      for (const lang of LANGS) {
        const ctx = line.contextAt(new Date(iso));
        const text = replyAt(line, iso, lang);
        expect(smsSegments(text).segments, `${iso} ${lang}: ${text}`).toBeLessThanOrEqual(2);
        for (const hotline of ctx.hotlines) expect(text).toContain(`${hotline.name[lang]} ${hotline.number}`);
        // An emergency line is listed, so the emergency numbers are not repeated after it.
        expect(text).not.toMatch(/\n(Darurat|Emergency): /);
      }
    }
  });
});

describe('the hotline reply on the fixture province', () => {
  const ctx = fixtureLine().contextAt(new Date('2026-11-23T03:00:00Z'));
  const all = hotlinesStatusAt(ctx.hotlines, ctx.now, ctx.calendar);

  it('is one segment when the named lines fit, and gives the emergency number when no line listed is one', () => {
    const advice = all.filter(({ hotline }) => !hotline.roles.includes('emergency'));
    const text = hotlinesReply(ctx, advice, 'id');
    expect(text).toBe(
      'Hotline COVID-19, 10:00 WIB:\nKonsultasi Contoh 0401-555123: buka s/d 16:00 WIB\n' +
        'Konsultasi 24 jam 0811-2222-333: buka 24 jam\nDarurat: 191.',
    );
    expect(smsSegments(text).segments).toBe(1);
  });

  it('takes a second segment rather than drop a name', () => {
    const text = hotlinesReply(ctx, all, 'en');
    expect(smsSegments(text).segments).toBe(2);
    for (const { hotline } of all) expect(text).toContain(`${hotline.name.en} ${hotline.number}`);
  });
});
