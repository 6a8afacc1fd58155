/**
 * A Korean name that the translation romanises with one syllable the source does not have:
 * 윤석열 as "Yoon Suk-yool" or "Kang Suk-yeol", 김정은 as "Kim Jong-il", 이재명 as "Lee Jae-mung".
 * Each name of the translation (two or three capitalised words that read as Korean syllables,
 * surname first or, "Suk-yeol Yoon", last; the given name hyphenated, joined or spaced) is read
 * against the Hangul of the aligned source paragraphs, every syllable in every usual spelling
 * (./data/hangul.json: Revised Romanization, McCune–Reischauer with or without breves, the press's
 * forms and the conventional surnames: Yoon Seok-yeol, Yun Sok-yol and Yoon Suk-yeol are all 윤석열).
 * Only a name the source nearly has is flagged: one of three or four syllables that matches, in
 * all its syllables but one, a source word that starts with a surname and ends there or with a
 * particle or title (윤석열은, 김정은의); the wrong syllable a given name's within two letters of
 * the source's, or the surname, the given name exact. A name of two syllables only with a title
 * beside the source word (박진 장관) and its given name a letter off. The wrong syllable is
 * flagged, the source's spelling of it suggested.
 *
 * Never flagged: a name the source has, in this paragraph or anywhere else (a name nowhere near
 * the source may be an English name, or one the translation adds); a word the English dictionary
 * knows (a surname's spelling excepted: Park, Moon); the English forms of places and brands
 * (Seoul, Pyongyang, Pusan) and a word the source writes in Latin letters itself (Samsung). A
 * group where most of three or more names are not found is taken as misaligned, and nothing in it
 * is flagged.
 */
import type { Paragraph } from '../../document';
import type { Speller } from '../../spelling';
import { hangulRuns, isExonym, readsAsKorean, spellingsOf, syllableEnds, HANGUL_TABLES, type HangulRun } from '../hangul';
import { latinWords } from '../pair';
import { editDistance } from './name-mismatch';
import { quote, type AccuracyFinding, type AccuracyRule, everyGroup } from './types';

/** A capitalised word of the translation that reads as Korean syllables. */
interface NameWord {
  start: number;
  end: number;
  text: string;
  /** Whether it is a surname's spelling (Park, Moon): a name even where the dictionary knows it. */
  surname: boolean;
}

/** A name's words as letters in one order, surname first: what is matched against the Hangul. */
interface Reading {
  /** Lowercase, apostrophes dropped (ŏ and ŭ kept). */
  letters: string;
  /** The translation offset of each letter. */
  at: number[];
  /** Where a word or a hyphenated part starts or ends: a syllable must end there. */
  cuts: boolean[];
  /** Where the surname's word ends. */
  surnameEnd: number;
  /** The words in this order. */
  words: readonly NameWord[];
}

/** A translation name: two or three words, read surname first and, when it may be, surname last. */
interface Candidate {
  words: readonly NameWord[];
  readings: Reading[];
}

/** The runs of capitalised words of a paragraph that read as Korean, split at other words, offsets in the paragraph (cached with the paragraph). */
function koreanRuns(p: Paragraph): readonly (readonly NameWord[])[] {
  return p.analysis.memo('bilingual-korean-runs', () => {
    const text = p.analysis.text;
    const runs: NameWord[][] = [];
    let run: NameWord[] = [];
    const end = () => {
      if (run.length >= 2) runs.push(run);
      run = [];
    };
    for (const w of latinWords(p)) {
      const bare = w.text.replace(/['’]s$/, '');
      const previous = run[run.length - 1];
      if (previous && !/^[ \u00a0]$/.test(text.slice(previous.end, w.start))) end();
      const lower = bare.toLowerCase();
      const korean =
        /^[A-Z][a-zŏŭ]*(?:['’-][A-Za-zŏŭ][a-zŏŭ]*)*$/.test(bare) &&
        !isExonym(bare) &&
        readsAsKorean(lower.replace(/['’]/g, ''));
      if (!korean) {
        end();
        continue;
      }
      const surname = HANGUL_TABLES.surnameSpellings.has(lower.replace(/['’]/g, ''));
      run.push({ start: w.start, end: w.start + bare.length, text: bare, surname });
      // A possessive ends the name ("Yoon's").
      if (bare !== w.text) end();
    }
    end();
    return runs;
  });
}

/** The name's words as letters, in the order given (the first is the surname). */
function readingOf(words: readonly NameWord[]): Reading {
  let letters = '';
  const at: number[] = [];
  const cuts: boolean[] = [true];
  let surnameEnd = 0;
  words.forEach((w, k) => {
    const lower = w.text.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i];
      if (c === "'" || c === '’') continue;
      if (c === '-') {
        cuts[letters.length] = true;
        continue;
      }
      letters += c;
      at.push(w.start + i);
      cuts[letters.length] = false;
    }
    cuts[letters.length] = true;
    if (k === 0) surnameEnd = letters.length;
  });
  return { letters, at, cuts, surnameEnd, words };
}

/** A word of the English dictionary that is no surname's spelling ("The", "Sang"): never the wrong one. */
function isEnglish(w: NameWord, speller: Speller): boolean {
  return !w.surname && (speller.knows(w.text.toLowerCase()) || speller.knows(w.text));
}

/**
 * The names of a run (its words' offsets made absolute): every two or three words, not all
 * English ones, surname first (an unhyphenated first word) or last (an unhyphenated last word).
 */
function candidates(run: readonly NameWord[], offset: number, speller: Speller): Candidate[] {
  const out: Candidate[] = [];
  const absolute = run.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
  for (let a = 0; a < run.length; a++) {
    for (const size of [2, 3]) {
      const words = absolute.slice(a, a + size);
      if (words.length < size || words.every((w) => isEnglish(w, speller))) continue;
      const readings: Reading[] = [];
      if (!words[0].text.includes('-')) readings.push(readingOf(words));
      if (!words[size - 1].text.includes('-')) readings.push(readingOf([words[size - 1], ...words.slice(0, -1)]));
      if (readings.length > 0) out.push({ words, readings });
    }
  }
  return out;
}

/** Where each syllable of `syllables` may end after `from`, each ending at no cut strictly inside it: the positions after them all. */
function advance(r: Reading, syllables: readonly string[], from: readonly number[]): number[] {
  let at = [...from];
  for (const s of syllables) {
    const next: number[] = [];
    for (const p of at)
      for (const q of syllableEnds(s, r.letters, p))
        if (q > p && !insideCut(r, p, q) && !next.includes(q)) next.push(q);
    at = next;
    if (at.length === 0) break;
  }
  return at;
}

function insideCut(r: Reading, p: number, q: number): boolean {
  for (let k = p + 1; k < q; k++) if (r.cuts[k]) return true;
  return false;
}

/** The surnames (one or two syllables) a Hangul word may start with. */
function surnamesAt(run: string, i: number): string[] {
  if (i + 2 <= run.length) {
    const two = run.slice(i, i + 2);
    if (HANGUL_TABLES.surnames.has(two)) return [two, run[i]];
  }
  return [run[i]];
}

/** Whether the reading's surname word spells `surname` (a table spelling, or syllable by syllable). */
function spellsSurname(r: Reading, surname: string): boolean {
  const word = r.letters.slice(0, r.surnameEnd);
  if (HANGUL_TABLES.surnames.get(surname)?.includes(word)) return true;
  if (surname.length === 1) return syllableEnds(surname, r.letters, 0, true).includes(r.surnameEnd);
  return advance(r, [...surname], [0]).includes(r.surnameEnd);
}

/**
 * Whether the reading spells the syllables of `run` from `i` on, two to five of them, surname
 * first. `surnames` keeps, for the reading, whether its surname word spells a source surname.
 */
function spellsAt(r: Reading, run: string, i: number, surnames: Map<string, boolean>): boolean {
  for (const surname of surnamesAt(run, i)) {
    let spelt = surnames.get(surname);
    if (spelt === undefined) surnames.set(surname, (spelt = spellsSurname(r, surname)));
    if (!spelt) continue;
    let at = [r.surnameEnd];
    for (let k = i + surname.length; k < run.length && k < i + 5 && at.length > 0; k++) {
      at = advance(r, [run[k]], at);
      if (at.includes(r.letters.length)) return true;
    }
  }
  return false;
}

/** Whether a candidate reads, in one of its orders, as syllables of one of the runs (from any syllable when `anywhere`). */
function found(c: Candidate, runs: readonly string[], anywhere: boolean): boolean {
  for (const r of c.readings) {
    const surnames = new Map<string, boolean>();
    for (const run of runs)
      for (let i = 0; i < (anywhere ? run.length : 1); i++) if (spellsAt(r, run, i, surnames)) return true;
  }
  return false;
}

/** A source name a candidate nearly spells: all its syllables but one. */
interface NearName {
  paragraph: Paragraph;
  run: { start: number; text: string };
  /** The source name: the run's first three or four syllables. */
  name: string;
  reading: Reading;
  /** Which syllable of the name the translation has wrong (0: the surname), and its letters [from, to). */
  wrong: number;
  from: number;
  to: number;
}

const VOWEL = /[aeiouyŏŭw]/;

/** Whether a run's syllables after a name are nothing, or start with a particle or a title (윤석열은, 김정은의, 이재명대표). */
function endsName(rest: string): boolean {
  return rest === '' || [...HANGUL_TABLES.particles, ...HANGUL_TABLES.titles].some((f) => rest.startsWith(f));
}

/**
 * Whether a source word of `n` syllables at the start of run `k` has a title beside it: attached
 * (이재명대표), in one of the two words after it (윤석열 대통령, 박민호 국민의힘 원내대표) or in the one
 * before it (배우 김서윤과).
 */
function titled(p: Paragraph, k: number, n: number): boolean {
  const runs = hangulRuns(p);
  const text = p.analysis.text;
  const title = (t: string) => HANGUL_TABLES.titles.some((x) => t.startsWith(x));
  const spaced = (a: HangulRun, b: HangulRun) => /^\s+$/.test(text.slice(a.start + a.text.length, b.start));
  if (title(runs[k].text.slice(n))) return true;
  for (let j = k + 1; j <= k + 2 && j < runs.length && spaced(runs[j - 1], runs[j]); j++) if (title(runs[j].text)) return true;
  return k > 0 && spaced(runs[k - 1], runs[k]) && HANGUL_TABLES.titles.some((x) => runs[k - 1].text.endsWith(x));
}

/**
 * Most edits between a wrong syllable of a given name and the source's nearest spelling of it, for
 * a source word with no title beside it: past that it may be another word (이상한 for "Lee
 * Sang-min"). With a title it is a name, and any other syllable is a changed one (김정은 위원장 as
 * "Kim Jong-nam"). A name of two syllables, one of them the surname, is little to go on: one edit.
 */
const NEAR_SYLLABLE = 2;
const NEAR_SHORT = 1;

/** The one way a reading nearly spells a source name at the start of a Hangul run, or null. */
function nearAt(r: Reading, run: string, n: number, limit: number): { wrong: number; from: number; to: number } | null {
  const L = r.letters.length;
  for (const surname of surnamesAt(run, 0)) {
    const s = surname.length;
    if (n - s < 1 || (n - s === 1 && s > 1)) continue;
    if (!spellsSurname(r, surname)) {
      if (n - s < 2) continue;
      // The surname changed (a one-syllable one), the given name exact.
      if (s === 1 && advance(r, [...run.slice(1, n)], [r.surnameEnd]).includes(L) && VOWEL.test(r.letters.slice(0, r.surnameEnd)))
        return { wrong: 0, from: 0, to: r.surnameEnd };
      continue;
    }
    // One syllable of the given name changed: the ones before it spelt up to its start, the ones after it from its end.
    for (let w = s; w < n; w++) {
      const before = advance(r, [...run.slice(s, w)], [r.surnameEnd]);
      const spans: [number, number][] = [];
      for (const p of before) {
        for (let q = p + 1; q <= Math.min(L, p + 7); q++) {
          if (insideCut(r, p, q) || !VOWEL.test(r.letters.slice(p, q))) continue;
          if (advance(r, [...run.slice(w + 1, n)], [q]).includes(L)) spans.push([p, q]);
        }
      }
      // A span between a word's or a part's edges is how the translation writes it ("Suk-yool").
      const span = spans.find(([p, q]) => r.cuts[p] && r.cuts[q]) ?? spans[0];
      if (!span) continue;
      const wrong = r.letters.slice(span[0], span[1]);
      const nearest = Math.min(...spellingsOf(run[w], true).map((o) => editDistance(wrong, o)));
      return nearest <= limit ? { wrong: w, from: span[0], to: span[1] } : null;
    }
  }
  return null;
}

/**
 * Whether the source has, as a word of its own, a surname the reading's surname spells (김 위원장,
 * 이 대표): the translation may give that person's full name. Then a source word that starts with
 * another surname and ends as the given name (이재민 for "Kim Jae-min") is not taken for that name
 * changed, nor is a word with no title beside it that starts with the surname (이상한 for "Lee Sang-min").
 */
function bareSurname(r: Reading, source: readonly Paragraph[]): boolean {
  return source.some((p) => hangulRuns(p).some((run) => run.text.length === 1 && spellsSurname(r, run.text)));
}

/** The source names a candidate nearly spells (at most one distinct name), or null. */
function nearName(c: Candidate, source: readonly Paragraph[]): NearName | null {
  const hits: NearName[] = [];
  for (const paragraph of source) {
    hangulRuns(paragraph).forEach((run, k) => {
      if (!HANGUL_TABLES.surnames.has(run.text[0]) && !HANGUL_TABLES.surnames.has(run.text.slice(0, 2))) return;
      for (const n of [2, 3, 4]) {
        if (run.text.length < n || !endsName(run.text.slice(n))) continue;
        const title = titled(paragraph, k, n);
        // Two syllables are a name only with a title beside them (박진 장관, 배우 김훈).
        if (n === 2 && !title) continue;
        const limit = n === 2 ? NEAR_SHORT : title ? Infinity : NEAR_SYLLABLE;
        for (const r of c.readings) {
          const near = nearAt(r, run.text, n, limit);
          if (near && !(bareSurname(r, source) && (near.wrong === 0 || !title))) {
            hits.push({ paragraph, run, name: run.text.slice(0, n), reading: r, ...near });
            break;
          }
        }
      }
    });
  }
  // A name and its start with a particle after it (김하은, 김하 and 은) are one name: the longer.
  const names = hits.filter((h) => !hits.some((o) => o.run === h.run && o.name.length > h.name.length));
  return new Set(names.map((h) => h.name)).size === 1 ? names[0] : null;
}

/** The source's spelling of the wrong syllable nearest the translation's (Revised Romanization on a tie). */
function suggestion(near: NearName): string {
  const { letters } = near.reading;
  const wrong = letters.slice(near.from, near.to);
  const breves = /[ŏŭ]/.test(letters);
  const syllable = near.name[near.wrong];
  const options = [...(near.wrong === 0 ? (HANGUL_TABLES.surnames.get(syllable) ?? []) : []), ...spellingsOf(syllable, breves)];
  let best = options[0];
  let distance = editDistance(wrong, best);
  for (const o of options) {
    const d = editDistance(wrong, o);
    if (d < distance) [best, distance] = [o, d];
  }
  // A surname changed past a letter or two: another surname, so the conventional spelling.
  if (near.wrong === 0 && distance > 1) best = options[0];
  return best;
}

/** The translation's text of `from..to` of a reading's letters, and the text with it replaced. */
function spanOf(r: Reading, from: number, to: number): { start: number; end: number } {
  return { start: r.at[from], end: r.at[to - 1] + 1 };
}

/** Whether a paragraph group has more Hangul syllables than Latin letters. */
function isKorean(paragraphs: readonly Paragraph[]): boolean {
  let hangul = 0;
  let latin = 0;
  for (const p of paragraphs) {
    for (const r of hangulRuns(p)) hangul += r.text.length;
    for (const w of latinWords(p)) latin += w.end - w.start;
  }
  return hangul >= 2 && hangul >= latin;
}

const rule: AccuracyRule = {
  id: 'name-romanisation-ko',
  category: 'accuracy',
  description:
    'A Korean name the translation romanises with a syllable the source does not have (윤석열 as "Yoon Suk-yool", 김정은 as "Kim Jong-il").',
  defaultSeverity: 'warning',
  // The source's Hangul words that start with a surname, anywhere in it: a name the source has
  // elsewhere is not a misspelling of another.
  scope(pair) {
    if (pair.language.code !== 'kor') return '';
    const names = new Set<string>();
    for (const p of pair.source.paragraphs)
      for (const r of hangulRuns(p)) if (HANGUL_TABLES.surnames.has(r.text[0])) names.add(r.text.slice(0, 6));
    return ['kor', ...[...names].sort()].join('\n');
  },
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope) {
    if (!scope.startsWith('kor') || !isKorean(group.source)) return [];
    const runs = group.target.flatMap((p) => koreanRuns(p).map((run) => ({ run, offset: p.start })));
    if (runs.length === 0) return [];
    const latin = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())));
    const sourceRuns = group.source.flatMap((p) => hangulRuns(p).map((r) => r.text));
    const out: AccuracyFinding[] = [];
    let names = 0;
    let missing = 0;
    const near: { candidate: Candidate; near: NearName }[] = [];
    for (const { run, offset } of runs) {
      const cs = candidates(run, offset, context.speller).filter((c) => !c.words.some((w) => latin.has(w.text.toLowerCase())));
      if (cs.length === 0) continue;
      // A name the source has explains its words: only a longer name over them is looked at
      // ("Yoon Suk Yool", where "Yoon Suk" reads as 윤석).
      const explained = cs.filter((c) => found(c, sourceRuns, true));
      names++;
      if (explained.length === 0) missing++;
      const overlap = (a: Candidate, b: Candidate) => a.words.some((w) => b.words.includes(w));
      const hits = cs
        .filter((c) => explained.every((e) => !overlap(e, c) || e.words.length < c.words.length))
        .map((c) => ({ candidate: c, near: nearName(c, group.source) }))
        .filter((h): h is { candidate: Candidate; near: NearName } => h.near !== null);
      // Overlapping names of one run: the longest, when it is the only one that long.
      const longest = Math.max(0, ...hits.map((h) => h.candidate.words.length));
      const top = hits.filter((h) => h.candidate.words.length === longest);
      if (top.length === 1) near.push(top[0]);
    }
    // Most of several names not in the source: the paragraphs are not each other's translations.
    if (missing >= 3 && missing * 2 > names) return [];
    let elsewhere: string[] | undefined;
    for (const { candidate, near: n } of near) {
      elsewhere ??= scope.split('\n').slice(1);
      if (found(candidate, elsewhere, false)) continue;
      const word = candidate.words.find((w) => w.start <= n.reading.at[n.from] && n.reading.at[n.from] < w.end);
      if (!word || isEnglish(word, context.speller)) continue;
      const { start, end } = spanOf(n.reading, n.from, n.to);
      const text = pair.target.text.slice(start, end);
      let spelt = suggestion(n);
      if (/^\p{Lu}/u.test(text)) spelt = spelt.charAt(0).toUpperCase() + spelt.slice(1);
      const nameStart = candidate.words[0].start;
      const nameEnd = candidate.words[candidate.words.length - 1].end;
      const name = pair.target.text.slice(nameStart, nameEnd);
      const right = pair.target.text.slice(nameStart, start) + spelt + pair.target.text.slice(end, nameEnd);
      const sourceStart = n.paragraph.start + n.run.start;
      out.push({
        start,
        end,
        sourceStart,
        sourceEnd: sourceStart + n.name.length,
        message: `${quote(text)} in ${quote(name)} is not how the source reads ${n.name[n.wrong]} in ${n.name}: ${right}.`,
        suggestions: [spelt],
      });
    }
    return out;
  },
};

export default rule;

