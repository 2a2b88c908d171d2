import { SegmentedMessage } from 'sms-segments-calculator';
import smartEncodingModule from 'sms-segments-calculator/dist/libs/SmartEncodingMap.js';
import unicodeToGsmModule from 'sms-segments-calculator/dist/libs/UnicodeToGSM.js';

/**
 * The text budget: every text the line shows or sends passes through here, so that one stray curly
 * quote cannot halve a USSD screen or an SMS segment (a single non-GSM character switches the whole
 * message to UCS-2: 70 characters a segment instead of 160).
 */

/** Characters on one USSD screen, option lines included (Safaricom's limit, the tightest published). */
export const USSD_SCREEN_MAX = 160;
/** GSM-7 septets in a single-segment SMS. */
export const SMS_SEGMENT_SINGLE = 160;
/** GSM-7 septets in each part of a concatenated SMS (the rest carries the part header). */
export const SMS_SEGMENT_MULTI = 153;

/**
 * The library ships its GSM tables only as CommonJS `exports.default`. Node's ESM loader (and the esbuild
 * bundle) hand over the whole `module.exports`, CommonJS-mode loaders (`tsx -e`) unwrap it: accept both.
 */
function cjsDefault<T extends object>(mod: { default: T }): T {
  const inner: unknown = mod.default;
  return (typeof inner === 'object' && inner !== null ? inner : mod) as T;
}

const unicodeToGsm: Readonly<Record<string, readonly number[]>> = cjsDefault(unicodeToGsmModule);
const smartEncoding: Readonly<Record<string, string>> = cjsDefault(smartEncodingModule);

/** GSM 03.38 basic set: one septet each. */
const GSM_BASIC = new Set<string>();
/** GSM 03.38 extension table: an escape plus one septet, and some handsets show them wrongly. */
const GSM_EXTENSION = new Set<string>();
for (const [code, septets] of Object.entries(unicodeToGsm)) {
  (septets.length === 1 ? GSM_BASIC : GSM_EXTENSION).add(String.fromCharCode(Number(code)));
}

/**
 * What the library's smart-encoding map leaves out but real copy contains: bullets and arrows pasted
 * from documents, letters that Unicode does not decompose, and invisible joiners left by emoji.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u00ad': '',
  '\u00b0': '',
  '\u00b7': '-',
  '\u00d7': 'x',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0152': 'OE',
  '\u0153': 'oe',
  '\u00d0': 'D',
  '\u00f0': 'd',
  '\u00de': 'Th',
  '\u00fe': 'th',
  '\u200d': '',
  '\u2011': '-',
  '\u2012': '-',
  '\u2023': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2212': '-',
  '\u2219': '-',
  '\u25aa': '-',
  '\u25cf': '-',
  '\u25e6': '-',
};

/** Basic-set stand-ins for the extension table, for USSD screens. */
const EXTENSION_TO_BASIC: Readonly<Record<string, string>> = {
  '\f': '\n',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '\\': '/',
  '|': '/',
  '~': '-',
  '^': '',
  '\u20ac': 'EUR',
};

function isGsmChar(char: string): boolean {
  return GSM_BASIC.has(char) || GSM_EXTENSION.has(char);
}

/** A single replacement from the library's map or ours; undefined when neither knows the character. */
function replacementOf(char: string): string | undefined {
  return smartEncoding[char] ?? SUPPLEMENT[char];
}

function gsmOf(char: string): string {
  if (isGsmChar(char)) return char;
  const replaced = replacementOf(char);
  if (replaced !== undefined) return replaced;
  // Accented letters outside GSM (â, ç, ō) and compatibility forms (ﬁ, ², fullwidth) lose their marks;
  // what is still not GSM after that (emoji, other scripts) has no honest stand-in and is dropped.
  const decomposed = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed === char) return '';
  return [...decomposed].map((c) => (isGsmChar(c) ? c : (replacementOf(c) ?? ''))).join('');
}

/** Options for {@link toGsm7} and {@link nonGsmCharacters}. */
export interface Gsm7Options {
  /**
   * Only the basic set: what a USSD screen needs (extension characters cost two septets and some
   * handsets draw them wrongly). SMS may keep them.
   */
  basicOnly?: boolean;
}

/**
 * Normalises text to GSM-7 so an SMS stays at 160 characters a segment: typographic quotes, dashes,
 * ellipses, bullets and odd spaces become their plain forms, accented letters outside GSM lose their
 * accents (é, ü, ñ are GSM and stay), emoji and other scripts are dropped, CRLF becomes LF, runs of
 * spaces collapse to one (line breaks are kept) and the ends are trimmed.
 *
 * @param options `basicOnly` also replaces the extension table (`[ ] { } \ | ~ ^ €`) for USSD screens.
 */
export function toGsm7(text: string, options: Gsm7Options = {}): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const gsm = gsmOf(char);
    out += options.basicOnly ? [...gsm].map((c) => EXTENSION_TO_BASIC[c] ?? c).join('') : gsm;
  }
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** True when every character is in the GSM-7 basic set (line breaks included): safe for a USSD screen. */
export function isGsm7Basic(text: string): boolean {
  for (const char of text) if (!GSM_BASIC.has(char)) return false;
  return true;
}

/**
 * The distinct characters that would force UCS-2 (or, with `basicOnly`, that are not in the basic
 * set), in order of first appearance: for error messages that say exactly what to fix.
 */
export function nonGsmCharacters(text: string, options: Gsm7Options = {}): string[] {
  const allowed = options.basicOnly ? (c: string) => GSM_BASIC.has(c) : isGsmChar;
  const found = new Set<string>();
  for (const char of text) if (!allowed(char)) found.add(char);
  return [...found];
}

/** How an SMS would be sent: its encoding, parts, and length in that encoding's characters. */
export interface SmsSegments {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** GSM-7 septets (extension characters count 2), or UCS-2 characters. */
  characters: number;
}

/**
 * Counts the segments an SMS takes, as sent (no smart encoding): normalise with {@link toGsm7} first
 * if that is what will be sent.
 */
export function smsSegments(text: string): SmsSegments {
  const message = new SegmentedMessage(text);
  return {
    encoding: message.encodingName,
    segments: message.segmentsCount,
    characters: message.numberOfCharacters,
  };
}

/** True when the text, as sent, is GSM-7 and fits `segments` segments. */
export function fitsSms(text: string, segments: 1 | 2): boolean {
  // The basic set is one septet a character: the segment rule is plain arithmetic, no encoder needed.
  if (isGsm7Basic(text)) {
    return text.length <= (segments === 1 ? SMS_SEGMENT_SINGLE : SMS_SEGMENT_MULTI * segments);
  }
  const counted = smsSegments(text);
  return counted.encoding === 'GSM-7' && counted.segments <= segments;
}

/**
 * Length of a USSD text in GSM-7 septets: extension characters count 2. Characters outside GSM count
 * their UTF-16 units; such text never fits a screen anyway (see {@link fitsUssdScreen}).
 */
export function ussdLength(text: string): number {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENSION.has(char)) septets += 2;
    else septets += char.length;
  }
  return septets;
}

/** True when the text can be one USSD screen: basic GSM-7 only and at most {@link USSD_SCREEN_MAX}. */
export function fitsUssdScreen(text: string): boolean {
  return isGsm7Basic(text) && ussdLength(text) <= USSD_SCREEN_MAX;
}

interface Word {
  text: string;
  /** What joins it to the previous word on the same page: a line break is kept as one. */
  sep: ' ' | '\n';
  /** Length of the sentence (or line) this word starts; 0 when it does not start one. */
  sentence: number;
}

/** Sentence ends: `.`, `!` or `?`, possibly followed by a closing bracket or quote. */
const SENTENCE_END = /[.!?]["')]*$/;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const line of lines) {
    const tokens = line.split(/\s+/);
    let start = words.length;
    tokens.forEach((token, i) => {
      const startsSentence = i === 0 || SENTENCE_END.test(tokens[i - 1] ?? '');
      if (startsSentence) start = words.length;
      words.push({ text: token, sep: i === 0 ? '\n' : ' ', sentence: 0 });
      const first = words[start];
      if (first) first.sentence += (startsSentence ? 0 : 1) + token.length;
    });
  }
  return words;
}

/**
 * Splits running text into pages of at most `maxChars` characters for USSD. A sentence (or line) that
 * does not fit the rest of a page starts the next one, unless that would leave the page less than half
 * full; otherwise pages break between words, and inside a word only when the word alone is longer than
 * a page. Pages are trimmed and never empty; line breaks inside a page are kept.
 *
 * @throws RangeError when `maxChars` is less than 1.
 */
export function wrapToPages(text: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new RangeError(`wrapToPages: maxChars must be a positive integer, got ${maxChars}`);
  }
  const pages: string[] = [];
  let page = '';
  const flush = (): void => {
    if (page !== '') pages.push(page);
    page = '';
  };
  for (const word of wordsOf(text)) {
    if (page !== '' && word.sentence > 0) {
      const fitsHere = page.length + 1 + word.sentence <= maxChars;
      const fitsOwnPage = word.sentence <= maxChars;
      if (!fitsHere && fitsOwnPage && page.length >= maxChars / 2) flush();
    }
    if (word.text.length > maxChars) {
      // Only a single word longer than a page (a URL) is cut, and it starts on a fresh page.
      flush();
      for (let i = 0; i < word.text.length; i += maxChars) {
        page = word.text.slice(i, i + maxChars);
        if (i + maxChars < word.text.length) flush();
      }
      continue;
    }
    if (page === '') page = word.text;
    else if (page.length + 1 + word.text.length <= maxChars) page += word.sep + word.text;
    else {
      flush();
      page = word.text;
    }
  }
  flush();
  return withoutOrphan(pages, maxChars);
}

/**
 * A last page of a few words ("(4/4) 119.") costs a caller a hop for nothing: words of the sentence it
 * ends move over with it, back to that sentence's start if the page before stays at least half full.
 */
function withoutOrphan(pages: string[], maxChars: number): string[] {
  const last = pages.at(-1);
  const before = pages.at(-2);
  if (last === undefined || before === undefined || last.length >= maxChars / 4) return pages;
  const kept = before.split(' ');
  let moved = last;
  while (kept.length > 1) {
    const word = kept.at(-1) ?? '';
    if (SENTENCE_END.test(word) || word.includes('\n')) break;
    const rest = kept.slice(0, -1).join(' ');
    if (rest.length < maxChars / 2 || moved.length + 1 + word.length > maxChars) break;
    moved = `${word} ${moved}`;
    kept.pop();
  }
  return [...pages.slice(0, -2), kept.join(' '), moved];
}

/** Digits shown before the mask: `0` + operator code, or country code + operator code. */
function visibleLead(digits: string): number {
  return digits.startsWith('0') ? 4 : 5;
}
const VISIBLE_TAIL = 3;
/** Never fewer digits hidden than this, so a short number is not shown almost whole. */
const MIN_MASKED = 4;

/**
 * Masks a phone number for logs: keeps the prefix (`+62812`, `0812`) and the last three digits, e.g.
 * `+6281234567890` -> `+62812*****890`. Separators are dropped; short numbers show less, and input
 * without digits becomes `***`, so a mistyped field cannot leak into the logs either.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  if (digits === '') return '***';
  let lead = visibleLead(digits);
  let tail = VISIBLE_TAIL;
  while (digits.length - lead - tail < MIN_MASKED && lead + tail > 0) {
    if (lead >= tail) lead -= 1;
    else tail -= 1;
  }
  const plus = phone.trim().startsWith('+') ? '+' : '';
  const masked = '*'.repeat(digits.length - lead - tail);
  return `${plus}${digits.slice(0, lead)}${masked}${digits.slice(digits.length - tail)}`;
}

/** Masks a user's text for logs: its first three characters and its length, e.g. `lap…(23)`. */
export function maskText(text: string): string {
  const chars = [...text];
  return `${chars.slice(0, 3).join('')}…(${chars.length})`;
}
