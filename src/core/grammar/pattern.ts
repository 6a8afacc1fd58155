/**
 * Grammar rules written as data (YAML under src/core/rules/data/grammar/): a sequence of token
 * conditions, the stretch to mark, a message and suggestions built from the match, anti-patterns
 * that cancel a match, and the rule's own examples. Read and validated here; a broken entry fails
 * on load with the file and the rule named.
 *
 * ```yaml
 * rules:
 *   - id: perfect-simple-past          # the rule id (unique across the registry)
 *     description: …                   # one sentence for Settings
 *     message: After “{1}”, use the past participle “{3:participle}”.
 *     severity: warning                # default warning
 *     enabled: true                    # default on; false lists it in Settings, off
 *     pattern:
 *       - word: [has, have, had]       # token conditions, all must hold
 *       - tag: ADV
 *         optional: true               # or repeat: [0, 2]
 *       - form: simple-past
 *     mark: [1, 3]                     # pattern positions flagged (1-based, inclusive; default all)
 *     suggestions: ["{1} {2} {3:participle}"]
 *     antipatterns: [[{word: had}, {word: better}]]
 *     before:                          # the sentence's tokens before the match (optional)
 *       from: [{word: that}]           # only those after the last token holding one of these
 *       some: [{tag: AUX}]             # at least one holds one of these
 *       none: [{word: [if, when]}]     # none holds any of these
 *     examples:
 *       incorrect: ["The talks [has began => have begun] …"]   # [flagged => first suggestion]
 *       correct: ["The talks have begun."]
 * ```
 */
import { parse } from 'yaml';
import { RuleDataError } from '../rules/data/validate';
import { POS_TAGS, type PosTag } from './tagger';

/** Word-form tests a token condition can ask for (computed from the lemma by the inflection library). */
export type Form =
  /** The dictionary form itself: "go", "licence" (not "went", "licences"). */
  | 'base'
  /** A simple past that is not also the participle: "began", "went", "wrote" (not "led", "had"). */
  | 'simple-past'
  /** A past participle that is not also the simple past: "begun", "gone" (not "led"). */
  | 'participle'
  /** An inflected comparative: "higher", "better", "later". */
  | 'comparative'
  /** An inflected superlative: "highest", "best". */
  | 'superlative'
  /** A noun that is plural only: "authorities", "people" (not "news"). */
  | 'plural-noun'
  /** A word said with a vowel sound first, so it takes "an": "hour", "MP", "FBI". */
  | 'takes-an'
  /** A word said with a consonant sound first, so it takes "a": "unilateral", "European", "UN". */
  | 'takes-a';

const FORMS: readonly Form[] = ['base', 'simple-past', 'participle', 'comparative', 'superlative', 'plural-noun', 'takes-an', 'takes-a'];

/** What a token must be. Every field given must hold; lists are alternatives. */
export interface TokenCondition {
  /** The token's text, case-insensitive (’ and ' are the same). */
  word?: readonly string[];
  lemma?: readonly string[];
  tag?: readonly PosTag[];
  form?: Form;
  /** How the token is written. */
  case?: 'lower' | 'capitalised' | 'upper';
  /** A regular expression the whole token must match (case-sensitive). */
  regex?: RegExp;
  /** Conditions that must not hold (any one holding fails the token). */
  not?: TokenCondition;
  /** Alternatives: at least one must hold. */
  any?: readonly TokenCondition[];
  /** How many tokens this position takes: [1, 1] unless optional ([0, 1]) or repeat is given. */
  min: number;
  max: number;
}

/** Suggestion and message templates: literal text and `{n}` / `{n:transform}` references. */
export type Transform = 'participle' | 'past' | 'lemma' | 'plural-verb' | 'singular-verb' | 'article' | 'lower' | 'capital';
const TRANSFORMS: readonly Transform[] = ['participle', 'past', 'lemma', 'plural-verb', 'singular-verb', 'article', 'lower', 'capital'];

/**
 * What the sentence before a match must hold: `some`, at least one token holding one of its
 * conditions; `none`, no token holding any of its conditions. With `from`, only the tokens after
 * the last one holding one of its conditions count (the clause the match is in).
 */
export interface SentenceContext {
  from?: readonly TokenCondition[];
  some?: readonly TokenCondition[];
  none?: readonly TokenCondition[];
}

/** One example from a rule's data: text, and for an incorrect one the flagged span and first suggestion. */
export interface RuleExample {
  text: string;
  /** For incorrect examples: where the flag must be and what its first suggestion must be. */
  flagged?: { start: number; end: number; text: string; correction: string };
}

/** A compiled grammar rule. */
export interface GrammarRule {
  id: string;
  description: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  enabled: boolean;
  pattern: readonly TokenCondition[];
  /** Pattern positions flagged, 0-based inclusive. */
  mark: readonly [number, number];
  suggestions: readonly string[];
  antipatterns: readonly (readonly TokenCondition[])[];
  /** What the sentence's tokens before the match must (not) hold. */
  before?: SentenceContext;
  /**
   * Words and lemmas one of which every match holds (a required position's alternatives): a
   * sentence with none of them is not tried.
   */
  anchor: { words: ReadonlySet<string>; lemmas: ReadonlySet<string> };
  /** True when the marked stretch may hold names (capitalised words), as "an MP" does. */
  names: boolean;
  safe: boolean;
  examples: { incorrect: RuleExample[]; correct: RuleExample[] };
  /** The data file it came from. */
  file: string;
}


const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const REF = /\{(\d+)(?::([a-z-]+))?\}/g;

/** Reads and validates one YAML file of grammar rules. */
export function readGrammarRules(yamlText: string, file: string): GrammarRule[] {
  let data: unknown;
  try {
    // The builds hand over each file as JSON (data-yaml.vite.ts), which JSON.parse reads many
    // times faster than the YAML parser; YAML text (tests, a flow map that is not JSON) takes the parser.
    data = yamlText.startsWith('{') ? jsonOrUndefined(yamlText) : undefined;
    if (data === undefined) data = parse(yamlText);
  } catch (error) {
    throw new RuleDataError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  const list = (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw new RuleDataError(`${file}: expected an object with a "rules" list.`);
  return list.map((entry, i) => readRule(entry, file, i));
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readRule(entry: unknown, file: string, index: number): GrammarRule {
  const e = (entry ?? {}) as Record<string, unknown>;
  const id = typeof e.id === 'string' && ID.test(e.id) ? e.id : undefined;
  const where = id ? `${file}: rule "${id}"` : `${file}: rules[${index}]`;
  const fail = (what: string): never => {
    throw new RuleDataError(`${where}: ${what}.`);
  };
  if (!id) fail('needs an "id" of lowercase words joined by hyphens');
  const known = ['id', 'description', 'message', 'severity', 'enabled', 'pattern', 'mark', 'suggestions', 'antipatterns', 'before', 'names', 'safe', 'examples'];
  for (const key of Object.keys(e)) if (!known.includes(key)) fail(`unknown field "${key}"`);
  if (typeof e.description !== 'string' || !e.description) fail('needs a "description"');
  if (typeof e.message !== 'string' || !e.message) fail('needs a "message"');
  const severity = e.severity ?? 'warning';
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') fail('"severity" must be error, warning or info');
  for (const flag of ['enabled', 'names', 'safe']) if (e[flag] !== undefined && typeof e[flag] !== 'boolean') fail(`"${flag}" must be true or false`);
  const pattern = readPattern(e.pattern, 'pattern', fail);
  const anchored = pattern.find((c) => c.min > 0 && (c.word || c.lemma || c.any?.every((a) => a.word || a.lemma)));
  if (!anchored) fail('"pattern" needs at least one required token with a "word" or "lemma"');
  const alternatives = anchored!.word || anchored!.lemma ? [anchored!] : anchored!.any!;
  const anchor = {
    words: new Set(alternatives.flatMap((a) => (a.word && !a.lemma ? a.word : []))),
    lemmas: new Set(alternatives.flatMap((a) => a.lemma ?? [])),
  };
  let mark: [number, number] = [0, pattern.length - 1];
  if (e.mark !== undefined) {
    const m = e.mark;
    if (!Array.isArray(m) || m.length !== 2 || !m.every((n) => Number.isInteger(n) && n >= 1 && n <= pattern.length) || m[0] > m[1]) {
      fail(`"mark" must be [from, to], pattern positions from 1 to ${pattern.length}`);
    }
    mark = [(m as number[])[0] - 1, (m as number[])[1] - 1];
  }
  const suggestions = e.suggestions ?? [];
  if (!Array.isArray(suggestions) || !suggestions.every((s) => typeof s === 'string')) fail('"suggestions" must be a list of strings');
  for (const template of [e.message as string, ...(suggestions as string[])]) {
    for (const [, n, transform] of template.matchAll(REF)) {
      if (Number(n) < 1 || Number(n) > pattern.length) fail(`"{${n}}" refers to no pattern position (1 to ${pattern.length})`);
      if (transform && !TRANSFORMS.includes(transform as Transform)) fail(`unknown transform ":${transform}" (known: ${TRANSFORMS.join(', ')})`);
    }
  }
  const anti = e.antipatterns ?? [];
  if (!Array.isArray(anti)) fail('"antipatterns" must be a list of patterns');
  const antipatterns = (anti as unknown[]).map((a, k) => readPattern(a, `antipatterns[${k}]`, fail));
  let before: SentenceContext | undefined;
  if (e.before !== undefined) {
    const b = e.before as Record<string, unknown>;
    if (typeof b !== 'object' || b === null || Array.isArray(b) || Object.keys(b).length === 0) fail('"before" must be a map with "some" and/or "none"');
    for (const key of Object.keys(b)) if (key !== 'some' && key !== 'none' && key !== 'from') fail(`"before": unknown field "${key}" (known: from, some, none)`);
    if (b.some === undefined && b.none === undefined) fail('"before" needs "some" or "none"');
    const list = (key: 'from' | 'some' | 'none') => {
      if (b[key] === undefined) return undefined;
      if (!Array.isArray(b[key]) || (b[key] as unknown[]).length === 0) fail(`"before.${key}" must be a non-empty list of token conditions`);
      return (b[key] as unknown[]).map((c, i) => readCondition(c, `before.${key}[${i + 1}]`, fail, false));
    };
    before = { from: list('from'), some: list('some'), none: list('none') };
  }
  const ex = (e.examples ?? {}) as { incorrect?: unknown; correct?: unknown };
  if (!Array.isArray(ex.incorrect) || ex.incorrect.length === 0 || !ex.incorrect.every((s) => typeof s === 'string')) {
    fail('needs "examples.incorrect": at least one text with the flag written [flagged => correction]');
  }
  if (!Array.isArray(ex.correct) || ex.correct.length === 0 || !ex.correct.every((s) => typeof s === 'string')) {
    fail('needs "examples.correct": at least one text it must not flag');
  }
  const incorrect = (ex.incorrect as string[]).map((s) => {
    const m = /\[([^\]]*?) => ([^\]]*)\]/.exec(s);
    if (!m || s.indexOf('[', m.index + 1) >= 0) fail(`incorrect example "${s}" must mark one flag as [flagged => correction]`);
    const start = m!.index;
    const text = s.slice(0, start) + m![1] + s.slice(start + m![0].length);
    return { text, flagged: { start, end: start + m![1].length, text: m![1], correction: m![2] } };
  });
  const correct = (ex.correct as string[]).map((text) => ({ text }));
  return {
    id: id!,
    description: e.description as string,
    message: e.message as string,
    severity: severity as GrammarRule['severity'],
    enabled: e.enabled !== false,
    pattern,
    mark,
    suggestions: suggestions as string[],
    antipatterns,
    ...(before ? { before } : {}),
    anchor,
    names: e.names === true,
    safe: e.safe === true,
    examples: { incorrect, correct },
    file,
  };
}

function readPattern(value: unknown, what: string, fail: (what: string) => never): TokenCondition[] {
  if (!Array.isArray(value) || value.length === 0) fail(`"${what}" must be a non-empty list of token conditions`);
  return (value as unknown[]).map((c, i) => readCondition(c, `${what}[${i + 1}]`, fail, true));
}

function strings(value: unknown, what: string, fail: (what: string) => never): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === 'string' && s.length > 0)) fail(`${what} must be a string or a list of strings`);
  return list as string[];
}

function readCondition(value: unknown, what: string, fail: (what: string) => never, top: boolean): TokenCondition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be a map of conditions`);
  const c = value as Record<string, unknown>;
  const known = ['word', 'lemma', 'tag', 'form', 'case', 'regex', 'not', 'any', ...(top ? ['optional', 'repeat'] : [])];
  for (const key of Object.keys(c)) if (!known.includes(key)) fail(`${what}: unknown condition "${key}"`);
  const out: TokenCondition = { min: 1, max: 1 };
  const fold = (s: string) => s.toLowerCase().replace(/’/g, "'");
  if (c.word !== undefined) out.word = strings(c.word, `${what}.word`, fail).map(fold);
  if (c.lemma !== undefined) out.lemma = strings(c.lemma, `${what}.lemma`, fail).map(fold);
  if (c.tag !== undefined) {
    const tags = strings(c.tag, `${what}.tag`, fail);
    for (const t of tags) if (!POS_TAGS.includes(t as PosTag)) fail(`${what}.tag: unknown tag "${t}" (known: ${POS_TAGS.join(', ')})`);
    out.tag = tags as PosTag[];
  }
  if (c.form !== undefined) {
    if (!FORMS.includes(c.form as Form)) fail(`${what}.form: unknown form "${String(c.form)}" (known: ${FORMS.join(', ')})`);
    out.form = c.form as Form;
  }
  if (c.case !== undefined) {
    if (c.case !== 'lower' && c.case !== 'capitalised' && c.case !== 'upper') fail(`${what}.case must be lower, capitalised or upper`);
    out.case = c.case as TokenCondition['case'];
  }
  if (c.regex !== undefined) {
    if (typeof c.regex !== 'string') fail(`${what}.regex must be a string`);
    try {
      out.regex = new RegExp(`^(?:${c.regex as string})$`, 'u');
    } catch (error) {
      fail(`${what}.regex is not a valid regular expression (${(error as Error).message})`);
    }
  }
  if (c.not !== undefined) out.not = readCondition(c.not, `${what}.not`, fail, false);
  if (c.any !== undefined) {
    if (!Array.isArray(c.any) || c.any.length < 2) fail(`${what}.any must be a list of at least two conditions`);
    out.any = (c.any as unknown[]).map((a, i) => readCondition(a, `${what}.any[${i + 1}]`, fail, false));
  }
  if (c.optional !== undefined) {
    if (typeof c.optional !== 'boolean') fail(`${what}.optional must be true or false`);
    if (c.optional) out.min = 0;
  }
  if (c.repeat !== undefined) {
    const r = c.repeat;
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isInteger(n) && n >= 0) || r[0] > r[1] || r[1] === 0 || r[1] > 8) {
      fail(`${what}.repeat must be [min, max] with 0 ≤ min ≤ max ≤ 8`);
    }
    out.min = (r as number[])[0];
    out.max = (r as number[])[1];
  }
  if (Object.keys(c).every((k) => k === 'optional' || k === 'repeat')) fail(`${what} has no condition (an empty map matches any token: write {regex: ".+"} to say so)`);
  return out;
}
