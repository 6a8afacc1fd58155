/**
 * What the screen shows of the editors' state (open and decided issues, the change count, whether
 * the cursor is on a change), recomputed after editor updates, coalesced to one per task.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { reviewChanges } from './changes';
import type { ReviewEditors } from './editors';
import { useLatest } from './latest';
import { openIssues, reviewField, type DecisionRecord, type TrackedIssue } from './reviewField';

/** What the screen shows, recomputed after each editor update (once per task at most). */
export interface Snapshot {
  open: TrackedIssue[];
  decided: [string, DecisionRecord][];
  changes: number;
  canRevert: boolean;
}

const EMPTY_SNAPSHOT: Snapshot = { open: [], decided: [], changes: 0, canRevert: false };

/**
 * The snapshot and `refresh`, which schedules its recomputation; `onRefresh` runs after each one
 * (the screen reports whether the review is dirty there).
 */
export function useReviewSnapshot(
  editors: RefObject<ReviewEditors | null>,
  onRefresh: (view: ReviewEditors) => void,
): { snapshot: Snapshot; refresh: () => void } {
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY_SNAPSHOT);
  const onRefreshRef = useLatest(onRefresh);
  const pending = useRef(false);
  // The open-issue list keeps its identity while the same issues stay open, so typing does not
  // re-render the panel.
  const refresh = useCallback(() => {
    if (pending.current) return;
    pending.current = true;
    queueMicrotask(() => {
      pending.current = false;
      const view = editors.current;
      if (!view) return;
      const state = view.b.state;
      const data = state.field(reviewField);
      const changes = reviewChanges(state);
      const head = state.selection.main.head;
      const open = openIssues(state);
      setSnapshot((previous) => {
        const sameOpen =
          previous.open.length === open.length && previous.open.every((issue, i) => issue.id === open[i].id);
        const decided = [...data.decisions.entries()];
        const sameDecided =
          previous.decided.length === decided.length &&
          previous.decided.every(([id, record], i) => id === decided[i][0] && record === decided[i][1]);
        const canRevert = changes.some((c) => c.fromB <= head && head <= c.toB);
        if (sameOpen && sameDecided && previous.changes === changes.length && previous.canRevert === canRevert) {
          return previous;
        }
        return {
          open: sameOpen ? previous.open : open,
          decided: sameDecided ? previous.decided : decided,
          changes: changes.length,
          canRevert,
        };
      });
      onRefreshRef.current(view);
    });
  }, [editors, onRefreshRef]);
  return { snapshot, refresh };
}
