/**
 * The grammar layer: pattern rules written as data (data/grammar/*.yaml, see
 * src/core/grammar/pattern.ts for the format) run over part-of-speech tagged sentences. Each data
 * entry reports under its own id, listed and switched in Settings like a rule of its own.
 *
 * Never grammar issues: a stretch inside quotation marks, a name (a capitalised word inside a
 * sentence, unless the entry says `names: true`, as the a/an entries do), a sentence mostly of
 * words the dictionaries do not know (untranslated or a list of names), and a match right after a
 * misspelt word (the tags around it are guesses). A sentence is cut where a capitalised function
 * word follows a word or a comma (a sentence start whose full stop was lost), so that a rule asking
 * what the sentence before a match holds sees only the sentence the match is in.
 */
import { matchSentence, readGrammarRules, type GrammarRule, type TaggedToken } from '../grammar';
import { isAllCaps, isCapitalised, type Paragraph } from '../document';
import agreement from './data/grammar/agreement.yaml?raw';
import articles from './data/grammar/articles.yaml?raw';
import clauses from './data/grammar/clauses.yaml?raw';
import comparisons from './data/grammar/comparisons.yaml?raw';
import confusions from './data/grammar/confusions.yaml?raw';
import nouns from './data/grammar/nouns.yaml?raw';
import prepositions from './data/grammar/prepositions.yaml?raw';
import verbs from './data/grammar/verbs.yaml?raw';
import { RuleDataError } from './data/validate';
import { eachParagraph, type LocalFinding, type Rule, type RuleContext, type RuleInfo } from './types';

const DIR = 'src/core/rules/data/grammar';
const FILES: [string, string][] = [
  ['agreement.yaml', agreement],
  ['articles.yaml', articles],
  ['clauses.yaml', clauses],
  ['comparisons.yaml', comparisons],
  ['confusions.yaml', confusions],
  ['nouns.yaml', nouns],
  ['prepositions.yaml', prepositions],
  ['verbs.yaml', verbs],
];

/** Every grammar rule from the data files, in file order. */
export const GRAMMAR_RULES: readonly GrammarRule[] = readAll();

function readAll(): GrammarRule[] {
  const all: GrammarRule[] = [];
  const seen = new Map<string, string>();
  for (const [name, text] of FILES) {
    for (const r of readGrammarRules(text, `${DIR}/${name}`)) {
      const other = seen.get(r.id);
      if (other) throw new RuleDataError(`${r.file}: rule "${r.id}" has the id of a rule in ${other}.`);
      seen.set(r.id, r.file);
      all.push(r);
    }
  }
  return all;
}

/** Stretches inside quotation marks (“…”, "…"), relative to the paragraph. */
function quotations(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”' && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i + 1]);
        straight = -1;
      }
    }
  }
  return out;
}

function isName(t: TaggedToken): boolean {
  return !t.sentenceStart && (isCapitalised(t.text) || isAllCaps(t.text));
}

// Less than half the sentence's lower-case words known: untranslated text or a string of names.
function mostlyUnknown(tokens: readonly TaggedToken[], context: RuleContext): boolean {
  let words = 0;
  let known = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || isName(t)) continue;
    words++;
    if (context.speller.knows(t.text.replace(/['’]s$/, ''))) known++;
  }
  return words > 0 && known * 2 < words;
}

// Function words that, capitalised inside a sentence right after a word or a comma, start a
// sentence whose full stop was lost ("… 50 roubles In Lipetsk, …", a headline run into its text).
const BOUNDARY_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'SCONJ', 'CCONJ', 'DET', 'PRON']);

function lostBoundary(t: TaggedToken, previous: TaggedToken): boolean {
  return (
    !t.sentenceStart &&
    t.kind === 'word' &&
    BOUNDARY_TAGS.has(t.tag) &&
    isCapitalised(t.text) &&
    !isAllCaps(t.text) &&
    !/^I(?:['’]|$)/.test(t.text) &&
    (previous.kind === 'word' || previous.kind === 'number' || previous.text === ',')
  );
}

/** A tagged sentence cut where a sentence start without its full stop before it shows. */
function pieces(sentence: readonly TaggedToken[]): (readonly TaggedToken[])[] {
  const out: (readonly TaggedToken[])[] = [];
  let from = 0;
  for (let i = 1; i < sentence.length; i++) {
    if (lostBoundary(sentence[i], sentence[i - 1])) {
      out.push(sentence.slice(from, i));
      from = i;
    }
  }
  out.push(from === 0 ? sentence : sentence.slice(from));
  return out;
}

function findInParagraph(p: Paragraph, context: RuleContext): LocalFinding[] {
  const { text, tokens, sentences } = p.analysis;
  const tagged = p.analysis.memo('grammar-tags', () => context.tagger.tag(text, tokens));
  const quoted = quotations(text);
  const found: LocalFinding[] = [];
  let k = 0;
  for (const s of sentences) {
    const from = k;
    while (k < tagged.length && tagged[k].start < s.end) k++;
    for (const sentence of pieces(tagged.slice(from, k))) found.push(...findInSentence(sentence, text, quoted, context));
  }
  return found;
}

function findInSentence(sentence: readonly TaggedToken[], text: string, quoted: readonly [number, number][], context: RuleContext): LocalFinding[] {
  const found: LocalFinding[] = [];
  const matches = matchSentence(GRAMMAR_RULES, sentence, text);
  if (matches.length === 0 || mostlyUnknown(sentence, context)) return found;
  for (const m of matches) {
    if (quoted.some(([a, b]) => m.start < b && m.end > a)) continue;
    // A misspelt word right before the match throws the tagger ("beteween these approaches has").
    const before = sentence[sentence.findIndex((t) => t.start === m.start) - 1];
    if (before && before.kind === 'word' && !isName(before) && !context.speller.knows(before.text.replace(/['’]s$/, ''))) continue;
    if (!m.rule.names && m.marked.some(isName)) continue;
    found.push({ start: m.start, end: m.end, message: m.message, suggestions: m.suggestions, rule: m.rule.id, ...(m.rule.safe ? { safe: true } : {}) });
  }
  return found;
}

const entries: RuleInfo[] = GRAMMAR_RULES.map((r): RuleInfo => ({
  id: r.id,
  category: 'grammar',
  description: r.description,
  defaultSeverity: r.severity,
  enabledByDefault: r.enabled,
})).sort((a, b) => a.id.localeCompare(b.id));

const rule: Rule = {
  id: 'grammar',
  category: 'grammar',
  description: 'Grammar patterns over part-of-speech tags: each data entry is listed as a rule of its own.',
  defaultSeverity: 'warning',
  entries,
  check(doc, context) {
    return eachParagraph(doc, 'grammar', (p) => findInParagraph(p, context));
  },
};

export default rule;
