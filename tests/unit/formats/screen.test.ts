import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BadInputError, importArticle, screenArticle } from '../../../src/core';
import { deflatePart, zipArchive } from '../../helpers/zip';

const docx = new Uint8Array(readFileSync(new URL('../../fixtures/formats/curly-quotes.docx', import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const parts = (texts: Record<string, string>) => Promise.all(Object.entries(texts).map(([name, text]) => deflatePart(name, () => [utf8(text)])));

/** What screening says of a file: null when it lets it through, else its message. */
function screened(name: string, bytes: Uint8Array): string | null {
  try {
    screenArticle(name, bytes);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return (error as Error).message;
  }
}

/** What opening the file says: null when it opens, else its message. */
async function imported(name: string, bytes: Uint8Array): Promise<string | null> {
  try {
    await importArticle(name, bytes);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('screenArticle', () => {
  it('refuses a text file that is binary, not UTF-8, empty or blank', () => {
    expect(screened('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe('photo.txt is not a text file (it contains NUL bytes).');
    expect(screened('latin.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toMatch(/^latin\.md is not valid UTF-8 text/);
    expect(screened('empty.txt', new Uint8Array(0))).toBe('empty.txt is empty: there is no article to check.');
    expect(screened('blank.txt', utf8(' \n\n\t\n'))).toMatch(/^blank\.txt has no text in it/);
    expect(screened('notes.pdf', utf8('%PDF-1.4'))).toMatch(/^notes\.pdf is not a format Verso opens/);
  });

  it('refuses an HTML page that is binary, in a character set Verso cannot read, or has no text outside its tags', () => {
    expect(screened('bad.html', utf8('<p>Good \0\0 day</p>'))).toBe('bad.html is not a text file (it contains NUL bytes).');
    expect(screened('klingon.html', new Uint8Array([...utf8('<meta charset="x-klingon"><p>caf'), 0xe9, ...utf8('</p>')]))).toBe(
      'klingon.html declares a character set Verso cannot read (x-klingon).',
    );
    expect(screened('shell.html', utf8('<!doctype html><html><head><title>Home</title><style>p{}</style></head><body><script>var a = "<p>x</p>";</script><!-- nothing --></body></html>'))).toBe(
      'shell.html has no article text in it.',
    );
  });

  it('lets through a page with text, in windows-1252 too', () => {
    expect(screened('page.html', utf8('<html><body><h1>Mosul</h1><p>The army moved north.</p></body></html>'))).toBeNull();
    expect(screened('old.htm', new Uint8Array([...utf8('<meta charset="windows-1252"><p>caf'), 0xe9, ...utf8('</p>')]))).toBeNull();
  });

  it('refuses a .docx that is not a ZIP archive, is cut short, or holds no document, reading only its directory', async () => {
    expect(screened('old.docx', utf8('\xd0\xcf\x11\xe0 an old Word file'))).toMatch(/^old\.docx is not a Word document \(\.docx\): it is not a ZIP archive/);
    expect(screened('cut.docx', docx.subarray(0, docx.length - 200))).toMatch(/^cut\.docx is damaged or not a Word document/);
    expect(screened('garbage.docx', utf8('PK\x03\x04 and then nothing a zip would hold'))).toMatch(/^garbage\.docx is damaged/);
    const noDocument = zipArchive(await parts({ 'docProps/app.xml': '<Properties/>' }));
    expect(screened('empty-zip.docx', noDocument)).toMatch(/^empty-zip\.docx is damaged or not a Word document/);
    // A part whose data would run past the end of the file (its directory entry says so).
    const whole = zipArchive(await parts({ 'word/document.xml': '<w:document/>'.repeat(50) }));
    const view = new DataView(whole.buffer);
    const directory = view.getUint32(whole.length - 22 + 16, true);
    view.setUint32(directory + 20, whole.length, true);
    expect(screened('overrun.docx', whole)).toMatch(/^overrun\.docx is damaged/);
  });

  it('refuses a .docx whose parts declare more than a Word article can hold, without inflating them', async () => {
    const [part] = await parts({ 'word/document.xml': '<w:document/>' });
    const bomb = zipArchive([{ ...part, size: 210 * 1024 * 1024 }]);
    expect(screened('bomb.docx', bomb)).toMatch(/^bomb\.docx unzips to more than a Word article can hold \(210 MB; the limit is 200 MB\)/);
  });

  it('lets through a real Word file', () => {
    expect(screened('curly-quotes.docx', docx)).toBeNull();
  });

  it('never refuses a file that opens, and refuses with the message opening it gives', async () => {
    const damagedData = new Uint8Array(docx);
    // Damage the compressed data past the directory's reach: only unzipping finds it.
    const firstData = 30 + new DataView(damagedData.buffer).getUint16(26, true);
    damagedData.fill(0xff, firstData, firstData + 40);
    const files: [string, Uint8Array][] = [
      ['a.txt', utf8('Iraq launched an offencive on Mosul.\n')],
      ['b.md', utf8('\uFEFF# Basra\n\nShips were waiting.\r\n')],
      ['c.txt', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0])],
      ['d.txt', new Uint8Array([0x89, 0x50, 0, 0])],
      ['e.txt', utf8('   \n')],
      ['f.html', utf8('<p>Erbil held its elections.</p>')],
      ['g.html', utf8('<script>only()</script>')],
      ['h.html', utf8('<p>x\0</p>')],
      ['i.html', utf8('<p>a &lt; b</p>')],
      ['j.docx', docx],
      ['k.docx', docx.subarray(0, 600)],
      ['l.docx', utf8('not a zip')],
      ['m.xlf', utf8('<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>')],
      ['n.xlf', new Uint8Array([0x3c, 0, 0x78])],
      ['o.xlf', utf8('<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>b</target></body></file></xliff>')],
      ['p.xlf', utf8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&a;</source><target>a</target></trans-unit></body></file></xliff>')],
      ['q.xliff', utf8('<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target></target></trans-unit></body></file></xliff>')],
      ['r.xlf', utf8('<html><body>not XLIFF</body></html>')],
    ];
    const outcomes: string[] = [];
    for (const [name, bytes] of files) {
      const refused = screened(name, bytes);
      const opened = await imported(name, bytes);
      if (opened === null) expect(refused, name).toBeNull();
      if (refused !== null) expect(opened, name).toBe(refused);
      outcomes.push(`${name} ${opened === null ? 'opens' : refused === null ? 'refused when opened' : 'refused'}`);
    }
    expect(outcomes).toEqual([
      'a.txt opens', 'b.md opens', 'c.txt opens', 'd.txt refused', 'e.txt refused', 'f.html opens', 'g.html refused', 'h.html refused',
      'i.html opens', 'j.docx opens', 'k.docx refused', 'l.docx refused', 'm.xlf opens', 'n.xlf refused',
      'o.xlf refused', 'p.xlf refused', 'q.xliff refused', 'r.xlf refused',
    ]);
    // Screening is cheap, not complete: damaged compressed data is found when the file is opened.
    expect(screened('damaged-data.docx', damagedData)).toBeNull();
    expect(await imported('damaged-data.docx', damagedData)).toMatch(/^damaged-data\.docx is damaged or not a Word document/);
  });
});
