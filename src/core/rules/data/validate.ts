/**
 * Validation of the rules' data files: a broken word list fails loudly on load, naming the file,
 * instead of silently flagging nothing.
 */
import { requiredText } from '../../text/required-text';

/** A data file that does not have the expected shape. */
export class RuleDataError extends Error {
  override name = 'RuleDataError';
}

/** A compiled pattern with its label or message. */
export interface DataPattern {
  regex: RegExp;
  label: string;
  /**
   * For a case-insensitive pattern whose letters are all lowercase: the same pattern without the
   * `i` flag, to run on lower-cased text. A case-insensitive Unicode regex folds every character it
   * compares and runs several times slower; lower-casing the text once is cheaper.
   */
  folded?: RegExp;
  /**
   * Literals one of which every match of `regex` contains ({@link requiredText}); a text holding
   * none of them cannot match. Undefined when the pattern has no such set (or ignores case).
   */
  required?: readonly string[];
}

/** Reads `{patterns: [{pattern, label}]}`; every pattern must compile (flags `gu`, plus `i` when asked). */
export function readPatterns(data: unknown, file: string): DataPattern[] {
  const list = (data as { patterns?: unknown })?.patterns;
  if (!Array.isArray(list)) throw new RuleDataError(`${file}: expected an object with a "patterns" array.`);
  return list.map((entry, i) => {
    const { pattern, label, ignoreCase } = (entry ?? {}) as { pattern?: unknown; label?: unknown; ignoreCase?: unknown };
    if (typeof pattern !== 'string' || typeof label !== 'string') {
      throw new RuleDataError(`${file}: patterns[${i}] needs a string "pattern" and a string "label".`);
    }
    try {
      const regex = new RegExp(pattern, ignoreCase === true ? 'giu' : 'gu');
      // Escapes such as \B or \p{Lu} may hold capitals; any other capital needs the i flag.
      const lowercaseOnly = !/[A-Z]/.test(pattern.replace(/\\[pP]\{[^}]*\}|\\./g, ''));
      const required = requiredText(pattern, regex.flags);
      const compiled: DataPattern = ignoreCase === true && lowercaseOnly ? { regex, label, folded: new RegExp(pattern, 'gu') } : { regex, label };
      if (required) compiled.required = required;
      return compiled;
    } catch (error) {
      throw new RuleDataError(`${file}: patterns[${i}] is not a valid regular expression (${(error as Error).message}).`);
    }
  });
}

/** Reads an array of strings under `key`. */
export function readStrings(data: unknown, key: string, file: string): string[] {
  const list = (data as Record<string, unknown>)?.[key];
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
    throw new RuleDataError(`${file}: expected "${key}" to be an array of strings.`);
  }
  return list as string[];
}
