import { describe, expect, it } from 'vitest';
import { BadInputError, decodeText, encodeText } from '../../../src/core';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM and keeps CRLF', () => {
    expect(decodeText(utf8('one\r\ntwo\r\n'))).toEqual({ text: 'one\r\ntwo\r\n', encoding: 'utf-8', bom: false });
  });

  it('removes a UTF-8 BOM and remembers it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('“Quoted”')]);
    expect(decodeText(bytes)).toEqual({ text: '“Quoted”', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeText('Mosul — “café”\n', encoding, true);
      expect(decodeText(bytes)).toEqual({ text: 'Mosul — “café”\n', encoding, bom: true });
    }
  });

  it('refuses bytes with NUL in them', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'photo.zip')).toThrow(
      /photo.zip is not a text file/,
    );
  });

  it('refuses invalid UTF-8 (a Latin-1 file)', () => {
    expect(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toThrow(BadInputError);
  });

  it('round-trips every encoding byte for byte', () => {
    for (const [encoding, bom] of [['utf-8', false], ['utf-8', true], ['utf-16le', true], ['utf-16be', true]] as const) {
      const bytes = encodeText('a\r\nb 😀\n', encoding, bom);
      const decoded = decodeText(bytes);
      expect(encodeText(decoded.text, decoded.encoding, decoded.bom)).toEqual(bytes);
    }
  });
});
