// Tiny factories shared by the format tests.
import { readFileSync } from 'node:fs';
import { diffWordsWithSpace } from 'diff';
import type { Change, Issue } from '../../../src/core';
import type { ReviewedIssue } from '../../../src/shared/report';

/** The sample article shipped with Verso, and its corrected version ("offencive" and one double space fixed). */
export function sampleArticle(): { original: string; corrected: string } {
  const original = readFileSync(new URL('../../../resources/samples/iraq-heroes-operation.txt', import.meta.url), 'utf8');
  const corrected = original.replace('offencive', 'offensive').replace('group.  Iraqi', 'group. Iraqi');
  return { original, corrected };
}

let next = 0;
/** An issue over `text.slice(start, end)` with sensible defaults. */
export function issue(over: Partial<Issue> & Pick<Issue, 'start' | 'end'>): Issue {
  return {
    id: `issue-${++next}`,
    rule: 'spelling',
    category: 'spelling',
    severity: 'error',
    message: 'Possible misspelling',
    suggestions: [],
    ...over,
  };
}

/** An issue for the first occurrence of `needle` in `text`. */
export function issueAt(text: string, needle: string, over: Partial<Issue> = {}, status: ReviewedIssue['status'] = 'open'): ReviewedIssue {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { issue: issue({ start, end: start + needle.length, ...over }), status };
}

/** Word-level changes from `a` to `b` (a stand-in for the diff engine, built on jsdiff). */
export function changesBetween(a: string, b: string): Change[] {
  const changes: Change[] = [];
  let posA = 0;
  let posB = 0;
  for (const part of diffWordsWithSpace(a, b)) {
    const len = part.value.length;
    if (!part.added && !part.removed) {
      posA += len;
      posB += len;
      continue;
    }
    const last = changes[changes.length - 1];
    const merge = last && last.toA === posA && last.toB === posB;
    const fromA = merge ? last.fromA : posA;
    const fromB = merge ? last.fromB : posB;
    if (part.removed) posA += len;
    else posB += len;
    const change: Change = {
      kind: posA > fromA && posB > fromB ? 'replace' : posA > fromA ? 'delete' : 'insert',
      fromA, toA: posA, fromB, toB: posB,
      a: a.slice(fromA, posA), b: b.slice(fromB, posB),
    };
    if (merge) changes[changes.length - 1] = change;
    else changes.push(change);
  }
  return changes;
}
