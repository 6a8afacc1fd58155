// The subcommands, keep sorted. Each lives in its own file.
import type { Command } from '../io';
import { diff } from './diff';
import { ter } from './ter';

/** Every `verso` subcommand by name. */
export const COMMANDS: Record<string, Command> = {
  diff,
  ter,
};
