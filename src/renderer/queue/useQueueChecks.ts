/**
 * The batch's background checks: every New article is checked in queue order, one at a time, on a
 * checking worker of its own (the open review keeps the app's worker to itself, so typing never
 * waits for the batch), and its figures are handed back for the "Articles" list.
 */
import { useEffect, useRef } from 'react';
import type { Settings } from '../../shared/ipc';
import { CheckClient } from '../review/checkClient';
import { useLatest } from '../review/latest';
import { lineSeparatorOf } from '../review/lineBreaks';
import { openReviewDocument, type Prechecked } from '../review/reviewDocument';
import { fileToOpen, type ArticleFigures, type Queue } from './queue';

/** The next article the background checks are for: New, no figures yet, no problem found. */
export function nextToCheck(queue: Queue | null): number {
  return queue ? queue.articles.findIndex((a) => a.status === 'New' && !a.figures && !a.problem) : -1;
}

/**
 * What the background check found of an article: its figures; or that it cannot be opened
 * (`unreadable`: why, one sentence); or that the checker failed on it (`problem`; it still opens).
 */
export type BackgroundResult = { figures: ArticleFigures } | { unreadable: string } | { problem: string };

/** Checks `queue`'s New articles in the background; `onChecked` gets each one's {@link BackgroundResult}. */
export function useQueueChecks(
  queue: Queue | null,
  settings: Settings,
  onChecked: (index: number, result: BackgroundResult, prechecked?: Prechecked) => void,
): void {
  const client = useRef<CheckClient | null>(null);
  const busy = useRef(-1);
  const onCheckedRef = useLatest(onChecked);
  const settingsRef = useLatest(settings);
  const next = nextToCheck(queue);

  useEffect(() => {
    if (next < 0 || busy.current >= 0 || !queue) return;
    const index = next;
    const article = queue.articles[index];
    busy.current = index;
    client.current ??= new CheckClient();
    const own = client.current;
    let checkedWith: Omit<Prechecked, 'response'> | undefined;
    void openReviewDocument(fileToOpen(article)).then(
      (doc) => {
        own.listen((response) => {
          if (response.type === 'restarted') {
            busy.current = -1;
            onCheckedRef.current(index, { problem: `could not be checked (${response.message})` });
            return;
          }
          if (response.type !== 'checked' && response.type !== 'failed') return;
          if (response.version !== index) return;
          busy.current = -1;
          if (response.type === 'failed') {
            onCheckedRef.current(index, { problem: `could not be checked (${response.message})` });
            return;
          }
          const byCategory: Record<string, number> = {};
          for (const issue of response.result.issues) byCategory[issue.category] = (byCategory[issue.category] ?? 0) + 1;
          onCheckedRef.current(
            index,
            {
              figures: {
                words: response.stats.wordsB,
                openIssues: response.result.issues.length,
                byCategory,
                decisions: 0,
                changes: 0,
                hter: response.stats.hter,
              },
            },
            checkedWith && { ...checkedWith, response },
          );
        });
        const current = settingsRef.current;
        const options = { dialect: current.dialect, rules: current.rules, dictionary: current.dictionary };
        // The texts as the review's editors will hold them (one "\n" for each of the article's own
        // line breaks, see ../review/editors.ts), and with the machine translation's issues, so the
        // review can take this check as its first.
        const separator = lineSeparatorOf(doc.original);
        const original = doc.original.split(separator).join('\n');
        const corrected = doc.corrected.split(separator).join('\n');
        checkedWith = { original, corrected, options };
        own.check(index, original, corrected, options, true);
      },
      (error: unknown) => {
        busy.current = -1;
        onCheckedRef.current(index, { unreadable: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [next, queue, onCheckedRef, settingsRef]);

  // The worker goes when the batch does (or when every article is checked and the batch closes).
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
      busy.current = -1;
    },
    [],
  );
  useEffect(() => {
    if (queue === null && client.current) {
      client.current.dispose();
      client.current = null;
      busy.current = -1;
    }
  }, [queue]);
}
