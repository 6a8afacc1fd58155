// `verso diff ORIGINAL CORRECTED [--format text|json|html|patch]`: the review's changes from the command line.
import { basename } from 'node:path';
// Straight from the modules, not the engine's index: `verso diff` should not load the checker.
import { DocumentDiff, formatDiffHtml, formatDiffText, formatPatch } from '../../core/diff';
import { readTextFile } from '../files';
import { type Command, UsageError } from '../io';
import { choice, parseOptions } from '../options';
import { formatHter } from '../../shared/labels';

const FORMATS = ['text', 'json', 'html', 'patch'] as const;

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
    const a = readTextFile(pathA).text;
    const b = readTextFile(pathB).text;
    const review = new DocumentDiff(a, b);
    const changes = review.changes;
    // Document HTER: TERCOM's corpus figure over sentence segments (see DiffStats).
    const figures = () => review.totals();
    if (format === 'json') {
      io.out(`${JSON.stringify({ changes, stats: figures() })}\n`);
    } else if (format === 'patch') {
      io.out(formatPatch(a, b, pathA, pathB, changes));
    } else if (format === 'html') {
      io.out(formatDiffHtml(a, b, changes, { title: `${basename(pathA)} → ${basename(pathB)}` }));
    } else {
      const stats = figures();
      io.out(formatDiffText(a, b, changes));
      const n = changes.length;
      io.out(`${n} change${n === 1 ? '' : 's'}; words ${stats.wordsA} -> ${stats.wordsB}; HTER ${formatHter(stats.ter)} (${stats.edits} ${stats.edits === 1 ? 'edit' : 'edits'})\n`);
    }
    return 0;
  },
};
