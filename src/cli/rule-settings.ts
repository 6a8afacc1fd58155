/**
 * Which rules `verso check` runs: `--settings FILE` (the settings.json the app saves: its per-rule
 * choices, its own dictionary and its dialect), then `--enable IDS` and `--disable IDS` (comma-separated
 * rule ids) on top. A rule id Verso does not know, in either place, is a usage error that names it:
 * a misspelt id would otherwise silently change nothing.
 */
import { ACCURACY_RULES, RULES, editDistance, type Severity } from '../core';
import type { Settings } from '../shared/ipc';
import { parseRules } from '../shared/session';
import { readTextFile } from './files';
import { UsageError } from './io';

/** What the options say about the rules, the dictionary and the dialect. */
export interface RuleChoices {
  /** Per rule id: false off, true on at its default severity, a severity on at that one. Empty when nothing was chosen. */
  rules: Record<string, boolean | Severity>;
  /** The settings file's own dictionary (words accepted as correct). Default none. */
  dictionary: string[];
  /** The settings file's dialect, when it has a valid one. */
  dialect?: Settings['dialect'];
}

const DIALECTS = ['auto', 'en-GB', 'en-US'] as const;

/** The `--list-rules` table: one line per rule, `id  category  on|off  severity  description`, sorted by id. */
export function ruleTable(): string {
  const rules = [...RULES, ...ACCURACY_RULES.map((r) => ({ ...r, description: `${r.description} (with --source)` }))].sort((a, b) => (a.id < b.id ? -1 : 1));
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(11)}  ${r.enabledByDefault === false ? 'off' : 'on '}  ${r.defaultSeverity.padEnd(7)}  ${r.description}\n`).join('');
}

/** Every rule id a setting may name: the registry's rules and entries, and the accuracy rules. */
export function knownRuleIds(): Set<string> {
  return new Set([...RULES, ...ACCURACY_RULES].map((r) => r.id));
}

function unknownRule(id: string, where: string, known: Set<string>): UsageError {
  const near = [...known].filter((k) => editDistance(k, id) <= 2).sort();
  const hint = near.length ? ` (did you mean ${near.join(' or ')}?)` : " ('verso check --list-rules' lists them)";
  return new UsageError(`${where}: no rule '${id}'${hint}.`);
}

/** The rule ids of an `--enable`/`--disable` value (`a,b, c`), each checked against the registry. */
export function ruleIdList(value: string, option: string, known = knownRuleIds()): string[] {
  const ids = value.split(',').map((s) => s.trim());
  if (ids.some((id) => id === '')) throw new UsageError(`${option} needs rule ids separated by commas (got '${value}').`);
  for (const id of ids) if (!known.has(id)) throw unknownRule(id, option, known);
  return ids;
}

/**
 * Reads an app settings file: `rules` (as the app saves them) and `dictionary` are taken, and
 * `dialect`; `theme` and anything else is the app's business and ignored. Anything malformed, or a
 * rule id Verso does not know, is a usage error naming the file.
 */
export function readSettingsFile(path: string, known = knownRuleIds()): RuleChoices {
  const { text } = readTextFile(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not a settings file (not JSON: ${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${path}: not a settings file (not a JSON object).`);
  const fail = (what: string): never => {
    throw new UsageError(`${path}: ${what}.`);
  };
  const s = value as Record<string, unknown>;
  const rules = s.rules === undefined ? {} : parseRules(s.rules, fail, 'rules');
  for (const id of Object.keys(rules)) if (!known.has(id)) throw unknownRule(id, path, known);
  let dictionary: string[] = [];
  if (s.dictionary !== undefined) {
    if (!Array.isArray(s.dictionary) || !s.dictionary.every((w) => typeof w === 'string')) fail('"dictionary" must be a list of words');
    dictionary = [...(s.dictionary as string[])];
  }
  let dialect: Settings['dialect'] | undefined;
  if (s.dialect !== undefined) {
    if (!DIALECTS.includes(s.dialect as Settings['dialect'])) fail(`"dialect" must be one of ${DIALECTS.join(', ')}`);
    dialect = s.dialect as Settings['dialect'];
  }
  return { rules, dictionary, dialect };
}

/**
 * The rule choices of one `check` run from its option values (`settings`, `enable`, `disable`):
 * the file first, then `--enable`, then `--disable`; naming one id in both options is refused.
 */
export function ruleChoices(values: { settings?: string; enable?: string; disable?: string }): RuleChoices {
  const known = knownRuleIds();
  const choices: RuleChoices = values.settings === undefined ? { rules: {}, dictionary: [] } : readSettingsFile(values.settings, known);
  const enable = values.enable === undefined ? [] : ruleIdList(values.enable, '--enable', known);
  const disable = values.disable === undefined ? [] : ruleIdList(values.disable, '--disable', known);
  const both = enable.find((id) => disable.includes(id));
  if (both) throw new UsageError(`'${both}' is given to both --enable and --disable.`);
  const rules = { ...choices.rules };
  // An enabled rule keeps a severity the settings file gave it.
  for (const id of enable) if (typeof rules[id] !== 'string') rules[id] = true;
  for (const id of disable) rules[id] = false;
  return { ...choices, rules };
}
