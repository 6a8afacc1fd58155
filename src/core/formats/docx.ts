/**
 * Word documents in and out. `mammoth` reads, `docx` writes; both are loaded on first use so the
 * renderer's first screen does not pay for them. Both run in browsers and node: mammoth's
 * package.json maps its two node-only files (path-based unzip, external images) to browser
 * versions that bundlers pick up, and Verso passes bytes, never paths, so neither path is used.
 */
import { BadInputError } from '../text/decode';
import { paragraphsOf } from './article';
import { checkZipSizes } from './zip-limits';

/**
 * The text of a .docx file: paragraphs (headings, list items, table cells included) separated by
 * a blank line, every character as typed (curly quotes, non-breaking and double spaces kept).
 * Throws {@link BadInputError} naming `name` when the file is not a readable Word document.
 */
export async function docxToText(name: string, bytes: Uint8Array): Promise<string> {
  checkDocxSignature(name, bytes);
  // Every part's declared and real unzipped size, before mammoth (JSZip) inflates anything.
  await checkZipSizes(name, bytes);
  const mammoth = (await import('mammoth')).default;
  // A fresh copy exactly spanning the bytes: a view into a larger buffer would read its neighbours.
  // (Not bytes.slice(): on a node Buffer that is a view, not a copy.)
  const buffer = new Uint8Array(bytes).buffer;
  let raw = '';
  try {
    // `arrayBuffer` is what mammoth's browser build reads, `buffer` what its node build reads;
    // JSZip accepts an ArrayBuffer for both.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    // mammoth.extractRawText drops line breaks (<w:br/>); walk its document tree instead. The HTML
    // it also makes is thrown away: it would collapse the double spaces an editor must see.
    await mammoth.convertToHtml(input, {
      transformDocument: (document: DocxElement) => {
        raw = rawText(document);
        return document;
      },
    });
  } catch {
    throw new BadInputError(`${name} is damaged or not a Word document (.docx); open it in Word and save it again.`);
  }
  // Mammoth ends every paragraph with a blank line and keeps empty paragraphs as more of them.
  const text = raw.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  if (text.trim() === '') throw new BadInputError(`${name} has no text in it.`);
  return text;
}

/**
 * Refuses, with a {@link BadInputError} naming `name`, bytes that do not start as a ZIP archive
 * does: an old binary .doc or a renamed file gets a clearer message than "damaged".
 */
export function checkDocxSignature(name: string, bytes: Uint8Array): void {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new BadInputError(`${name} is not a Word document (.docx): it is not a ZIP archive, perhaps an old .doc file or damaged.`);
  }
}

/** The part of mammoth's document tree that holds text. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
}

function rawText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    default: {
      const inner = (element.children ?? []).map(rawText).join('');
      return element.type === 'paragraph' ? inner + '\n\n' : inner;
    }
  }
}

/**
 * A .docx file holding `text`: one Word paragraph per paragraph of the text (see
 * {@link paragraphsOf}), a line break for each single line break. `title` goes into the document
 * properties. Works in browsers and node.
 */
export async function textToDocx(text: string, title = ''): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const paragraphs = paragraphsOf(text).map(
    (lines) =>
      new Paragraph({
        children: lines.map((line, k) => new TextRun({ text: line, break: k > 0 ? 1 : undefined })),
      }),
  );
  const document = new Document({
    creator: 'Verso',
    title,
    sections: [{ children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
