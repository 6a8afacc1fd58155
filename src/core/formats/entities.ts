/**
 * HTML character references. Numeric references follow the HTML standard (including its
 * windows-1252 remapping of 0x80–0x9F, which old newsroom CMSs still emit); named references cover
 * what articles use: Latin-1, typographic punctuation, currency and a few symbols. An unknown name
 * is left as written, which is also what a browser shows.
 */

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c,
  zwj: 0x200d, lrm: 0x200e, rlm: 0x200f, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018,
  rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020,
  Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033,
  lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212,
  le: 0x2264, ge: 0x2265, ne: 0x2260, asymp: 0x2248, infin: 0x221e, deg: 0xb0,
  alpha: 0x3b1, beta: 0x3b2, gamma: 0x3b3, delta: 0x3b4, mu: 0x3bc, pi: 0x3c0, Omega: 0x3a9,
  hyphen: 0x2010, dash: 0x2010, nbhy: 0x2011, numsp: 0x2007, puncsp: 0x2008, hairsp: 0x200a,
  colon: 0x3a, comma: 0x2c, period: 0x2e, excl: 0x21, quest: 0x3f, semi: 0x3b, lpar: 0x28,
  rpar: 0x29, sol: 0x2f, bsol: 0x5c, num: 0x23, percnt: 0x25, dollar: 0x24, ast: 0x2a,
  plus: 0x2b, equals: 0x3d, commat: 0x40, lsqb: 0x5b, rsqb: 0x5d, lcub: 0x7b, rcub: 0x7d,
  verbar: 0x7c, lowbar: 0x5f, grave: 0x60, Tab: 0x09, NewLine: 0x0a,
};

const NAMED: Map<string, string> = (() => {
  const map = new Map<string, string>();
  LATIN1_NAMES.split(' ').forEach((name, i) => map.set(name, String.fromCharCode(0xa0 + i)));
  for (const [name, code] of Object.entries(OTHER)) map.set(name, String.fromCodePoint(code));
  return map;
})();

// Names browsers also accept without the closing semicolon ("AT&amp T" in old copy).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

// The HTML standard maps these C1 code points to the windows-1252 characters authors meant.
const C1_REMAP: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
  0x87: 0x2021, 0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152,
  0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a,
  0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Replaces the character references in `text` with the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string) => {
    if (hex !== undefined || dec !== undefined) {
      return fromCodePoint(hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10));
    }
    const char = NAMED.get(name as string);
    if (char === undefined || (!semi && !LEGACY.has(name as string))) return whole;
    return char;
  });
}

function fromCodePoint(code: number): string {
  if (C1_REMAP[code] !== undefined) return String.fromCodePoint(C1_REMAP[code]);
  // NUL, surrogates and out-of-range values are parse errors; browsers show U+FFFD.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/**
 * Decodes windows-1252 bytes, the encoding the web standard reads for `iso-8859-1`, `latin1`,
 * `ascii` and `windows-1252` labels. Done here because node's TextDecoder decodes that label as
 * plain Latin-1, turning curly quotes into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => C1_REMAP[b] ?? b);
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}
