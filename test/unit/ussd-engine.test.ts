import { describe, expect, it } from 'vitest';
import {
  inputsOf,
  type Menu,
  type NavCopy,
  paginate,
  replay,
  type Screen,
} from '../../shared/line/ussd/engine.js';

/** A small menu that exercises every engine feature without the line's content. */
type Id = 'home' | 'list' | 'text' | 'ask' | 'done';
type Ctx = { items: string[]; nav: NavCopy };

const screens: Record<Id, Screen<Id, Ctx>> = {
  home: (_c, _p, lang) => ({
    title: lang === 'id' ? 'Beranda' : 'Home',
    options: [
      { label: 'List', go: { kind: 'open', screen: 'list' } },
      { label: 'Text', go: { kind: 'open', screen: 'text' } },
      { label: 'Ask', go: { kind: 'open', screen: 'ask' } },
      {
        label: 'English',
        go: { kind: 'home', lang: 'en', effects: [{ kind: 'set-language', lang: 'en' }] },
      },
    ],
  }),
  list: (ctx) => ({
    title: 'Items',
    options: ctx.items.map((item) => ({
      label: item,
      go: { kind: 'open', screen: 'done', params: { item } },
    })),
  }),
  text: () => ({ title: 'Long', body: 'word '.repeat(80).trim() }),
  ask: () => ({
    title: 'Type a name:',
    onText: (text) =>
      text === 'ok'
        ? { kind: 'end', text: 'Thanks', effects: [{ kind: 'send-sms', message: 'hello' }] }
        : { kind: 'reask', reason: 'Unknown, again:' },
  }),
  done: (_c, params) => ({ title: `Chose ${params.item}`, end: true }),
};

/** The navigation words come from the context, as the line's come from its content pack. */
const menu: Menu<Id, Ctx> = { home: 'home', screens, nav: (c) => c.nav };

const ctx: Ctx = {
  items: Array.from({ length: 30 }, (_, i) => `Kabupaten Nomor ${i + 1}`),
  nav: {
    back: { id: 'Kembali', en: 'Back' },
    home: { id: 'Menu', en: 'Home' },
    more: { id: 'Lagi', en: 'More' },
    invalidChoice: { id: 'Pilihan tidak ada.', en: 'No such option.' },
    emptyInput: { id: 'Ketik sesuatu:', en: 'Type something:' },
    noMorePages: { id: 'Habis.', en: 'No more.' },
  },
};
const run = (path: string, lang: 'id' | 'en' = 'id') => replay(menu, ctx, lang, inputsOf(path));

describe('USSD engine', () => {
  it('shows the home menu on the first hop, in the given language, without nav lines', () => {
    // Act
    const { reply } = run('');
    // Assess
    expect(reply).toEqual({ kind: 'CON', text: 'Beranda\n1 List\n2 Text\n3 Ask\n4 English' });
  });

  it('pages a long list with 98 and numbers options across pages', () => {
    // Act
    const first = run('1').reply.text;
    const second = run('1*98').reply.text;
    // Assess
    expect(first).toContain('1 Kabupaten Nomor 1');
    expect(first).toContain('98 Lagi');
    expect(second).not.toContain('\n1 Kabupaten Nomor 1\n');
    expect(second).toMatch(/\n\d+ Kabupaten Nomor \d+/);
    expect(first.length).toBeLessThanOrEqual(160);
    expect(second.length).toBeLessThanOrEqual(160);
  });

  it('lets a caller pick an option shown on a later page', () => {
    // Act
    const { reply } = run('1*98*30');
    // Assess
    expect(reply).toEqual({ kind: 'END', text: 'Chose Kabupaten Nomor 30' });
  });

  it('goes back a page with 0, then back a screen, and home with 00', () => {
    expect(run('1*98*0').reply.text).toBe(run('1').reply.text);
    expect(run('1*0').reply.text).toBe(run('').reply.text);
    expect(run('1*98*00').reply.text).toBe(run('').reply.text);
  });

  it('re-asks with a short reason and the question again on an unknown option, and keeps the screen', () => {
    // Act
    const { reply } = run('7');
    // Assess
    expect(reply.kind).toBe('CON');
    expect(reply.text.split('\n')[0]).toBe('Pilihan tidak ada. Beranda');
    expect(reply.text).toContain('1 List');
  });

  it('says there is nothing more when 98 is sent on the last page', () => {
    expect(run('2*98*98*98*98*98*98*98*98').reply.text.split('\n')[0]).toBe('Habis. Long (4/4)');
  });

  it('pages running text at word boundaries within 160 characters', () => {
    // Act
    const pages = paginate(screens.text(ctx, {}, 'id'), '98 Lagi', '0 Kembali  00 Menu');
    // Assess
    expect(pages.length).toBeGreaterThan(1);
    expect(
      pages
        .flat()
        .join(' ')
        .split(' ')
        .every((w) => w === 'word'),
    ).toBe(true);
  });

  it('accepts free text, re-asks on an unknown one and on an empty one', () => {
    expect(run('3*nope').reply.text.split('\n')[0]).toBe('Unknown, again: Type a name:');
    expect(run('3* ').reply.text.split('\n')[0]).toBe('Ketik sesuatu: Type a name:');
    expect(run('3*ok').reply).toEqual({ kind: 'END', text: 'Thanks' });
  });

  it('returns only the last input’s effects, so replayed hops never repeat them', () => {
    // Act
    const last = run('3*ok');
    const afterLanguage = run('4*1');
    // Assess
    expect(last.effects).toEqual([{ kind: 'send-sms', message: 'hello' }]);
    expect(afterLanguage.effects).toEqual([]);
    expect(afterLanguage.state.lang).toBe('en');
    expect(run('4').effects).toEqual([{ kind: 'set-language', lang: 'en' }]);
  });

  it('switches the language of every later screen', () => {
    expect(run('4').reply.text.startsWith('Home')).toBe(true);
    expect(run('4*7').reply.text.split('\n')[0]).toBe('No such option. Home');
  });

  it('takes the navigation words from the context it is given', () => {
    // Prepare
    const other: Ctx = {
      ...ctx,
      nav: { ...ctx.nav, more: { id: 'Berikut', en: 'Next' }, invalidChoice: { id: 'Salah.', en: 'Wrong.' } },
    };
    // Act
    const list = replay(menu, other, 'id', inputsOf('1')).reply.text;
    const wrong = replay(menu, other, 'id', inputsOf('7')).reply.text;
    // Assess
    expect(list).toContain('98 Berikut');
    expect(list).not.toContain('98 Lagi');
    expect(wrong.split('\n')[0]).toBe('Salah. Beranda');
  });

  it('splits the gateway path on *', () => {
    expect(inputsOf('')).toEqual([]);
    expect(inputsOf('1*2*sempu banyuwangi')).toEqual(['1', '2', 'sempu banyuwangi']);
  });
});

describe('what replaying a path works out', () => {
  /** A menu that counts what its screens are asked for: laid-out lines and chosen transitions. */
  function counted(fixed?: Menu<Id, Ctx>['fixed']) {
    const count = { lines: 0, sms: 0, built: 0 };
    const list: Screen<Id, Ctx> = (c) => {
      count.built += 1;
      return {
        title: 'Items',
        get lines() {
          count.lines += 1;
          return ['Pick one:'];
        },
        options: c.items.map((item) => ({
          label: item,
          go: () => {
            count.sms += 1;
            return { kind: 'end', text: `Sent ${item}`, effects: [{ kind: 'send-sms', message: item }] };
          },
        })),
      };
    };
    const menu: Menu<Id, Ctx> = { ...base, screens: { ...screens, list }, ...(fixed ? { fixed } : {}) };
    return { menu, count };
  }
  const base: Menu<Id, Ctx> = menu;

  it('lays out only the screen the path ends on, and builds an SMS only when its option is chosen', () => {
    // Prepare
    const { menu: m, count } = counted();
    // Act: through the list to an option, then only to the list.
    const chosen = replay(m, ctx, 'id', inputsOf('1*30'));
    const through = { ...count };
    const shown = replay(m, ctx, 'id', inputsOf('1'));
    // Assess
    expect(chosen.reply).toEqual({ kind: 'END', text: 'Sent Kabupaten Nomor 30' });
    expect(chosen.effects).toEqual([{ kind: 'send-sms', message: 'Kabupaten Nomor 30' }]);
    expect(through).toEqual({ lines: 0, sms: 1, built: 1 });
    expect(shown.reply.text.startsWith('Items (1/')).toBe(true);
    expect(count.lines).toBe(1);
    expect(count.sms).toBe(1);
  });

  it('lays a fixed screen out once per content, language and parameters, and the same as afresh', () => {
    // Prepare
    const { menu: m, count } = counted({ screens: { list: [] }, content: (c) => c.items });
    const { menu: fresh } = counted();
    // Act
    const first = replay(m, ctx, 'id', inputsOf('1*98'));
    const again = replay(m, ctx, 'id', inputsOf('1*98'));
    const english = replay(m, ctx, 'en', inputsOf('1'));
    const other = replay(m, { ...ctx, items: ['Satu', 'Dua'] }, 'id', inputsOf('1'));
    // Assess
    expect(first.reply).toEqual(replay(fresh, ctx, 'id', inputsOf('1*98')).reply);
    expect(again.reply).toEqual(first.reply);
    expect(english.reply).toEqual(replay(fresh, ctx, 'en', inputsOf('1')).reply);
    expect(other.reply.text).toContain('1 Satu');
    // Laid out once for Bahasa Indonesia, once for English, once for the other content.
    expect(count.lines).toBe(3);
  });
});
