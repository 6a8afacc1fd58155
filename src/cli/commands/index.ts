// The subcommands, keep sorted. Each lives in its own file.
import type { Command } from '../io';

/** Every `verso` subcommand by name. */
export const COMMANDS: Record<string, Command> = {};
