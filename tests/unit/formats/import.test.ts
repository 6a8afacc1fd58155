import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  MAX_ARTICLE_BYTES,
  checkSize,
  encodeText,
  importArticle,
} from '../../../src/core';
import { htmlToText } from '../../../src/core/formats/html-text';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await importArticle(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadInputError);
  const message = (error as Error).message;
  expect(message.startsWith(name)).toBe(true);
  // One clear sentence.
  expect(message.split(/(?<=[.!?]) /).length).toBeLessThanOrEqual(2);
  return message;
}

describe('importArticle: text and Markdown', () => {
  it('keeps a .txt file as decoded text with its encoding and BOM', async () => {
    const article = await importArticle('a.txt', encodeText('“Hello”\r\nworld', 'utf-16le', true));
    expect(article).toEqual({ name: 'a.txt', format: 'txt', text: '“Hello”\r\nworld', encoding: 'utf-16le', bom: true });
  });

  it('keeps Markdown as its text, markup included', async () => {
    const md = '# Title\n\nSome *text* and [a link](http://x).\n';
    const article = await importArticle('notes.md', utf8(md));
    expect(article.format).toBe('md');
    expect(article.text).toBe(md);
  });
});

describe('importArticle: HTML', () => {
  it('turns blocks into paragraphs and drops script and style', async () => {
    const html = `<!DOCTYPE html><html><head><title>Ignored title</title>
      <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
      <body><h1>Iraq launches  third phase</h1>
      <p>The military&nbsp;announced &ldquo;victory&rdquo; in 2017,
         but attacks rose.</p>
      <ul><li>One</li><li>Two &amp; three</li></ul>
      <p>Line one<br>Line two</p><!-- a <p>comment</p> -->
      <div>It&#8217;s &#x2014; done &#150; ok</div></body></html>`;
    const article = await importArticle('story.html', utf8(html));
    expect(article.text).toBe(
      'Iraq launches third phase\n\n' +
        'The military\u00a0announced “victory” in 2017, but attacks rose.\n\n' +
        'One\n\nTwo & three\n\n' +
        'Line one\nLine two\n\n' +
        'It’s — done – ok',
    );
    expect(article).toMatchObject({ format: 'html', encoding: 'utf-8', bom: false });
  });

  it('reads quoted attributes holding ">" and keeps a lone "<" as text', () => {
    expect(htmlToText('<p title="a > b" data-x=\'>\'>3 < 4 and 5 > 2</p>')).toBe('3 < 4 and 5 > 2');
  });

  it('keeps line breaks inside <pre> and unknown entities as written', () => {
    expect(htmlToText('<pre>a\n  b</pre><p>&bogus; &amp</p>')).toBe('a\nb\n\n&bogus; &');
  });

  it('decodes every named character reference of HTML, not only the common ones', () => {
    // Names from the whole table of the HTML standard (a Czech, a Polish, a math and a Greek letter).
    expect(htmlToText('<p>Ko&scaron;ice, &Lstrok;&oacute;d&zacute;, &ccaron;esk&yacute;, &lstrok;</p>')).toBe('Košice, Łódź, český, ł');
    expect(htmlToText('<p>&NotEqualTilde; &varepsilon; &lrhar; &frac78;</p>')).toBe('\u2242\u0338 \u03f5 \u21cb \u215e');
    // Legacy names without a semicolon, as browsers read them; unknown names stay as written.
    expect(htmlToText('<p>AT&amp T &copy 2024 &bogus; &ampx</p>')).toBe('AT& T © 2024 &bogus; &x');
  });

  it('does not let form controls into the article: textarea, select, button', () => {
    const html = '<p>Before</p><form><textarea>Comment <b>here</b> &amp; more</textarea><select><option>Opt</option></select>' +
      '<button>Send</button></form><p>After</p>';
    expect(htmlToText(html)).toBe('Before\n\nAfter');
  });

  it('reads a page of deeply nested tags without overflowing the stack', () => {
    const html = '<div>'.repeat(200_000) + 'deep' + '</div>'.repeat(200_000);
    expect(htmlToText(html)).toBe('deep');
  });

  it('renders a hostile page as its text only', () => {
    const text = htmlToText('<p>Hi<script>alert(1)</script><img src=x onerror=alert(1)> there</p><noscript>x</noscript>');
    expect(text).toBe('Hi there');
  });

  it('tolerates markup as browsers do: upper case, unclosed paragraphs, unclosed script, odd end tags', () => {
    expect(htmlToText('<P>One<P>Two<BR/>three<DIV>İstanbul <SCRIPT >x</SCRIPT >four</div>')).toBe('One\n\nTwo\nthree\n\nİstanbul four');
    expect(htmlToText('<p>kept</p><script>never closed <p>lost</p>')).toBe('kept');
    expect(htmlToText('<p>a</p><![CDATA[x]]><?php echo 1 ?><p>b</p>')).toBe('a\n\nb');
  });

  it('lays out lists, quotes and tables as paragraphs', () => {
    const html = '<ol><li>First <em>point</em></li><li>Second</li></ol><blockquote><p>Quote</p></blockquote>' +
      '<table><tr><th>Province</th><th>Fighters</th></tr><tr><td>Anbar</td><td>3,000</td></tr></table>';
    expect(htmlToText(html)).toBe('First point\n\nSecond\n\nQuote\n\nProvince Fighters\n\nAnbar 3,000');
  });

  // Its speed at this size is printed by `npm run bench -- formats`.
  it('reads every paragraph of a large page full of scripts and none of the scripts', () => {
    const html = '<p>Text &amp; more</p><script>var a = 1;</script>'.repeat(20_000);
    const text = htmlToText(html);
    expect(text.split('\n\n')).toHaveLength(20_000);
    expect(text).not.toContain('var a');
    expect(new Set(text.split('\n\n'))).toEqual(new Set(['Text & more']));
  });

  it('reads a windows-1252 page that declares its charset', async () => {
    const bytes = new Uint8Array([
      ...utf8('<meta charset="windows-1252"><p>'),
      0x93, 0x48, 0x69, 0x94, 0x20, 0xe9,
      ...utf8('</p>'),
    ]);
    expect((await importArticle('old.htm', bytes)).text).toBe('“Hi” é');
  });
});

describe('importArticle: bad input', () => {
  it('refuses an empty file', async () => {
    expect(await refusal('empty.txt', new Uint8Array())).toMatch(/is empty/);
  });

  it('refuses a file with only whitespace', async () => {
    expect(await refusal('blank.md', utf8(' \n\n\t'))).toMatch(/no text/);
  });

  it('refuses a binary file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal('photo.txt', png)).toMatch(/not a text file/);
  });

  it('refuses invalid UTF-8', async () => {
    expect(await refusal('bad.txt', new Uint8Array([0x61, 0xff, 0xfe, 0x62, 0x63]))).toMatch(/not valid UTF-8/);
    expect(await refusal('bad.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0x28]))).toMatch(/not valid UTF-8/);
  });

  it('refuses an unknown extension', async () => {
    expect(await refusal('story.pdf', utf8('%PDF-1.4'))).toMatch(/\.txt, \.md, \.html, \.docx or \.xlf/);
  });

  it('refuses a corrupt .docx: a broken ZIP and a file that is no ZIP at all', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await refusal('broken.docx', broken)).toMatch(/damaged or not a Word document/);
    expect(await refusal('renamed.docx', utf8('just text'))).toMatch(/not a ZIP archive/);
  });

  it('refuses an HTML page with no text', async () => {
    expect(await refusal('empty.html', utf8('<html><script>alert(1)</script></html>'))).toMatch(/no article text/);
  });

  it('states the size limit and checks it before reading', async () => {
    expect(MAX_ARTICLE_BYTES).toBe(20 * 1024 * 1024);
    expect(() => checkSize('huge.txt', MAX_ARTICLE_BYTES + 1)).toThrow(/huge\.txt is too large to open \(20 MB; the limit is 20 MB\)/);
    expect(() => checkSize('ok.txt', MAX_ARTICLE_BYTES)).not.toThrow();
    expect(() => checkSize('none.txt', 0)).toThrow(BadInputError);
  });
});
