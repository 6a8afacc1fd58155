/**
 * The one option parser of every `verso` command, so that each refuses a bad option in the same
 * words (one line, exit status 2): an unknown option, an option missing its value, a value given
 * to a flag, or a value that is not one of the choices.
 */
import { UsageError } from './io';

/** One option a command takes. */
export interface OptionSpec {
  /** `string` takes a value (`--format json`, `--format=json`, `-o out.txt`); `boolean` is a flag. */
  type: 'string' | 'boolean';
  /** A one-letter alias, without the dash (`o` for `-o`). */
  short?: string;
}

/** Parsed arguments: option values by long name, and the positional arguments in order. */
export interface ParsedOptions {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses `args` against `options` (long names without the dashes). `command` names the command
 * in messages (`check` → "see 'verso check --help'"). `--` ends the options; `-` alone is a
 * positional. Throws {@link UsageError} with one line for anything it does not know.
 */
export function parseOptions(args: readonly string[], options: Record<string, OptionSpec>, command?: string): ParsedOptions {
  const help = command ? ` (see 'verso ${command} --help')` : '';
  const byShort = new Map(Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--') {
      positionals.push(...args.slice(k + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(long ? 2 : 1, eq) : arg.slice(long ? 2 : 1);
    const name = long ? key : byShort.get(key);
    const spec = name !== undefined && Object.hasOwn(options, name) ? options[name] : undefined;
    const shown = eq > 0 ? arg.slice(0, eq) : arg;
    if (!spec || name === undefined) throw new UsageError(`unknown option '${shown}'${help}.`);
    if (spec.type === 'boolean') {
      if (eq > 0) throw new UsageError(`${shown} takes no value (got '${arg.slice(eq + 1)}').`);
      values[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = args[k + 1];
      // The next argument is the value unless it is itself an option (`--rules --format json`).
      if (next !== undefined && !(next.startsWith('-') && next !== '-')) value = args[++k];
    }
    if (value === undefined || value === '') throw new UsageError(`${shown} needs a value${help}.`);
    values[name] = value;
  }
  return { values, positionals };
}

/** `value` if it is one of `allowed`, `fallback` if it is unset; otherwise a {@link UsageError} naming the choices. */
export function choice<T extends string>(value: string | boolean | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${String(value)}').`);
  }
  return value as T;
}
