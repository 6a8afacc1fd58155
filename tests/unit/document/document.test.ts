import { describe, expect, it } from 'vitest';
import { buildDocument, splitSentences, tokenize } from '../../../src/core/document';

describe('document model', () => {
  it('classifies headline, standfirst, caption, credit line, notice and body', () => {
    const text = [
      'Iraq launches third phase of anti-ISIS operations',
      '',
      'The military announced victory over the terrorist group in 2017',
      '',
      'A handout picture released by the Media Office shows the prime minister arriving in Mosul. - === RESTRICTED TO EDITORIAL USE ===',
      " / AFP / IRAQI PRIME MINISTER'S PRESS OFFICE / - / === RESTRICTED TO EDITORIAL USE ===",
      'Powered by automated translation',
      '',
      'Iraq on Monday launched the third phase of a military operation.',
    ].join('\n');
    const doc = buildDocument(text);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['headline', 'standfirst', 'caption', 'credit', 'notice', 'body']);
    expect(doc.machineTranslated).toBe(true);
    expect(doc.paragraphs[5].line).toBe(9);
  });

  it('recognises the usual variants of the machine-translation notice', () => {
    for (const notice of ['Powered by automated translation', 'This article was machine translated.', '(Automatically translated)', 'Machine translation by DeepL']) {
      expect(buildDocument(`Body text here.\n${notice}`).machineTranslated).toBe(true);
    }
    expect(buildDocument('Machine translation is improving fast, experts say, but editors still matter.').machineTranslated).toBe(false);
  });

  it('tokenizes numbers, URLs, e-mail addresses, possessives and hyphenated compounds', () => {
    const tokens = tokenize("Iraq's 4,853 troops via https://gov.iq/x or info@gov.iq: a Washington-based 3-L group.");
    const kinds = tokens.filter((t) => t.kind !== 'punct').map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      "word:Iraq's",
      'number:4,853',
      'word:troops',
      'word:via',
      'url:https://gov.iq/x',
      'word:or',
      'email:info@gov.iq',
      'word:a',
      'word:Washington-based',
      'number:3-L',
      'word:group',
    ]);
  });

  it('splits sentences but not after abbreviations or initials', () => {
    const text = 'Mr. Rasool met U.S. troops. J. Smith said “Go.” Then they left! Next.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Rasool met U.S. troops.', 'J. Smith said “Go.”', 'Then they left!', 'Next.']);
  });

  it('keeps CR out of paragraphs and offsets absolute', () => {
    const text = 'First line.\r\n\r\nSecond line.\r\n';
    const doc = buildDocument(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second line.']);
  });
});
