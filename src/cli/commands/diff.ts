// `verso diff ORIGINAL CORRECTED [--format text|json|html|patch]`: the review's changes from the command line.
import { basename } from 'node:path';
// Straight from the modules, not the engine's index: `verso diff` should not load the checker.
import { type Change, diffBlocks, type DiffBlock, DiffScratch, type DiffStats, DiffStatsTally, formatDiffHtml, formatDiffText, formatPatch } from '../../core/diff';
import { DiffStatsThread, statsThreadPays, threadSetting } from '../diff-stats/thread';
import { readTextFile } from '../files';
import { type Command, UsageError } from '../io';
import { choice, parseOptions } from '../options';
import { formatHter } from '../../shared/labels';

const FORMATS = ['text', 'json', 'html', 'patch'] as const;

/** Every change of the blocks, in order. */
function flatten(blocks: readonly DiffBlock[]): Change[] {
  let total = 0;
  for (const block of blocks) total += block.changes.length;
  const changes = new Array<Change>(total);
  let n = 0;
  for (const block of blocks) for (const c of block.changes) changes[n++] = c;
  return changes;
}

/** The document figures counted on this thread. */
function figuresHere(a: string, b: string, blocks: readonly DiffBlock[]): DiffStats {
  const tally = new DiffStatsTally(a, b);
  for (const block of blocks) tally.add(block);
  return tally.totals();
}

/** The `diff` subcommand. */
export const diff: Command = {
  summary: 'show the changes between an original and its corrected text',
  usage: [
    'Usage: verso diff ORIGINAL CORRECTED [--format text|json|html|patch]',
    '',
    'Compares the original (usually the machine translation) with the corrected text: paragraphs',
    'aligned, then words, one-word replacements down to characters.',
    '',
    '  --format text   one line per change: line:col, kind, the words around it with',
    '                  [-deleted-]{+inserted+} marked (default)',
    '  --format json   {"changes": [...], "stats": {"wordsA", "wordsB", "edits", "ter"}}',
    '  --format html   the corrected text with deletions struck and insertions underlined',
    '  --format patch  a unified diff that `patch ORIGINAL` applies',
    '',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals: files } = parseOptions(args, { format: { type: 'string' } }, 'diff');
    const format = choice(values.format, FORMATS, '--format', 'text');
    if (files.length !== 2) throw new UsageError(`expected ORIGINAL and CORRECTED, got ${files.length} file${files.length === 1 ? '' : 's'}.`);
    const [pathA, pathB] = files;
    // The JSON and the text formats end with the TER figures: on big files they are scored on a
    // second thread, started now so that it is up by the time the first blocks are diffed.
    const withStats = format === 'json' || format === 'text';
    // VERSO_DIFF_THREAD=on|off decides instead (tests, benchmarks).
    const setting = threadSetting(process.env.VERSO_DIFF_THREAD);
    const thread = withStats && io.diffStatsWorker && statsThreadPays(pathA, pathB, setting) ? DiffStatsThread.start(io.diffStatsWorker) : null;
    let blocks: DiffBlock[];
    let a: string;
    let b: string;
    try {
      a = readTextFile(pathA).text;
      b = readTextFile(pathB).text;
      thread?.texts(a, b);
      blocks = diffBlocks(a, 0, a.length, b, 0, b.length, new DiffScratch(), thread ? (block) => thread.add(block) : undefined);
    } catch (error) {
      thread?.stop();
      throw error;
    }
    const changes = flatten(blocks);
    // Document HTER: TERCOM's corpus figure over sentence segments (see DiffStats), the same sums
    // whichever thread counts them. With the thread, this thread scores what it has not reached.
    const figures = async (): Promise<DiffStats> => {
      const tally = new DiffStatsTally(a, b);
      if (thread) {
        try {
          tally.addSums(await thread.finish(tally));
          return tally.totals();
        } catch {
          // The thread failed: count here instead (a fresh tally, nothing of the thread's in it).
          return figuresHere(a, b, blocks);
        }
      }
      return figuresHere(a, b, blocks);
    };
    if (format === 'json') {
      // Byte for byte `${JSON.stringify({ changes, stats })}\n`, the changes written while the
      // figures are still being counted.
      io.out(`{"changes":${JSON.stringify(changes)},"stats":`);
      io.out(`${JSON.stringify(await figures())}}\n`);
    } else if (format === 'patch') {
      io.out(formatPatch(a, b, pathA, pathB, changes));
    } else if (format === 'html') {
      io.out(formatDiffHtml(a, b, changes, { title: `${basename(pathA)} → ${basename(pathB)}` }));
    } else {
      io.out(formatDiffText(a, b, changes));
      const stats = await figures();
      const n = changes.length;
      io.out(`${n} change${n === 1 ? '' : 's'}; words ${stats.wordsA} -> ${stats.wordsB}; HTER ${formatHter(stats.ter)} (${stats.edits} ${stats.edits === 1 ? 'edit' : 'edits'})\n`);
    }
    return 0;
  },
};
