/**
 * The blocks of a news article: a paragraph is one line; its kind (headline, machine-translation
 * notice, standfirst, photo caption, agency credit line, body) comes from its text and position.
 */
import { isAllCaps } from './tokens';

/** What a paragraph is in the article. */
export type BlockKind = 'headline' | 'notice' | 'standfirst' | 'caption' | 'credit' | 'body';

/** A paragraph's place in the text: absolute offsets, end exclusive, line break excluded. */
export interface ParagraphSpan {
  start: number;
  end: number;
  text: string;
  /** 1-based line number of the paragraph's first character. */
  line: number;
}

/** Splits a text into paragraphs: every non-blank line (CR before LF stays outside the paragraph). */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > at && text.charCodeAt(end - 1) === 13) end--;
    if (/\S/.test(text.slice(at, end))) out.push({ start: at, end, text: text.slice(at, end), line });
    at = nl + 1;
    line++;
  }
  return out;
}

// "Powered by automated translation" and the usual variants; a notice is a short line of its own.
const NOTICE =
  /^\s*[([]?\s*(?:powered by (?:automated|automatic|machine) translation|(?:this (?:article|story|text|content|page) (?:was|has been|is|is being) )?(?:automatically|machine|auto)[- ]?translated(?: (?:by|with|using) [^.]{1,40})?|translated (?:automatically|by machine|by (?:google|deepl|microsoft)[^.]{0,30})|(?:automated|automatic|machine) translation(?: by [^.]{1,40})?)\s*\.?\s*[)\]]?\s*$/i;

/** Whether a paragraph is a machine-translation notice. */
export function isNotice(text: string): boolean {
  return text.length <= 120 && NOTICE.test(text);
}

const CAPTION =
  /\b(?:picture|photo|photograph|image|handout|file photo)\b[^.]{0,120}\b(?:shows?|showing|released|taken|dated|seen)\b|^\s*(?:photo|picture|image)\s*:/i;
const AGENCY = /\b(?:AFP|AP|REUTERS|Reuters|EPA|Getty Images|ANADOLU|Anadolu|Xinhua|WAM|SPA|HO)\b/;

/** Whether a line is mostly capitals (the credit lines agencies append to pictures). */
export function isMostlyCaps(text: string): boolean {
  // Fast exit for ordinary copy: more lowercase than uppercase ASCII letters.
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
  }
  if (lower > upper) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 2) return false;
  const caps = words.filter((w) => isAllCaps(w) || w.length === 1).length;
  return caps / words.length >= 0.8;
}

/** What a paragraph's text alone says about its kind (cached with the paragraph). */
export interface BlockTraits {
  /** The kind the text alone decides (notice, credit, caption), or null for position to decide. */
  kind: BlockKind | null;
  words: number;
  /** Ends with sentence punctuation. */
  terminal: boolean;
}

/** Reads a paragraph's block traits from its text. */
export function blockTraits(raw: string): BlockTraits {
  const text = raw.trim();
  let kind: BlockKind | null = null;
  if (isNotice(text)) kind = 'notice';
  else if (isMostlyCaps(text) && (AGENCY.test(text) || text.includes('/') || text.includes('==='))) kind = 'credit';
  else if (CAPTION.test(text) || text.includes('===')) kind = 'caption';
  return { kind, words: text.split(/\s+/).length, terminal: /[.!?]["'”’]?$/.test(text) };
}

/** Classifies the paragraphs of an article from their traits and positions. */
export function classifyBlocks(paragraphs: readonly ({ text: string } | BlockTraits)[]): BlockKind[] {
  const kinds: BlockKind[] = [];
  let content = 0;
  for (const p of paragraphs) {
    const traits = 'text' in p ? blockTraits(p.text) : p;
    let kind: BlockKind = traits.kind ?? 'body';
    if (traits.kind === null) {
      if (content === 0 && traits.words <= 25 && !traits.terminal) kind = 'headline';
      else if (content === 1 && kinds.includes('headline') && traits.words <= 60 && !traits.terminal) kind = 'standfirst';
    }
    if (kind !== 'notice' && kind !== 'credit') content++;
    kinds.push(kind);
  }
  return kinds;
}
