/**
 * The checking engine: `createChecker().check(text)` runs every enabled rule and returns sorted,
 * serialisable issues. Re-checking after an edit is cheap: the document model caches per-paragraph
 * work by paragraph text, and document-level rules read cached per-paragraph summaries.
 */
import type { Issue, Severity } from '../issue';
import { ParagraphCache, type Document } from '../document';
import { createSpeller, variantLookup, type Dialect, type SpellerOptions, type VariantPair } from '../spelling';
import { RULE_LIST, detectDialect, documentBoilerplate, guessLanguage, knownShare, type HouseStyle, type RuleContext, type RuleInfo } from '../rules';
import dialectData from '../rules/data/dialect-pairs.json';
import { RuleDataError } from '../rules/data/validate';
import { ACCURACY_RULE_LIST, AccuracyCache, alignedLines, bilingualSummary, buildBilingual, detectSourceLanguage, type AlignedLines, type BilingualDocument, type BilingualSummary, type SourceLanguage } from '../bilingual';
import { createTagger } from '../grammar';

/** Settings for one check. */
export interface CheckOptions {
  /** The article's spelling dialect; 'auto' (the default) picks it from the text's own variant spellings. */
  dialect?: 'auto' | 'en-GB' | 'en-US';
  /**
   * Per rule id (as {@link RULES} lists them): false turns it off, true or a severity turns it on (a
   * severity also overrides its default). Default `{}`: every rule at its default (on, except
   * those with `enabledByDefault: false`).
   */
  rules?: Record<string, boolean | Severity>;
  /** Custom dictionary: words accepted as correct (case-insensitive). Default none. */
  dictionary?: string[];
  /** A parsed house-style file ({@link parseHouseStyle}). Default none. */
  houseStyle?: HouseStyle;
  /**
   * The article's source text in another language: turns on the accuracy rules (category
   * `accuracy`), whose issues carry `sourceStart`/`sourceEnd` into this text. Default none.
   */
  source?: string;
  /**
   * Ids of the rules to run, as {@link RULE_LIST} and the accuracy rules name them (`grammar` for
   * every grammar entry): the others are not run at all, whatever `rules` says. Default: every rule.
   * For one check split across threads: the parts' issues, put together by {@link mergeIssues}, are
   * the issues of the whole check, with the same ids. Without an accuracy rule among them the
   * source is not read (no `bilingual`, no `alignment`).
   */
  only?: readonly string[];
}

/** What a check found. */
export interface CheckResult {
  /** ISO 639-3 code of the text's language and how sure the engine is (0..1). */
  language: { code: string; confidence: number };
  /** The dialect checked against: chosen, or detected when 'auto'. */
  dialect: Dialect;
  /** True when the text carries a machine-translation notice. */
  machineTranslated: boolean;
  stats: { words: number; paragraphs: number };
  /** Sorted by start offset. */
  issues: Issue[];
  /** With a source only: its language, the paragraph alignment and the numbers checked. */
  bilingual?: BilingualSummary;
  /**
   * With a source only: the aligned paragraphs, in text order, as 1-based line numbers of the
   * source and of the checked text (what the review screen lines its panes up by).
   */
  alignment?: AlignedLines[];
}

/** A checker: dictionaries loaded once; keeps its per-paragraph cache between checks. */
export interface Checker {
  /**
   * Checks `text`. `onProgress` hears after each rule how many of the rules that run are done (for
   * a progress bar; it is not part of `options`, which cross to a worker as plain data).
   */
  check(text: string, options?: CheckOptions, onProgress?: (done: number, total: number) => void): CheckResult;
}

const PAIRS_FILE = 'src/core/rules/data/dialect-pairs.json';

function readPairs(data: unknown): VariantPair[] {
  const pairs = (data as { pairs?: unknown }).pairs;
  if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((w) => typeof w === 'string'))) {
    throw new RuleDataError(`${PAIRS_FILE}: expected "pairs" to be an array of [UK, US] string pairs.`);
  }
  return (pairs as [string, string][]).map(([gb, us]) => ({ gb, us }));
}

/** FNV-1a, 32 bits, as 8 hex digits: short stable ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function documentLanguage(doc: Document, context: RuleContext): CheckResult['language'] {
  let known = 0;
  let total = 0;
  for (const p of doc.paragraphs) {
    if (p.kind === 'notice' || p.kind === 'credit') continue;
    const share = knownShare(p, context);
    known += share.known;
    total += share.total;
  }
  if (total === 0) return { code: 'und', confidence: 0 };
  const share = known / total;
  if (share >= 0.6) return { code: 'eng', confidence: Math.round(share * 100) / 100 };
  const sample = doc.paragraphs.map((p) => p.analysis.text).join('\n').slice(0, 3000);
  return { code: guessLanguage(sample), confidence: Math.round((1 - share) * 100) / 100 };
}

/** What {@link CheckOptions.only} takes: the id of every rule the checker runs, in the order it runs them. */
export const RUN_IDS: readonly string[] = [...RULE_LIST, ...ACCURACY_RULE_LIST].map((rule) => rule.id);

/** The order of a check's issues: by start, then end, then rule id (a stable sort keeps each rule's own order). */
export function compareIssues(a: Pick<Issue, 'start' | 'end' | 'rule'>, b: Pick<Issue, 'start' | 'end' | 'rule'>): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule);
}

/**
 * The issues of one check run in parts ({@link CheckOptions.only}, no rule in two parts), in the
 * order the whole check gives them. An issue's id depends only on its rule's own issues, so the ids
 * are the whole check's too. Works on issues as reported (any objects with start, end and rule).
 */
export function mergeIssues<T extends Pick<Issue, 'start' | 'end' | 'rule'>>(parts: readonly (readonly T[])[]): T[] {
  return parts.flat().sort(compareIssues);
}

const styleIds = new WeakMap<HouseStyle, number>();
let nextStyleId = 1;

/** How a checker is made. */
export interface CheckerOptions {
  /**
   * The per-paragraph cache the checker reuses between checks. Default: a new one of its own. A
   * caller that passes one can see which paragraph analyses a re-check reads.
   */
  cache?: ParagraphCache;
  /** The speller's suggestion rankings ({@link SpellerOptions.rankings}). Default: a map of its own. */
  rankings?: SpellerOptions['rankings'];
}

/** Creates a checker. Loads the dictionaries synchronously from bundled data (once per process). */
export function createChecker(options: CheckerOptions = {}): Checker {
  const speller = createSpeller(undefined, { rankings: options.rankings });
  // Build the suggestion index now: the first check of a long article should not pay for it.
  speller.prepare();
  const variants = variantLookup(speller.lexicon, readPairs(dialectData));
  const tagger = createTagger();
  const cache = options.cache ?? new ParagraphCache();
  // The source's paragraphs are cached apart from the translation's, and its language by its text.
  const sourceCache = new ParagraphCache();
  let sourceLanguage: { text: string; language: SourceLanguage } | null = null;
  // The last alignment made: a re-check after an edit realigns only the stretch that changed.
  let lastPair: BilingualDocument | undefined;
  // The group-wise accuracy rules' findings of the last check: a re-check runs them only on changed groups.
  const accuracyCache = new AccuracyCache();
  return {
    check(text, options = {}, onProgress) {
      const doc = cache.build(text);
      const dictionary = new Set((options.dictionary ?? []).map((w) => w.toLowerCase()));
      if (options.houseStyle) {
        for (const t of options.houseStyle.terms) for (const w of t.preferred.split(/\s+/)) dictionary.add(w.toLowerCase());
      }
      let styleId = 0;
      if (options.houseStyle) {
        styleId = styleIds.get(options.houseStyle) ?? nextStyleId++;
        styleIds.set(options.houseStyle, styleId);
      }
      const settingsKey = `${hash([...dictionary].sort().join('\n'))}:${styleId}`;
      const context: RuleContext = {
        speller,
        tagger,
        variants,
        dialect: 'en-GB',
        dictionary,
        houseStyle: options.houseStyle,
        settingsKey,
      };
      context.dialect = options.dialect && options.dialect !== 'auto' ? options.dialect : detectDialect(doc, variants);

      const boilerplate = documentBoilerplate(doc);
      const issues: Issue[] = [];
      // A rule's (or entry's) severity when the settings turn it on, undefined when off.
      const severityOf = (info: RuleInfo): Severity | undefined => {
        const setting = options.rules?.[info.id];
        if (setting === false || (setting === undefined && info.enabledByDefault === false)) return undefined;
        return typeof setting === 'string' ? setting : info.defaultSeverity;
      };
      const only = options.only && new Set(options.only);
      const running = RULE_LIST.flatMap((rule) => {
        if (only && !only.has(rule.id)) return [];
        const entries = rule.entries ? new Map(rule.entries.map((e) => [e.id, e])) : undefined;
        const on = entries ? [...entries.values()].some(severityOf) : severityOf(rule) !== undefined;
        return on ? [{ rule, entries }] : [];
      });
      let done = 0;
      for (const { rule, entries } of running) {
        for (const f of rule.check(doc, context)) {
          const info = (f.rule !== undefined && entries?.get(f.rule)) || rule;
          const severity = severityOf(info);
          if (!severity) continue;
          // Boilerplate is deleted whole: what other rules find inside it is noise.
          if (rule.id !== 'boilerplate' && boilerplate.some((b) => f.start < b.end && f.end > b.start)) continue;
          const issue: Issue = {
            id: '',
            rule: info.id,
            category: info.category,
            severity,
            message: f.message,
            start: f.start,
            end: f.end,
            suggestions: f.suggestions ?? [],
          };
          if (f.safe) issue.safe = true;
          issues.push(issue);
        }
        onProgress?.(++done, running.length);
      }
      let bilingual: BilingualSummary | undefined;
      let alignment: AlignedLines[] | undefined;
      if (options.source !== undefined && (!only || ACCURACY_RULE_LIST.some((rule) => only.has(rule.id)))) {
        const sourceDoc = sourceCache.build(options.source);
        if (sourceLanguage?.text !== options.source) sourceLanguage = { text: options.source, language: detectSourceLanguage(options.source) };
        const pair = buildBilingual(sourceDoc, doc, sourceLanguage.language, lastPair);
        lastPair = pair;
        const accuracy: Issue[] = [];
        const enabled = ACCURACY_RULE_LIST.filter((rule) => {
          if (only && !only.has(rule.id)) return false;
          const setting = options.rules?.[rule.id];
          return !(setting === false || (setting === undefined && rule.enabledByDefault === false));
        });
        for (const [rule, findings] of accuracyCache.run(pair, context, enabled)) {
          const setting = options.rules?.[rule.id];
          const severity: Severity = typeof setting === 'string' ? setting : rule.defaultSeverity;
          for (const f of findings) {
            if (!f.placed && boilerplate.some((b) => f.start < b.end && f.end > b.start)) continue;
            accuracy.push({
              id: '',
              rule: rule.id,
              category: rule.category,
              severity,
              message: f.message,
              start: f.start,
              end: f.end,
              suggestions: f.suggestions ?? [],
              sourceStart: f.sourceStart,
              sourceEnd: f.sourceEnd,
            });
          }
        }
        issues.push(...accuracy);
        bilingual = bilingualSummary(pair, accuracy);
        alignment = alignedLines(pair);
      }
      issues.sort(compareIssues);
      // Ids from rule, flagged text and occurrence: an edit elsewhere leaves them unchanged.
      const seen = new Map<string, number>();
      for (const issue of issues) {
        let key = `${issue.rule}\u0000${text.slice(issue.start, issue.end)}`;
        // Two accuracy issues on one paragraph differ by the source text they concern.
        if (issue.sourceStart !== undefined) key += `\u0000${options.source?.slice(issue.sourceStart, issue.sourceEnd) ?? ''}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        issue.id = `${issue.rule}-${hash(key)}-${n}`;
      }
      const result: CheckResult = {
        language: documentLanguage(doc, context),
        dialect: context.dialect,
        machineTranslated: doc.machineTranslated,
        stats: { words: doc.words, paragraphs: doc.paragraphs.length },
        issues,
      };
      if (bilingual) result.bilingual = bilingual;
      if (alignment) result.alignment = alignment;
      return result;
    },
  };
}
