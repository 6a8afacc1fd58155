// How `verso check --jobs` hands out work (src/cli/batch/pool.ts): on several jobs each file is
// two tasks, one per part of the rules; a thread takes a task of its own part first, else opens
// the next file (leaving its other part to the other threads), else takes the other part's.
import { describe, expect, it } from 'vitest';
import { Tasks } from '../../../src/cli/batch/pool';

const files = ['a.txt', 'b.txt', 'c.txt'];
const key = (t: { index: number; part?: number } | undefined) => (t ? `${t.index}:${t.part ?? '*'}` : 'none');

describe('the tasks of a verso check run', () => {
  it('gives one task per file, every rule, on one job', () => {
    const tasks = new Tasks(files, false);
    expect([tasks.next(0), tasks.next(1), tasks.next(0), tasks.next(0)].map(key)).toEqual(['0:*', '1:*', '2:*', 'none']);
  });

  it('gives each file\'s parts to the threads of those parts, each part once', () => {
    const tasks = new Tasks(files, true);
    // The part-1 thread opens a.txt and b.txt; the part-0 thread takes their first parts, then opens c.txt.
    expect([tasks.next(1), tasks.next(1), tasks.next(0), tasks.next(0), tasks.next(0), tasks.next(1)].map(key)).toEqual(['0:1', '1:1', '0:0', '1:0', '2:0', '2:1']);
    expect([tasks.next(0), tasks.next(1)].map(key)).toEqual(['none', 'none']);
  });

  it('lets a thread with nothing of its own left take the other part\'s waiting tasks, oldest first', () => {
    const tasks = new Tasks(files, true);
    expect([tasks.next(0), tasks.next(0), tasks.next(0)].map(key)).toEqual(['0:0', '1:0', '2:0']);
    // No file left to open: the part-0 thread takes the part-1 tasks, in file order.
    expect([tasks.next(0), tasks.next(1), tasks.next(0), tasks.next(1)].map(key)).toEqual(['0:1', '1:1', '2:1', 'none']);
  });
});
