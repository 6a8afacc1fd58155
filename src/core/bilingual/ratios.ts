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
  const all = text.replace(/\s+/g, '').length;
  if (LATIN.has(tableLanguage(language))) return all * ratio;
  let letters = 0;
  for (const m of text.matchAll(/[^\P{L}\p{Script=Latin}]/gu)) if (m) letters++;
  return letters * ratio + (all - letters);
}
