/**
 * The text of an HTML article, with its structure kept as paragraphs. The page is parsed by parse5,
 * which follows the HTML standard's parsing algorithm (every one of its 2,231 named character
 * references, the windows-1252 remapping of numeric ones, unclosed and misnested tags, raw-text
 * elements) exactly as a browser does, in node, a worker or a page alike. The tree is then read the
 * way a browser shows it: script, style, form controls and other non-text content dropped,
 * whitespace collapsed (except in `<pre>`), each block (heading, paragraph, list item, quote, table
 * row…) a paragraph, `<br>` a line break.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

// Elements whose content is not article text: scripts and styles, embedded content, and form
// controls (a <textarea>'s or <select>'s text is what a reader types or picks, not the article).
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'iframe', 'object',
  'canvas', 'select', 'datalist', 'textarea', 'button', 'head',
]);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// Table cells are blocks to a browser's layout but sit side by side: separate them by a space only.
const CELL = new Set(['td', 'th']);

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * Extracts an HTML document's text: paragraphs separated by one blank line, `\n` line breaks,
 * no leading or trailing whitespace. Never throws: malformed markup is read as a browser reads it.
 */
export function htmlToText(html: string): string {
  const out = new ParagraphWriter();
  const document = parse(html);
  let pre = 0;
  // An explicit stack, not recursion: a page of deeply nested tags must not overflow the call stack.
  // An entry is a node to enter, or (exit) an element whose end is reached.
  const stack: { node: Node; exit: boolean }[] = [];
  const pushChildren = (parent: ParentNode) => {
    for (let k = parent.childNodes.length - 1; k >= 0; k--) stack.push({ node: parent.childNodes[k], exit: false });
  };
  pushChildren(document);
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeName === '#text') {
      out.text((node as DefaultTreeAdapterMap['textNode']).value, pre > 0);
      continue;
    }
    if (!('tagName' in node)) continue; // comments, the doctype
    const name = node.tagName;
    if (exit) {
      if (name === 'pre') pre--;
      if (CELL.has(name)) out.text(' ', false);
      else if (BLOCK.has(name)) out.paragraphBreak();
      continue;
    }
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    if (CELL.has(name)) out.text(' ', false);
    else if (BLOCK.has(name)) out.paragraphBreak();
    if (name === 'pre') pre++;
    stack.push({ node, exit: true });
    pushChildren(node);
  }
  return out.finish();
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
