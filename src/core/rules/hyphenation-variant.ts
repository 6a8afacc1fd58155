/**
 * One word written both hyphenated and closed in one article: "co-operate" and "cooperate",
 * "on-line" and "online", "e-mail" and "email", "cease-fire" and "ceasefire". Found by rule: a
 * hyphenated word and a word of the same letters without the hyphen are one word written two
 * ways; forms of one word count together ("co-operation" with "cooperate"), and the flagged word
 * keeps its own ending in the suggestion. Hyphenated words whose closed form is another word
 * (re-sign / resign) are data (data/hyphenation.json). Names are the name-variant rule's.
 */
import type { Paragraph } from '../document';
import { isCapitalised } from '../document';
import data from './data/hyphenation.json';
import { readStrings } from './data/validate';
import { type Finding, type Rule } from './types';
import { WrittenForms, writtenTwoWays, type FormUse } from './written-forms';

const DISTINCT = readStrings(data, 'distinct', 'src/core/rules/data/hyphenation.json');
// Endings a listed word may take: "re-sign" covers "re-signed", not "co-op" "co-operate".
const ENDING = /^(?:s|es|ed|d|ing|er|ers|ion|ions|ive|ly|y|e|al|ment|ments)?$/;
const isDistinct = (lower: string) => DISTINCT.some((d) => lower.startsWith(d) && ENDING.test(lower.slice(d.length)));
// Letters of the second part that identify a word across its endings ("co-opera|te", "co-opera|tion").
const STEM = 5;
// Closed words are indexed by their first letters, so a check looks only at those that may match.
const BUCKET = 4;

interface WordUse extends FormUse {
  /** The word as written, possessive removed. */
  word: string;
  lower: string;
  /** Where the hyphen is (hyphenated) or would go (closed): the first part's length. */
  cut: number;
}

/** A paragraph's words that may be one of a pair: its hyphenated words, and its closed words by their first letters. */
interface ParagraphWords {
  hyphenated: (WordUse & { key: string; exact: boolean })[];
  closed: Map<string, number[]>;
  /** The keys of `closed`, as an array (walked on every check; cheaper than the map's iterator). */
  buckets: string[];
}

/** The group a hyphenated word belongs to: its closed letters, or their stem when the second part is long. */
function key(closed: string, cut: number): string {
  return closed.length - cut >= STEM ? closed.slice(0, cut + STEM) : closed;
}

function scan(p: Paragraph): ParagraphWords {
  return p.analysis.memo(`hyphenation-words|${p.kind}`, () => {
    const out: ParagraphWords = { hyphenated: [], closed: new Map(), buckets: [] };
    const { tokens } = p.analysis;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.text.length < 4) continue;
      // A capitalised word mid-sentence is a name ("Kim Dae-jung"): name-variant's.
      if (isCapitalised(t.text) && (!t.sentenceStart || p.kind === 'headline')) continue;
      const cut = t.text.indexOf('-');
      if (cut < 0) {
        // Closed words are many: kept as token numbers, read only when their first letters match.
        const first = t.text.slice(0, BUCKET).toLowerCase();
        const bucket = out.closed.get(first);
        if (bucket) bucket.push(i);
        else out.closed.set(first, [i]);
        continue;
      }
      const word = t.text.replace(/['’]s$/, '');
      const lower = word.toLowerCase();
      const use = { start: t.start, end: t.start + word.length, word, lower, cut };
      // One hyphen between letters: "co-operate", "e-mail"; not "up-to-date".
      if (cut < 1 || lower.indexOf('-', cut + 1) >= 0 || cut === lower.length - 1 || isDistinct(lower)) continue;
      const closed = lower.replace('-', '');
      out.hyphenated.push({ ...use, key: key(closed, cut), exact: closed.length - cut < STEM });
    }
    out.buckets = [...out.closed.keys()];
    return out;
  });
}

const rule: Rule = {
  id: 'hyphenation-variant',
  category: 'consistency',
  description: 'One word written both hyphenated and closed in the same article (co-operate / cooperate, on-line / online).',
  defaultSeverity: 'warning',
  check(doc) {
    const paragraphs = doc.paragraphs.filter((p) => p.kind !== 'notice' && p.kind !== 'credit');
    const groups = new Map<string, WrittenForms<WordUse>>();
    const hyphenated = new Map<string, { cut: number; exact: boolean }>();
    const add = (k: string, u: WordUse, at: number, written: string) => {
      let forms = groups.get(k);
      if (!forms) groups.set(k, (forms = new WrittenForms()));
      forms.add(written, { ...u, start: at + u.start, end: at + u.end });
    };
    for (const p of paragraphs) for (const u of scan(p).hyphenated) hyphenated.set(u.key, { cut: u.cut, exact: u.exact });
    if (hyphenated.size === 0) return [];
    const lengths = [...new Set([...hyphenated.keys()].map((k) => k.length))];
    const buckets = new Set([...hyphenated.keys()].map((k) => k.slice(0, BUCKET)));
    // Only the closed words whose first letters start some hyphenated word's group are looked at.
    for (const p of paragraphs) {
      const { closed, buckets: own } = scan(p);
      for (let b = 0; b < own.length; b++) {
        if (!buckets.has(own[b])) continue;
        for (const i of closed.get(own[b]) ?? []) {
          const t = p.analysis.tokens[i];
          const word = t.text.replace(/['’]s$/, '');
          const u = { start: t.start, end: t.start + word.length, word, lower: word.toLowerCase(), cut: -1 };
          for (const n of lengths) {
            if (u.lower.length < n) continue;
            const k = u.lower.slice(0, n);
            const h = hyphenated.get(k);
            if (h === undefined || (h.exact && k !== u.lower)) continue;
            add(k, { ...u, cut: h.cut }, p.start, 'closed');
            break;
          }
        }
      }
    }
    // Hyphenated words join only the groups that have a closed form (most have none).
    if (groups.size === 0) return [];
    for (const p of paragraphs) for (const u of scan(p).hyphenated) if (groups.has(u.key)) add(u.key, u, p.start, 'hyphenated');
    const out: Finding[] = [];
    for (const forms of groups.values()) {
      const examples = new Map([...forms.forms].map(([style, list]) => [style, list[0].word]));
      out.push(
        ...forms.flag({
          message: (minor, major, count) => writtenTwoWays('One word')(examples.get(minor) ?? minor, examples.get(major) ?? major, count),
          suggest: (use, major) => (major === 'closed' ? use.word.replace('-', '') : `${use.word.slice(0, use.cut)}-${use.word.slice(use.cut)}`),
        }),
      );
    }
    return out;
  },
};

export default rule;
