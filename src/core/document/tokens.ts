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

// The same without its e-mail alternative (the group kept, never matching), for a paragraph with
// no "@": where there is none, the alternative still read the whole run of e-mail-name characters
// from every token start in it to fail at its end, quadratic in the run (a 40,000-character row of
// dots: 3.4 s).
const EMAIL = String.raw`([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`;
const TOKEN_WITHOUT_EMAIL = new RegExp(TOKEN.source.replace(EMAIL, '((?!))'), TOKEN.flags);
if (TOKEN_WITHOUT_EMAIL.source === TOKEN.source) throw new Error('tokens: the e-mail alternative was not found in TOKEN');

/** Marks that end a sentence. */
const SENTENCE_END = /^[.!?…]$/;

/**
 * ASCII characters by what the fast path below may do at them: 1, a letter; 2, a character after
 * which an ASCII word ends and that no other kind of token can join (whitespace and punctuation
 * outside the e-mail, number and word classes); 3, such punctuation, a token by itself.
 */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = 1;
for (const ch of ' \t\n\r\f\v') ASCII_CLASS[ch.charCodeAt(0)] = 2;
for (const ch of ',;:!?()[]"') ASCII_CLASS[ch.charCodeAt(0)] = 3;

/**
 * Where the run of ASCII e-mail-name characters from `i` ends, and whether an e-mail address could
 * start in it: the run reaches an "@" (or a character the ASCII check cannot judge).
 */
function emailRun(text: string, i: number): { end: number; may: boolean } {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 64) return { end: k, may: true };
    if (c >= 128) return { end: k, may: true };
    const cls = ASCII_CLASS[c];
    if (cls === 1 || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) continue;
    return { end: k, may: false };
  }
  return { end: text.length, may: false };
}

/**
 * Cuts a paragraph into tokens. Most tokens are plain ASCII words followed by a space or a
 * punctuation mark, and single punctuation marks: those are cut by hand, exactly where
 * {@link TOKEN} would cut them (a word that no URL, e-mail address or number can start at, ending
 * where no letter, mark, apostrophe, hyphen, digit or e-mail character follows); everything else
 * by the expression itself.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let re: RegExp | undefined;
  const n = text.length;
  const hasAt = text.includes('@');
  // The run emailRun last read: every start inside it gets the same answer (read once, not from
  // each word of a long dotted run to its end).
  let run = { start: -1, end: -1, may: false };
  const mayBeEmail = (at: number) => {
    if (!hasAt) return false;
    if (at < run.start || at >= run.end) run = { start: at, ...emailRun(text, at) };
    return run.may;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c] : 0;
    if (cls === 2) {
      i++;
      continue;
    }
    let kind: TokenKind | undefined;
    let end = i;
    if (cls === 1 && !(c === 104 && text.startsWith('http', i)) && !(c === 119 && text.startsWith('www.', i))) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) < 128 && ASCII_CLASS[text.charCodeAt(j)] === 1) j++;
      const after = j < n ? text.charCodeAt(j) : -1;
      // After the word: the end, whitespace or lone punctuation; or a full stop not followed by
      // anything an e-mail address could hold.
      const ends = after < 0 || (after < 128 && ASCII_CLASS[after] >= 2) || (after === 46 && !mayBeEmail(i));
      if (ends) {
        kind = 'word';
        end = j;
      }
    } else if (cls === 3) {
      kind = 'punct';
      end = i + 1;
    }
    if (kind === undefined) {
      re ??= new RegExp(hasAt ? TOKEN.source : TOKEN_WITHOUT_EMAIL.source, TOKEN.flags);
      re.lastIndex = i;
      const match = re.exec(text);
      if (!match) break;
      // Numbered groups, not named ones: a groups object per token costs on long texts.
      kind = match[1] ? 'url' : match[2] ? 'email' : match[3] ? 'number' : match[4] ? 'word' : 'punct';
      i = match.index;
      end = i + match[0].length;
    }
    const token: Token = { kind, text: text.slice(i, end), start: i, end, sentenceStart: false };
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
    i = end;
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
