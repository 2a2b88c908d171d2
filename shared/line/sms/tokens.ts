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

export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\1+/gu, '$1');
}

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // "don't", "can't": one word, as "dont" and "cant" are.
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019]t(?![\p{L}\p{N}]))?/gu)) {
    const end = m.index + m[0].length;
    tokens.push({
      word: m[0].toLowerCase(),
      gap: text.slice(previousEnd, m.index),
      key: fold(m[0].replace(/['\u2019]/g, '')),
      start: m.index,
      end,
    });
    previousEnd = end;
  }
  return tokens;
}

/** A set of words as they are compared: folded. */
export function foldedSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(fold));
}
