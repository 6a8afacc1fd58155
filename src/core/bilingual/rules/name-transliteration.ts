/**
 * A Cyrillic or Greek name of the source that the translation romanises wrongly: Шойгу as
 * "Shoygo", Μητσοτάκης as "Mitsotaksi". Each capitalised word of the source paragraphs (Russian,
 * Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Greek) is spelt in Latin letters in every
 * way the usual romanisation families give it (./data/transliteration.json: BGN/PCGN, ISO 9, the
 * national passport systems, the press's forms: й as y, i or j, х as kh or h, -ий as -y, -iy or
 * -ii …), for its nominative too when it is inflected (Путина, Зеленского, Μητσοτάκη). A
 * capitalised word of the translation that is one of those spellings, or an established English
 * name of the word (Kyiv, Athens), is a right rendering; one that is not, but is one or two
 * letters from a spelling of a source name and starts with that spelling's letter, is flagged,
 * with the nearest spelling as the suggestion.
 *
 * A source name that does not end as Slavic or Greek names do (Боррель, Сноуден; not Путин,
 * Зеленский, Μητσοτάκης) may be a foreign name written the source's way: a translation word that
 * differs from its romanisation only as the name's own spelling would ("Borrell", "Snowden": a
 * doubled letter, w for u, z for s …) is not flagged.
 *
 * A source adjective (-ский, -цький and their cases: Дарницькому районі) is compared only with a
 * translation word that reads as one too: the translation may name the place by its noun
 * ("Darnytsia district").
 *
 * Never flagged: a word the English dictionary knows (Moscow, Alexander, Peter: an English name
 * for the source's), a word the source writes in Latin letters itself, a word of fewer than four
 * letters, and a word near no source name (a name the translation adds, or renders by meaning).
 * Source words written in capitals (НАТО, ΣΥΡΙΖΑ) are taken as acronyms and not read.
 *
 * A family name swapped for another is flagged too: a capitalised word of the translation near no
 * source name, after a word that renders a source given name, where the source's name after that
 * one is rendered nowhere in the translation (Сергей Шойгу as "Sergei Lavrov"). Here a name the
 * dictionary knows only with its capital (Lavrov, Tsipras: the famous name machine translation
 * swaps in) counts; a given name does not (Alexander for Александр is its English form). A group
 * where most of three or more unknown names of the translation are not the source's is taken as
 * misaligned, and nothing in it is flagged.
 */
import type { Paragraph } from '../../document';
import { latinWords, mostlyInScript } from '../pair';
import {
  compileSpelling,
  exonymsOf,
  initialLetters,
  isOwnSpelling,
  isSpelling,
  nearestSpelling,
  romanisedName,
  spellingLengths,
  ROMANISATION,
  type CompiledSpelling,
  type NearestSpelling,
  type RomanisedName,
} from '../transliteration';
import { quote, type AccuracyFinding, type AccuracyRule, everyGroup } from './types';

/** A capitalised Cyrillic or Greek word of a source paragraph, read in Latin letters. */
interface SourceName {
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** Letters its spellings and English names may start with (some more, never fewer): to pass most words over before reading it. */
  initials: ReadonlySet<string>;
  /** Its established English names (Kyiv for Київ). */
  exonyms: readonly string[];
  /** The name read in Latin letters (read on first use, then kept; null when a letter is not in the tables). */
  read(): ReadName | null;
}

/** A source name read: its spellings, their shortest and longest lengths, and the spellings compiled. */
interface ReadName {
  romanised: RomanisedName;
  min: number;
  max: number;
  /** One for each of `romanised.spellings` (compiled on first use, then kept). */
  compiled(): readonly CompiledSpelling[];
}

/** The capitalised Cyrillic and Greek words of a paragraph, offsets in the paragraph (cached with the paragraph). */
function sourceNames(p: Paragraph): readonly SourceName[] {
  return p.analysis.memo('bilingual-romanised-names', () => {
    const out: SourceName[] = [];
    // Serbian and Macedonian text (ј, ћ, љ …): their Latin-script names lose their diacritics in English (Vucic).
    const folded = /[ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅ]/u.test(p.analysis.text);
    for (const m of p.analysis.text.matchAll(
      /(?<![\p{L}\p{M}'’ʼ-])(?:[\p{Script=Cyrillic}\p{M}]+(?:['’ʼ-][\p{Script=Cyrillic}\p{M}]+)*|[\p{Script=Greek}\p{M}]+(?:-[\p{Script=Greek}\p{M}]+)*)/gu,
    )) {
      const add = (text: string, start: number) => {
        // A name starts with a capital; one in capitals is an acronym (НАТО) or a headline.
        if (!/^\p{Lu}/u.test(text) || text === text.toUpperCase() || [...text].length < 2) return;
        let read: ReadName | null | undefined;
        const exonyms = exonymsOf(text);
        out.push({
          start,
          end: start + text.length,
          text,
          initials: new Set([...initialLetters(text), ...exonyms.map((e) => e.charAt(0).toLowerCase())]),
          exonyms,
          read: () => {
            if (read !== undefined) return read;
            const romanised = romanisedName(text, folded);
            if (!romanised) return (read = null);
            const lengths = romanised.spellings.map(spellingLengths);
            let compiled: CompiledSpelling[] | undefined;
            return (read = {
              romanised,
              min: Math.min(...lengths.map((l) => l.min), ...romanised.exonyms.map((e) => e.length)),
              max: Math.max(...lengths.map((l) => l.max), ...romanised.exonyms.map((e) => e.length)),
              compiled: () => (compiled ??= romanised.spellings.map(compileSpelling)),
            });
          },
        });
      };
      add(m[0], m.index ?? 0);
      // Each part of a hyphenated name too: the translation may give one part (Санкт-Петербург, "St Petersburg").
      if (m[0].includes('-')) {
        let at = m.index ?? 0;
        for (const part of m[0].split('-')) {
          add(part, at);
          at += part.length + 1;
        }
      }
    }
    return out;
  });
}

/** Whether a group's source is written mostly in the Cyrillic or the Greek script. */
function isCyrillicOrGreek(paragraphs: readonly Paragraph[]): boolean {
  // Most sources have no letter of either script: answered without counting.
  if (!paragraphs.some((p) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(p.analysis.text))) return false;
  // Greek and Coptic, Cyrillic and its supplement, Greek Extended.
  return mostlyInScript(paragraphs, (c) => (c >= 0x370 && c <= 0x52f) || (c >= 0x1f00 && c <= 0x1fff));
}

/** A capitalised word of the translation, possessive dropped, offsets absolute. */
interface TargetWord {
  start: number;
  end: number;
  text: string;
}

/** How near a translation word is to a source name: the nearest spelling, or an English name. */
interface Near {
  name: SourceName;
  paragraph: Paragraph;
  distance: number;
  text: string;
}

/**
 * The nearest spelling or English name of `name` to `word` within `limit` edits that starts with
 * the word's letter; 'own' when one of those is the word in its own language's spelling
 * ({@link isOwnSpelling}: "Borrell" for Боррель); null when none is that near.
 */
function nearTo(word: string, name: SourceName, limit: number): { distance: number; text: string } | 'own' | null {
  const length = [...word].length;
  const read = mayBeNear(word, length, name, limit);
  if (!read) return null;
  const near: NearestSpelling[] = [];
  for (const spelling of read.compiled()) {
    if (length < spelling.min - limit || length > spelling.max + limit) continue;
    const nearest = nearestSpelling(word, spelling, true);
    if (nearest && nearest.distance <= limit) near.push(nearest);
  }
  // Only a foreign name's romanisation may come back in the name's own spelling; an English name is that already ("Moskow").
  if (!read.romanised.native && near.some((n) => n.distance > 0 && isOwnSpelling(word, n))) return 'own';
  for (const exonym of name.exonyms) {
    if (Math.abs(exonym.length - length) > limit) continue;
    const nearest = nearestSpelling(
      word,
      [...exonym.toLowerCase()].map((c) => [c]),
      true,
    );
    if (nearest && nearest.distance <= limit) near.push(nearest);
  }
  if (near.length === 0) return null;
  return near.reduce((a, b) => (b.distance < a.distance ? b : a));
}

/** A Cyrillic adjective ending in -ский, -цкий and their cases (Зеленского, Дарницькому, Московская). */
const ADJECTIVE = /[сцзСЦЗ]ь?к(?:ий|ый|ой|ая|ое|ого|ому|им|ом|ую|ою|ої|ій|а|е|ие|их|ими|і)$/u;

/** A romanised adjective of that kind, or one with a letter changed: a k and an ending after it ("Zelensky", "Zelenksy", "Zelenshy"; not "Darnytsia", not "Kursk"). */
const ADJECTIVE_ROMANISED = /(?<=[a-z]{3})(?:k[aeiouy][a-z]{0,3}|k[scz][aeiouy][a-z]{0,2}|[scz][a-z]?[hy][a-z]{0,3})$/i;

/**
 * The name read, when a word may be within `limit` edits of one of its spellings or English names
 * that starts with the word's letter (by its first letter and its length); null when it may not.
 */
function mayBeNear(word: string, length: number, name: SourceName, limit: number): ReadName | null {
  if (!name.initials.has(word.charAt(0).toLowerCase())) return null;
  const read = name.read();
  return read && length >= read.min - limit && length <= read.max + limit ? read : null;
}

/** The word as a name: its first letter, and each after a hyphen, in capitals. */
function capitalised(text: string): string {
  return text.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** Whether a translation word is a spelling or an English name of a source name. */
function renders(text: string, name: SourceName): boolean {
  if (name.exonyms.some((e) => e.toLowerCase() === text.toLowerCase())) return true;
  return mayBeNear(text, [...text].length, name, 0)?.romanised.spellings.some((s) => isSpelling(text, s)) ?? false;
}

/**
 * The source name a translation word took the place of in a full name whose first part it keeps:
 * Сергей Шойгу as "Sergei Lavrov", Κυριάκος Μητσοτάκης as "Kyriakos Tsipras". The word before it
 * renders one source name; the source name after that one in the source (a space apart) is one
 * the translation renders nowhere, nor nearly (within `limit` letters), and neither is an adjective.
 */
function replacedName(
  w: TargetWord,
  kept: TargetWord | undefined,
  names: readonly { name: SourceName; paragraph: Paragraph }[],
  every: readonly TargetWord[],
  limit: number,
): { name: SourceName; paragraph: Paragraph; kept: string; keptSource: string } | null {
  // Only the name after the kept one (the family name after a given name): a given name may have
  // an English form of its own that no table lists (Alexander for Александр, Nicholas for Николай).
  if (!kept || !/^\p{Lu}/u.test(kept.text)) return null;
  for (const { name: keptName, paragraph } of names) {
    if (!renders(kept.text, keptName)) continue;
    const after = names.find(
      (n) =>
        n.paragraph === paragraph &&
        n.name.start === keptName.end + 1 &&
        /^[ \u00a0]$/.test(paragraph.analysis.text.slice(keptName.end, n.name.start)),
    );
    if (
      !after ||
      [...after.name.text].length < 4 ||
      ADJECTIVE.test(after.name.text) ||
      ADJECTIVE.test(keptName.text) ||
      !after.name.read()
    )
      continue;
    if (every.some((t) => renders(t.text, after.name) || nearTo(t.text, after.name, limit) !== null)) continue;
    return { ...after, kept: kept.text, keptSource: keptName.text };
  }
  return null;
}

const rule: AccuracyRule = {
  id: 'name-transliteration',
  category: 'accuracy',
  description:
    'A Cyrillic or Greek name of the source that the translation romanises in none of the usual ways (a changed letter: Шойгу as "Shoygo").',
  defaultSeverity: 'warning',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, _pair, context) {
    if (!isCyrillicOrGreek(group.source)) return [];
    const names = group.source.flatMap((p) => sourceNames(p).map((name) => ({ name, paragraph: p })));
    if (names.length === 0) return [];

    const latin = new Set(group.source.flatMap((p) => latinWords(p).map((w) => w.text.toLowerCase())));
    const accepted = (text: string) =>
      names.some(
        ({ name }) =>
          name.exonyms.some((e) => e.toLowerCase() === text.toLowerCase()) ||
          (mayBeNear(text, [...text].length, name, 0)?.romanised.spellings.some((s) => isSpelling(text, s)) ?? false),
      );
    const words: TargetWord[] = [];
    const add = (text: string, start: number) => {
      if (!/^\p{Lu}/u.test(text) || text === text.toUpperCase()) return;
      if (latin.has(text.toLowerCase()) || context.speller.knows(text)) return;
      words.push({ start, end: start + text.length, text });
    };
    // Every word of the translation, and the word before each (a space apart, in one paragraph).
    const every: TargetWord[] = [];
    const before = new Map<number, TargetWord>();
    for (const p of group.target) {
      let previous: TargetWord | undefined;
      for (const w of latinWords(p)) {
        const word = {
          start: p.start + w.start,
          end: p.start + w.start + w.text.replace(/['’]s$/, '').length,
          text: w.text.replace(/['’]s$/, ''),
        };
        every.push(word);
        if (previous && /^[ \u00a0]$/.test(p.analysis.text.slice(previous.end - p.start, word.start - p.start)))
          before.set(word.start, previous);
        previous = word;
      }
    }
    for (const p of group.target) {
      for (const w of latinWords(p)) {
        const text = w.text.replace(/['’]s$/, '');
        const start = p.start + w.start;
        // A hyphenated name not spelt as the source's whole is judged a part at a time ("Rostov-on-Don" for Ростове-на-Дону).
        if (!text.includes('-') || accepted(text)) {
          add(text, start);
          continue;
        }
        let at = start;
        for (const part of text.split('-')) {
          add(part, at);
          at += part.length + 1;
        }
      }
    }
    const unknown = words.filter((w) => !accepted(w.text));
    const out: AccuracyFinding[] = [];
    // A word that took the place of a source name beside the name's other part, flagged.
    const replaced = (w: TargetWord, limit: number) => {
      const found = replacedName(w, before.get(w.start), names, every, limit);
      if (found)
        out.push({
          start: w.start,
          end: w.end,
          sourceStart: found.paragraph.start + found.name.start,
          sourceEnd: found.paragraph.start + found.name.end,
          message: `${quote(w.text)} stands where the source has ${found.name.text}, beside ${quote(found.kept)} (the source's ${found.keptSource}): a name the translation changed.`,
        });
    };
    // Most of several names not the source's: the paragraphs are not each other's translations.
    if (unknown.length >= 3 && unknown.length * 2 > words.length) return [];
    for (const w of unknown) {
      const length = [...w.text].length;
      // A name written with letters no romanisation uses (á, ğ, ñ) is in its own language's spelling ("Orbán").
      if (length < 4 || [...w.text.toLowerCase()].some((ch) => !ROMANISATION.letters.has(ch) && !/[a-z'-]/.test(ch)))
        continue;
      const limit = length <= 6 ? 1 : 2;
      const adjective = ADJECTIVE_ROMANISED.test(w.text);
      let best: Near | null = null;
      let own = false;
      for (const { name, paragraph } of names) {
        // An adjective of the source (Дарницький район) is often given by its noun ("Darnytsia"): only an adjective is compared with it.
        if (ADJECTIVE.test(name.text) && !adjective) continue;
        // Only a spelling with the same first letter: a name that starts otherwise is another name.
        const near = nearTo(w.text, name, limit);
        if (near === 'own') {
          best = null;
          own = true;
          break;
        }
        if (!near) continue;
        if (!best || near.distance < best.distance) best = { name, paragraph, ...near };
      }
      if (!best) {
        if (!own) replaced(w, limit);
        continue;
      }
      const suggestion = capitalised(best.text);
      out.push({
        start: w.start,
        end: w.end,
        sourceStart: best.paragraph.start + best.name.start,
        sourceEnd: best.paragraph.start + best.name.end,
        message: `${quote(w.text)} is not how the source's ${best.name.text} is romanised: ${suggestion}.`,
        suggestions: [suggestion],
      });
    }
    // A name the dictionary knows (a famous one: the swap machine translation makes) in a source name's place.
    for (const w of every) {
      const length = [...w.text].length;
      if (length < 4 || !/^\p{Lu}/u.test(w.text) || w.text === w.text.toUpperCase() || latin.has(w.text.toLowerCase()))
        continue;
      if (!context.speller.knows(w.text) || context.speller.knows(w.text.toLowerCase()) || accepted(w.text)) continue;
      const limit = length <= 6 ? 1 : 2;
      if (names.some(({ name }) => nearTo(w.text, name, limit) !== null)) continue;
      replaced(w, limit);
    }
    return out;
  },
};

export default rule;
