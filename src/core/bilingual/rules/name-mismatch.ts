/**
 * A Latin-script name or acronym of the source that the translation spells differently
 * ("Ouattara" in the source, "Ouatara" in the translation) or, when the source is in another
 * script, lacks. In a Latin-script source only capitalised words that do not start a sentence,
 * acronyms and words with digits count, and only a changed spelling is flagged: a missing French
 * name may well be translated ("Allemagne", "Germany"). A translation word the English dictionary
 * knows is taken as a proper rendering ("Chine", "China").
 */
import type { Paragraph } from '../../document';
import { missingPlace } from '../locate';
import { isLatinScript, latinWords, type BilingualDocument, type LatinWord } from '../pair';
import { quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) rows[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[s.length][t.length];
}

// An elided article or preposition before a name (d'Abidjan, l'Élysée, dell'Aquila), and a case
// ending after one (Hatay'da, Erdoğan'ın, Ankara’ya): the name is the rest.
const ELISION = /^(?:[cdjlmnst]|qu|dell|dall|nell|sull|all|coll|degl|nell)['’](?=\p{Lu})/iu;
const CASE_ENDING = /(?<=\p{L})['’]\p{Ll}{1,5}$/u;

/** A Latin word without an elision before it or a case ending after it. */
function bare(w: LatinWord): LatinWord {
  if (!w.text.includes("'") && !w.text.includes('’')) return w;
  const head = ELISION.exec(w.text)?.[0].length ?? 0;
  const tail = CASE_ENDING.exec(w.text)?.[0].length ?? 0;
  if (head === 0 && (tail === 0 || /['’]s$/i.test(w.text))) return w;
  const end = w.text.length - (/['’]s$/i.test(w.text) ? 0 : tail);
  return { start: w.start + head, end: w.start + end, text: w.text.slice(head, end) };
}

/** The source words that are names or acronyms, offsets absolute. */
function sourceNames(paragraphs: readonly Paragraph[], latinSource: boolean): LatinWord[] {
  const out: LatinWord[] = [];
  for (const p of paragraphs) {
    const starts = new Set(p.analysis.tokens.filter((t) => t.sentenceStart).map((t) => t.start));
    for (const word of latinWords(p)) {
      const w = bare(word);
      const acronym = /^\p{Lu}[\p{Lu}\d]+$/u.test(w.text) || /\d/.test(w.text);
      const name = /^\p{Lu}/u.test(w.text) && !starts.has(word.start);
      if (latinSource ? (acronym || name) && w.text.length >= 3 : true) out.push({ ...w, start: w.start + p.start, end: w.end + p.start });
    }
  }
  return out;
}

// Letters that are not a base letter with a mark, as English copy writes them without it.
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h' };

/** A word in lower case without its diacritics: "Phạm" → "pham", "Erdoğan" → "erdogan", "Łódź" → "lodz". */
function foldDiacritics(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłøđðþßæœħ]/g, (c) => PLAIN[c]);
}

// How the languages that write in Latin letters spell sounds English spells otherwise, in the
// names they take from other scripts (Ukrainian, Russian, Arabic): Polish sz, cz, w; Czech š, č,
// ž; German sch, tsch, w, j, s for z; French ou, ch, tch; Italian gh; Polish dż and dz for j (Dżakarta, Kim Dzong Un).
const SOUNDS: [RegExp, string][] = [
  [/[šș]/g, 'sh'], [/[čć]/g, 'ch'], [/[žź]/g, 'zh'], [/tsch|tch|cz/g, 'ch'], [/sch|sz/g, 'sh'], [/kh/g, 'h'], [/gh/g, 'g'],
  // y as a vowel (after a consonant, not before a vowel: Volodymyr, Zelensky) is i; a final -iy or
  // -ii is -i (Zelenskiy, Zelenskyj), a final -ey is -ei (Sergej, Sergey, Sergei); y as a consonant
  // (Hatay, Abidjan as Abidyan) stays. Spanish gu before e or i is a g (Serguéi).
  [/dzh?/g, 'j'], [/ch/g, 'sh'], [/w/g, 'v'], [/ou/g, 'u'], [/j/g, 'y'], [/z/g, 's'], [/q/g, 'k'], [/(?<=[^aeiouy])y(?![aeiou])/g, 'i'], [/i[iy]$/, 'i'], [/ey$/, 'ei'], [/gu(?=[ei])/g, 'g'],
];

/**
 * A name as its sounds, spelt one way: Zełenski, Selenskyj, Zelenskiy and Zelensky, Wolodymyr and
 * Volodymyr are one name, each written the way its language romanises Ukrainian.
 */
function soundKey(word: string): string {
  let key = word.toLowerCase();
  for (const [from, to] of SOUNDS.slice(0, 3)) key = key.replace(from, to);
  key = foldDiacritics(key);
  for (const [from, to] of SOUNDS.slice(3)) key = key.replace(from, to);
  return key;
}

const rule: AccuracyRule = {
  id: 'name-mismatch',
  category: 'accuracy',
  description: 'A Latin-script name or acronym of the source that the translation spells differently or lacks.',
  defaultSeverity: 'warning',
  // The source's script, and its names the translation writes as the source does somewhere.
  scope: (pair) => [isLatinScript(pair.source.text) ? 'latin' : 'other', ...keptInTranslation(pair)].join('\u0001'),
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair, context, scope) {
    const out: AccuracyFinding[] = [];
    const [script, ...kept] = scope.split('\u0001');
    const latinSource = script === 'latin';
    const keptElsewhere = new Set(kept);
    const names = sourceNames(group.source, latinSource);
    if (names.length === 0) return out;
    const sourceWords = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())));
    const targetText = group.target.map((p) => p.analysis.text).join('\n').toLowerCase();
    const target = group.target.flatMap((p) => latinWords(p).map((w) => ({ ...w, start: w.start + p.start, end: w.end + p.start })));
    const targetWords = new Set(target.map((w) => w.text.toLowerCase()));
    const folded = new Set(target.map((w) => foldDiacritics(w.text)));
    // Each translation word's sound key, worked out once and only when a name asks for it.
    const soundKeys = new Map<LatinWord, string>();
    const heardOf = (w: LatinWord) => soundKeys.get(w) ?? soundKeys.set(w, soundKey(w.text)).get(w)!;
    const reported = new Set<string>();
    const inflecting = INFLECTING.has(pair.language.code);
    const sourceText = pair.source.text;
    const targetFull = pair.target.text;
    // How often the source and the translation write each word: a name the source writes twice and
    // the translation once as it is may be changed the other time ("Ouattara", then "Ouatara").
    const counts = (words: readonly LatinWord[]) => {
      const out = new Map<string, number>();
      for (const w of words) out.set(w.text.toLowerCase(), (out.get(w.text.toLowerCase()) ?? 0) + 1);
      return out;
    };
    const sourceCounts = counts(names);
    const targetCounts = counts(target);
    for (const n of names) {
      const key = n.text.toLowerCase();
      if (reported.has(key)) continue;
      // Written as it is fewer times than the source writes it: only a changed spelling can say so.
      const fewer = targetWords.has(key) && (targetCounts.get(key) ?? 0) < (sourceCounts.get(key) ?? 0);
      // English copy often drops diacritics (Erdogan for Erdoğan, Pham Minh Chinh for Phạm Minh Chính).
      if (!fewer && (targetWords.has(key) || folded.has(foldDiacritics(n.text)))) continue;
      // A name in one of its cases (Polish, Czech: Andrzeja Dudy, Petra Fialy) written in the nominative.
      if (inflecting && [...folded].some((w) => inflected(foldDiacritics(n.text), w))) continue;
      // Inside a longer word or compound of the translation ("COVID" in "COVID-19", "Xinhua" in
      // "Xinhuanet"); one letter more at either end is a changed spelling ("Brennevale"), save a plural.
      const containing = target.filter((w) => w.text.toLowerCase().includes(key) && !(fewer && w.text.length === key.length));
      if (containing.some((w) => w.text.length !== key.length + 1 || /s$/i.test(w.text)) || (!fewer && containing.length === 0 && targetText.includes(key))) continue;
      reported.add(key);
      const limit = n.text.length <= 6 ? 1 : 2;
      const sound = soundKey(n.text);
      const silent = sound.replace(/(?<=[^aeiou])e$/, '');
      const changed = target.find((w) => {
        if (!/^\p{Lu}/u.test(w.text) || w.text.length < 3 || sourceWords.has(w.text.toLowerCase())) return false;
        const heard = heardOf(w);
        return (
          // The same first letter (or sound: Z for a German S), or only the first letter changed (Guattara for Ouattara).
          (w.text[0].toLowerCase() === key[0] ||
            heard[0] === sound[0] ||
            (w.text.length === key.length && key.length >= 5 && w.text.slice(1).toLowerCase() === key.slice(1))) &&
          // A letter or two apart, as written or as romanised alike (Zelinsky for Selenskyj).
          Math.min(editDistance(w.text, n.text), editDistance(heard, sound)) <= limit &&
          // Not the same name romanised as English romanises it (Zelensky for Zełenski, Volodymyr
          // for Wolodymyr; Putin for the French Poutine, its silent e too).
          heard !== sound &&
          heard !== silent &&
          // A word the dictionary knows may be the English name (Rome for Roma, China for
          // Chine), unless the name is a person's whose other name stands beside it on both
          // sides (Olaf Schulz for Olaf Scholz, Gustav Petro for Gustavo Petro), or the
          // translation keeps the source's spelling elsewhere (Macron, then Micron).
          (!context.speller.knows(w.text) || besideSameName(n, sourceText, w, targetFull) || keptElsewhere.has(key))
        );
      });
      let swapped: LatinWord | undefined;
      if (fewer && !changed) continue;
      if (changed) {
        out.push({
          start: changed.start,
          end: changed.end,
          sourceStart: n.start,
          sourceEnd: n.end,
          message: `${quote(changed.text)} is spelt ${quote(n.text)} in the source.`,
          suggestions: [n.text],
        });
      } else if (latinSource && /^\p{Lu}/u.test(n.text) && (swapped = replacedPart(n, sourceText, target, targetFull, sourceWords, sound, limit, context.speller, inflecting))) {
        out.push({
          start: swapped.start,
          end: swapped.end,
          sourceStart: n.start,
          sourceEnd: n.end,
          message: `${quote(swapped.text)} is ${quote(n.text)} in the source.`,
          suggestions: [n.text],
        });
      } else if (!latinSource && n.text.length >= 4 && /^\p{Lu}/u.test(n.text)) {
        const place = missingPlace(group, pair.language.code, pair.target.text, n.start, n.end);
        out.push({
          start: place.start,
          end: place.end,
          sourceStart: n.start,
          sourceEnd: n.end,
          message: `The source's ${quote(n.text)} is missing from the translation.`,
        });
      }
    }
    if (latinSource) out.push(...swappedNames(group, pair.source.text, pair.target.text, context.speller, out));
    return out;
  },
};

/** A run of two or more capitalised words, one space apart, in one paragraph: a full name. Offsets absolute. */
interface NameRun {
  start: number;
  end: number;
  words: string[];
}

/**
 * The full names of paragraphs: runs of two or more words starting with a capital and a small
 * letter, one space or hyphen apart, a sentence's first word not counted. With `common`, a word
 * the dictionary knows in small letters (President, United, New) ends a run.
 */
function nameRuns(paragraphs: readonly Paragraph[], common?: (word: string) => boolean): NameRun[] {
  const out: NameRun[] = [];
  for (const p of paragraphs) {
    const starts = new Set(p.analysis.tokens.filter((t) => t.sentenceStart).map((t) => t.start));
    let run: LatinWord[] = [];
    const close = () => {
      if (run.length >= 2) out.push({ start: p.start + run[0].start, end: p.start + run[run.length - 1].end, words: run.map((w) => w.text) });
      run = [];
    };
    for (const word of latinWords(p)) {
      const w = bare(word);
      const name = /^\p{Lu}\p{Ll}/u.test(w.text) && !starts.has(word.start) && !(common?.(w.text) ?? false);
      if (!name) {
        close();
        continue;
      }
      if (run.length > 0 && !/^[ \u00a0-]$/.test(p.analysis.text.slice(run[run.length - 1].end, w.start))) close();
      run.push(w);
    }
    close();
  }
  return out;
}

/**
 * A person's full name of a Latin-script source that the translation replaced by another: "Olaf
 * Scholz" as "Angela Merkel", "Alberto Núñez Feijóo" as "Santiago Abascal". No word of the source's
 * name is in the translation, nor sounds like one of its words; the translation's name, at about
 * the same place in the paragraph, has no word of the source and none like one, and no word the
 * dictionary knows in small letters (United States for Estados Unidos is a translation). A name
 * already flagged, or a group with more than two new names (not each other's translations), is left alone.
 */
function swappedNames(
  group: { source: readonly Paragraph[]; target: readonly Paragraph[] },
  sourceText: string,
  targetText: string,
  speller: { knows(word: string): boolean },
  flagged: readonly AccuracyFinding[],
): AccuracyFinding[] {
  const sourceRuns = nameRuns(group.source);
  if (sourceRuns.length === 0) return [];
  const sounds = (ps: readonly Paragraph[]) =>
    ps.flatMap((p) => latinWords(p).map((w) => bare(w).text)).filter((w) => w.length >= 3).map((w) => ({ folded: foldDiacritics(w), sound: soundKey(w) }));
  const sourceSounds = sounds(group.source);
  const targetSounds = sounds(group.target);
  // A word that is, or sounds like, one of the other side's (Kadhafi and Gaddafi, Poutine and Putin).
  const like = (word: string, others: readonly { folded: string; sound: string }[]) => {
    const folded = foldDiacritics(word);
    const sound = soundKey(word);
    const limit = word.length <= 6 ? 1 : 2;
    return others.some((o) => o.folded === folded || editDistance(o.sound, sound) <= limit);
  };
  const missing = sourceRuns.filter((r) => r.words.every((w) => !like(w, targetSounds)));
  if (missing.length === 0) return [];
  const added = nameRuns(group.target, (w) => speller.knows(w.toLowerCase())).filter(
    (r) => r.words.every((w) => !like(w, sourceSounds)) && !flagged.some((f) => f.start < r.end && f.end > r.start),
  );
  if (added.length === 0 || added.length > 2) return [];
  const span = (ps: readonly Paragraph[]) => ({ start: ps[0].start, end: ps[ps.length - 1].end });
  const place = (r: NameRun, range: { start: number; end: number }) => (r.start - range.start) / Math.max(1, range.end - range.start);
  const sourceRange = span(group.source);
  const targetRange = span(group.target);
  const out: AccuracyFinding[] = [];
  const used = new Set<NameRun>();
  for (const t of added) {
    const nearest = missing
      .filter((m) => !used.has(m))
      .map((m) => ({ m, d: Math.abs(place(m, sourceRange) - place(t, targetRange)) }))
      .sort((a, b) => a.d - b.d)[0];
    if (!nearest || nearest.d > 0.25) continue;
    used.add(nearest.m);
    out.push({
      start: t.start,
      end: t.end,
      sourceStart: nearest.m.start,
      sourceEnd: nearest.m.end,
      message: `${quote(targetText.slice(t.start, t.end))} is not in the source, which has ${quote(sourceText.slice(nearest.m.start, nearest.m.end))} here.`,
      suggestions: [sourceText.slice(nearest.m.start, nearest.m.end)],
    });
  }
  return out;
}

/**
 * The word that took a name's place in a full name whose other part the translation keeps: the
 * source's "Jacek Majchrowski" as "Jacek Majewski", "Phan Văn Mãi" as "Phan Van Minh". The word
 * before the name, kept as it is (its diacritics aside), is followed in the translation by a
 * capitalised word the source does not have, that is not the name romanised otherwise (a letter
 * or two apart as it sounds, Poutine and Putin) and that the English dictionary does not know as a
 * common word (the Ankara Metropolitan Municipality of "Ankara Büyükşehir Belediyesi" is a translation).
 */
function replacedPart(
  n: LatinWord,
  sourceText: string,
  target: readonly LatinWord[],
  targetText: string,
  sourceWords: ReadonlySet<string>,
  sound: string,
  limit: number,
  speller: { knows(word: string): boolean },
  inflecting: boolean,
): LatinWord | undefined {
  const [before] = neighbours(sourceText, n.start, n.end);
  if (!before || before.length < 2) return undefined;
  const given = foldDiacritics(before);
  const folded = new Set([...sourceWords].map(foldDiacritics));
  for (let k = 0; k + 1 < target.length; k++) {
    const [w, next] = [target[k], target[k + 1]];
    const kept = foldDiacritics(w.text);
    if ((kept !== given && !(inflecting && inflected(given, kept))) || !/^[ \u00a0]$/.test(targetText.slice(w.end, next.start))) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(next.text) || folded.has(foldDiacritics(next.text)) || speller.knows(next.text.toLowerCase())) continue;
    if (editDistance(soundKey(next.text), sound) <= limit || editDistance(next.text, n.text) <= limit) continue;
    return next;
  }
  return undefined;
}

// Languages that decline names without an apostrophe, and the case endings they add to a name
// (its diacritics folded): Polish, Czech, Slovak, Slovene, Croatian, Bosnian, Serbian in Latin
// letters, Upper Sorbian.
const INFLECTING = new Set(['pol', 'ces', 'slk', 'slv', 'hrv', 'bos', 'srp', 'hsb']);
const CASE_ENDINGS = new Set(['a', 'u', 'y', 'e', 'i', 'ie', 'iu', 'owi', 'ovi', 'em', 'iem', 'om', 'ou', 'ego', 'iego', 'eho', 'emu', 'iemu', 'ej', 'im', 'ym', 'ow']);

/**
 * Whether `name` (folded) is `word` (folded, as the translation writes it in the nominative) with
 * a case ending: Dudy of Duda, Fialy of Fiala, Krzysztofem of Krzysztof, Marka of Marek.
 */
function inflected(name: string, word: string): boolean {
  if (name === word) return false;
  for (const stem of new Set([word, word.replace(/[aeoy]$/, ''), word.replace(/e(?=[^aeiouy]$)/, '')])) {
    if (stem.length >= 3 && name.length > stem.length && name.startsWith(stem) && CASE_ENDINGS.has(name.slice(stem.length))) return true;
  }
  return false;
}

/** A capitalised word right before or right after a span (one space or hyphen between). */
function neighbours(text: string, start: number, end: number): [string | undefined, string | undefined] {
  const before = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)[ \u00a0-]$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[ \u00a0-](\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}])/u.exec(text.slice(end, end + 40))?.[1];
  return [before, after];
}

/**
 * Whether a name and its changed spelling have the same other name beside them, on the same side.
 * Not where the change is the one an English place name makes of an Italian, Spanish or French
 * one, its last vowel dropped or another (Milano Cortina as "Milan Cortina", Roma as "Rome").
 */
function besideSameName(n: LatinWord, sourceText: string, w: LatinWord, targetText: string): boolean {
  const a = foldDiacritics(n.text);
  const b = foldDiacritics(w.text);
  if (/[aeiou]$/.test(a) && (a.slice(0, -1) === b || (a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeiou]$/.test(b)))) return false;
  const [sb, sa] = neighbours(sourceText, n.start, n.end);
  const [tb, ta] = neighbours(targetText, w.start, w.end);
  return (sb !== undefined && sb === tb) || (sa !== undefined && sa === ta);
}

/** The source's capitalised words (lower case) that the translation has as they are somewhere, sorted. */
function keptInTranslation(pair: BilingualDocument): string[] {
  const names = new Set<string>();
  for (const p of pair.source.paragraphs) {
    for (const w of latinWords(p)) {
      const name = bare(w).text;
      if (name.length >= 4 && /^\p{Lu}/u.test(name)) names.add(name);
    }
  }
  const out = new Set<string>();
  if (names.size === 0) return [];
  for (const p of pair.target.paragraphs) {
    for (const w of latinWords(p)) {
      const name = bare(w).text;
      if (names.has(name)) out.add(name.toLowerCase());
    }
  }
  return [...out].sort();
}

export default rule;
