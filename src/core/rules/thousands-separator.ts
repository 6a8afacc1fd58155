/**
 * A count or a sum of four digits written without its thousands separator: "4300 yuan", "1080
 * days", "$2500", where English news copy writes "4,300", "1,080", "$2,500" (five digits and more
 * always take one, and the article's other figures usually do). Only a number that counts things or
 * money is flagged, as the word after it or the currency before it shows (data/counted-nouns.json):
 * a year ("in 2021 people returned"), a measure in SI style ("1214 km"), a code or a number in a name
 * ("Room 2305", "Flight 1095") and a number already grouped ("4,300") are left alone. A figure
 * grouped with points or spaces, as the source language groups it ("1.200 people", "4 500
 * officers"), is flagged with commas.
 */
import type { Token } from '../document';
import data from './data/counted-nouns.json';
import { readStrings } from './data/validate';
import { quote, eachParagraph, type LocalFinding, type Rule } from './types';

const FILE = 'src/core/rules/data/counted-nouns.json';
const COUNTED = new Set(readStrings(data, 'counted', FILE));
const CODE_WORDS = new Set(readStrings(data, 'codeWords', FILE).map((w) => w.toLowerCase()));

const FOUR_DIGITS = /^[1-9]\d{3}$/;
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽]|\b(?:US|HK|S|A|C|NZ)\$|\b(?:RMB|CNY|USD|EUR|GBP|JPY|HKD|INR|KRW)\s?)$/u;
// Words before a year: "in 2021 people …", "since 1998 students …".
const YEAR_BEFORE =
  /\b(?:in|since|by|until|till|from|of|before|after|during|to|through|between|and|or|early|late|mid|spring|summer|autumn|fall|winter|year|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$/iu;

/** Whether the four-digit number token `t` counts things or money (and is no year or code). */
function isCountOrSum(t: Token, next: Token | undefined, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  // Part of a longer figure or code: "1.4300", "A-4300", "#1095", "10/2500".
  if (/[\p{L}\p{N}.,:/#‑-]$/u.test(before) || /^[\p{L}\p{N}/‑-]/u.test(text.slice(t.end, t.end + 1))) return false;
  const previous = /(\p{L}+)\.?\s$/u.exec(before)?.[1];
  if (previous && CODE_WORDS.has(previous.toLowerCase())) return false;
  if (CURRENCY_BEFORE.test(before)) return true;
  const counted = next !== undefined && next.kind === 'word' && next.start === t.end + 1 && COUNTED.has(next.text);
  if (!counted) return false;
  const n = Number(t.text);
  // "In 2021 students returned": a year before a plural noun.
  return !(n >= 1800 && n <= 2100 && (YEAR_BEFORE.test(before) || t.sentenceStart));
}

// A figure grouped the way the source language groups it: points ("1.200 people", "2.500.000")
// or spaces ("4 500 officers", "4\u202f500"), where English copy writes commas.
const FOREIGN_GROUPS = /(?<![\p{L}\p{N}.,:/#‑-])([1-9]\d{0,2})((?:\.\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+)(?![\p{N}\p{L}]|[.,]\d)/gu;
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$/u;

/**
 * Whether the figure at `match` (see FOREIGN_GROUPS) is one number grouped with points or spaces:
 * two points or a no-break or thin space always are; one point ("1.200", which English reads as a
 * decimal) and a plain space ("4 500", which may be two numbers) only in a count or a sum, and a
 * space not after a date or a code word ("May 5 200 people", "Article 3 150 ...").
 */
function foreignGrouping(match: RegExpExecArray, text: string): boolean {
  const groups = match[2];
  const start = match.index ?? 0;
  const end = start + match[0].length;
  if (groups.startsWith('.') && groups.length > 4) return true;
  if (/^[\u00a0\u202f\u2009]/.test(groups)) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = /^\s(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
  const previous = /(\p{L}+)\.?\s$/u.exec(before)?.[1];
  if (previous && CODE_WORDS.has(previous.toLowerCase())) return false;
  if (groups.startsWith(' ') && MONTH_BEFORE.test(before)) return false;
  // "USD 1.427 billion", "1.250%": a decimal point.
  if (groups.startsWith('.') && /^\s?(?:%|(?:million|billion|trillion|thousand|bn|mn|m|crore|lakh)\b)/iu.test(text.slice(end, end + 12))) return false;
  return CURRENCY_BEFORE.test(before) || (after !== undefined && COUNTED.has(after));
}

/** "4300" → "4,300". */
function grouped(digits: string): string {
  return `${digits[0]},${digits.slice(1)}`;
}

const rule: Rule = {
  id: 'thousands-separator',
  category: 'punctuation',
  description: 'A count or sum of four digits without its thousands comma ("4300 yuan", "1080 days" → "4,300", "1,080").',
  defaultSeverity: 'warning',
  check(doc) {
    return eachParagraph(doc, 'thousands-separator', (p) => {
      const { tokens, text } = p.analysis;
      const found: LocalFinding[] = [];
      if (/\d[. \u00a0\u202f\u2009]\d{3}/.test(text)) {
        for (const m of text.matchAll(FOREIGN_GROUPS)) {
          if (!foreignGrouping(m, text)) continue;
          const figure = m[1] + m[2].replace(/[. \u00a0\u202f\u2009]/g, ',');
          found.push({
            start: m.index ?? 0,
            end: (m.index ?? 0) + m[0].length,
            message: `${quote(m[0])} is grouped the way another language groups thousands: English copy writes ${quote(figure)}`,
            suggestions: [figure],
          });
        }
      }
      tokens.forEach((t, i) => {
        if (t.kind !== 'number' || !FOUR_DIGITS.test(t.text) || !isCountOrSum(t, tokens[i + 1], text)) return;
        found.push({
          start: t.start,
          end: t.end,
          message: `${quote(t.text)} without a thousands separator: English copy writes ${quote(grouped(t.text))}`,
          suggestions: [grouped(t.text)],
        });
      });
      return found;
    });
  },
};

export default rule;
