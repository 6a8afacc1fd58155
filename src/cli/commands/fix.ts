// `verso fix FILE -o OUT`: applies the safe suggestions (spacing, repeated words, unambiguous misspellings).
import { BadInputError, createChecker, encodeText, type Issue } from '../../core';
import { lineColumn, lineStarts } from '../../core/text/lines';
import { writeFileAtomic } from '../../node/atomic-write';
import { type Command, UsageError } from '../io';
import { readArticle } from '../files';
import { choice, parseOptions } from '../options';
import { FIX_HELP } from './help';

/** The rules whose safe suggestions `fix` applies unseen. */
const FIXABLE = new Set(['spacing', 'repeated-word', 'spelling']);

/** Writes OUT through the app's atomic writer (symlinks followed, mode kept, folder synced). */
async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
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
    }, 'fix');
    if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}.`);
    const out = values.output as string | undefined;
    if (!out) throw new UsageError('expected -o OUT (fix never overwrites FILE unless told to with -o FILE).');
    const dialect = choice(values.dialect, ['auto', 'en-GB', 'en-US'] as const, '--dialect', 'auto');
    const file = positionals[0];
    const decoded = readArticle(file);
    const checker = createChecker();
    let text = decoded.text;
    const report: string[] = [];
    // A fix can reveal another (deleting a repeated word leaves two spaces): a few passes settle it.
    for (let pass = 0; pass < 3; pass++) {
      const { issues } = checker.check(text, { dialect });
      const { text: next, applied } = applySafe(text, issues);
      if (applied.length === 0) break;
      const starts = lineStarts(text);
      for (const i of applied) {
        const { line, column } = lineColumn(starts, i.start);
        report.push(`${file}:${line}:${column}  ${i.rule}  ${JSON.stringify(text.slice(i.start, i.end))} -> ${JSON.stringify(i.suggestions[0])}\n`);
      }
      text = next;
    }
    await writeOutput(out, encodeText(text, decoded.encoding, decoded.bom));
    io.out(`${report.join('')}${report.length} fix${report.length === 1 ? '' : 'es'} applied; wrote ${out}\n`);
    return 0;
  },
};
