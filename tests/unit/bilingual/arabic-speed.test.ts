// The Arabic-script readings' quick paths (speed only): each gives what the plain reading gives.
// The real checker and tables; every sentence here is invented (the names are public figures').
import { describe, expect, it } from 'vitest';
import { ARABIC_TABLES, arabicWords, isArabicScript } from '../../../src/core/bilingual/arabic';
import { caseKey, findDates } from '../../../src/core/bilingual/dates';
import dateData from '../../../src/core/bilingual/data/dates.json';
import { asciiDigits } from '../../../src/core/bilingual/numbers';
import { latinWords, LINK, linkSpans } from '../../../src/core/bilingual/pair';
import { expectedLength, expectedRatio, lengthWithoutSpaces } from '../../../src/core/bilingual/ratios';
import { buildDocument } from '../../../src/core/document';
import { flagged } from './helpers';

const RULE = 'name-romanisation-ar';
const paragraph = (text: string) => buildDocument(text).paragraphs[0];

describe('name-romanisation-ar across paragraphs', () => {
  it('points each flag at its own source word, a prefix on one of them or not, whichever comes first', () => {
    const plain = ['استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الفرنسي في القاهرة أمس.', 'President Abdel Fattah al-Sidi received the French foreign minister in Cairo yesterday.'];
    const prefixed = ['والتقى الوزير بالسيسي في القاهرة لبحث العلاقات الثنائية.', 'The minister met al-Sidi in Cairo to discuss bilateral relations.'];
    for (const order of [[plain, prefixed], [prefixed, plain], [plain, prefixed, plain, prefixed]]) {
      const found = flagged(order.map((p) => p[0]).join('\n\n'), order.map((p) => p[1]).join('\n\n'), RULE);
      expect(found.map((f) => `${f.text} <- ${f.source}`)).toEqual(order.map(() => 'al-Sidi <- السيسي'));
      expect(found.map((f) => f.issue.suggestions)).toEqual(order.map(() => ['al-Sisi']));
    }
  });
});

// The plain readings, as the quick paths were written before: what they must give.
function plainArabicScript(text: string): boolean {
  let ours = 0;
  let other = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    if (/\p{Script=Arabic}/u.test(m[0])) ours++;
    else other++;
  }
  return ours >= 2 && ours >= other;
}

function plainArabicWords(text: string): [string, number, number, string][] {
  const out: [string, number, number, string][] = [];
  for (const m of text.matchAll(/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u200c]+/gu)) {
    const start = m.index ?? 0;
    let letters = '';
    const at: number[] = [];
    for (let i = 0; i < m[0].length; i++) {
      const ch = m[0][i];
      for (const c of ch.charCodeAt(0) >= 0xfb50 ? ch.normalize('NFKC') : ch) {
        const letter = ARABIC_TABLES.same.get(c) ?? c;
        if (!ARABIC_TABLES.letters.has(letter)) continue;
        letters += letter;
        at.push(start + i);
      }
    }
    if (letters.length >= 2) out.push([letters, start, start + m[0].length, at.join(',')]);
  }
  return out;
}

const LATIN = /(?<![\p{Script=Latin}\p{M}\p{N}])[\p{Script=Latin}\d]*\p{Script=Latin}[\p{Script=Latin}\p{M}\d]*(?:['’-][\p{Script=Latin}\d]+)*/gu;

const TEXTS = [
  'قالَ مـحـمد ﻻ مي\u200cروم ۱۲ a',
  'ﻻ ـــ 𐐀𐐁𐐂 ab',
  'ﻻﻻ ـــ 𐐀 a',
  'محمد Mohammed',
  'محمد Mohamed',
  'ڤيتنام پاکستان ګل ۴۵٪ ﷲ ﷺ',
  'قالت شركة Aramco إن ٤٥ شخصا وصلوا إلى www.example.org و #مصر و @وزارة',
  'Ölpreis ﬁnal Ａｒａｍｃｏ 12th',
  '北京\u3000消息 \u00a0 서울\u2009뉴스\ufeff 𠀀𠀁 \ud800 दिल्ली\t\r\n',
  '، ؟ 1',
];

describe('quick paths', () => {
  it('maps digits of other scripts to ASCII, same length, and leaves a text without them as it is', () => {
    expect(asciiDigits('بلغ ٤٥٫٥٪ و۱۲۳ و१२ و１２')).toBe('بلغ 45.5% و123 و12 و12');
    const text = 'لا أرقام هنا، ولا حروف لاتينية.';
    expect(asciiDigits(text)).toBe(text);
  });

  it('counts the Arabic letters of a paragraph against the others as Unicode classes them', () => {
    for (const text of TEXTS) expect([text, isArabicScript([paragraph(text)])]).toEqual([text, plainArabicScript(text)]);
    expect(TEXTS.map((t) => isArabicScript([paragraph(t)]))).toContain(true);
  });

  it('reads the Arabic words of a paragraph with marks, tatweel and a zero-width non-joiner, a presentation form as its letters', () => {
    for (const text of TEXTS) expect(arabicWords(paragraph(text)).map((w) => [w.letters, w.start, w.end, w.at.join(',')])).toEqual(plainArabicWords(text));
    expect(plainArabicWords(TEXTS[0]).map((w) => w[0])).toEqual(['قال', 'محمد', 'لا', 'ميروم']);
  });

  it('finds the Latin words and the links of a paragraph, none where it has none', () => {
    for (const text of TEXTS) {
      const links = [...text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length]);
      expect(linkSpans(paragraph(text))).toEqual(links);
      const words = [...text.matchAll(LATIN)]
        .filter((m) => m[0].length >= 2 && !links.some(([a, b]) => m.index < b && m.index + m[0].length > a))
        .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
      expect(latinWords(paragraph(text))).toEqual(words);
    }
    expect(latinWords(paragraph(TEXTS[6])).map((w) => w.text)).toEqual(['Aramco']);
    expect(linkSpans(paragraph(TEXTS[6])).length).toBe(3);
  });

  it('measures a paragraph without its spaces, and counts its letters of other scripts than Latin, as the patterns do', () => {
    for (const text of TEXTS) {
      expect(lengthWithoutSpaces(text)).toBe(text.replace(/\s+/g, '').length);
      const all = text.replace(/\s+/g, '').length;
      const letters = [...text.matchAll(/[^\P{L}\p{Script=Latin}]/gu)].length;
      for (const language of ['arb', 'cmn', 'rus', 'kor']) expect(expectedLength(text, language)).toBe(letters * expectedRatio(language)! + (all - letters));
    }
  });
});

describe('month and weekday names of any language', () => {
  it('keys a word as the names’ pattern reads it without case: every character it takes for a name’s letter has that letter’s key', () => {
    const letters = new Set<string>();
    for (const [code, entry] of Object.entries(dateData as Record<string, { months?: string[][]; weekdays?: string[][] }>))
      if (code !== '//') for (const name of [...(entry.months ?? []), ...(entry.weekdays ?? [])].flat()) for (const c of name) letters.add(c);
    let bmp = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp += String.fromCharCode(c);
    let variants = 0;
    for (const letter of letters) {
      if (!/[\p{L}\p{M}]/u.test(letter)) continue;
      for (const m of bmp.matchAll(new RegExp(letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'))) {
        expect([m[0], caseKey(m[0])]).toEqual([m[0], caseKey(letter)]);
        variants++;
      }
    }
    expect(variants).toBeGreaterThan(letters.size);
  });

  it('finds another language’s names in a source whose own finds none, in any case, where a number stands', () => {
    const text = 'وقال يوم 12 ΦΕΒΡΟΥΆΡΙΟΣ و3 SEPTEMBRE و4 Février و5 OUTUBRO إن الاجتماع انتهى.';
    expect(findDates(text, 'arb').map((d) => [text.slice(d.start, d.end), d.kind, d.value])).toEqual([
      ['ΦΕΒΡΟΥΆΡΙΟΣ', 'month', 2],
      ['SEPTEMBRE', 'month', 9],
      ['Février', 'month', 2],
      ['OUTUBRO', 'month', 10],
    ]);
  });
});
