/** Reading a house-style file (`verso check --rules FILE`, the app's settings): JSON or YAML. */
import { parse as parseYaml } from 'yaml';
import { BadInputError } from '../text/decode';
import type { HouseStyle } from '../rules';

/**
 * Parses and validates a house-style file. JSON when the name ends in .json (or the text starts
 * with "{"), YAML otherwise. Shape:
 * ```yaml
 * terms:                      # preferred terms and the variants to replace
 *   - preferred: ISIS
 *     variants: [ISIL, Daesh]
 *     note: house style since 2015   # optional
 * forbidden:                  # words never to use
 *   - term: militias
 *     suggestion: militants   # optional
 *     note: optional reason
 * ```
 * Throws {@link BadInputError} naming the file and the faulty entry.
 */
export function parseHouseStyle(text: string, fileName: string): HouseStyle {
  const fail = (what: string): never => {
    throw new BadInputError(`${fileName}: ${what}`);
  };
  let data: unknown;
  const json = /\.json$/i.test(fileName) || /^\s*\{/.test(text);
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    fail(`not valid ${json ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) fail('expected a mapping with "terms" and/or "forbidden"');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'terms' && key !== 'forbidden') fail(`unknown key "${key}" (expected "terms" and/or "forbidden")`);
  }
  const str = (v: unknown, where: string): string => (typeof v === 'string' && v.trim() ? v.trim() : fail(`${where} must be a non-empty string`));
  const optional = (v: unknown, where: string): string | undefined => (v === undefined ? undefined : str(v, where));
  const list = (v: unknown, where: string): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : fail(`${where} must be a list`));
  const entry = (v: unknown, where: string): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(`${where} must be a mapping`);

  const terms = list(record.terms, 'terms').map((raw, i) => {
    const e = entry(raw, `terms[${i}]`);
    const variants = list(e.variants, `terms[${i}].variants`).map((v, j) => str(v, `terms[${i}].variants[${j}]`));
    if (variants.length === 0) fail(`terms[${i}].variants must list at least one variant`);
    return { preferred: str(e.preferred, `terms[${i}].preferred`), variants, note: optional(e.note, `terms[${i}].note`) };
  });
  const forbidden = list(record.forbidden, 'forbidden').map((raw, i) => {
    const e = typeof raw === 'string' ? { term: raw } : entry(raw, `forbidden[${i}]`);
    return {
      term: str(e.term, `forbidden[${i}].term`),
      suggestion: e.suggestion === undefined ? undefined : typeof e.suggestion === 'string' ? e.suggestion : fail(`forbidden[${i}].suggestion must be a string`),
      note: optional(e.note, `forbidden[${i}].note`),
    };
  });
  return { terms, forbidden };
}
