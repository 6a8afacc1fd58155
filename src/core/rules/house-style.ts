/**
 * The newsroom's house style (`verso check --rules FILE`): preferred terms in place of their
 * variants ("ISIS", not "ISIL"), and words never to use. Off until a house-style file is given.
 */
import { eachParagraph, quote, type LocalFinding, type Rule, type HouseStyle } from './types';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a whole-word pattern; case-insensitive unless the term has capitals ("IS" ≠ "is"). */
function termPattern(term: string): RegExp {
  const flags = /\p{Lu}/u.test(term) ? 'gu' : 'giu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, flags);
}

interface CompiledStyle {
  checks: { regex: RegExp; message: string; suggestion?: string }[];
}

const compiled = new WeakMap<HouseStyle, CompiledStyle>();

function compile(style: HouseStyle): CompiledStyle {
  let c = compiled.get(style);
  if (c) return c;
  c = { checks: [] };
  for (const t of style.terms) {
    for (const v of t.variants) {
      c.checks.push({ regex: termPattern(v), message: `House style: ${quote(t.preferred)}, not ${quote(v)}${t.note ? ` (${t.note})` : ''}`, suggestion: t.preferred });
    }
  }
  for (const f of style.forbidden) {
    c.checks.push({ regex: termPattern(f.term), message: `House style: avoid ${quote(f.term)}${f.note ? ` (${f.note})` : ''}`, suggestion: f.suggestion });
  }
  compiled.set(style, c);
  return c;
}

const rule: Rule = {
  id: 'house-style',
  category: 'terminology',
  description: 'Terms the house-style file (--rules FILE) prefers, and words it forbids.',
  defaultSeverity: 'warning',
  check(doc, context) {
    const style = context.houseStyle;
    if (!style) return [];
    const { checks } = compile(style);
    return eachParagraph(doc, `house-style|${context.settingsKey}`, (p) => {
      const found: LocalFinding[] = [];
      for (const { regex, message, suggestion } of checks) {
        for (const m of p.analysis.text.matchAll(regex)) {
          let fix = suggestion;
          // "isil" → "isis"-style case-following only for lowercase preferred terms.
          if (fix && /^\p{Lu}/u.test(m[0]) && !/\p{Lu}/u.test(fix)) fix = fix.charAt(0).toUpperCase() + fix.slice(1);
          const at = m.index ?? 0;
          found.push({ start: at, end: at + m[0].length, message, suggestions: fix === undefined ? [] : [fix] });
        }
      }
      return found;
    });
  },
};

export default rule;
