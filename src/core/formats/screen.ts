/**
 * Screening an article before it is opened: the cheap part of {@link importArticle}, for a batch
 * of articles listed at once (a folder of 200 opens without importing any of them). What it
 * refuses, importArticle refuses with the same message; what it lets through may still be refused
 * when the article is imported (a .docx whose compressed data is damaged), so it never calls a
 * readable article unreadable. An XLIFF file is read whole: parsing it is as cheap as screening.
 */
import { BadInputError, decodeText } from '../text/decode';
import { checkHasText, checkSize, formatOf } from './article';
import { checkDocxSignature } from './docx';
import { decodeHtml, readXliff } from './import';
import { checkZipDirectory, damagedDocx } from './zip-limits';

// What the HTML reader leaves out of a page: comments, the elements whose content the tokenizer
// reads as raw text up to their end tag (scripts, styles, the title…) and templates, then every
// tag. What is left is an over-estimate of the page's text (a button's label, an attribute value
// with a ">" in it stay), so "nothing left" means the page has no article text.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN = /<(script|style|template|title|textarea|noscript|iframe)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<[A-Za-z/!?][^>]*>?/g;

/**
 * Throws the {@link BadInputError} (naming `name`) that {@link importArticle} would throw for these
 * bytes, where it can be seen without unzipping or parsing: an unknown extension; an empty or
 * oversized file; a text or Markdown file that is binary, undecodable or blank; an XLIFF file
 * that is binary, undecodable, not well-formed or hostile XML, not XLIFF, or without a target; an HTML page that is binary, in a character set Verso cannot read, or without text
 * outside its tags; a .docx that is not a ZIP archive, whose central directory is missing or
 * damaged (a truncated download), whose parts lie outside the file or declare more than a Word
 * article can hold, or that has no main document part. Reads each byte at most once; a .docx
 * only its directory.
 */
export function screenArticle(name: string, bytes: Uint8Array): void {
  const format = formatOf(name);
  checkSize(name, bytes.length);
  switch (format) {
    case 'txt':
    case 'md':
      checkHasText(name, decodeText(bytes, name).text);
      return;
    case 'xliff':
      // Parsed whole (a few milliseconds for a file of a thousand segments): a malformed or hostile
      // XLIFF file is Unreadable in the list, not a surprise when the editor reaches it.
      readXliff(name, bytes);
      return;
    case 'html': {
      const text = decodeHtml(name, bytes).replace(COMMENT, '').replace(HIDDEN, '').replace(TAG, '');
      if (text.trim() === '') throw new BadInputError(`${name} has no article text in it.`);
      return;
    }
    case 'docx': {
      checkDocxSignature(name, bytes);
      const { entries } = checkZipDirectory(name, bytes);
      // mammoth finds the main part through _rels/.rels, or failing that at word/document.xml.
      if (!entries.some((entry) => entry.name === '_rels/.rels' || entry.name === 'word/document.xml')) {
        throw damagedDocx(name);
      }
      return;
    }
  }
}
