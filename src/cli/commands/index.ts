// The subcommands, keep sorted. Each lives in its own file.
import type { Command } from '../io';
import { check } from './check';
import { diff } from './diff';
import { fix } from './fix';
import { ter } from './ter';

/** Every `verso` subcommand by name. */
export const COMMANDS: Record<string, Command> = {
  check,
  diff,
  fix,
  ter,
};
