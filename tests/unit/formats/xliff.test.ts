import { describe, expect, it } from 'vitest';
import { BadInputError, exportXliff, importArticle, parseXliff, xliffTexts } from '../../../src/core';

const v12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="fr" target-language="en" datatype="plaintext" original="article.txt">
    <body>
      <trans-unit id="1">
        <source>Le président a annoncé un plan de 4 500 emplois.</source>
        <target state="translated">The president announced a plan for 4,500 jobs.</target>
        <alt-trans><source>ignored</source><target>ignored too</target></alt-trans>
      </trans-unit>
      <trans-unit id="2">
        <source>Le taux est de <g id="b">7,25 %</g>.</source>
        <target>The rate is <g id="b">7.52%</g> &amp; rising.</target>
        <note>keep me &lt;as is&gt;</note>
      </trans-unit>
      <trans-unit id="3">
        <source>Fin.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const v20 = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es" trgLang="en">
 <file id="f1">
  <unit id="u1">
   <segment><source>La reunión fue el 2 de febrero.</source><target>The meeting was on 2 February.</target></segment>
   <segment><source>Asistieron <ph id="1"/>120 personas.</source><target/></segment>
  </unit>
 </file>
</xliff>
`;

describe('XLIFF', () => {
  it('reads 1.2 trans-units: sources and targets, inline markup left out, alt-trans ignored', () => {
    const doc = parseXliff('a.xlf', v12);
    expect(doc.version).toBe('1.2');
    expect(doc.sourceLanguage).toBe('fr');
    expect(doc.units.map((u) => [u.id, u.source, u.target, u.markup])).toEqual([
      ['1', 'Le président a annoncé un plan de 4 500 emplois.', 'The president announced a plan for 4,500 jobs.', false],
      ['2', 'Le taux est de 7,25 %.', 'The rate is 7.52% & rising.', true],
      ['3', 'Fin.', '', false],
    ]);
  });

  it('reads 2.x segments, each a unit', () => {
    const doc = parseXliff('b.xliff', v20);
    expect(doc.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['u1#1', 'La reunión fue el 2 de febrero.', 'The meeting was on 2 February.'],
      ['u1#2', 'Asistieron 120 personas.', ''],
    ]);
  });

  it('opens as a bilingual review: targets as the machine translation, sources as the source text', async () => {
    const article = await importArticle('a.xlf', new TextEncoder().encode(v12));
    expect(article.format).toBe('xliff');
    expect(article.text).toBe('The president announced a plan for 4,500 jobs.\n\nThe rate is 7.52% & rising.\n\n');
    expect(article.source).toBe(xliffTexts(parseXliff('a.xlf', v12)).source);
    expect(article.xliff).toBe(v12);
  });

  it('exports the corrected targets and keeps every other character as it was', () => {
    const doc = parseXliff('a.xlf', v12);
    const unchanged = exportXliff('a.xlf', v12, doc, xliffTexts(doc).translation);
    expect(unchanged).toBe(v12);
    const corrected = 'The president announced a plan for 4,500 jobs.\n\nThe rate is 7.25% <and> rising.\n\nEnd.';
    const out = exportXliff('a.xlf', v12, doc, corrected);
    expect(out).toBe(
      v12
        .replace('The rate is <g id="b">7.52%</g> &amp; rising.', 'The rate is 7.25% &lt;and&gt; rising.')
        .replace('<source>Fin.</source>', '<source>Fin.</source><target>End.</target>'),
    );
    const again = parseXliff('a.xlf', out);
    expect(again.units.map((u) => u.target)).toEqual(['The president announced a plan for 4,500 jobs.', 'The rate is 7.25% <and> rising.', 'End.']);
  });

  it('fills a self-closing 2.x target', () => {
    const doc = parseXliff('b.xliff', v20);
    const out = exportXliff('b.xliff', v20, doc, 'The meeting was on 2 February.\n\n120 people attended.');
    expect(out).toBe(v20.replace('<target/>', '<target>120 people attended.</target>'));
  });

  it('refuses an export whose paragraphs no longer match the units', () => {
    const doc = parseXliff('a.xlf', v12);
    expect(() => exportXliff('a.xlf', v12, doc, 'One paragraph only.')).toThrow(/3 translation units but the corrected text has 1 paragraph/);
  });

  it('refuses a DOCTYPE (entity expansion) with one message', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>`;
    expect(() => parseXliff('bomb.xlf', bomb)).toThrow(BadInputError);
    expect(() => parseXliff('bomb.xlf', bomb)).toThrow(/bomb\.xlf .*(DOCTYPE|entity)/);
    const external = `<?xml version="1.0"?><!DOCTYPE xliff SYSTEM "file:///etc/passwd"><xliff version="1.2"><file><body><trans-unit id="1"><source>x</source></trans-unit></body></file></xliff>`;
    expect(() => parseXliff('ext.xlf', external)).toThrow(/DOCTYPE/);
  });

  it('refuses malformed XML, another root, another version, or no units', () => {
    expect(() => parseXliff('m.xlf', '<xliff version="1.2"><file><body><trans-unit id="1"><source>x</target></trans-unit>')).toThrow(/m\.xlf is not well-formed XML/);
    expect(() => parseXliff('h.xlf', '<html><body/></html>')).toThrow(/root element is <html>/);
    expect(() => parseXliff('v.xlf', '<xliff version="1.1"><file/></xliff>')).toThrow(/version "1\.1"/);
    expect(() => parseXliff('e.xlf', '<xliff version="2.0"><file id="f"/></xliff>')).toThrow(/no translation units/);
  });
});
