/**
 * Misspellings, with ranked suggestions. A sub-editor's checker, not a word-list lookup: names
 * (an unknown capitalised word inside a sentence), acronyms, ALL-CAPS words, words with digits,
 * URLs and e-mail addresses are not misspellings; nor are custom-dictionary words.
 */
import type { Paragraph, Span, Token } from '../document';
import { isAllCaps, isCapitalised } from '../document';
import compoundData from './data/compounds.json';
import phraseData from './data/phrases.json';
import { readStrings } from './data/validate';
import { quote, type Finding, type Rule, type RuleContext } from './types';
import { foreignStretches, sentenceShares } from './untranslated';

// Words of foreign phrases ("de jure", "post mortem"), accepted when the whole phrase is there.
const PHRASES = readStrings(phraseData, 'phrases', 'src/core/rules/data/phrases.json').map((p) => p.split(' '));
const PHRASE_WORDS = new Set(PHRASES.flat());

function inPhrase(words: readonly { text: string }[], at: number): boolean {
  const lower = words[at].text.toLowerCase();
  if (!PHRASE_WORDS.has(lower)) return false;
  return PHRASES.some((phrase) => {
    const i = phrase.indexOf(lower);
    if (i < 0) return false;
    return phrase.every((w, k) => words[at - i + k]?.text.toLowerCase() === w);
  });
}

// First parts of compounds that are not words on their own ("anti-ISIS", "co-operation").
const PREFIXES = new Set(
  'anti co counter cross de e ex inter intra mid multi neo non over pan post pre pro quasi re self semi socio sub super trans ultra un under vice well'.split(' '),
);
import particleData from './data/name-particles.json';

// Lowercase particles of names from every region ("bin Salman", "ul Haq", "da Silva", "van der").
const PARTICLES = new Set(readStrings(particleData, 'particles', 'src/core/rules/data/name-particles.json'));

const COMPOUNDS_FILE = 'src/core/rules/data/compounds.json';
const COMPOUND_PREFIXES = new Set(readStrings(compoundData, 'prefixes', COMPOUNDS_FILE));
const FUNCTION_WORDS = new Set(readStrings(compoundData, 'functionWords', COMPOUNDS_FILE));
const NOT_SECOND = new Set(readStrings(compoundData, 'notSecond', COMPOUNDS_FILE));

/**
 * Longer than any word of the lexicon (its longest, "pneumonoultramicroscopicsilicovolcanoconiosis",
 * has 45 letters): a word longer than two (three) of these is no compound of two (three) known
 * words, and is not split at every letter to find out (a 40,000-letter run took 0.8 s so).
 */
const LONGEST_WORD = 50;

/**
 * Whether a lowercase word is a closed compound: a combining prefix ("non", "micro", "re") or a
 * known word joined to a known word ("nonfarm", "microblogging", "homebuyers", "shootdown").
 * Parts are four letters at least, except a listed prefix; both words of a two-word compound are
 * common (a SUBTLEX count of 100 at least); neither part is a function word ("eachother", "infact" are two
 * words run together); and no known word is one edit away: "carefull", "withold" and "childbird"
 * are slips of one word, not compounds.
 */
function isCompound(lower: string, context: RuleContext): boolean {
  if (lower.length < 6 || lower.length > 2 * LONGEST_WORD || !/^[a-z]+$/.test(lower)) return false;
  const { speller } = context;
  const used = (w: string) => speller.knows(w) && speller.frequency(w) >= 100;
  let split = false;
  for (let i = 2; i <= lower.length - 4 && !split; i++) {
    const first = lower.slice(0, i);
    const second = lower.slice(i);
    if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(second) || NOT_SECOND.has(second)) continue;
    if (COMPOUND_PREFIXES.has(first)) split = speller.knows(second);
    else split = first.length >= 4 && used(first) && used(second);
  }
  return split && !hasCloseCorrection(lower, context);
}

/** The longest word whose every slip stays within the suggester's two edits. */
const SHORT_WORD = 7;

/**
 * Two or three known words of four letters or more run together ("leftmargin", "bluesmalltext":
 * layout words of a web page left in the copy), written apart; undefined when the word is not.
 */
function runTogether(lower: string, context: RuleContext): string | undefined {
  if (lower.length < 8 || lower.length > 3 * LONGEST_WORD || !/^[a-z]+$/.test(lower)) return undefined;
  const known = (w: string) => w.length >= 4 && context.speller.knows(w);
  for (let i = 4; i <= lower.length - 4; i++) {
    const first = lower.slice(0, i);
    if (!known(first)) continue;
    const rest = lower.slice(i);
    if (known(rest)) return `${first} ${rest}`;
    for (let k = 4; k <= rest.length - 4; k++) {
      if (known(rest.slice(0, k)) && known(rest.slice(k))) return `${first} ${rest.slice(0, k)} ${rest.slice(k)}`;
    }
  }
  return undefined;
}

/**
 * Whether a common word is one edit away: the word reads as its slip. Common: a SUBTLEX count of
 * 1000 or more; for a slip of seven letters or more, of a word in lower case, 100 or more. SUBTLEX
 * counts film subtitles, where news words are rare ("offensive" 327, "receive" 992): a machine
 * translation repeats its slip of one ("offencive" in three paragraphs) as a writer repeats
 * "recieve", and a long word one edit from a dictionary word is seldom a term of its own (the short
 * lowercase names of a corpus, "pune", "doti", "humla", are).
 */
function slipOfCommonWord(lower: string, context: RuleContext): boolean {
  if (!context.speller.hasCloseWord(lower)) return false;
  const common = (word: string) => {
    const count = context.speller.frequency(word);
    return count >= 1000 || (lower.length >= 7 && count >= 100 && word === word.toLowerCase());
  };
  return context.speller.rank(lower, 5).some((s) => s.distance <= 1 && common(s.word));
}

/**
 * Whether two words are forms of one word: a plural, past or agent form ("reinsurer" /
 * "reinsurers" / "reinsure"), or -ism beside -ist ("annihilationist" / "annihilationism").
 */
function inflectedPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && ['s', 'es', 'd', 'ed', 'r', 'er'].includes(long.slice(short.length))) return true;
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /^is[mt]$/.test(a.slice(-3)) && /^is[mt]$/.test(b.slice(-3));
}

/** Whether a known word one edit away, other than the word's own plural or past form, exists. */
function hasCloseCorrection(lower: string, context: RuleContext): boolean {
  if (!context.speller.hasCloseWord(lower)) return false;
  return context.speller.rank(lower, 3).some((s) => s.distance <= 1 && !inflectedPair(s.word.toLowerCase(), lower));
}

/** An unknown word, relative to its paragraph. */
interface Unknown {
  start: number;
  end: number;
  word: string;
  /** Capitalised at a sentence start or in a headline: maybe a name, maybe a typo. */
  maybeName: boolean;
  /**
   * Capitalised inside a sentence, where names are: a typo only on the article's evidence (see
   * {@link isCapitalisedSlip}). Set with `maybeName`.
   */
  inside?: InsideContext;
}

/** Unknown words and names of one paragraph (names feed the document-level decision). */
interface ParagraphSpelling {
  unknown: Unknown[];
  names: string[];
}

/** Where a capitalised unknown word inside a sentence stands (see {@link insideContexts}). */
interface InsideContext {
  /** Right after "the". */
  afterThe: boolean;
  /** Right after "of". */
  afterOf: boolean;
  /** In a capitalised phrase whose other words are ordinary words in title case. */
  titlePhrase: boolean;
}

// Lowercase words that may stand inside the capitalised name of an institution.
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'in', '&']);

/**
 * Where a capitalised unknown word inside a sentence stands: right after "the" (where the names
 * of institutions go, and seldom a person's), and whether its capitalised phrase is otherwise made
 * of ordinary words written in title case ("National Assembly", "Ministry of Health").
 */
function insideContexts(words: readonly Token[], context: RuleContext): (w: number) => InsideContext {
  // The capitalised phrase around a word: the words either side of it, capitalised or connectors,
  // back to the sentence's start at most. Worked out once for the paragraph (its extents and the
  // counts of its title-case words), not read again from each unknown word: a paragraph that is a
  // long list of names read all of it from each name.
  const n = words.length;
  const inPhrase = words.map((t) => isCapitalised(t.text) || CONNECTORS.has(t.text));
  const ordinary = new Int32Array(n + 1);
  const unknownOthers = new Int32Array(n + 1);
  words.forEach((t, k) => {
    const counted = isCapitalised(t.text) && !isAllCaps(t.text);
    const known = counted && context.speller.knows(t.text.toLowerCase());
    ordinary[k + 1] = ordinary[k] + (known ? 1 : 0);
    unknownOthers[k + 1] = unknownOthers[k] + (counted && !known ? 1 : 0);
  });
  // left[j]: where the phrase before word j starts (j itself when none); right[j]: where the one after it ends.
  const left = new Int32Array(n);
  for (let j = 1; j < n; j++) left[j] = inPhrase[j - 1] && !words[j].sentenceStart ? left[j - 1] : j;
  const right = new Int32Array(n);
  if (n > 0) right[n - 1] = n - 1;
  for (let j = n - 2; j >= 0; j--) right[j] = inPhrase[j + 1] && !words[j + 1].sentenceStart ? right[j + 1] : j;
  return (w) => {
    const before = words[w - 1];
    const afterThe = before !== undefined && /^the$/i.test(before.text);
    const afterOf = before?.text === 'of';
    // "the Institut d'Égypte", "Ballon d'Or", "Banco do Brasil": a name particle after the word
    // makes the phrase a name in another language, whose words are not English slips.
    const next = words[w + 1];
    const foreignName = next !== undefined && !next.sentenceStart && PARTICLES.has(next.text.toLowerCase().split(/['’]/)[0]);
    if (foreignName) return { afterThe: false, afterOf, titlePhrase: false };
    const count = (sums: Int32Array) => sums[w] - sums[left[w]] + sums[right[w] + 1] - sums[w + 1];
    return { afterThe, afterOf, titlePhrase: count(ordinary) > 0 && count(unknownOthers) === 0 };
  };
}

/**
 * Whether a capitalised unknown word used once inside a sentence is a slip rather than a name: a
 * common word (SUBTLEX count 100 or more, not itself a proper noun, same first letter) is one
 * slip away, a swapped pair or a dropped letter ("Departmnet", "Minsitry", "Natonal"), the kinds
 * of slip a name seldom resembles (a name one letter different from a word, "Ravan", "Salah", is
 * a name), and the word stands where institutions do: after "the" or in a phrase of title-case
 * ordinary words.
 */
function isCapitalisedSlip(u: Unknown, context: RuleContext): boolean {
  if (!u.inside || u.word.length < 5) return false;
  if (!u.inside.afterThe && !u.inside.titlePhrase) return false;
  if (!context.speller.hasCloseWord(u.word)) return false;
  const [best] = context.speller.rank(u.word, 1);
  const lower = u.word.toLowerCase();
  if (!best || best.distance !== 1 || isCapitalised(best.word) || best.word[0] !== lower[0]) return false;
  // A common word will do ("ministry" is rarer in film subtitles than in news), but after "of",
  // where place names stand ("Treaty of Gangwa", "Gulf of Aden"), only a very common one.
  if (context.speller.frequency(best.word) < (u.inside.afterOf ? 1000 : 100)) return false;
  const swapped = best.word.length === lower.length && [...best.word].sort().join('') === [...lower].sort().join('');
  const dropped = best.word.length === lower.length + 1;
  return swapped || dropped;
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '').replace(/s['’]$/, 's');
}

function isAccepted(word: string, context: RuleContext): boolean {
  return context.dictionary.has(word.toLowerCase()) || context.speller.knows(word);
}

/**
 * Stretches of a paragraph written in another language inside English sentences, whose words are
 * not English misspellings (offsets relative to the paragraph):
 * - a run of three or more lowercase words of four letters or more that no dictionary knows, with
 *   nothing between them but other unknown words and short words that are not English function
 *   words ("de", "les", "und"): a title or a motto left in its language;
 * - a short quotation (two to six words) whose every lowercase word is unknown: a work, a unit or
 *   a dish named in its own language.
 * `known` says whether a word token is accepted.
 */
function foreignPhrases(text: string, words: readonly Token[], known: (t: Token) => boolean): Span[] {
  const out: Span[] = [];
  const lowerUnknown = (t: Token) => /^\p{Ll}/u.test(t.text) && !known(t);
  let run: Token[] = [];
  const close = () => {
    const unknown = run.filter((t) => t.text.length >= 4 && lowerUnknown(t)).length;
    if (unknown >= 3 && unknown * 2 >= run.length) out.push({ start: run[0].start, end: run[run.length - 1].end });
    run = [];
  };
  for (const t of words) {
    const last = run[run.length - 1];
    if (last && (t.sentenceStart || !/^\s+$/.test(text.slice(last.end, t.start)))) close();
    if (!known(t) || (t.text.length <= 3 && !FUNCTION_WORDS.has(t.text.toLowerCase()))) run.push(t);
    else close();
  }
  close();
  for (const m of text.matchAll(/["“„«]([^"“”„«»\n]{3,80}?)["”»]/gu)) {
    const from = (m.index ?? 0) + 1;
    const to = from + m[1].length;
    const inside = words.filter((t) => t.start >= from && t.end <= to);
    const lower = inside.filter((t) => /^\p{Ll}/u.test(t.text));
    if (inside.length >= 2 && inside.length <= 6 && lower.length > 0 && lower.every(lowerUnknown)) out.push({ start: from, end: to });
  }
  return out;
}

/** Per check (its context): whether a word token, possessive stripped, is accepted. */
const acceptedWords = new WeakMap<RuleContext, Map<string, boolean>>();

function scanParagraph(p: Paragraph, context: RuleContext): ParagraphSpelling {
  const unknown: Unknown[] = [];
  const names: string[] = [];
  const titleCase = p.kind === 'headline';
  const words = p.analysis.tokens.filter((t) => t.kind === 'word');
  let inside: ((w: number) => InsideContext) | undefined;
  let verdicts = acceptedWords.get(context);
  if (!verdicts) acceptedWords.set(context, (verdicts = new Map()));
  for (const [w, token] of words.entries()) {
    // Most words are known: one look-up per distinct word and check.
    let accepted = verdicts.get(token.text);
    if (accepted === undefined) {
      accepted = isAccepted(stripPossessive(token.text), context);
      verdicts.set(token.text, accepted);
    }
    if (accepted) continue;
    // "https: / / vk.com": a link broken up by spaces is not prose.
    if (/^https?$/i.test(token.text) && p.analysis.text.startsWith(':', token.end)) continue;
    const before = words[w - 1];
    const after = words[w + 1];
    // "Rio de Janeiro", "Jamaat al Muslimeen": a particle between names.
    const betweenNames = (before && isCapitalised(before.text)) || (after && isCapitalised(after.text) && !after.sentenceStart);
    const whole = stripPossessive(token.text);
    if (isAccepted(whole, context) || inPhrase(words, w)) continue;
    // "doesn 't": a contraction split by a stray space (the spacing is the slip, not the word).
    if (/^\s['’]t\b/.test(p.analysis.text.slice(token.end, token.end + 4)) && isAccepted(`${whole}'t`, context)) continue;
    const parts = whole.split(/[-‑]/);
    const hasName = parts.some((part) => isCapitalised(part) && !isAllCaps(part));
    // "Shia-Sunni", "Austro-Hungarian": a compound of capitalised parts is made of names.
    const compoundOfNames = parts.filter((part) => isCapitalised(part)).length >= 2;
    let at = token.start;
    for (const [i, part] of parts.entries()) {
      const start = at;
      at += part.length + 1;
      // Two-letter words are symbols and abbreviations far more often than typos ("dx", "na");
      // a word in another script (a Greek term, an Arabic name) is not an English misspelling.
      if (part.length < 3 || isAllCaps(part) || /\p{Lu}/u.test(part.slice(1)) || !/\p{Script=Latin}/u.test(part)) continue;
      if (isAccepted(part, context) || isAccepted(part.replace(/['’]/g, ''), context)) continue;
      const lower = part.toLowerCase();
      if (isCompound(lower, context)) continue;
      if (i < parts.length - 1 && PREFIXES.has(lower)) continue;
      // "half-hearted", "blue-eyed", "long-legged": a noun made an adjective inside a compound.
      if (i > 0 && /ed$/.test(lower) && [lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3)].some((stem) => stem.length > 1 && isAccepted(stem, context))) continue;
      if ((hasName || betweenNames) && PARTICLES.has(lower)) continue;
      // A species epithet after its genus ("Eupatorium lindleyanum", "Megavirus chilensis").
      if (parts.length === 1 && before && isCapitalised(before.text) && /(?:ensis|um|us|is|ae|ii|i|a)$/.test(lower) && before.end + 1 === token.start) continue;
      // "Kim Dae-jung", "Lee Myung-bak": the lowercase syllable of a hyphenated given name.
      if (i > 0 && isCapitalised(parts[0]) && !isAccepted(parts[0], context)) continue;
      // "d'Estaing", "dell'Utri", "al'Qasim": a particle and an apostrophe before a name.
      if (/^\p{Ll}+['’]\p{Lu}/u.test(part) && PARTICLES.has(lower.split(/['’]/)[0])) continue;
      if (isCapitalised(part)) {
        const nameContext = compoundOfNames || (!titleCase && !(token.sentenceStart && i === 0));
        if (nameContext) {
          names.push(part);
          // Names stand here, and so do the capitalised words of institutions ("the Minsitry of
          // Finance"): which one this is, the article decides (see the check below).
          if (!compoundOfNames && parts.length === 1) {
            unknown.push({ start, end: start + part.length, word: part, maybeName: true, inside: (inside ??= insideContexts(words, context))(w) });
          }
          continue;
        }
        // "Chaim Kaplan", "Pekka Ilmari": a capitalised word before another is a first name.
        if (after && isCapitalised(after.text) && after.start === token.end + 1) {
          names.push(part);
          continue;
        }
        unknown.push({ start, end: start + part.length, word: part, maybeName: true });
        continue;
      }
      unknown.push({ start, end: start + part.length, word: part, maybeName: false });
    }
  }
  if (unknown.length === 0) return { unknown, names };
  const phrases = foreignPhrases(p.analysis.text, words, (t) => verdicts.get(t.text) === true);
  const english = phrases.length ? unknown.filter((u) => !phrases.some((s) => u.start >= s.start && u.end <= s.end)) : unknown;
  return { unknown: english, names };
}

/** Endings that make a new word of a known one ("legged" → "leggedness"). */
const DERIVATIONS = ['ness', 'ment', 'ments', 'ization', 'isation', 'ism', 'ist', 'ists', 'ity', 'less'];

/**
 * How to treat an unknown lowercase word that is a known word plus a derivational ending and
 * whose best correction is two edits away or more (an editor reads "leggedness → lewdness" as
 * noise; a slip of a word is close to it): 'word' for a derivation the lexicon lacks
 * ("seismicity", "culturalist"), not flagged; 'coinage' for -ness on a participle
 * ("forward-lookingness", "five-leggedness"), machine translation's coinages, flagged without
 * suggestions; null for anything else (an ordinary unknown word).
 */
function derivation(word: string, context: RuleContext): 'word' | 'coinage' | null {
  const lower = word.toLowerCase();
  const end = DERIVATIONS.find((e) => lower.endsWith(e) && lower.length - e.length >= 4 && context.speller.knows(lower.slice(0, -e.length)));
  if (!end) return null;
  if (hasCloseCorrection(lower, context)) return null;
  return end === 'ness' && /(?:ing|ed)$/.test(lower.slice(0, -end.length)) ? 'coinage' : 'word';
}

/**
 * Whether a fix of `u` may be applied unseen: a word of plain English letters in a sentence whose
 * other words are English (three in four known, at least two of them), so a word of a stretch in
 * another language that was too short to judge is never rewritten ("habitants" → "habitats").
 */
function inEnglishSentence(p: Paragraph, u: Unknown, context: RuleContext): boolean {
  if (!/^[a-z']+$/i.test(u.word)) return false;
  const k = p.analysis.sentences.findIndex((s) => u.start >= s.start && u.start < s.end);
  const share = sentenceShares(p, context)[k];
  if (!share) return false;
  // The word itself counts as unknown in the share.
  const others = share.total - 1;
  return others >= 2 && share.known / others >= 0.75;
}

const rule: Rule = {
  id: 'spelling',
  category: 'spelling',
  description: 'Words neither the UK nor the US dictionary knows (names, acronyms and numbers excepted).',
  defaultSeverity: 'error',
  check(doc, context) {
    const key = `spelling|${context.settingsKey}`;
    const scans = doc.paragraphs.map((p) => (p.kind === 'notice' ? { unknown: [], names: [] } : p.analysis.memo(`${key}|${p.kind}`, () => scanParagraph(p, context))));
    const names = new Set<string>();
    const nameUses = new Map<string, number>();
    // Lowercase unknown words by how often the article uses them.
    const termUses = new Map<string, number>();
    for (const scan of scans) {
      for (const n of scan.names) {
        names.add(n);
        nameUses.set(n, (nameUses.get(n) ?? 0) + 1);
      }
      for (const u of scan.unknown) if (!u.maybeName) termUses.set(u.word, (termUses.get(u.word) ?? 0) + 1);
    }
    const findings: Finding[] = [];
    scans.forEach((scan, i) => {
      const p = doc.paragraphs[i];
      const base = p.start;
      // A stretch in another language is one untranslated issue, not a card per word.
      const foreign = scan.unknown.length ? foreignStretches(p, context) : [];
      for (const u of scan.unknown) {
        if (foreign.some((s) => u.start >= s.start && u.end <= s.end)) continue;
        if (u.inside) {
          // A name is used again; a slip seldom is, and looks like a common word mistyped.
          if ((nameUses.get(u.word) ?? 0) > 1 || !isCapitalisedSlip(u, context)) continue;
        } else if (u.maybeName) {
          // A capitalised unknown word that appears inside a sentence elsewhere is a name; one seen
          // only at a sentence start is a typo only when a common word is one edit away.
          if (names.has(u.word)) continue;
          // Nothing within one edit: skip the full ranking, whose best would be too far anyway.
          if (!context.speller.hasCloseWord(u.word)) continue;
          const best = context.speller.rank(u.word, 1)[0];
          if (!best || best.distance > 1 || isCapitalised(best.word) || u.word.length < 4) continue;
          if (best.word[0] !== u.word[0].toLowerCase()) continue;
          // Only a very common word is a likelier reading than an unfamiliar name ("Ravan", "Labori").
          if (context.speller.frequency(best.word) < 5000) continue;
          // A name with a letter more than a word ("Laine" / "line") is a name; a slip drops or swaps.
          if (u.word.length > best.word.length) continue;
        }
        // A word the article uses again is its term, as a name is, unless it reads as the slip of a
        // common word (a writer may repeat "recieve"; a festival's name in transliteration recurs).
        // So is one the article also writes with a capital, as a name ("a bowl of polko" beside "the Polko feast").
        if (!u.maybeName) {
          const uses = (termUses.get(u.word) ?? 0) + (nameUses.get(u.word.charAt(0).toUpperCase() + u.word.slice(1)) ?? 0);
          if (uses > 1 && !slipOfCommonWord(u.word.toLowerCase(), context)) continue;
        }
        // A derivation the lexicon lacks is no slip; a coinage is worth a look, but a far-off word
        // is no correction of it ("leggedness" → "lewdness").
        const derived = u.maybeName ? null : derivation(u.word, context);
        if (derived === 'word') continue;
        let suggestions = derived === 'coinage' ? [] : context.speller.suggest(u.word, 5);
        if (!suggestions.length && !derived && !u.maybeName) {
          // Nothing within two edits: words run together are written apart. A long word can carry
          // three slips ("differentiatiations"); a short one three edits from every English word
          // is not a word mistyped but a term, a transliteration or a name in lower case.
          const bare = u.word.toLowerCase().replace(/^['’]|['’]$/g, '');
          const split = runTogether(bare, context);
          if (split) suggestions = [split];
          else if (/^[a-z]+$/.test(bare) && bare.length <= SHORT_WORD) continue;
        }
        findings.push({
          start: base + u.start,
          end: base + u.end,
          message: suggestions.length ? 'Possible misspelling' : `Possible misspelling: ${quote(u.word)} is in neither dictionary`,
          suggestions,
          safe: !u.maybeName && suggestions.length > 0 && inEnglishSentence(p, u, context) && context.speller.isUnambiguous(u.word),
        });
      }
    });
    return findings;
  },
};

export default rule;
