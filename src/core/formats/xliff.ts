/**
 * XLIFF 1.2 and 2.x, the bilingual files of CAT tools and translation management systems, as a
 * bilingual review: each unit's source (1.2 `<trans-unit>`, 2.x `<segment>`) is a paragraph of the
 * source text, its target a paragraph of the machine translation. Export writes the corrected
 * targets back and keeps every other character of the file as it was: an unchanged target keeps
 * its bytes, inline markup included.
 *
 * Parsed with saxes (a conforming, streaming XML parser that reports string offsets), never with
 * regular expressions. A DOCTYPE is refused outright (no entity declaration, so no entity
 * expansion, external or internal), as is anything that is not well-formed.
 */
import { SaxesParser } from 'saxes';
import { BadInputError } from '../text/decode';

/** One translation unit: a 1.2 trans-unit or a 2.x segment. Offsets are into the file's text. */
export interface XliffUnit {
  /** The unit's id (2.x: the unit id, then `#n` for its n-th segment when it has several). */
  id: string;
  /** Text content of the source, inline markup left out, white space runs as one space. */
  source: string;
  /** Text content of the target, the same way ("" when there is none). */
  target: string;
  /** Where the target element's content stands, or null when there is no target element. */
  targetContent: { start: number; end: number } | null;
  /** A self-closing `<target/>`: the whole element, replaced when a text is written. */
  emptyTarget: { start: number; end: number } | null;
  /** Where a new `<target>` goes when there is none: right after `</source>`. */
  insertAt: number;
  /** The target holds inline elements (tags, placeholders), which a rewritten target cannot keep. */
  markup: boolean;
  /** The namespace prefix the unit's elements use ("" for the default namespace). */
  prefix: string;
}

/** A parsed XLIFF file. */
export interface XliffDocument {
  /** The `version` attribute of the root: "1.2", "2.0", "2.1"… */
  version: string;
  /** The source and target languages the file declares, when it does. */
  sourceLanguage?: string;
  targetLanguage?: string;
  units: XliffUnit[];
}

// Inline elements whose content is native code, not text (1.2 ph/bpt/ept/it, 2.x has none with text).
const CODE = new Set(['ph', 'bpt', 'ept', 'it']);

/** Whether a file name is an XLIFF file's (`.xlf`, `.xliff`). */
export function isXliffName(name: string): boolean {
  return /\.(xlf|xliff)$/i.test(name);
}

/**
 * Parses an XLIFF 1.2 or 2.x file's text. Throws {@link BadInputError}, naming the file, for
 * malformed XML, a DOCTYPE, a root that is not `<xliff>`, or a file without any unit.
 */
export function parseXliff(name: string, text: string): XliffDocument {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const units: XliffUnit[] = [];
  const doc: XliffDocument = { version: '', units };
  const stack: string[] = [];
  let unitId = '';
  let segments = 0;
  let current: XliffUnit | null = null;
  // Inside the unit's own source or target (not an alt-trans one): which, and how deep in code.
  let reading: 'source' | 'target' | null = null;
  let readingDepth = 0;
  let codeDepth = 0;
  let buffer = '';
  let failure: string | null = null;

  const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);
  const prefixOf = (qname: string) => (qname.includes(':') ? qname.slice(0, qname.indexOf(':') + 1) : '');
  const fail = (message: string): never => {
    throw new BadInputError(`${name} is not an XLIFF file Verso can open: ${message}.`);
  };

  parser.on('doctype', () => {
    failure = 'it declares a DOCTYPE (entity declarations are refused)';
  });
  parser.on('error', (error) => {
    throw new BadInputError(`${name} is not well-formed XML (${error.message.replace(/^[^:]*:(\d+:\d+): /, 'line:column $1, ')}).`);
  });
  parser.on('opentag', (tag) => {
    if (failure) fail(failure);
    const tagName = local(tag.name);
    const parent = stack[stack.length - 1];
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (stack.length === 0) {
      if (tagName !== 'xliff') fail(`its root element is <${tag.name}>, not <xliff>`);
      doc.version = attr('version') ?? '';
      if (!/^(1\.2|2\.\d)$/.test(doc.version)) fail(`it is XLIFF version "${doc.version || 'none'}" (Verso reads 1.2 and 2.x)`);
      const s = attr('srcLang');
      const t = attr('trgLang');
      if (s) doc.sourceLanguage = s;
      if (t) doc.targetLanguage = t;
    }
    if (tagName === 'file' && doc.version === '1.2') {
      doc.sourceLanguage ??= attr('source-language');
      doc.targetLanguage ??= attr('target-language');
    }
    if (tagName === 'trans-unit' || tagName === 'unit') {
      unitId = attr('id') ?? String(units.length + 1);
      segments = 0;
    }
    if (tagName === 'trans-unit' || tagName === 'segment') {
      segments++;
      current = {
        id: tagName === 'segment' ? `${unitId}${segments > 1 ? `#${segments}` : ''}` : unitId,
        source: '',
        target: '',
        targetContent: null,
        emptyTarget: null,
        insertAt: -1,
        markup: false,
        prefix: prefixOf(tag.name),
      };
      if (tagName === 'segment' && segments === 2) {
        // The unit's first segment had no suffix; now that there are several, name it #1.
        const first = units[units.length - 1];
        if (first && first.id === unitId) first.id = `${unitId}#1`;
      }
    }
    const ownParent = parent !== undefined && (local(parent) === 'trans-unit' || local(parent) === 'segment');
    if (current && reading === null && ownParent && (tagName === 'source' || tagName === 'target')) {
      reading = tagName;
      readingDepth = stack.length + 1;
      buffer = '';
      if (tagName === 'target') {
        if (tag.isSelfClosing) {
          const end = parser.position;
          current.emptyTarget = { start: text.lastIndexOf('<', end - 1), end };
        } else current.targetContent = { start: parser.position, end: parser.position };
      }
    } else if (reading !== null) {
      if (reading === 'target') current!.markup = true;
      if (CODE.has(tagName)) codeDepth++;
    }
    stack.push(tag.name);
  });
  const onText = (chunk: string) => {
    if (reading !== null && codeDepth === 0) buffer += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const tagName = local(tag.name);
    stack.pop();
    if (reading !== null && stack.length + 1 === readingDepth) {
      const value = buffer.replace(/\s+/g, ' ').trim();
      if (reading === 'source') {
        current!.source = value;
        current!.insertAt = parser.position;
      } else {
        current!.target = value;
        if (current!.targetContent) current!.targetContent.end = text.lastIndexOf('</', parser.position - 1);
      }
      reading = null;
    } else if (reading !== null && CODE.has(tagName)) codeDepth--;
    if ((tagName === 'trans-unit' || tagName === 'segment') && current) {
      units.push(current);
      current = null;
    }
  });
  parser.write(text).close();
  if (failure) fail(failure);
  if (units.length === 0) fail('it has no translation units');
  return doc;
}

/** The source text and the machine translation of an XLIFF file: one paragraph per unit. */
export function xliffTexts(doc: XliffDocument): { source: string; translation: string } {
  return { source: doc.units.map((u) => u.source).join('\n\n'), translation: doc.units.map((u) => u.target).join('\n\n') };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The XLIFF file with the corrected targets: `corrected` holds one paragraph per unit, separated
 * by a blank line, as {@link xliffTexts} gave them. A unit whose text did not change keeps its
 * bytes; a changed one gets its new text (inline markup in it is not kept); a unit without a target
 * element gets one after its source. Everything else stays character for character.
 *
 * Throws {@link BadInputError} when the corrected text does not have one paragraph per unit.
 */
export function exportXliff(name: string, text: string, doc: XliffDocument, corrected: string): string {
  // Units are joined by one blank line; an empty target is an empty paragraph between them.
  const paragraphs = corrected.replace(/\r\n?/g, '\n').split('\n\n');
  if (paragraphs.length === doc.units.length + 1 && /^\n?$/.test(paragraphs[paragraphs.length - 1])) paragraphs.pop();
  if (paragraphs.length !== doc.units.length) {
    throw new BadInputError(
      `${name} has ${doc.units.length} translation units but the corrected text has ${paragraphs.length} paragraphs: keep one paragraph per unit (no paragraph added, removed or split) to export XLIFF.`,
    );
  }
  const edits: { start: number; end: number; text: string }[] = [];
  doc.units.forEach((unit, k) => {
    const next = paragraphs[k].replace(/\s+/g, ' ').trim();
    if (next === unit.target) return;
    if (unit.targetContent) edits.push({ ...unit.targetContent, text: escapeXml(next) });
    else if (unit.emptyTarget) edits.push({ ...unit.emptyTarget, text: `<${unit.prefix}target>${escapeXml(next)}</${unit.prefix}target>` });
    else if (unit.insertAt >= 0) edits.push({ start: unit.insertAt, end: unit.insertAt, text: `<${unit.prefix}target>${escapeXml(next)}</${unit.prefix}target>` });
  });
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
