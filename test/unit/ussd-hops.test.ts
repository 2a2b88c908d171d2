import { describe, expect, it } from 'vitest';
import { hospitalAnswer } from '../../shared/line/answers.js';
import { createLine } from '../../shared/line/line.js';
import type { Place } from '../../shared/line/places.js';
import { typedName } from '../../shared/line/sms/replies.js';
import { replay } from '../../shared/line/ussd/engine.js';
import { LINE_MENU } from '../../shared/line/ussd/menu.js';
import { eastJavaPack } from '../support/packs.js';

/**
 * How many inputs a caller needs from dialling to the nearest referral hospital: at most four, for
 * every kab/kota and every kecamatan of East Java.
 */
const HOP_LIMIT = 4;
const ctx = createLine(eastJavaPack()).contextAt(new Date('2026-11-23T03:00:00Z'));

/** The fewest inputs that reach the hospital answer for `place` along `routes`, or Infinity. */
function hopsTo(place: Place, routes: readonly string[][]): number {
  const reached = routes.filter((path) => {
    const top = replay(LINE_MENU, ctx, 'id', path).state.stack.at(-1);
    return top?.screen === 'hospital-result' && top.params.code === place.code;
  });
  return Math.min(...reached.map((path) => path.length), Number.POSITIVE_INFINITY);
}

/** Through the numbered list: the pages before it, then its number. */
function listRoute(place: Place): string[] {
  const index = ctx.places.kabKotaList().findIndex((p) => p.code === place.code);
  for (let pages = 0; pages < 10; pages += 1) {
    const path = ['3', '1', ...Array<string>(pages).fill('98'), String(index + 1)];
    const top = replay(LINE_MENU, ctx, 'id', path).state.stack.at(-1);
    if (top?.screen === 'hospital-result') return path;
  }
  return [];
}

describe('hops from dial to the nearest hospital', () => {
  const kabs = ctx.places.kabKotaList();

  it(`every kab/kota in at most ${HOP_LIMIT}, typed on the list or picked from it`, () => {
    const hops = kabs.map((kab) => ({
      kab: kab.label,
      hops: hopsTo(kab, [['3', '1', typedName(kab)], ['3', '2', typedName(kab)], listRoute(kab)]),
    }));
    const worst = hops.reduce((a, b) => (b.hops > a.hops ? b : a));
    expect(worst.hops, worst.kab).toBeLessThanOrEqual(HOP_LIMIT);
    expect(hops).toHaveLength(38);
  });

  it(`every kecamatan in at most ${HOP_LIMIT}, typed with its kab/kota`, () => {
    let worst = { kec: '', hops: 0 };
    for (const kec of eastJavaPack().regions.kecamatan) {
      const place = ctx.places.byCode('kecamatan', kec.code);
      const kab = ctx.places.byCode('kabkota', kec.kabCode);
      if (!place || !kab) throw new Error(kec.code);
      const typed = `${kec.name} ${typedName(kab)}`;
      // As typed, with its level word, or with a comma ("kota, kota kediri": a kecamatan named Kota);
      // a shared name is picked from the choices, one more input.
      const routes = [typed, `kec. ${typed}`, `${kec.name}, ${typedName(kab)}`].flatMap((text) => [
        ['3', '2', text],
        ...Array.from({ length: 6 }, (_, i) => ['3', '2', text, String(i + 1)]),
      ]);
      const hops = hopsTo(place, routes);
      if (hops > worst.hops) worst = { kec: typed, hops };
    }
    expect(worst.hops, worst.kec).toBeLessThanOrEqual(HOP_LIMIT);
  });

  it('a long list of places of one name says how many, and typing more of the name narrows it', () => {
    const list = replay(LINE_MENU, ctx, 'id', ['3', '2', 'ds sumberejo']);
    expect(list.reply.text.startsWith(ctx.say('hospital.placeWhichMany', 'id', { total: '25' }))).toBe(true);
    const narrowed = replay(LINE_MENU, ctx, 'id', [
      '3',
      '2',
      'ds sumberejo',
      'sumberejo pacitan',
    ]).state.stack.at(-1);
    expect(narrowed?.screen).toBe('hospital-result');
    expect(ctx.places.byCode('desa', narrowed?.params.code ?? '')?.label).toBe('Ds. Sumberejo, Pacitan');
  });

  it.each([
    ['id', 0.8],
    ['en', 0.93],
  ] as const)(
    '%s: the nearest and the main referral hospital share the first page for most kecamatan',
    (lang, share) => {
      let both = 0;
      const kecamatan = eastJavaPack().regions.kecamatan;
      for (const kec of kecamatan) {
        const path = ['3', '1', typedName(ctx.places.byCode('kabkota', kec.kabCode) as Place)];
        const result = replay(LINE_MENU, ctx, lang, ['3', '2', `kec. ${kec.name}, ${path[2]}`]);
        const answer = hospitalAnswer(ctx, ctx.places.byCode('kecamatan', kec.code) as Place);
        if (answer.kind !== 'nearest') continue;
        const same = answer.main.hospital.code === answer.nearest.hospital.code;
        const text = result.reply.text;
        if (text.includes(answer.nearest.hospital.name) && (same || text.includes(answer.main.hospital.name)))
          both += 1;
      }
      expect(both / kecamatan.length).toBeGreaterThanOrEqual(share);
    },
  );
});
