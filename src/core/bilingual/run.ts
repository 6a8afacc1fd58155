/**
 * Running the accuracy rules over an aligned pair. A group-wise rule's findings on a group are kept
 * from one check to the next (see {@link AccuracyCache}), so a re-check after an edit runs those
 * rules only on the groups the edit changed; the other rules read the whole pair each time.
 */
import type { RuleContext } from '../rules';
import type { AlignedGroup, BilingualDocument } from './pair';
import { extent, GROUP_CONTEXT, matchedGroups, RunMemo, type AccuracyFinding, type AccuracyRule } from './rules/types';

/**
 * Group-wise rules' findings from the last check, offsets relative to each side's group start.
 * Keyed by what they depend on: the group's paragraph texts and places relative to its start,
 * {@link GROUP_CONTEXT} characters either side of it on both sides, the source language, the
 * context's settings key, and per rule its id and scope. Only the last check's entries are kept.
 */
export class AccuracyCache {
  private entries = new Map<string, Map<string, AccuracyFinding[]>>();

  /**
   * Every rule's findings on `pair`, in rule order and, for a group-wise rule, in group order:
   * the same as each rule's `check` would give.
   */
  run(pair: BilingualDocument, context: RuleContext, rules: readonly AccuracyRule[]): Map<AccuracyRule, AccuracyFinding[]> {
    const out = new Map<AccuracyRule, AccuracyFinding[]>();
    const grouped = rules.filter((r) => r.checkGroup);
    for (const rule of rules) out.set(rule, rule.checkGroup ? [] : rule.check(pair, context));
    if (grouped.length === 0) return out;
    const values = grouped.map((r) => r.scope?.(pair) ?? '');
    const scopes = grouped.map((r, k) => `${r.id}\u0000${values[k]}`);
    const memos = grouped.map(() => new RunMemo());
    const next = new Map<string, Map<string, AccuracyFinding[]>>();
    const settings = `${pair.language.code}\u0000${context.settingsKey}\u0000`;
    for (const group of matchedGroups(pair)) {
      const key = settings + groupKey(pair, group);
      const kept = this.entries.get(key) ?? next.get(key);
      const found = new Map<string, AccuracyFinding[]>();
      const target = extent(group.target).start;
      const source = extent(group.source).start;
      grouped.forEach((rule, k) => {
        let relative = kept?.get(scopes[k]);
        if (!relative) relative = rule.checkGroup!(group, pair, context, values[k], memos[k]).map((f) => shift(f, -target, -source));
        found.set(scopes[k], relative);
        const list = out.get(rule)!;
        for (const f of relative) list.push(shift(f, target, source));
      });
      next.set(key, found);
    }
    this.entries = next;
    return out;
  }
}

/** A group as its texts: each paragraph's text and place relative to the group, and the text around it on both sides. */
function groupKey(pair: BilingualDocument, group: AlignedGroup): string {
  const side = (text: string, paragraphs: AlignedGroup['source']) => {
    const { start, end } = extent(paragraphs);
    const from = Math.max(0, start - GROUP_CONTEXT);
    const places = paragraphs.map((p) => `${p.start - start}:${p.end - start}`).join(',');
    return `${start - from}|${places}\u0001${text.slice(from, end + GROUP_CONTEXT)}`;
  };
  return `${side(pair.source.text, group.source)}\u0002${side(pair.target.text, group.target)}`;
}

function shift(f: AccuracyFinding, target: number, source: number): AccuracyFinding {
  return { ...f, start: f.start + target, end: f.end + target, sourceStart: f.sourceStart + source, sourceEnd: f.sourceEnd + source };
}
