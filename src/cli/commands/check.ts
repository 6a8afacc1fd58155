// `verso check FILE... [--format text|json] [--dialect en-GB|en-US|auto] [--rules FILE] [--fail-on SEVERITY]`
import { parseArgs } from 'node:util';
import { SEVERITIES, createChecker, parseHouseStyle, type CheckResult, type Severity } from '../../core';
import { readTextFile } from '../files';
import { type Command, UsageError } from '../io';
import { CHECK_HELP } from './help';

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

/** 1-based line and column of an offset (columns in UTF-16 code units, as offsets are). */
export function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/** Offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}').`);
  return value as T;
}

/** The JSON document of one checked file (the contract in DESIGN.md). */
function report(file: string, text: string, result: CheckResult) {
  const starts = lineStartsOf(text);
  return {
    file,
    language: result.language,
    dialect: result.dialect,
    machineTranslated: result.machineTranslated,
    stats: result.stats,
    issues: result.issues.map((i) => ({
      id: i.id,
      rule: i.rule,
      category: i.category,
      severity: i.severity,
      message: i.message,
      start: i.start,
      end: i.end,
      ...lineColumn(starts, i.start),
      text: text.slice(i.start, i.end),
      suggestions: i.suggestions,
    })),
  };
}

/** The `check` subcommand. */
export const check: Command = {
  ...CHECK_HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string' },
      dialect: { type: 'string' },
      rules: { type: 'string' },
      'fail-on': { type: 'string' },
    });
    const format = choice(values.format as string | undefined, ['text', 'json'] as const, '--format', 'text');
    const dialect = choice(values.dialect as string | undefined, ['auto', 'en-GB', 'en-US'] as const, '--dialect', 'auto');
    const failOn = values['fail-on'] === undefined ? undefined : choice(values['fail-on'] as string, SEVERITIES, '--fail-on', 'error');
    if (positionals.length === 0) throw new UsageError('expected at least one FILE to check.');
    const rulesFile = values.rules as string | undefined;
    const houseStyle = rulesFile === undefined ? undefined : parseHouseStyle(readTextFile(rulesFile).text, rulesFile);
    // Read every file before printing anything: bad input writes nothing.
    const texts = positionals.map((file) => ({ file, text: readTextFile(file).text }));
    const checker = createChecker();
    const reports = texts.map(({ file, text }) => report(file, text, checker.check(text, { dialect, houseStyle })));
    if (format === 'json') {
      io.out(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    } else {
      const lines: string[] = [];
      for (const r of reports) {
        for (const i of r.issues) {
          const first = i.suggestions[0];
          const shown = first === '' ? '(delete)' : first === ' ' ? '(one space)' : first;
          const fix = first === undefined ? '' : `  -> ${shown}`;
          lines.push(`${r.file}:${i.line}:${i.column}  ${i.severity}  ${i.rule}  ${i.message}${fix}\n`);
        }
      }
      io.out(lines.join(''));
    }
    if (failOn) {
      const worst = SEVERITIES.indexOf(failOn);
      if (reports.some((r) => r.issues.some((i) => SEVERITIES.indexOf(i.severity as Severity) <= worst))) return 1;
    }
    return 0;
  },
};
