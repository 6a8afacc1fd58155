/**
 * Source-language script left inside an English sentence or quotation: Chinese, Japanese or Korean
 * characters, Cyrillic, Arabic, Hebrew, Greek, Devanagari and the like, which the machine translation
 * copied through instead of translating or transliterating. A paragraph or sentence that is wholly in
 * another language is the `untranslated` rule's finding and is not flagged again here.
 */
import { foreignStretches } from '../text/scripts';
import untranslated from './untranslated';
import { quote, type Finding, type Rule } from './types';

// "the Greek word κάλλος", "the character 福", "known in Russian as Москва": a word quoted as a word.
const MENTION =
  /\b(?:words?|terms?|characters?|letters?|script|spelt|spelled|written|writes|reads|inscribed|inscription|called|named|known as|meaning|means|pronounced|transliterated|Chinese|Mandarin|Cantonese|Japanese|Korean|Russian|Ukrainian|Belarusian|Bulgarian|Serbian|Macedonian|Kazakh|Mongolian|Arabic|Persian|Farsi|Urdu|Pashto|Hebrew|Yiddish|Greek|Hindi|Sanskrit|Nepali|Marathi|Thai|Sinhala|Tamil|Bengali|Armenian|Georgian|Cyrillic)\s*[:,]?\s*["“‘'«„「『(]?\s*$/i;
// Source-language marks around a stretch belong to it: «Слава Україні», 「東京」, “新华社”.
const OPENING = '«„“‘"\'「『《〈【（(';
const CLOSING: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '‘': '’', '"': '"', "'": "'", '「': '」', '『': '』', '《': '》', '〈': '〉', '【': '】', '（': '）', '(': ')' };
// Full-width and CJK punctuation right after a stretch is part of it.
const TRAILING = /^[，。：；！？、…]+/u;

const rule: Rule = {
  id: 'foreign-script',
  category: 'language',
  description: 'Chinese, Japanese, Korean, Cyrillic, Arabic, Hebrew, Greek or Devanagari script left inside an English sentence.',
  defaultSeverity: 'error',
  check(doc, context) {
    const out: Finding[] = [];
    // What `untranslated` flags (a whole paragraph or sentence) is one issue already; asked only
    // when there is something to flag (its per-paragraph verdicts are cached anyway).
    let covered: Finding[] | undefined;
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice') continue;
      const text = p.analysis.text;
      const local = p.analysis.memo('foreign-script', () => {
        const found: Finding[] = [];
        for (const s of foreignStretches(text)) {
          let { start, end } = s;
          const trailing = TRAILING.exec(text.slice(end))?.[0] ?? '';
          end += trailing.length;
          // The marks may stand apart from the words: « Слава Україні! ».
          const before = /[\s\u00a0\u202f]*$/u.exec(text.slice(0, start))?.[0].length ?? 0;
          const after = /^[\s\u00a0\u202f.,!?…]*/u.exec(text.slice(end))?.[0].length ?? 0;
          const open = text[start - before - 1];
          if (open !== undefined && OPENING.includes(open) && CLOSING[open].includes(text[end + after] ?? '')) {
            // "Xi Jinping (习近平)": a gloss of the name before it, written on purpose.
            if ((open === '(' || open === '（') && /\p{Script=Latin}[\p{L}.'’-]*\s*$/u.test(text.slice(0, start - before - 1))) continue;
            start -= before + 1;
            end += after + 1;
          }
          if (MENTION.test(text.slice(Math.max(0, start - 40), start))) continue;
          const flagged = text.slice(start, end);
          found.push({
            start,
            end,
            message: `${s.script[0].toUpperCase()}${s.script.slice(1)} left in the English text: ${quote(flagged.length > 30 ? `${flagged.slice(0, 30)}…` : flagged)}; translate or transliterate it`,
          });
        }
        return found;
      });
      for (const f of local) {
        const at = { ...f, start: f.start + p.start, end: f.end + p.start };
        covered ??= untranslated.check(doc, context);
        if (covered.some((c) => at.start < c.end && at.end > c.start)) continue;
        out.push(at);
      }
    }
    return out;
  },
};

export default rule;
