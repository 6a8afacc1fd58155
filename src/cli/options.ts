// Option parsing shared by the commands that take named options.
import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** Parses arguments with node's strict parser; any unknown or malformed option is a usage error. */
export function parseOptions(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** One of `allowed`, or `fallback` when the option was not given; anything else is a usage error naming `option`. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}
