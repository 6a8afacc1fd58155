/**
 * Turning a file's bytes into text, or refusing them with one clear message.
 * UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM are accepted; anything else that is not
 * valid text, or that holds NUL bytes, is refused.
 */

/** The encodings Verso reads and writes back. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoded text and how it was stored, so an export can write it back the same way. */
export interface DecodedText {
  /** The text with the BOM removed and nothing else changed (CRLF stays CRLF). */
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte order mark. */
  bom: boolean;
}

/** Bad input: the message is meant for the editor, as is. */
export class BadInputError extends Error {
  override name = 'BadInputError';
}

/**
 * Decodes a text file. Throws {@link BadInputError} for binary or undecodable bytes.
 * `name` is used only in messages.
 */
export function decodeText(bytes: Uint8Array, name = 'The file'): DecodedText {
  let encoding: TextEncoding = 'utf-8';
  let bom = false;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  }
  if (encoding === 'utf-8' && body.includes(0)) {
    throw new BadInputError(`${name} is not a text file (it contains NUL bytes).`);
  }
  if (encoding !== 'utf-8' && body.length % 2 !== 0) {
    throw new BadInputError(`${name} is not valid ${encoding.toUpperCase()} text (odd number of bytes).`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new BadInputError(
      `${name} is not valid ${encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase()} text. Save it as UTF-8 and try again.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new BadInputError(`${name} is not a text file (it contains NUL characters).`);
  }
  return { text, encoding, bom };
}

/** Encodes text the way {@link decodeText} found it, so unchanged bytes stay unchanged. */
export function encodeText(text: string, encoding: TextEncoding = 'utf-8', bom = false): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const offset = bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (bom) out.set(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const hi = unit >> 8;
    const lo = unit & 0xff;
    out[offset + 2 * i] = encoding === 'utf-16le' ? lo : hi;
    out[offset + 2 * i + 1] = encoding === 'utf-16le' ? hi : lo;
  }
  return out;
}
