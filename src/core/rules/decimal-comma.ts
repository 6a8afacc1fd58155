/**
 * A decimal comma left from the source language: "3,6 million", "0,8%", "27,4 per cent",
 * "1.234,56 euros", where English writes a point ("3.6 million", "1,234.56"). A comma before three
 * digits is a thousands separator ("1,200", "200,000") and is never flagged. "1,5" alone may be a
 * list ("pages 1,5"; "3,4 and 5") or "two or three" ("2,3 days"), so a one-digit fraction needs
 * evidence: a leading zero, a unit, a percentage or a magnitude after it, or a currency before it.
 */
import type { Token } from '../document';
import { quote, eachParagraph, type LocalFinding, type Rule } from './types';

// A number written with a decimal comma: "3,6", "340,75", "1.234,56" (one token).
const CANDIDATE = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/;
// What makes the number a quantity beyond doubt.
const STRONG_AFTER =
  /^\s?(?:%|‰|per ?cent\b|percent\b|percentage points?\b|(?:million|billion|trillion|thousand|bn|mn|crore|lakh)\b|(?:km|km2|kg|mg|g|m|cm|mm|ml|l|t|MB|GB|TB|KB|kW|MW|GW|kWh|Hz|MHz|GHz|mph|km\/h|°C|°F|°|ha|sq)\b|(?:metres?|meters?|kilometres?|kilometers?|miles?|tonnes?|tons?|litres?|liters?|grams?|kilograms?|hectares?|degrees?|euros?|dollars?|pounds?|yuan|renminbi|rubles?|roubles?|lei|yen|rupees?|francs?|kronor|krona|zloty|forints?|pesos?|reais|rand|lira|liras)\b)/iu;
const STRONG_BEFORE = /(?:[€$£¥₹₽₩]|\b(?:EUR|USD|RMB|CNY|GBP|JPY|RUB|INR|KRW|Rs\.?|US\$|HK\$))\s?$/u;
// A following word that continues a list or a range rather than naming what is counted.
const LIST_WORD = /^\s(?:and|or|to|through|till|until|nor|but|then|than|of)\b/iu;
// Words before a list of numbers: "pages 3,4", "chapters 1,5".
const LIST_BEFORE = /\b(?:pages?|pp\.?|chapters?|articles?|verses?|items?|sections?|paragraphs?|clauses?|numbers?|nos?\.?|rooms?|seats?|lanes?|platforms?|rounds?|games?|matches|grades?|classes|columns?|rows?|figures?|tables?|points)\s*$/iu;

/** Whether a number token with a decimal comma reads as one decimal number (not a list). */
function isDecimal(t: Token, text: string): boolean | 'if-range' {
  const m = CANDIDATE.exec(t.text);
  if (!m) return false;
  const [, whole, fraction] = m;
  const after = text.slice(t.end, t.end + 40);
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  // "v1,2", "A4,5": part of a code.
  if (/[\p{L}\p{N}.,]$/u.test(before)) return false;
  if (/^[,.]?\d/.test(after) || /^[-‑–/]/.test(after)) return false;
  if (STRONG_AFTER.test(after) || STRONG_BEFORE.test(before) || /^0\d*$/.test(whole)) return true;
  if (LIST_BEFORE.test(before)) return false;
  // "1990,91": a range of years.
  if (/^(?:1[89]|20)\d\d$/.test(whole)) return false;
  const next = /^\s(\p{Ll}+)/u.exec(after);
  const listy = LIST_WORD.test(after);
  if (fraction.length === 2) return listy ? 'if-range' : true;
  // One digit after the comma: "3,8 inhabitants" is a decimal, but "2,3 days" may mean two or three.
  const consecutive = whole.length === 1 && Number(fraction) === Number(whole) + 1;
  if (next && !listy && !consecutive) return true;
  return listy ? 'if-range' : false;
}

/** The English form: point for the comma, commas for the dots that grouped thousands. */
function english(number: string): string {
  const [whole, fraction] = number.split(',');
  return `${whole.replace(/\./g, ',')}.${fraction}`;
}

const rule: Rule = {
  id: 'decimal-comma',
  category: 'punctuation',
  description: 'A decimal comma from the source language ("3,6 million", "0,8%") where English writes a point.',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'decimal-comma', (p) => {
      const text = p.analysis.text;
      if (!text.includes(',')) return [];
      const numbers = p.analysis.tokens.filter((t) => t.kind === 'number' && t.text.includes(','));
      const verdicts = numbers.map((t) => isDecimal(t, text));
      const found: LocalFinding[] = [];
      numbers.forEach((t, i) => {
        let verdict = verdicts[i];
        // "between 3,5 and 4,2 million": the first end of a range of decimals is one too.
        if (verdict === 'if-range') {
          const rest = text.slice(t.end, (numbers[i + 1]?.start ?? t.end) + 1);
          verdict = verdicts[i + 1] === true && /^\s(?:and|or|to|through)\s\d$/iu.test(rest);
        }
        if (verdict !== true) return;
        found.push({
          start: t.start,
          end: t.end,
          message: `Decimal comma in ${quote(t.text)}: English writes a decimal point`,
          suggestions: [english(t.text)],
        });
      });
      return found;
    });
  },
};

export default rule;
