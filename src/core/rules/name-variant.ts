/**
 * One name spelled two ways in one article: Al-Jubouri / Al-Jobouri, Hosani / Hossani,
 * Kazemi / Kadhemi, Gonzales / Gonzalez, São Paulo / Sao Paulo. Names are folded to a
 * transliteration skeleton (accents dropped, dh→z, z→s between vowels or at the end, ou→u, ee→i,
 * doubled letters single, ...); two different spellings with one skeleton are one name. A rarer
 * spelling one vowel away from the article's usual one (Anwer / Anwar, Mohaptra / Mohapatra) is
 * flagged too. The less frequent
 * spelling is flagged with the more frequent one as the suggestion.
 */
import type { Paragraph } from '../document';
import { isAllCaps, isCapitalised } from '../document';
import { quote, type Finding, type Rule, type RuleContext } from './types';
import { WrittenForms, type FormUse } from './written-forms';

// Leading particles: "Al-Kazemi" and "Kazemi" are the same spelling of the name.
const PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|abd)[-‑‘’']/i;

/** Folds a name to how it sounds, so transliteration variants meet. */
export function nameSkeleton(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(PARTICLE, '')
    .replace(/[-‑‘’'`]/g, '');
  s = s
    .replace(/dh/g, 'z')
    // s and z between vowels or at the end are one sound in Iberian and Latin American names
    // (Gonzales / Gonzalez, Alves / Alvez, Sousa / Souza); zh stays a sound of its own.
    .replace(/(?<=[aeiouy])z(?=[aeiouy]|$)/g, 's')
    .replace(/th/g, 't')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?![eiy])/g, 'k')
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ei|ie|ea|y|e/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/h$/, '');
  return s;
}

interface NameUse {
  start: number;
  end: number;
  /** The name without possessive or particle. */
  core: string;
  /** {@link nameSkeleton} of the core. */
  skeleton: string;
  /** The given name just before it ("Bruno" in "Bruno Fernandes"), when there is one. */
  given?: string;
}

// Titles and abbreviations before a surname, which say nothing of who is meant ("Mr Kadhemi").
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Sen|Rep|Gov|Pres|St|Sr|Jr|Rev|Fr|Sheikh|Sheikha|Imam|Ayatollah|Mullah|Shri|Smt|Sri|Pastor|Rabbi|Emir|Sultan|Prince|Princess|King|Queen)\.?$/;

function nameUses(p: Paragraph, context: RuleContext): NameUse[] {
  // Keyed by the kind too: a headline's first word is left out, a body paragraph's is not.
  // And by the settings: the given-name test asks the speller, whose words the settings change.
  return p.analysis.memo(`name-uses|${p.kind}|${context.settingsKey}`, () => {
    const out: NameUse[] = [];
    const { tokens, text } = p.analysis;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || !isCapitalised(t.text) || isAllCaps(t.text) || t.text.length < 3) continue;
      if (p.kind === 'headline' && t.sentenceStart) continue;
      const word = t.text.replace(/['’]s$/, '');
      const particle = PARTICLE.exec(word)?.[0] ?? '';
      const core = word.slice(particle.length);
      if (core.length < 3) continue;
      const skeleton = nameSkeleton(core);
      if (skeleton.length < 3) continue;
      // A given name: the capitalised word just before, neither a title nor a word with a common
      // lowercase meaning ("President", "Minister", "Coach" are titles there).
      const before = tokens[i - 1];
      const given =
        before && before.kind === 'word' && before.end + 1 === t.start && text[before.end] === ' ' && isCapitalised(before.text) && !isAllCaps(before.text) && !TITLE.test(before.text) && !context.speller.knows(before.text.toLowerCase())
          ? before.text
          : undefined;
      out.push({ start: t.start + particle.length, end: t.start + word.length, core, skeleton, given });
    }
    return out;
  });
}

/** Whether two spellings name two people: each comes with given names, and none is shared ("Enzo Benitez", "Bruno Benites"). */
function differentPeople(a: readonly { given?: string }[], b: readonly { given?: string }[]): boolean {
  const givenA = new Set(a.flatMap((u) => (u.given ? [nameSkeleton(u.given)] : [])));
  const givenB = new Set(b.flatMap((u) => (u.given ? [nameSkeleton(u.given)] : [])));
  return givenA.size > 0 && givenB.size > 0 && ![...givenA].some((g) => givenB.has(g));
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/** The name without its accents, lower case: São and Sao, Nísia and Nisia are one spelling there. */
const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A name's last letter, s for z (see {@link nameSkeleton}). */
const lastLetter = (name: string) => {
  // Japanese long vowels end a name as o, ou or oh (Saito, Saitou, Saitoh).
  const end = name.replace(/(?<=o)[uh]$/, '');
  return end.endsWith('z') ? 's' : end[end.length - 1];
};

const VOWEL = /^[aeiou]$/;

/**
 * Whether two spellings differ in one vowel only: an a in one and an e in the other, or, in names
 * of six letters or more, one vowel more in one (Mohapatra / Mohaptra).
 */
function oneVowelApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) === 1) {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    if (short.length < 6 || long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
    let k = 0;
    while (long[k] === short[k]) k++;
    return VOWEL.test(long[k]) && long.slice(k + 1) === short.slice(k);
  }
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (++differences > 1 || !((a[k] === 'a' && b[k] === 'e') || (a[k] === 'e' && b[k] === 'a'))) return false;
  }
  return differences === 1;
}

/** One use of one spelling in the document (offsets absolute), with the given name before it. */
interface SpellingUse extends FormUse {
  given?: string;
}

function isName(word: string, context: RuleContext): boolean {
  return !context.speller.knows(word) && !context.dictionary.has(word.toLowerCase());
}

const rule: Rule = {
  id: 'name-variant',
  category: 'consistency',
  description: 'One name spelled two ways in the same article (Al-Jubouri / Al-Jobouri, Hosani / Hossani).',
  defaultSeverity: 'warning',
  check(doc, context) {
    // skeleton → spelling → absolute uses
    const groups = new Map<string, WrittenForms<SpellingUse>>();
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice' || p.kind === 'credit') continue;
      for (const u of nameUses(p, context)) {
        let spellings = groups.get(u.skeleton);
        if (!spellings) groups.set(u.skeleton, (spellings = new WrittenForms()));
        spellings.add(u.core, { start: p.start + u.start, end: p.start + u.end, given: u.given });
      }
    }
    const findings: Finding[] = [];
    const flag = (minor: string, uses: readonly { start: number; end: number }[], major: string, majorUses: number) => {
      for (const u of uses) {
        findings.push({
          start: u.start,
          end: u.end,
          message: `Name spelled two ways: ${quote(minor)} here, ${quote(major)} elsewhere (used ${majorUses} ${majorUses === 1 ? 'time' : 'times'})`,
          suggestions: [major],
        });
      }
    };
    for (const [skeleton, spellings] of groups) {
      if (spellings.forms.size < 2) continue;
      const ranked = spellings.ranked();
      const [major, majorUses] = ranked[0];
      for (const [minor, uses] of ranked.slice(1)) {
        // A dictionary word ("Thomas", "Peter", "Sunny") is its own name, not a variant spelling of
        // another ("Toomas", "Peeter", "Sunni"); and forms far apart are different names.
        if (!isName(minor, context) || !isName(major, context)) continue;
        const a = minor.toLowerCase();
        const b = major.toLowerCase();
        // Transliterations keep a name's first and last letters (Villu and Vello are two names).
        if (editDistance(a, b) > 2 || a[0] !== b[0] || lastLetter(a) !== lastLetter(b)) continue;
        // Short names fold alike too easily (Sun and Sen, Nath and Naath): only their accents may differ (São, Sao).
        if (skeleton.length < 4 && withoutAccents(a) !== withoutAccents(b)) continue;
        if (differentPeople(uses, majorUses)) continue;
        flag(minor, uses, major, majorUses.length);
      }
    }
    // One a for one e, the vowel transliterations disagree on most (Anwar / Anwer, Rahman /
    // Rahmen), which the skeleton keeps apart (e folds to i, as Hamid and Hamed are one name, but
    // Hamad is another), or one vowel dropped from a long name (Mohaptra): flagged only where one
    // spelling is the article's, used at least twice, and the other is rarer, in names of five
    // letters or more.
    const byVowel = new Map<string, WrittenForms<SpellingUse>>();
    for (const spellings of groups.values()) {
      for (const [spelling, uses] of spellings.forms) {
        if (spelling.length < 5) continue;
        // The consonants: spellings one vowel apart share them.
        const key = spelling.toLowerCase().replace(/[aeiou]/g, '');
        let forms = byVowel.get(key);
        if (!forms) byVowel.set(key, (forms = new WrittenForms()));
        for (const use of uses) forms.add(spelling, use);
      }
    }
    for (const forms of byVowel.values()) {
      if (forms.forms.size < 2) continue;
      const ranked = forms.ranked();
      const [major, majorUses] = ranked[0];
      if (majorUses.length < 2 || !isName(major, context)) continue;
      for (const [minor, uses] of ranked.slice(1)) {
        if (uses.length >= majorUses.length || !isName(minor, context) || !oneVowelApart(minor.toLowerCase(), major.toLowerCase())) continue;
        if (differentPeople(uses, majorUses)) continue;
        flag(minor, uses, major, majorUses.length);
      }
    }
    return findings;
  },
};

export default rule;
