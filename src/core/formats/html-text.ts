/**
 * The text of an HTML article, with its structure kept as paragraphs. A small tokenizer instead of
 * a DOM, because the engine runs in a worker and in node where there is none. It follows what a
 * browser would show: script, style and other non-text content dropped, whitespace collapsed
 * (except in `<pre>`), character references decoded, each block (heading, paragraph, list item,
 * quote, table row…) a paragraph, `<br>` a line break.
 */
import { decodeEntities } from './entities';

// Elements whose content is not article text. The tokenizer skips to their end tag.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object',
  'canvas', 'select',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// Table cells are blocks to a browser's layout but sit side by side: separate them by a space only.
const CELL = new Set(['td', 'th']);

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/;

/**
 * Extracts an HTML document's text: paragraphs separated by one blank line, `\n` line breaks,
 * no leading or trailing whitespace. Never throws: malformed markup is read the way a browser
 * would tolerate it, as well as a small tokenizer can.
 */
export function htmlToText(html: string): string {
  const out = new ParagraphWriter();
  let pre = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.text(decodeEntities(html.slice(i)), pre > 0);
      break;
    }
    if (lt > i) out.text(decodeEntities(html.slice(i, lt)), pre > 0);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      // Doctype, CDATA, processing instruction: no article text.
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = TAG.exec(html.slice(i, i + 64));
    if (!tag) {
      // A lone "<" (as in "a < b") is text.
      out.text('<', pre > 0);
      i += 1;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    const end = endOfTag(html, i + tag[0].length);
    const selfClosing = html[end - 2] === '/';
    i = end;
    if (!closing && SKIPPED.has(name) && !selfClosing) {
      i = skipTo(html, i, name);
      continue;
    }
    if (name === 'br') {
      if (!closing) out.lineBreak();
      continue;
    }
    if (CELL.has(name)) {
      out.text(' ', false);
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (BLOCK.has(name)) out.paragraphBreak();
  }
  return out.finish();
}

/**
 * Index just past the `>` that closes a tag, reading attributes the way the HTML tokenizer does so
 * that a quoted value may hold `>` (`title="a>b"`).
 */
function endOfTag(html: string, from: number): number {
  let j = from;
  const n = html.length;
  while (j < n) {
    const c = html[j];
    if (c === '>') return j + 1;
    if (c !== '=') {
      j++;
      continue;
    }
    j++;
    while (j < n && /\s/.test(html[j])) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      if (close < 0) return n;
      j = close + 1;
    }
  }
  return n;
}

/** Index just past `</name…>`, or the end of the document when the element is never closed. */
function skipTo(html: string, from: number, name: string): number {
  // Case-insensitive search from `from`, without lower-casing the document, which could shift
  // offsets ("İ".toLowerCase() is two code units).
  const end = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  end.lastIndex = from;
  const at = end.exec(html);
  if (!at) return html.length;
  const close = html.indexOf('>', at.index);
  return close < 0 ? html.length : close + 1;
}

/** Accumulates text into paragraphs and lines the way a browser lays out blocks and `<br>`. */
class ParagraphWriter {
  private paragraphs: string[] = [];
  private lines: string[] = [];
  private line = '';

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = raw.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((part, k) => {
        if (k > 0) this.lineBreak();
        this.line += part;
      });
      return;
    }
    // HTML whitespace only: U+00A0 and other Unicode spaces are characters the author typed.
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ' && (this.line === '' || this.line.endsWith(' '))) return;
    this.line += this.line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  lineBreak(): void {
    this.lines.push(trimHtmlSpace(this.line));
    this.line = '';
  }

  paragraphBreak(): void {
    this.lines.push(trimHtmlSpace(this.line));
    this.line = '';
    // A blank line inside one block (<br><br>, <pre>) reads as a paragraph break in plain text,
    // so it becomes one, and never more than one.
    const text = this.lines.join('\n').replace(/^\n+|\n+$/g, '');
    if (text !== '') this.paragraphs.push(...text.split(/\n{2,}/));
    this.lines = [];
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join('\n\n');
  }
}

function trimHtmlSpace(text: string): string {
  return text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}
