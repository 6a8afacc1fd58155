/**
 * Word tokens with offsets. A paragraph is cut into words, numbers, URLs, e-mail addresses and
 * single punctuation marks; whitespace is not a token (the spacing rule reads the raw text).
 */

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'punct';

/** One token; offsets are relative to the paragraph it belongs to. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** True for the first word of a sentence (its capital says nothing about being a name). */
  sentenceStart: boolean;
}

// Groups in order: url (also @handles and #hashtags), email, number, word, punct. URLs and e-mail
// addresses come before words;
// words may hold apostrophes and hyphens (possessives, contractions, compounds) but must start and
// end with a letter.
const TOKEN =
  /(https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]|www\.[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]{2,})|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|([\p{L}]*\p{N}[\p{L}\p{N}]*(?:[.,:]\p{N}+|[/‑-][\p{L}\p{N}]+)*)|(\p{L}[\p{L}\p{M}]*(?:['’‑-]\p{L}[\p{L}\p{M}]*)*(?:['’](?=\s|$|[.,;:!?)”"]))?)|(\S)/gu;

/** Marks that end a sentence. */
const SENTENCE_END = /^[.!?…]$/;

/** Cuts a paragraph into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  for (const match of text.matchAll(TOKEN)) {
    // Numbered groups, not named ones: a groups object per token costs on long texts.
    const kind: TokenKind = match[1] ? 'url' : match[2] ? 'email' : match[3] ? 'number' : match[4] ? 'word' : 'punct';
    const start = match.index ?? 0;
    const token: Token = { kind, text: match[0], start, end: start + match[0].length, sentenceStart: false };
    if (kind === 'word' || kind === 'number') {
      token.sentenceStart = atStart;
      atStart = false;
    } else if (kind === 'punct' && SENTENCE_END.test(token.text)) {
      atStart = true;
    } else if (kind === 'punct' && token.text === ':') {
      // "He said: Iraq ..." — a capital after a colon may start a quoted sentence.
      atStart = true;
    }
    tokens.push(token);
  }
  return tokens;
}

/** Whether a word is written in capitals only (an acronym or an ALL-CAPS credit line). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
