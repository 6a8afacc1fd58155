// `verso fix FILE -o OUT`: applies the safe suggestions (spacing, repeated words, unambiguous misspellings).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BadInputError, createChecker, encodeText, type Issue } from '../../core';
import { type Command, UsageError } from '../io';
import { readTextFile } from '../files';
import { lineColumn, lineStartsOf } from '../batch/report';
import { parseOptions } from '../options';
import { FIX_HELP } from './help';

/** The rules whose safe suggestions `fix` applies unseen. */
const FIXABLE = new Set(['spacing', 'repeated-word', 'spelling']);

/** Writes a file atomically: a temporary file in the same folder, fsync, rename over the target. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new BadInputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

/** Applies non-overlapping safe fixes, last first so earlier offsets stay valid. */
function applySafe(text: string, issues: Issue[]): { text: string; applied: Issue[] } {
  const chosen: Issue[] = [];
  // Nothing inside a stretch in another language is an English slip to correct.
  const foreign = issues.filter((i) => i.rule === 'untranslated');
  let end = -1;
  for (const i of issues) {
    if (!i.safe || !FIXABLE.has(i.rule) || i.suggestions[0] === undefined || i.start < end) continue;
    if (foreign.some((f) => i.start < f.end && i.end > f.start)) continue;
    chosen.push(i);
    end = i.end;
  }
  let out = text;
  for (const i of [...chosen].reverse()) out = out.slice(0, i.start) + i.suggestions[0] + out.slice(i.end);
  return { text: out, applied: chosen };
}

/** The `fix` subcommand. */
export const fix: Command = {
  ...FIX_HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      output: { type: 'string', short: 'o' },
      dialect: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}.`);
    const out = values.output as string | undefined;
    if (!out) throw new UsageError('expected -o OUT (fix never overwrites FILE unless told to with -o FILE).');
    const dialect = values.dialect as string | undefined;
    if (dialect !== undefined && !['auto', 'en-GB', 'en-US'].includes(dialect)) {
      throw new UsageError(`--dialect must be one of auto, en-GB, en-US (got '${dialect}').`);
    }
    const file = positionals[0];
    const decoded = readTextFile(file);
    const checker = createChecker();
    let text = decoded.text;
    const report: string[] = [];
    // A fix can reveal another (deleting a repeated word leaves two spaces): a few passes settle it.
    for (let pass = 0; pass < 3; pass++) {
      const { issues } = checker.check(text, { dialect: (dialect ?? 'auto') as 'auto' | 'en-GB' | 'en-US' });
      const { text: next, applied } = applySafe(text, issues);
      if (applied.length === 0) break;
      const starts = lineStartsOf(text);
      for (const i of applied) {
        const { line, column } = lineColumn(starts, i.start);
        report.push(`${file}:${line}:${column}  ${i.rule}  ${JSON.stringify(text.slice(i.start, i.end))} -> ${JSON.stringify(i.suggestions[0])}\n`);
      }
      text = next;
    }
    writeAtomically(out, encodeText(text, decoded.encoding, decoded.bom));
    io.out(`${report.join('')}${report.length} fix${report.length === 1 ? '' : 'es'} applied; wrote ${out}\n`);
    return 0;
  },
};
