// The subcommands, keep sorted. Each lives in its own file.
//
// `check` and `fix` load the checker and its dictionaries (megabytes of word lists): they are
// imported when one of them runs, so that `verso diff` and `verso ter` start without parsing them.
// Their one-line summaries and usage texts are here so that `--help` needs no loading either;
// tests/integration/cli-diff.test.ts checks them against the commands' own.
import type { Command } from '../io';
import { diff } from './diff';
import { ter } from './ter';

/** A command whose module is imported on first run. */
function lazy(summary: string, usage: string, load: () => Promise<Command>): Command {
  return {
    summary,
    usage,
    async run(args, io) {
      return (await load()).run(args, io);
    },
  };
}

const check = lazy(
  'flag misspellings, UK/US mixes, boilerplate, repeated words and other slips in articles',
  [
    'Usage: verso check FILE... [--format text|json] [--dialect en-GB|en-US|auto] [--rules FILE] [--fail-on SEVERITY]',
    '',
    '  --format text      one line per issue: file:line:col  severity  rule  message  -> suggestion (default)',
    '  --format json      one JSON document per file (an array for several files)',
    "  --dialect D        en-GB, en-US, or auto: pick from the text's own spellings (default auto)",
    '  --rules FILE       house-style file (JSON or YAML): preferred terms and forbidden words',
    '  --fail-on S        exit 1 when an issue of severity S (error, warning, info) or worse is found',
    '',
    'Exit status: 0 checked, 1 issues at or above --fail-on, 2 bad input or options.',
    '',
  ].join('\n'),
  async () => (await import('./check')).check,
);

const fix = lazy(
  'apply the safe fixes (spacing, repeated words, unambiguous misspellings) and write a new file',
  [
    'Usage: verso fix FILE -o OUT [--dialect en-GB|en-US|auto]',
    '',
    'Applies only what is safe without a human looking: stray spaces, repeated words and',
    'misspellings with one clear correction. FILE is never overwritten unless OUT is FILE.',
    "OUT keeps FILE's encoding, byte order mark and line endings; it is written atomically.",
    '',
  ].join('\n'),
  async () => (await import('./fix')).fix,
);

/** Every `verso` subcommand by name. */
export const COMMANDS: Record<string, Command> = {
  check,
  diff,
  fix,
  ter,
};
