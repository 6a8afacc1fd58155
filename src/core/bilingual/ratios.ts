/** How long an English translation runs per source character, by source language. */
import ratioData from './data/length-ratios.json';
import { RuleDataError } from '../rules/data/validate';
import { tableLanguage } from './language';

const FILE = 'src/core/bilingual/data/length-ratios.json';

function readRatios(data: unknown): Map<string, number> {
  const ratios = (data as { ratios?: unknown }).ratios;
  if (typeof ratios !== 'object' || ratios === null || !Object.values(ratios).every((r) => typeof r === 'number' && r > 0)) {
    throw new RuleDataError(`${FILE}: expected "ratios" to map language codes to positive numbers.`);
  }
  return new Map(Object.entries(ratios as Record<string, number>));
}

const RATIOS = readRatios(ratioData);

/** English characters per source character (spaces not counted) for `language`, or undefined when not listed. */
export function expectedRatio(language: string): number | undefined {
  return RATIOS.get(tableLanguage(language));
}

const LATIN = new Set(['eng', 'fra', 'spa', 'por', 'ita', 'deu', 'nld', 'pol', 'tur', 'ind', 'vie']);

/**
 * The length an English translation of `text` should have, in characters without spaces, or
 * undefined when the language's ratio is not known. In a source in another script the ratio
 * applies to that script's letters; digits, Latin letters and punctuation carry over one for one.
 */
export function expectedLength(text: string, language: string): number | undefined {
  const ratio = expectedRatio(language);
  if (ratio === undefined) return undefined;
  const all = lengthWithoutSpaces(text);
  if (LATIN.has(tableLanguage(language))) return all * ratio;
  const letters = otherLetters(text);
  return letters * ratio + (all - letters);
}

/** A text's length without its white space (what \s matches), in UTF-16 units: `text.replace(/\s+/g, '').length`. */
export function lengthWithoutSpaces(text: string): number {
  return text.length - spaces(text);
}

/** How many of a text's UTF-16 units are white space. */
function spaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) n++;
    // Beyond ASCII, white space is U+00A0, U+1680, U+2000 to U+3000 (some of them) and U+FEFF.
    else if ((c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff) && WHITE.test(text[i])) n++;
  }
  return n;
}

const WHITE = /^\s$/;

/** How many of a text's characters are letters of a script other than Latin (each character's class read once per text). */
function otherLetters(text: string): number {
  let n = 0;
  const known = new Map<number, boolean>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters are Latin, the rest of ASCII no letter.
    if (c < 0x80) continue;
    // Han ideographs and Hangul syllables, most of a Chinese or Korean text: letters, none Latin.
    if ((c >= 0x4e00 && c <= 0x9fef) || (c >= 0xac00 && c <= 0xd7a3)) {
      n++;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    let letter = known.get(code);
    if (letter === undefined) known.set(code, (letter = OTHER_LETTER.test(String.fromCodePoint(code))));
    if (letter) n++;
  }
  return n;
}

const OTHER_LETTER = /^[^\P{L}\p{Script=Latin}]$/u;
