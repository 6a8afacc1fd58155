// `verso ter HYPOTHESIS REFERENCE [--format text|json] [--case-sensitive]`: TER/HTER as TERCOM computes it.
import { corpusTer } from '../../core/ter';
import { BadInputError } from '../../core/text/decode';
import { type Command, UsageError } from '../io';
import { readTextFile } from '../files';
import { choice, parseOptions } from '../options';

// Java's String.trim(), which TERCOM applies to every segment: every character up to U+0020.
// eslint-disable-next-line no-control-regex -- Java trims every control character, so must this.
const JAVA_TRIM = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/**
 * A file's segments as TERCOM reads them: one a line, lines ended by LF, CRLF or a lone CR (Java's
 * readLine), each trimmed as Java trims; a final line break does not start another segment. A blank
 * line is an empty segment, scored as TERCOM scores one (TERcalc.TERnullstr): against an empty
 * reference it costs the hypothesis's words over no reference words (TER 1), an empty hypothesis
 * costs every reference word (TER 1), and two empty lines cost nothing (TER 0).
 */
export function terSegments(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.replace(JAVA_TRIM, ''));
}

/** The `ter` subcommand. */
export const ter: Command = {
  summary: 'translation edit rate (TER, HTER) of line-aligned files, as TERCOM computes it',
  usage: [
    'Usage: verso ter HYPOTHESIS REFERENCE [--format text|json] [--case-sensitive]',
    '',
    'One segment a line (LF, CRLF or CR), both files with the same number of lines; a blank line',
    'is an empty segment, as TERCOM scores one. HTER of a post-edit is',
    '`verso ter MT POSTEDIT`. Words are whitespace-separated; case is ignored unless --case-sensitive.',
    '',
    '  --format text   one TER a line, then the corpus TER (default)',
    '  --format json   {"segments": [{"ter", "edits", "refWords"}], "ter"}',
    '',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals: files } = parseOptions(args, { format: { type: 'string' }, 'case-sensitive': { type: 'boolean' } }, 'ter');
    const format = choice(values.format, ['text', 'json'] as const, '--format', 'text');
    if (files.length !== 2) throw new UsageError(`expected HYPOTHESIS and REFERENCE, got ${files.length} file${files.length === 1 ? '' : 's'}.`);
    const hyps = terSegments(readTextFile(files[0]).text);
    const refs = terSegments(readTextFile(files[1]).text);
    for (const [k, list] of [hyps, refs].entries()) {
      if (list.length === 0) throw new BadInputError(`${files[k]} is empty: there are no lines to score.`);
    }
    if (hyps.length !== refs.length) {
      throw new BadInputError(`${files[0]} has ${hyps.length} lines but ${files[1]} has ${refs.length}; the files must be line-aligned.`);
    }
    const result = corpusTer(hyps, refs, { caseSensitive: values['case-sensitive'] === true });
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
