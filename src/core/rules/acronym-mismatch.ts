/**
 * One entity given two acronyms: "Islamic State (IS)" in the caption, "ISIS" in the body; or one
 * name spelt out with two different acronyms. Known alias groups are data
 * (data/acronyms.json); the less used form is flagged with the more used one as the suggestion.
 */
import type { Paragraph } from '../document';
import { isAllCaps, isMostlyCaps } from '../document';
import data from './data/acronyms.json';
import { RuleDataError } from './data/validate';
import { quote, type Finding, type Rule } from './types';
import { WrittenForms, type FormUse } from './written-forms';

const FILE = 'src/core/rules/data/acronyms.json';
const GROUPS: { name: string; forms: string[] }[] = (() => {
  const groups = (data as { groups?: unknown }).groups;
  const valid = (g: unknown) => {
    const { name, forms } = (g ?? {}) as { name?: unknown; forms?: unknown };
    return typeof name === 'string' && Array.isArray(forms) && forms.every((f) => typeof f === 'string' && /^\S+$/.test(f));
  };
  if (!Array.isArray(groups) || !groups.every(valid)) {
    throw new RuleDataError(`${FILE}: expected "groups" to be an array of {name, forms: [single words]}.`);
  }
  return groups as { name: string; forms: string[] }[];
})();
const GROUP_OF = new Map<string, number>();
GROUPS.forEach((g, i) => g.forms.forEach((form) => GROUP_OF.set(form, i)));

interface AcronymUse extends FormUse {
  form: string;
}

interface Definition {
  name: string;
  acronym: string;
  start: number;
  end: number;
}

// "Islamic State (IS)", "Popular Mobilisation Forces (PMF)". Not after a word of the name and a
// space, nor inside a word after a capital ("BC" of "ABC"): a match there would start at that
// word or that capital, which the search reaches first. Without this, a long stretch of
// capitalised words and no bracket was read from each of its words and capitals to its end.
const DEFINITION = /(?<!(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|in|on|al)\s+)(?!\p{Lu}(?<=\p{Lu}[\p{L}'’-]*?\p{Lu}))((?:\p{Lu}[\p{L}'’-]*|of|the|and|for|in|on|al)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|in|on|al))*)\s+\((\p{Lu}{2,6}s?)\)/gu;

function scan(p: Paragraph): { uses: AcronymUse[]; definitions: Definition[] } {
  return p.analysis.memo('acronyms', () => {
    const text = p.analysis.text;
    const uses: AcronymUse[] = [];
    // An all-caps credit line says "IS" as an English word; only mixed-case copy uses acronyms.
    if (!isMostlyCaps(text)) {
      const words = p.analysis.tokens.filter((t) => t.kind === 'word');
      const shouting = (i: number) => words[i] !== undefined && isAllCaps(words[i].text) && !GROUP_OF.has(words[i].text);
      words.forEach((t, i) => {
        // "anti-ISIS": a hyphenated part counts as a use.
        if (t.text.includes('-')) {
          let at = t.start;
          for (const part of t.text.split('-')) {
            if (GROUP_OF.has(part)) uses.push({ start: at, end: at + part.length, form: part });
            at += part.length + 1;
          }
          return;
        }
        // "THIS IS A HANDOUT": an all-caps stretch, not an acronym.
        if (!GROUP_OF.has(t.text) || shouting(i - 1) || shouting(i + 1)) return;
        // "USA Today", "US Open": part of a name, which keeps its own form.
        const next = words[i + 1];
        if (next && next.start === t.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text)) return;
        uses.push({ start: t.start, end: t.end, form: t.text });
      });
    }
    const definitions: Definition[] = [];
    for (const m of text.matchAll(DEFINITION)) {
      const name = m[1].replace(/^(?:the|of|and|for|in|on)\s+/i, '');
      const acronymAt = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
      definitions.push({ name: name.toLowerCase(), acronym: m[2], start: acronymAt, end: acronymAt + m[2].length });
    }
    return { uses, definitions };
  });
}

const rule: Rule = {
  id: 'acronym-mismatch',
  category: 'consistency',
  description: 'One organisation given two acronyms or short names ("Islamic State (IS)" … "ISIS").',
  defaultSeverity: 'warning',
  check(doc) {
    const byGroup = new Map<number, WrittenForms<FormUse>>();
    const byName = new Map<string, WrittenForms<FormUse>>();
    const formsOf = <K>(map: Map<K, WrittenForms<FormUse>>, key: K) => {
      let forms = map.get(key);
      if (!forms) map.set(key, (forms = new WrittenForms()));
      return forms;
    };
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      const { uses, definitions } = scan(p);
      for (const u of uses) formsOf(byGroup, GROUP_OF.get(u.form) ?? -1).add(u.form, { start: p.start + u.start, end: p.start + u.end });
      for (const d of definitions) formsOf(byName, d.name).add(d.acronym, { start: p.start + d.start, end: p.start + d.end });
    }
    const out: Finding[] = [];
    const flagged = new Set<number>();
    const report = (what: string) => ({
      message: (minor: string, major: string, count: number) => `${what} is called both ${quote(minor)} and ${quote(major)} (used ${count} ${count === 1 ? 'time' : 'times'}) in this article; use one`,
    });
    const found = [
      ...[...byName].flatMap(([name, forms]) => forms.flag(report(`“${name.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())}”`))),
      ...[...byGroup].flatMap(([g, forms]) => forms.flag(report(GROUPS[g]?.name ?? 'The same organisation'))),
    ];
    // A defined acronym that is also a known group's form is flagged once.
    for (const f of found) {
      if (flagged.has(f.start)) continue;
      flagged.add(f.start);
      out.push(f);
    }
    return out;
  },
};

export default rule;
