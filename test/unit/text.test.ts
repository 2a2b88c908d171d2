import { describe, expect, it } from 'vitest';
import {
  fitsSms,
  fitsUssdScreen,
  isGsm7Basic,
  maskPhone,
  maskText,
  nonGsmCharacters,
  SMS_SEGMENT_MULTI,
  SMS_SEGMENT_SINGLE,
  smsSegments,
  toGsm7,
  USSD_SCREEN_MAX,
  ussdLength,
  wrapToPages,
} from '../../shared/text.js';

describe('toGsm7', () => {
  it.each([
    ['curly double quotes', '\u201cMasker\u201d wajib', '"Masker" wajib'],
    ['low-9 and guillemet quotes', '\u201eHalo\u201c \u00abya\u00bb', '"Halo" "ya"'],
    ['curly apostrophe', 'it\u2019s \u2018ok\u2019', "it's 'ok'"],
    ['en dash', '2\u201314 hari', '2-14 hari'],
    ['em dash with spaces', 'demam \u2014 batuk', 'demam - batuk'],
    ['minus and non-breaking hyphen', '\u22121 dan COVID\u201119', '-1 dan COVID-19'],
    ['ellipsis', 'tunggu\u2026', 'tunggu...'],
    ['no-break space', 'Info:\u00a0119', 'Info: 119'],
    ['narrow and ideographic spaces', '10\u202fhari\u3000lagi', '10 hari lagi'],
    ['zero-width space and BOM', '\ufeffsa\u200bbun', 'sabun'],
    ['tab', 'a\tb', 'a b'],
    ['bullets', '\u2022 masker\n\u25cf jarak', '- masker\n- jarak'],
    [
      'emoji, with the spaces around them collapsed',
      'Pakai masker \ud83d\ude37 ya \ud83d\udc4d\ud83c\udffd!',
      'Pakai masker ya !',
    ],
    ['emoji joined by ZWJ', 'ok \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 ok', 'ok ok'],
    [
      'accents outside GSM lose them',
      'p\u00e2t\u00e9 gar\u00e7on na\u00efve \u014dkay',
      'pat\u00e9 garcon naive okay',
    ],
    [
      'accents inside GSM stay',
      'caf\u00e9 \u00fcber se\u00f1or \u00e0 \u00c9',
      'caf\u00e9 \u00fcber se\u00f1or \u00e0 \u00c9',
    ],
    ['decomposed accent is composed first', 'cafe\u0301', 'caf\u00e9'],
    ['compatibility forms', '\ufb01lter \uff11\uff11\uff19', 'filter 119'],
    ['CRLF becomes LF, line breaks kept', 'satu\r\ndua\rtiga', 'satu\ndua\ntiga'],
    ['repeated spaces collapse, not newlines', 'a   b\n\nc  ', 'a b\n\nc'],
    ['spaces at line ends go', 'a  \n  b', 'a\nb'],
    ['other scripts are dropped', 'Jawa \ua9a4\ua9a7\ua9b1 ok', 'Jawa ok'],
  ])('%s', (_case, input, expected) => {
    expect(toGsm7(input)).toBe(expected);
  });

  it('keeps the extension table for SMS and replaces it for USSD', () => {
    const text = 'Biaya [tes] {PCR} \u20ac10 ~ a|b \\ x^2';
    expect(toGsm7(text)).toBe(text);
    expect(toGsm7(text, { basicOnly: true })).toBe('Biaya (tes) (PCR) EUR10 - a/b / x2');
  });

  it('turns copy pasted from a document into one GSM-7 segment again', () => {
    const pasted =
      '\u201cJangan panik\u201d \u2014 hubungi 119\u2026 Tetap di rumah\u00a0jika sakit. \ud83d\ude4f Info: covid19.go.id';
    expect(smsSegments(pasted)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
    expect(smsSegments(toGsm7(pasted))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });

  it('always gives GSM-7 text, basic only when asked, and is idempotent', () => {
    const nasty = [...Array(0x3000).keys()].map((i) => String.fromCodePoint(i + 0x20)).join('');
    const sms = toGsm7(nasty);
    const ussd = toGsm7(nasty, { basicOnly: true });
    expect(nonGsmCharacters(sms)).toEqual([]);
    expect(isGsm7Basic(ussd)).toBe(true);
    expect(toGsm7(sms)).toBe(sms);
    expect(toGsm7(ussd, { basicOnly: true })).toBe(ussd);
  });
});

describe('isGsm7Basic and nonGsmCharacters', () => {
  it.each([
    ['Halo! Apa kabar? @ \u00a3 $ \u00a5 _ \u00e9 \u00c4 \u00df', true],
    ['baris satu\nbaris dua', true],
    ['kurung [siku]', false],
    ['\u20ac', false],
    ['\u201ckutip\u201d', false],
    ['masker \ud83d\ude37', false],
  ])('%j is basic: %s', (text, expected) => {
    expect(isGsm7Basic(text)).toBe(expected);
  });

  it('lists each offending character once, in order, with extension characters only when basicOnly', () => {
    const text = '\u201ca\u201d [b] \u201cc\u201d \ud83d\ude37 \u20ac';
    expect(nonGsmCharacters(text)).toEqual(['\u201c', '\u201d', '\ud83d\ude37']);
    expect(nonGsmCharacters(text, { basicOnly: true })).toEqual([
      '\u201c',
      '\u201d',
      '[',
      ']',
      '\ud83d\ude37',
      '\u20ac',
    ]);
  });
});

describe('smsSegments', () => {
  const gsm = (n: number) => 'a'.repeat(n);
  const ucs = (n: number) => '\u00e2'.repeat(n);
  it.each([
    ['GSM-7', gsm(SMS_SEGMENT_SINGLE), 'GSM-7', 1, 160],
    ['GSM-7', gsm(SMS_SEGMENT_SINGLE + 1), 'GSM-7', 2, 161],
    ['GSM-7', gsm(2 * SMS_SEGMENT_MULTI), 'GSM-7', 2, 306],
    ['GSM-7', gsm(2 * SMS_SEGMENT_MULTI + 1), 'GSM-7', 3, 307],
    ['UCS-2', ucs(70), 'UCS-2', 1, 70],
    ['UCS-2', ucs(71), 'UCS-2', 2, 71],
    ['UCS-2', ucs(134), 'UCS-2', 2, 134],
    ['UCS-2', ucs(135), 'UCS-2', 3, 135],
  ] as const)('%s of %#: %s, %i segment(s)', (_label, text, encoding, segments, characters) => {
    expect(smsSegments(text)).toEqual({ encoding, segments, characters });
  });

  it('counts extension characters as two', () => {
    expect(smsSegments('\u20ac'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(smsSegments(`${'\u20ac'.repeat(80)}a`)).toEqual({
      encoding: 'GSM-7',
      segments: 2,
      characters: 161,
    });
  });

  it('drops to 70 characters a segment for one non-GSM character', () => {
    expect(smsSegments(`${gsm(100)}\u2019`)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });
});

describe('fitsSms', () => {
  it.each([
    ['a', 1, true],
    ['a'.repeat(160), 1, true],
    ['a'.repeat(161), 1, false],
    ['a'.repeat(161), 2, true],
    ['a'.repeat(306), 2, true],
    ['a'.repeat(307), 2, false],
    // Extension characters count two: 153 of them do not fit one segment.
    ['['.repeat(80), 1, true],
    ['['.repeat(81), 1, false],
    // One character outside GSM-7 makes the message UCS-2, which never counts as fitting.
    ['caf\u00e9 \u2764', 1, false],
  ] as const)('%#: %j in %i segment(s) is %s, as the segment counter says', (text, segments, fits) => {
    expect(fitsSms(text, segments)).toBe(fits);
    const counted = smsSegments(text);
    expect(counted.encoding === 'GSM-7' && counted.segments <= segments).toBe(fits);
  });
});

describe('ussdLength and fitsUssdScreen', () => {
  it('counts septets', () => {
    expect(ussdLength('abc\n')).toBe(4);
    expect(ussdLength('[a]')).toBe(5);
    expect(ussdLength('\u00e9')).toBe(1);
  });

  it.each([
    ['160 basic characters', 'a'.repeat(USSD_SCREEN_MAX), true],
    ['161 basic characters', 'a'.repeat(USSD_SCREEN_MAX + 1), false],
    ['an extension character', `${'a'.repeat(10)}[`, false],
    ['a curly quote', '\u2019', false],
    ['lines and accents', `Gejala\n1 Demam\n2 Caf\u00e9`, true],
  ])('%s: %s', (_case, text, fits) => {
    expect(fitsUssdScreen(text)).toBe(fits);
  });
});

/** A seeded generator, so a failing property prints a case that reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomText(seed: number): string {
  const next = rng(seed);
  const words: string[] = [];
  const count = 1 + Math.floor(next() * 80);
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() ** 2 * 14);
    let word = [...Array(length)].map(() => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join('');
    const r = next();
    if (r < 0.12) word += '.';
    else if (r < 0.16) word += '?';
    else if (r < 0.22) word += ',';
    words.push(word);
    if (next() < 0.05) words.push('\n');
  }
  return words.join(' ');
}

const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w !== '');

const SAMPLES = [
  'Gejala paling umum: demam, batuk kering, dan lelah. Bisa juga hilang penciuman atau perasa (anosmia), sakit tenggorokan, sakit kepala, pegal, pilek, atau diare. Jika sesak napas atau nyeri dada, segera ke RS atau hubungi 119.',
  'Most people recover with rest, plenty of fluids and paracetamol for fever. Antibiotics do not kill viruses! Ask your puskesmas?',
  'Satu.\nDua dua dua.\n\n  Tiga   tiga. ',
  'pendek',
  'Cek di https://corona.banyuwangikab.go.id/informasi/terbaru/hoaks-dan-fakta-seputar-covid19 atau 112.',
];

describe('wrapToPages', () => {
  it('moves words of the last sentence over rather than leave a last page of a few words', () => {
    const text =
      'Rapid tes antibodi tidak untuk memastikan COVID-19. Tes jika bergejala atau setelah kontak erat, sesuai ' +
      'saran petugas kesehatan. Tempat dan biaya tes tidak sama di semua daerah: tanya puskesmas atau hotline (menu 2).';
    const pages = wrapToPages(text, 103);
    expect(pages.join(' ')).toBe(text);
    expect(Math.min(...pages.map((p) => p.length))).toBeGreaterThanOrEqual(103 / 4);
    expect(pages.every((p) => p.length <= 103)).toBe(true);
  });

  it('leaves a short last page when moving words would empty the page before', () => {
    const pages = wrapToPages(
      'Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas.',
      70,
    );
    expect(pages.at(-1)?.length).toBeLessThanOrEqual(70);
    expect(pages.join(' ')).toBe(
      'Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas.',
    );
  });

  const cases = [
    ...SAMPLES.flatMap((text) => [20, 40, 98, 120].map((max) => ({ text, max }))),
    ...[...Array(150).keys()].map((seed) => ({ text: randomText(seed), max: 15 + (seed % 11) * 14 })),
  ];

  it.each(cases.map((c, i) => [i, c.max, c]))(
    'case %i at %i characters: pages fit and keep every word',
    (_i, max, c) => {
      const pages = wrapToPages(c.text, max);
      for (const page of pages) {
        expect(page.length).toBeLessThanOrEqual(max);
        expect(page).not.toBe('');
        expect(page).toBe(page.trim());
      }
      if (wordsOf(c.text).every((w) => w.length <= max)) {
        expect(wordsOf(pages.join(' '))).toEqual(wordsOf(c.text));
      } else {
        expect(pages.join('').replace(/\s/g, '')).toBe(c.text.replace(/\s/g, ''));
      }
    },
  );

  it('breaks a page early only before a sentence, and only once the page is half full', () => {
    for (const c of cases.filter((x) => !x.text.includes('\n'))) {
      const pages = wrapToPages(c.text, c.max);
      // The break before the last page may instead carry words over so that page is not a few words alone.
      for (let i = 1; i < pages.length - 1; i++) {
        const previous = pages[i - 1] ?? '';
        const firstWord = wordsOf(pages[i] ?? '')[0] ?? '';
        if (`${previous} ${firstWord}`.length > c.max) continue;
        expect(previous, `${c.text} at ${c.max}`).toMatch(/[.!?]["')]*$/);
        expect(previous.length).toBeGreaterThanOrEqual(c.max / 2);
      }
    }
  });

  it('starts a sentence on a new page rather than splitting it, when the page is half full', () => {
    const text = 'Pakai masker setiap keluar rumah. Cuci tangan pakai sabun dan air mengalir.';
    expect(wrapToPages(text, 50)).toEqual([
      'Pakai masker setiap keluar rumah.',
      'Cuci tangan pakai sabun dan air mengalir.',
    ]);
  });

  it('splits a sentence between words when it cannot fit a page anyway', () => {
    const text = 'Ya. Demam, batuk kering, lelah, hilang penciuman, sakit tenggorokan.';
    expect(wrapToPages(text, 30)).toEqual([
      'Ya. Demam, batuk kering,',
      'lelah, hilang penciuman, sakit',
      'tenggorokan.',
    ]);
  });

  it('cuts inside a word only when the word is longer than a page', () => {
    expect(wrapToPages('lihat abcdefghijklmnopqrstuvwxyz ya', 10)).toEqual([
      'lihat',
      'abcdefghij',
      'klmnopqrst',
      'uvwxyz ya',
    ]);
  });

  it('keeps a line break inside a page and gives no pages for blank text', () => {
    expect(wrapToPages('1 Ya\n2 Tidak', 40)).toEqual(['1 Ya\n2 Tidak']);
    expect(wrapToPages('  \n \t ', 40)).toEqual([]);
  });

  it('rejects a page size below one character', () => {
    expect(() => wrapToPages('teks', 0)).toThrow(RangeError);
  });
});

describe('maskPhone', () => {
  it.each([
    ['+6281234567890', '+62812*****890'],
    ['6281234567890', '62812*****890'],
    ['081234567890', '0812*****890'],
    ['+62 812-3456-7890', '+62812*****890'],
    ['0857 1234 567', '0857****567'],
    ['+254712345678', '+25471****678'],
  ])('%s -> %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    '+6281234567890',
    '081234567890',
    '+62 (812) 3456-7890',
    '62812345678901234',
    '0812345',
    '12345',
    '1',
    '',
    'not a number',
    'lapor demam 081234567890',
    '+',
    '***',
  ])('%j never shows more than 9 digits, nor the middle, and does not throw', (phone) => {
    const masked = maskPhone(phone);
    const shown = masked.replace(/[^0-9]/g, '');
    const digits = phone.replace(/[^0-9]/g, '');
    expect(shown.length).toBeLessThanOrEqual(9);
    expect(shown.length).toBeLessThanOrEqual(Math.max(0, digits.length - 4));
    expect(masked).toMatch(/^\+?[0-9]*\*+[0-9]*$/);
    if (digits.length >= 8) expect(masked).not.toContain(digits.slice(-7, -3));
  });
});

describe('maskText', () => {
  it('shows the first three characters and the length only', () => {
    expect(maskText('lapor demam sejak kemarin')).toBe('lap\u2026(25)');
    expect(maskText('')).toBe('\u2026(0)');
    expect(maskText('\ud83d\ude37 batuk')).toBe('\ud83d\ude37 b\u2026(7)');
  });
});
