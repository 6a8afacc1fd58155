/**
 * Writing systems other than the Latin alphabet, as the leftovers of a source language show them in
 * English copy: Chinese, Japanese and Korean characters, Cyrillic, Arabic, Hebrew, Greek, Devanagari
 * and the other scripts of the languages a desk translates from.
 */

/** A stretch of text in one or more non-Latin scripts; offsets relative to the text searched. */
export interface ScriptStretch {
  start: number;
  end: number;
  /** What the editor is told it is written in ("Chinese characters", "Cyrillic"). */
  script: string;
}

// A letter of another writing system. Chinese, Japanese and Korean characters are words on their
// own, so one is enough; an alphabet needs two letters in a row (a lone Greek "α" or "π" is a symbol
// in English copy: "α-particle", "π").
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const FOREIGN_LETTER = /[\p{L}\p{M}](?<!\p{Script=Latin}|\p{Script=Common}|\p{Script=Inherited})/u;
// What a stretch may hold between its letters: more letters of other scripts, marks, digits, spaces
// and punctuation, but never a Latin letter (the English text resumes there).
const STRETCH = /(?:[\p{L}\p{M}](?<!\p{Script=Latin}|\p{Script=Common}|\p{Script=Inherited})|\u30fc|\u3005)(?:[^\p{Script=Latin}\n]*(?:[\p{L}\p{M}](?<!\p{Script=Latin}|\p{Script=Common}|\p{Script=Inherited})|\u30fc|\u3005))?/gu;

const NAMES: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Han}/u, 'Chinese characters'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Arabic}/u, 'Arabic script'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Sinhala}/u, 'Sinhala'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Georgian}/u, 'Georgian'],
];

/** The name an editor knows for the script of a stretch ("another script" when it is none of the usual). */
export function scriptName(text: string): string {
  for (const [pattern, name] of NAMES) if (pattern.test(text)) return name;
  return 'another script';
}

/** Whether a text holds any letter outside the Latin alphabet (a cheap test before a scan). */
export function hasForeignLetter(text: string): boolean {
  // Fast exit for plain ASCII and Latin-1 copy.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x370) return FOREIGN_LETTER.test(text);
  return false;
}

/**
 * The stretches of non-Latin script in a text: from the first such letter to the last one before
 * the Latin text resumes, spaces and punctuation between them included. A stretch of one letter of
 * an alphabet (not a Chinese, Japanese or Korean character) is left out.
 */
export function foreignStretches(text: string): ScriptStretch[] {
  if (!hasForeignLetter(text)) return [];
  const out: ScriptStretch[] = [];
  for (const m of text.matchAll(STRETCH)) {
    const letters = m[0].match(/[\p{L}\p{M}]/gu)?.length ?? 0;
    if (letters < 2 && !IDEOGRAPHIC.test(m[0])) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, script: scriptName(m[0]) });
  }
  return out;
}
