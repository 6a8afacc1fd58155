/**
 * What the Issues region shows as one card: the open issues that are one finding. Two rules can
 * flag exactly the same text with the same fix and mean the same thing (source script left in the
 * English is `foreign-script` and, with a source, `left-in-source`); the report and the CSV keep
 * each rule's issue, the editor sees and decides one card. Which rules say the same is the rules'
 * own `sameFindingAs` (the registry), never a list kept here.
 */
import { ACCURACY_RULES, RULES, type Issue } from '../../core';

/** One card: its issues, the first one leading (its message and fixes are shown). */
export interface IssueCard<T extends Issue> {
  lead: T;
  /** Every issue of the card, the lead first. */
  issues: readonly T[];
}

/** Rule id pairs ("a\0b", both orders) that report the same finding, from the registries. */
function samePairs(rules: readonly { id: string; sameFindingAs?: readonly string[] }[]): Set<string> {
  const pairs = new Set<string>();
  for (const rule of rules) {
    for (const other of rule.sameFindingAs ?? []) {
      pairs.add(`${rule.id}\u0000${other}`);
      pairs.add(`${other}\u0000${rule.id}`);
    }
  }
  return pairs;
}

const SAME = samePairs([...RULES, ...ACCURACY_RULES]);

function sameSuggestions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/**
 * Groups issues (sorted by position, as the checker and the review keep them) into cards: an issue
 * joins an earlier card on the same range (`from`/`to` where the issues carry them, else
 * `start`/`end`) whose lead has the same suggestions and a rule that reports the same finding.
 * Every other issue is a card of its own, in the order given. `pairs` defaults to the registries'.
 */
export function issueCards<T extends Issue & { from?: number; to?: number }>(
  issues: readonly T[],
  pairs: ReadonlySet<string> = SAME,
): IssueCard<T>[] {
  const cards: { lead: T; issues: T[] }[] = [];
  const from = (issue: T) => issue.from ?? issue.start;
  const to = (issue: T) => issue.to ?? issue.end;
  // Cards on the range being read: issues on one range are next to each other in sorted order.
  let here: { lead: T; issues: T[] }[] = [];
  for (const issue of issues) {
    if (here.length > 0 && (from(here[0].lead) !== from(issue) || to(here[0].lead) !== to(issue))) here = [];
    const card =
      pairs.size > 0
        ? here.find(
            (c) => c.issues.every((i) => pairs.has(`${i.rule}\u0000${issue.rule}`)) && sameSuggestions(c.lead.suggestions, issue.suggestions),
          )
        : undefined;
    if (card) card.issues.push(issue);
    else {
      const created = { lead: issue, issues: [issue] };
      cards.push(created);
      here.push(created);
    }
  }
  return cards;
}

/** The pairs {@link issueCards} reads, made from rule descriptions (for tests and callers with rules of their own). */
export const sameFindingPairs = samePairs;

/** How many characters each side of an issue's text {@link issueContext} is given to read. */
export const CONTEXT = 24;

/**
 * The words around an issue's text as a card shows them: what stands before and after it on its
 * own line, cut at whole words, with "…" where more text goes on.
 */
export function issueContext(before: string, after: string): { before: string; after: string } {
  let b = before.slice(before.search(/[^\r\n]*$/));
  let a = after.slice(0, after.search(/[\r\n]|$/));
  if (b.length === before.length && b.length >= CONTEXT) b = `…${b.replace(/^\S*\s/, '')}`;
  if (a.length === after.length && a.length >= CONTEXT) a = `${a.replace(/\s\S*$/, '')}…`;
  return { before: b, after: a };
}
