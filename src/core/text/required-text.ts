/**
 * A cheap pre-test for a regular expression: literal strings one of which every match of it
 * contains. A text that holds none of them cannot match, so a rule can skip running the expression
 * on it (`text.includes` is many times faster than a regex with a slow start, such as one that may
 * begin with `[\p{L} .-]{2,40}` at every position). The analysis is conservative: whatever it does
 * not understand (classes, escapes such as `\s`, lookarounds, backreferences, case-insensitive
 * flags) requires nothing, so the pre-test can only ever let more text through, never less.
 */

/** Literals one of which every match of `source` contains; undefined when there is no such set. */
export function requiredText(source: string, flags = ''): readonly string[] | undefined {
  // Case-insensitive (and Unicode-folded) matching is not literal: no pre-test.
  if (flags.includes('i')) return undefined;
  const parser = new Parser(source);
  const node = parser.alternation();
  if (parser.at !== source.length) return undefined;
  const req = node.required;
  if (!req || req.length === 0 || req.some((s) => s.length === 0)) return undefined;
  return req;
}

/**
 * Whether `text` may match the expression `required` was computed for: true unless `required` is
 * a list none of whose strings the text contains.
 */
export function mayMatch(required: readonly string[] | undefined, text: string): boolean {
  if (!required) return true;
  for (const s of required) if (text.includes(s)) return true;
  return false;
}

// What the parser knows of a piece of the expression: the literals one of which each match of it
// contains (undefined: none known), and, when the piece only ever matches one fixed string, that
// string (to join with its neighbours into a longer literal).
interface Piece {
  required: readonly string[] | undefined;
  fixed: string | undefined;
}

const NOTHING: Piece = { required: undefined, fixed: undefined };
// At most this many alternatives in a required set: past it the pre-test costs more than it saves.
const MAX_ALTERNATIVES = 64;
// Characters that are not literals on their own (syntax), and the quantifiers, by char code.
const PLAIN_EXCLUDED = new Set([...'\\^$.*+?()[]{}|'].map((c) => c.charCodeAt(0)));
const QUANTIFIERS = new Set([...'*+?{'].map((c) => c.charCodeAt(0)));
// Characters that stand for themselves when escaped.
const ESCAPED_LITERAL = /[\\^$.*+?()[\]{}|/\-'"’“”«»,:;!=<>#&@%~`]/;

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): Piece {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const all: string[] = [];
    for (const b of branches) {
      if (!b.required) return NOTHING;
      all.push(...b.required);
    }
    return { required: all.length <= MAX_ALTERNATIVES ? [...new Set(all)] : undefined, fixed: undefined };
  }

  // A sequence: a run of fixed pieces joins into one literal; the best requirement of any part
  // (the one whose shortest literal is longest) stands for the whole.
  sequence(): Piece {
    const parts: Piece[] = [];
    let run = '';
    let whole: string | undefined = '';
    const endRun = () => {
      if (run) parts.push({ required: [run], fixed: run });
      run = '';
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      // Most characters are plain literals with no quantifier after them: joined to the run
      // directly (the parser runs on every data pattern when a rule loads).
      const code = this.src.charCodeAt(this.at);
      if (!PLAIN_EXCLUDED.has(code) && (code < 0xd800 || code > 0xdfff) && !QUANTIFIERS.has(this.src.charCodeAt(this.at + 1))) {
        const ch = this.src[this.at++];
        run += ch;
        if (whole !== undefined) whole += ch;
        continue;
      }
      const atom = this.atom();
      const quantified = this.quantifier();
      if (quantified === undefined) return this.giveUp();
      const [min, max] = quantified;
      if (min === 1 && max === 1 && atom.fixed !== undefined) {
        run += atom.fixed;
        if (whole !== undefined) whole += atom.fixed;
        continue;
      }
      endRun();
      whole = undefined;
      parts.push(min >= 1 ? { required: atom.required, fixed: undefined } : NOTHING);
      // A zero-width or optional piece breaks the literal run: the text on either side need not be adjacent.
    }
    endRun();
    let best: readonly string[] | undefined;
    for (const p of parts) {
      if (!p.required) continue;
      if (!best || shortest(p.required) > shortest(best)) best = p.required;
    }
    return { required: best, fixed: whole };
  }

  private giveUp(): Piece {
    this.at = this.src.length + 1;
    return NOTHING;
  }

  // One atom: a literal character, an escape, a class, a group or an anchor.
  atom(): Piece {
    const c = this.src[this.at];
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.src[this.at + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.at)) {
        const close = this.src.indexOf('>', this.at);
        if (close < 0) return this.giveUp();
        this.at = close + 1;
      }
      const inner = this.alternation();
      if (this.src[this.at] !== ')') return this.giveUp();
      this.at++;
      // A lookaround matches no text of its own.
      return lookaround ? ZERO_WIDTH : inner;
    }
    if (c === '[') {
      // A class: skip to its end (escapes inside included); it fixes no literal.
      this.at++;
      if (this.src[this.at] === '^') this.at++;
      if (this.src[this.at] === ']') this.at++;
      while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      if (this.src[this.at] !== ']') return this.giveUp();
      this.at++;
      return NOTHING;
    }
    if (c === '\\') {
      const e = this.src[this.at + 1];
      if (e === undefined) return this.giveUp();
      if (e === 'p' || e === 'P') {
        const close = this.src.indexOf('}', this.at);
        if (close < 0) return this.giveUp();
        this.at = close + 1;
        return NOTHING;
      }
      this.at += 2;
      if (e === 'b' || e === 'B') return ZERO_WIDTH;
      if (ESCAPED_LITERAL.test(e)) return { required: [e], fixed: e };
      // \s \d \w \n \t \uXXXX \xXX \1 \k<…> and the rest: not a literal this parser reads.
      if (e === 'u' || e === 'x' || e === 'c') return this.giveUp();
      if (e === 'k') return this.giveUp();
      return NOTHING;
    }
    if (c === '^' || c === '$') {
      this.at++;
      return ZERO_WIDTH;
    }
    if (c === '.') {
      this.at++;
      return NOTHING;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === ']' || c === '}') return this.giveUp();
    // A literal character (a whole code point, so that a surrogate pair stays together).
    const code = this.src.codePointAt(this.at) ?? 0;
    const ch = String.fromCodePoint(code);
    this.at += ch.length;
    return { required: [ch], fixed: ch };
  }

  // The quantifier after an atom as [min, max]; [1, 1] when there is none; undefined when malformed.
  quantifier(): [number, number] | undefined {
    const c = this.src[this.at];
    let q: [number, number] = [1, 1];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return undefined;
      this.at += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    } else return q;
    this.at++;
    // A lazy (or, in some dialects, possessive) mark changes nothing about what must be there.
    if (this.src[this.at] === '?') this.at++;
    return q;
  }
}

// A zero-width assertion: matches no text, so it breaks a literal run and requires nothing.
const ZERO_WIDTH: Piece = { required: undefined, fixed: undefined };

function shortest(list: readonly string[]): number {
  let n = Infinity;
  for (const s of list) n = Math.min(n, s.length);
  return n;
}
