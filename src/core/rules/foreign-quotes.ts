/**
 * The source language's quotation marks left in English copy: « » and » « (French, Russian,
 * Danish), „ “ and ‚ ‘ (German, Polish, Czech, Romanian), 「 」 and 『 』 (Chinese, Japanese), 《 》
 * and 〈 〉 (Chinese title marks), ‹ ›. The suggestion uses the article's own English marks, straight
 * or curly as it draws the rest of its quotes. A quotation left wholly in another script is the
 * `foreign-script` rule's (one issue takes the marks with it).
 */
import { hasForeignLetter } from '../text/scripts';
import { articleQuotes, type ArticleQuotes } from './quote-style';
import { type Finding, type Rule } from './types';

interface MarkPair {
  pattern: RegExp;
  /** Whether English writes the stretch with single marks (a nested quote) or double ones. */
  level: 'double' | 'single';
  name: string;
}

// Paired marks first, then lone marks that pair with nothing.
const PAIRS: MarkPair[] = [
  { pattern: /«[\s\u00a0\u202f]*([^«»\n]{0,400}?)[\s\u00a0\u202f]*»/gu, level: 'double', name: 'Guillemets (« »)' },
  { pattern: /»([^«»\n]{1,400}?)«/gu, level: 'double', name: 'Reversed guillemets (» «)' },
  { pattern: /„([^„“”\n]{0,400}?)[“”]/gu, level: 'double', name: 'Low-high quotation marks („ “)' },
  { pattern: /‚([^‚‘’\n]{1,200}?)‘/gu, level: 'single', name: 'Low-high single quotation marks (‚ ‘)' },
  { pattern: /‹([^‹›\n]{1,200}?)›/gu, level: 'single', name: 'Single guillemets (‹ ›)' },
  { pattern: /「([^「」\n]{0,400}?)」/gu, level: 'double', name: 'Corner brackets (「 」)' },
  { pattern: /『([^『』\n]{0,400}?)』/gu, level: 'double', name: 'White corner brackets (『 』)' },
  { pattern: /《([^《》\n]{0,400}?)》/gu, level: 'double', name: 'Chinese title marks (《 》)' },
  { pattern: /〈([^〈〉\n]{0,400}?)〉/gu, level: 'single', name: 'Chinese title marks (〈 〉)' },
];
const LONE = /[«»„「」『』《》‹›]/gu;
const OPENS = '«„「『《‹';

/** What the marks of one paragraph should become (relative offsets). */
interface MarkUse {
  start: number;
  end: number;
  level: 'double' | 'single';
  name: string;
  /** The quoted text without the marks and their inner padding; undefined for a lone mark. */
  inner?: string;
  /** A lone mark: whether it opens a quote. */
  opens?: boolean;
}

function scan(text: string): MarkUse[] {
  const uses: MarkUse[] = [];
  const taken = (at: number, end: number) => uses.some((u) => at < u.end && end > u.start);
  for (const { pattern, level, name } of PAIRS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const inner = m[1];
      // A quotation in another script only: `foreign-script` flags it with its marks.
      if (hasForeignLetter(inner) && !/\p{Script=Latin}/u.test(inner)) {
        uses.push({ start, end, level, name, inner: undefined, opens: undefined });
        continue;
      }
      uses.push({ start, end, level, name, inner });
    }
  }
  for (const m of text.matchAll(LONE)) {
    const start = m.index ?? 0;
    if (taken(start, start + 1)) continue;
    uses.push({ start, end: start + 1, level: '『‹'.includes(m[0]) || '』›'.includes(m[0]) ? 'single' : 'double', name: `The mark ${m[0]}`, opens: OPENS.includes(m[0]) });
  }
  // Drop the foreign-only quotations kept above only to reserve their range.
  return uses.filter((u) => u.inner !== undefined || u.opens !== undefined).sort((a, b) => a.start - b.start);
}

function suggestion(use: MarkUse, quotes: ArticleQuotes): string {
  const [open, close] = quotes[use.level];
  // A quote within the quote ("「We said 『never』」") takes the other level's marks.
  const nested = quotes[use.level === 'double' ? 'single' : 'double'];
  if (use.inner !== undefined) return `${open}${use.inner.replace(/[『‹‚]/gu, nested[0]).replace(/[』›]/gu, nested[1])}${close}`;
  return use.opens ? open : close;
}

const rule: Rule = {
  id: 'foreign-quotes',
  category: 'punctuation',
  description: 'The source language’s quotation marks (« », „ “, Chinese and Japanese corner brackets and title marks) left in English copy.',
  defaultSeverity: 'warning',
  check(doc) {
    const out: Finding[] = [];
    let quotes: ArticleQuotes | undefined;
    for (const p of doc.paragraphs) {
      if (p.kind === 'notice') continue;
      const text = p.analysis.text;
      if (!/[«»„‚‹›「」『』《》〈〉]/u.test(text)) continue;
      quotes ??= articleQuotes(doc);
      for (const u of p.analysis.memo('foreign-quotes', () => scan(text))) {
        const english = suggestion(u, quotes);
        out.push({
          start: p.start + u.start,
          end: p.start + u.end,
          message: `${u.name} from the source language; English uses ${quotes[u.level].join(' ')}`,
          suggestions: [english],
        });
      }
    }
    return out;
  },
};

export default rule;
