/**
 * A small Hunspell reader: enough of the .aff format to expand the English dictionaries shipped on
 * npm (single-character flags, PFX/SFX with conditions and cross products, NOSUGGEST,
 * ONLYINCOMPOUND) into the full set of word forms. Expanding once makes every later check a Set
 * lookup, which is what lets a 100k-word text be checked in well under a second.
 */

interface AffixEntry {
  strip: string;
  add: string;
  /** Condition on the stem's end (suffix) or start (prefix); null matches everything. */
  condition: RegExp | null;
}

interface AffixRule {
  kind: 'PFX' | 'SFX';
  crossProduct: boolean;
  entries: AffixEntry[];
}

/** What a dictionary yields: every accepted form, and the forms never offered as suggestions. */
export interface ExpandedDictionary {
  /** Every accepted word form, exactly cased as the dictionary has it. */
  words: Set<string>;
  /** Forms flagged NOSUGGEST (offensive words): accepted but never suggested. */
  noSuggest: Set<string>;
}

/** Parses the affix rules of an .aff file. */
function parseAffixes(aff: string): { rules: Map<string, AffixRule>; noSuggest: string; onlyInCompound: string } {
  const rules = new Map<string, AffixRule>();
  let noSuggest = '';
  let onlyInCompound = '';
  for (const raw of aff.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    if (parts[0] === 'NOSUGGEST') noSuggest = parts[1] ?? '';
    else if (parts[0] === 'ONLYINCOMPOUND') onlyInCompound = parts[1] ?? '';
    else if (parts[0] === 'PFX' || parts[0] === 'SFX') {
      const kind = parts[0];
      const flag = parts[1];
      const existing = rules.get(flag);
      if (!existing) {
        // Header line: PFX flag cross_product count
        rules.set(flag, { kind, crossProduct: parts[2] === 'Y', entries: [] });
        continue;
      }
      const strip = parts[2] === '0' ? '' : parts[2];
      const add = (parts[3] ?? '').split('/')[0];
      const cond = parts[4] ?? '.';
      existing.entries.push({
        strip,
        add: add === '0' ? '' : add,
        condition: cond === '.' ? null : new RegExp(kind === 'SFX' ? `${cond}$` : `^${cond}`),
      });
    }
  }
  return { rules, noSuggest, onlyInCompound };
}

function applySuffix(word: string, entry: AffixEntry): string | null {
  if (entry.condition && !entry.condition.test(word)) return null;
  if (entry.strip && !word.endsWith(entry.strip)) return null;
  return word.slice(0, word.length - entry.strip.length) + entry.add;
}

function applyPrefix(word: string, entry: AffixEntry): string | null {
  if (entry.condition && !entry.condition.test(word)) return null;
  if (entry.strip && !word.startsWith(entry.strip)) return null;
  return entry.add + word.slice(entry.strip.length);
}

/** The affix rules of one .aff file, parsed once and shared by every .dic expanded with them. */
export type AffixTable = ReturnType<typeof parseAffixes>;

/** Parses an .aff file (see {@link expandEntries}). */
export function parseAffixFile(aff: string): AffixTable {
  return parseAffixes(aff);
}

/** The entry lines of a .dic file (its first line, the word count, dropped). */
export function dictionaryEntries(dic: string): string[] {
  const lines = dic.split(/\r?\n/);
  lines.shift();
  return lines.filter((line) => line.length > 0);
}

/** Expands .dic entry lines into every accepted word form, adding them to `into`. */
export function expandEntries(table: AffixTable, entries: Iterable<string>, into: ExpandedDictionary): void {
  const { rules, noSuggest: noSuggestFlag, onlyInCompound } = table;
  const words = into.words;
  // Hot loop over 50,000 entries: forms go straight into the set, no intermediate arrays.
  const suffixed: string[] = [];
  for (const line of entries) {
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line.trim() : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    if (!stem || (onlyInCompound && flags.includes(onlyInCompound))) continue;
    // Ordinals and numbers are handled by the tokenizer (words with digits are never checked).
    const c0 = stem.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) continue;
    const banned = noSuggestFlag !== '' && flags.includes(noSuggestFlag);
    const add = (form: string) => {
      words.add(form);
      if (banned) into.noSuggest.add(form);
    };
    add(stem);
    suffixed.length = 0;
    let hasPrefix = false;
    for (let f = 0; f < flags.length; f++) {
      const rule = rules.get(flags[f]);
      if (!rule) continue;
      if (rule.kind === 'PFX') {
        hasPrefix = true;
        continue;
      }
      for (const entry of rule.entries) {
        const form = applySuffix(stem, entry);
        if (form === null) continue;
        add(form);
        if (rule.crossProduct) suffixed.push(form);
      }
    }
    if (!hasPrefix) continue;
    for (let f = 0; f < flags.length; f++) {
      const rule = rules.get(flags[f]);
      if (!rule || rule.kind !== 'PFX') continue;
      for (const entry of rule.entries) {
        const own = applyPrefix(stem, entry);
        if (own !== null) add(own);
        if (!rule.crossProduct) continue;
        for (const base of suffixed) {
          const form = applyPrefix(base, entry);
          if (form !== null) add(form);
        }
      }
    }
  }
}

/** Expands a Hunspell .aff/.dic pair into every accepted word form. */
export function expandDictionary(aff: string, dic: string): ExpandedDictionary {
  const into: ExpandedDictionary = { words: new Set(), noSuggest: new Set() };
  expandEntries(parseAffixes(aff), dictionaryEntries(dic), into);
  return into;
}
