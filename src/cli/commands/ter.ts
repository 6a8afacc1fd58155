// `verso ter HYPOTHESIS REFERENCE [--format text|json] [--case-sensitive]`: TER/HTER as TERCOM computes it.
import { corpusTer } from '../../core/ter';
import { BadInputError } from '../../core/text/decode';
import { type Command, UsageError } from '../io';
import { readTextFile } from '../files';
import { parseArgs } from './diff';

/** A file's segments: one a line; a final newline does not start another segment. */
function segments(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The `ter` subcommand. */
export const ter: Command = {
  summary: 'translation edit rate (TER, HTER) of line-aligned files, as TERCOM computes it',
  usage: [
    'Usage: verso ter HYPOTHESIS REFERENCE [--format text|json] [--case-sensitive]',
    '',
    'One segment a line, both files with the same number of lines. HTER of a post-edit is',
    '`verso ter MT POSTEDIT`. Words are whitespace-separated; case is ignored unless --case-sensitive.',
    '',
    '  --format text   one TER a line, then the corpus TER (default)',
    '  --format json   {"segments": [{"ter", "edits", "refWords"}], "ter"}',
    '',
  ].join('\n'),
  async run(args, io) {
    const { files, format, flags } = parseArgs(args, ['--case-sensitive'], ['text', 'json']);
    if (files.length !== 2) throw new UsageError(`expected HYPOTHESIS and REFERENCE, got ${files.length} file${files.length === 1 ? '' : 's'}.`);
    const hyps = segments(readTextFile(files[0]).text);
    const refs = segments(readTextFile(files[1]).text);
    if (hyps.length !== refs.length) {
      throw new BadInputError(`${files[0]} has ${hyps.length} lines but ${files[1]} has ${refs.length}; the files must be line-aligned.`);
    }
    const result = corpusTer(hyps, refs, { caseSensitive: flags.has('--case-sensitive') });
    if (format === 'json') {
      const segmentsOut = result.segments.map((s) => ({ ter: s.ter, edits: s.edits, refWords: s.refWords }));
      io.out(`${JSON.stringify({ segments: segmentsOut, ter: result.ter })}\n`);
    } else {
      const lines = result.segments.map((s) => `${s.ter.toFixed(6)}  ${s.edits}/${s.refWords}\n`);
      const edits = result.segments.reduce((n, s) => n + s.edits, 0);
      const words = result.segments.reduce((n, s) => n + s.refWords, 0);
      io.out(`${lines.join('')}TER ${result.ter.toFixed(6)} (${edits} edits / ${words} reference words, ${hyps.length} segments)\n`);
    }
    return 0;
  },
};
