import { BadInputError } from '../core';
import { COMMANDS } from './commands';
import { type CliIO, UsageError } from './io';
import pkg from '../../package.json';

/** The `verso --help` text, listing the registered commands. */
export function usage(): string {
  const names = Object.keys(COMMANDS).sort();
  const width = Math.max(8, ...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`);
  return [
    `Verso ${pkg.version}: review machine-translated articles.`,
    '',
    'Usage: verso COMMAND [options]',
    '',
    'Commands:',
    ...(lines.length ? lines : ['  (none)']),
    '',
    'Options:',
    '  -h, --help     show this help (verso COMMAND --help for a command)',
    '  -v, --version  print the version',
    '',
    'Exit status: 0 done, 1 issues at or above --fail-on, 2 bad input or options.',
    '',
  ].join('\n');
}

/** Runs `verso` with the given arguments. Resolves to the exit status; never calls process.exit. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.out(`${pkg.version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`verso: unknown command '${name}'. Run 'verso --help' for the list.\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof BadInputError) {
      io.err(`verso ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
