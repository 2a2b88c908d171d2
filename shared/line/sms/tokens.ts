/** The words of an inbound SMS as the readers of this folder compare them. */

/** A word of the message, where it stands in the text, and its folded form for matching. */
export interface Token {
  /** Lowercase, as typed otherwise: what a place name is looked up by. */
  readonly word: string;
  /** The text between the previous word and this one: a comma there separates parts. */
  readonly gap: string;
  /** Lowercase, accents dropped, repeated letters collapsed: `STOPP` and `Bantuaan` meet `stop`, `bantuan`. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** `leetText`: the message writes digits for letters elsewhere, so one ending a word is a letter too. */
export function fold(word: string, leetText = false): string {
  return unLeet(word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), leetText).replace(
    /(\p{L})\1+/gu,
    '$1',
  );
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
};

/**
 * Digits written for letters inside a word: "j4ngan", "l4gi", "s70p" (not "kn95", "covid19", "5m").
 * `leetText`: the text writes them so elsewhere ("g4 usah l4gi"), so a digit ending a word is a letter too.
 */
export function unLeet(text: string, leetText = false): string {
  // "0b4t 4p4": in such a text a word may start with one too; "5T0P", "h4pu5": and 5 is an s;
  // "8erhenti": and 8 a b.
  const wordPattern = leetText ? /[0134578]*\p{L}[\p{L}\p{N}]*/gu : /\p{L}[\p{L}\p{N}]*/gu;
  return text.replace(wordPattern, (typed) => {
    // "c0vid19": a number ending the word with a digit no letter is written as is a number.
    const number = (leetText ? /\d*[2689]\d*$/ : /\d*[25689]\d*$/).exec(typed)?.[0] ?? '';
    const word = typed.slice(0, typed.length - number.length);
    // "c4r4": with two or more, a digit ending the word is a letter too.
    const many = leetText || (word.match(/[01347]/g) ?? []).length >= 2;
    // "s70p": with two or more, one may follow another.
    const inside = leetText
      ? /(?<=[\p{L}0134578]|^)[0134578]/gu
      : many
        ? /(?<=[\p{L}01347]|^)[01347]/gu
        : /(?<=\p{L})[01347](?=\p{L})/gu;
    return word.replace(inside, (digit) => LEET[digit] ?? digit) + number;
  });
}

/** A letter, a digit written for one, and a letter: the text writes digits for letters. */
export function writesLeet(text: string): boolean {
  return /\p{L}[013457]\p{L}/u.test(text);
}

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const leetText = writesLeet(text);
  let previousEnd = 0;
  // "don't", "can't": one word, as "dont" and "cant" are.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019]t(?![\p{L}\p{N}]))?/gu)) {
    for (const part of camelParts(m[0], m.index)) {
      const end = part.start + part.text.length;
      tokens.push({
        word: part.text.toLowerCase(),
        gap: text.slice(previousEnd, part.start),
        key: fold(part.text.replace(/['\u2019]/g, ''), leetText),
        start: part.start,
        end,
      });
      previousEnd = end;
    }
  }
  return tokens;
}

/**
 * "janganKirimLagiYa": words run together, each after the first capitalised, are the words; a name
 * with one capital inside ("WhatsApp", "McDonald") stays one.
 */
function camelParts(word: string, start: number): { text: string; start: number }[] {
  // Not "bRhEnTi": letters of alternating case are one word.
  if (!/^\p{Ll}{2,}(?:\p{Lu}\p{Ll}+){2,}$/u.test(word)) return [{ text: word, start }];
  return [...word.matchAll(/\p{Lu}?\p{Ll}+/gu)].map((p) => ({ text: p[0], start: start + p.index }));
}

/** A set of words as they are compared: folded. */
export function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map((word) => fold(word)));
}

/** Optimal string alignment distance (Levenshtein with adjacent swaps), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/**
 * A word's consonants as texting writes them, vowels left out ("krm psn" for "kirim pesan"): vowels
 * gone, "ng" as "g", a doubled letter once ("lgnn" for "langganan").
 */
export function consonantsOf(word: string): string {
  return word
    .replace(/[aeiou]/g, '')
    .replace(/ng/g, 'g')
    .replace(/(.)\1+/g, '$1');
}

/** Every letter of `short` appears in `long`, in the same order. */
export function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
}
