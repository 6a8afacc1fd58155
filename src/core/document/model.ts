/**
 * The document model the rules read: paragraphs (one per line) with their kind, tokens and
 * sentences. Per-paragraph work is cached by paragraph text, so re-checking after an edit redoes
 * only the edited paragraph; rules keep their own per-paragraph results in the same cache
 * ({@link ParagraphAnalysis.memo}).
 */
import { blockTraits, classifyBlocks, splitParagraphs, type BlockKind } from './blocks';
import { splitSentences, type Span } from './sentences';
import { tokenize, type Token } from './tokens';
import { detach } from '../text/detach';

/** What is known about one paragraph's text, wherever it stands. Cached by text. */
export interface ParagraphAnalysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  /** Number of word tokens (numbers count as words, as word processors count them). */
  readonly words: number;
  /** Computes a value once per paragraph text and key (the key names the rule and its settings). */
  memo<T>(key: string, compute: () => T): T;
}

/** One paragraph where it stands in the document. */
export interface Paragraph {
  index: number;
  /** Absolute offsets of the paragraph in the text (line break excluded). */
  start: number;
  end: number;
  /** 1-based line number. */
  line: number;
  kind: BlockKind;
  analysis: ParagraphAnalysis;
}

/** A checked text. */
export interface Document {
  text: string;
  paragraphs: readonly Paragraph[];
  /** True when the machine-translation notice is present. */
  machineTranslated: boolean;
  words: number;
}

const KEYS = new Map<string, Map<string, string>>();

/**
 * A memo key made of a fixed part and a variant (a language's table), the same string each time:
 * a key built afresh on every look-up is hashed afresh, and the accuracy rules look up a
 * paragraph's readings hundreds of thousands of times in a long article.
 */
export function memoKey(prefix: string, variant: string): string {
  let keys = KEYS.get(prefix);
  if (!keys) KEYS.set(prefix, (keys = new Map()));
  let key = keys.get(variant);
  if (key === undefined) keys.set(variant, (key = `${prefix}|${variant}`));
  return key;
}

/** Analyses a paragraph's text (tokens, sentences, an empty memo). */
export function analyseParagraph(text: string): ParagraphAnalysis {
  const tokens = tokenize(text);
  const memo = new Map<string, unknown>();
  return {
    text,
    tokens,
    sentences: splitSentences(text),
    words: tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length,
    memo<T>(key: string, compute: () => T): T {
      const kept = memo.get(key);
      if (kept !== undefined || memo.has(key)) return kept as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
}

/**
 * Paragraph analyses by text. Each {@link ParagraphCache.build} keeps only the paragraphs of the
 * text it built, so the cache never outgrows one document.
 */
export class ParagraphCache {
  private entries = new Map<string, ParagraphAnalysis>();

  /** Builds the document model of `text`, reusing the analyses of unchanged paragraphs. */
  build(text: string): Document {
    const spans = splitParagraphs(text);
    const next = new Map<string, ParagraphAnalysis>();
    let words = 0;
    const analyses = spans.map((span) => {
      let analysis = next.get(span.text) ?? this.entries.get(span.text);
      // Kept beyond this build: detached from the document's text (a new text comes with each edit).
      if (!analysis) analysis = analyseParagraph(detach(span.text));
      next.set(span.text, analysis);
      words += analysis.words;
      return analysis;
    });
    const kinds = classifyBlocks(analyses.map((a) => a.memo('block-traits', () => blockTraits(a.text))));
    const paragraphs = spans.map(
      (span, index): Paragraph => ({ index, start: span.start, end: span.end, line: span.line, kind: kinds[index], analysis: analyses[index] }),
    );
    this.entries = next;
    return { text, paragraphs, machineTranslated: kinds.includes('notice'), words };
  }
}

/** Builds a document model without a cache (tests, one-off checks). */
export function buildDocument(text: string): Document {
  return new ParagraphCache().build(text);
}
