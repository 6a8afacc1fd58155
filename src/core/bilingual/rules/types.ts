/** What an accuracy rule is and what it reads: a source and its translation, aligned. */
import type { Paragraph } from '../../document';
import type { RuleContext, RuleInfo } from '../../rules';
import type { AlignedGroup, BilingualDocument } from '../pair';

/** One thing an accuracy rule found: a range in the translation and the range of the source it concerns. */
export interface AccuracyFinding {
  /** Offsets into the translation, end exclusive. */
  start: number;
  end: number;
  /** Offsets into the source's text, end exclusive (equal for a place between paragraphs). */
  sourceStart: number;
  sourceEnd: number;
  message: string;
  /** Replacements for `start..end`, best first. */
  suggestions?: string[];
  /**
   * The translation span only shows where the source text belongs (a paragraph left out is shown
   * on its neighbour): agency boilerplate there, which hides other accuracy findings, does not hide it.
   */
  placed?: boolean;
}

/** An accuracy rule: one per file under src/core/bilingual/rules/, listed in its index.ts. */
export interface AccuracyRule extends RuleInfo {
  category: 'accuracy';
  check(pair: BilingualDocument, context: RuleContext): AccuracyFinding[];
  /**
   * For a rule whose findings on an aligned group depend only on that group (its paragraphs, and
   * at most {@link GROUP_CONTEXT} characters either side of them), on `scope(pair)` and on the
   * context's settings: the findings on one matched group. `check` then gives the same over every
   * matched group ({@link everyGroup}); a checker uses this to re-check only the groups an edit changed.
   * `memo` is the run's, shared by the rule's groups (see {@link RunMemo}).
   */
  checkGroup?(group: AlignedGroup, pair: BilingualDocument, context: RuleContext, scope: string, memo: RunMemo): AccuracyFinding[];
  /** What a group-wise rule's findings depend on beyond the group, read from the whole pair once (default ''). */
  scope?(pair: BilingualDocument): string;
}

/**
 * What a group-wise rule keeps from one group to the next within one run over a pair: readings
 * that depend on their key alone (a source word's spellings, by the word), never on a group, so a
 * group's findings are the same with a new one. Made by the run, one per rule.
 */
export class RunMemo {
  private readonly values = new Map<string, unknown>();

  /** The value kept under `key`, computed on first use. */
  get<T>(key: string, compute: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}

/** How far outside its group's paragraphs a group-wise rule may read the texts, in characters. */
export const GROUP_CONTEXT = 32;

/** A group-wise rule's findings on a whole pair: its scope once, then each matched group in order. */
export function everyGroup(rule: AccuracyRule, pair: BilingualDocument, context: RuleContext): AccuracyFinding[] {
  const scope = rule.scope?.(pair) ?? '';
  const memo = new RunMemo();
  return matchedGroups(pair).flatMap((g) => rule.checkGroup!(g, pair, context, scope, memo));
}

/** Where a group of paragraphs stands: from the first one's start to the last one's end. */
export function extent(paragraphs: readonly Paragraph[]): { start: number; end: number } {
  return { start: paragraphs[0].start, end: paragraphs[paragraphs.length - 1].end };
}

/** The groups that have paragraphs on both sides. */
export function matchedGroups(pair: BilingualDocument): AlignedGroup[] {
  return pair.groups.filter((g) => g.source.length > 0 && g.target.length > 0);
}

/** A short excerpt for a message: the first `max` characters, cut at a word, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** Mentions from every paragraph of a group, offsets made absolute. */
export function absolute<T extends { start: number; end: number }>(paragraphs: readonly Paragraph[], read: (p: Paragraph) => readonly T[]): T[] {
  const out: T[] = [];
  for (const p of paragraphs) for (const m of read(p)) out.push({ ...m, start: m.start + p.start, end: m.end + p.start });
  return out;
}

export { quote } from '../../rules/types';
