/** What a rule is and what it reads. */
import type { Category, Severity } from '../issue';
import type { Document, Paragraph } from '../document';
import type { Dialect, Speller, VariantLookup } from '../spelling';
import type { Tagger } from '../grammar';

/** A house-style file: preferred terms and forbidden variants (`verso check --rules FILE`). */
export interface HouseStyle {
  /** Each preferred term with the variants to replace by it ("ISIS" instead of "ISIL", "Daesh"). */
  terms: { preferred: string; variants: string[]; note?: string }[];
  /** Words or phrases never to use, with an optional replacement and reason. */
  forbidden: { term: string; suggestion?: string; note?: string }[];
}

/** Everything a rule may read besides the document. */
export interface RuleContext {
  speller: Speller;
  /** Part-of-speech tagger for the grammar layer (one per checker). */
  tagger: Tagger;
  /** UK/US variants by lowercase form. */
  variants: VariantLookup;
  /** The article's dialect: chosen by the editor or detected. */
  dialect: Dialect;
  /** Custom dictionary, lowercase: words accepted as correct. */
  dictionary: ReadonlySet<string>;
  houseStyle?: HouseStyle;
  /** Changes whenever a setting that affects per-paragraph results changes (a memo key part). */
  settingsKey: string;
}

/** One thing a rule found; offsets absolute, end exclusive. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  /** Replacements for the range, best first; "" deletes it. */
  suggestions?: string[];
  /** True when the first suggestion is safe to apply unseen (`verso fix`). */
  safe?: boolean;
  /** For a rule with {@link Rule.entries}: the id of the entry that found it. */
  rule?: string;
}

/** What the settings UI lists about a rule. */
export interface RuleInfo {
  /** The rule's file name under src/core/rules/. */
  id: string;
  category: Category;
  /** One sentence an editor understands. */
  description: string;
  defaultSeverity: Severity;
  /** False for a rule that runs only when the editor turns it on in Settings. Default true. */
  enabledByDefault?: boolean;
  /**
   * Rules whose issue on exactly the same text, with the same suggestions, says the same thing as
   * this rule's (source script left in the English is both `foreign-script` and `left-in-source`):
   * the report keeps each rule's issue, the Issues region shows them as one card. Default none.
   */
  sameFindingAs?: readonly string[];
}

/** A checking rule: one per file, listed in the registry (src/core/rules/index.ts). */
export interface Rule extends RuleInfo {
  check(doc: Document, context: RuleContext): Finding[];
  /**
   * For a rule that reports under several ids (the grammar layer: one per data entry): those ids,
   * each listed and switched on or off in Settings like a rule of its own; every finding names its
   * entry in {@link Finding.rule}. The rule's own id is then not listed.
   */
  entries?: readonly RuleInfo[];
}

/** A finding relative to its paragraph. */
export type LocalFinding = Finding;

/**
 * Runs `find` on every paragraph (except the machine-translation notice) and caches its result per
 * paragraph text under `key`; offsets come back absolute. `find` must depend only on the
 * paragraph's text, its kind and what `key` names.
 */
export function eachParagraph(doc: Document, key: string, find: (p: Paragraph) => LocalFinding[]): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind === 'notice') continue;
    const local = p.analysis.memo(`${key}|${p.kind}`, () => find(p));
    for (const f of local) out.push({ ...f, start: f.start + p.start, end: f.end + p.start });
  }
  return out;
}

/** Quotes a flagged text for a message (“like this”). */
export function quote(text: string): string {
  return `“${text}”`;
}
