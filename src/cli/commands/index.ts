// The subcommands, keep sorted. Each lives in its own file.
//
// `check` and `fix` load the checker and its dictionaries (megabytes of word lists): they are
// imported when one of them runs, so that `verso diff` and `verso ter` start without parsing them.
// Their one-line summaries and usage texts live in ./help, so that `--help` needs no loading either.
import type { Command } from '../io';
import { diff } from './diff';
import { ter } from './ter';
import { CHECK_HELP, FIX_HELP } from './help';

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

const check = lazy(CHECK_HELP.summary, CHECK_HELP.usage, async () => (await import('./check')).check);
const fix = lazy(FIX_HELP.summary, FIX_HELP.usage, async () => (await import('./fix')).fix);
/** Every `verso` subcommand by name. */
export const COMMANDS: Record<string, Command> = {
  check,
  diff,
  fix,
  ter,
};
