/**
 * One thing written several ways in one article: the mechanism the consistency rules share
 * (acronym-mismatch, abbreviation-dots, hyphenation-variant, renamed-place, number-style). Each
 * rule gathers the uses of every form of one thing; the form used most often (on a tie, the one used
 * first) is the article's, and every use of another form is flagged with it as the suggestion.
 */
import { quote, type Finding } from './types';

/** One use of one form in the document; offsets absolute. */
export interface FormUse {
  start: number;
  end: number;
}

/** How a rule words its finding and turns a use into the article's form. */
export interface FormReport<U extends FormUse> {
  /** The message for a use of `minor`, the article writing `major` `majorCount` times. */
  message(minor: string, major: string, majorCount: number): string;
  /** The replacement for one use of a minor form (default: the major form as it is written). */
  suggest?(use: U, major: string): string;
  /** The range to flag for one use (default: the use's own). */
  range?(use: U, major: string): FormUse;
}

/** Gathers uses by form: `add(form, use)`; `forms` keeps them in document order per form. */
export class WrittenForms<U extends FormUse> {
  readonly forms = new Map<string, U[]>();

  add(form: string, use: U): void {
    const list = this.forms.get(form);
    if (list) list.push(use);
    else this.forms.set(form, [use]);
  }

  /** The forms, most used first; on a tie, the one used first. */
  ranked(): [string, U[]][] {
    return [...this.forms.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
  }

  /** Findings for every use of a form other than the article's own; none when there is one form. */
  flag(report: FormReport<U>): Finding[] {
    if (this.forms.size < 2) return [];
    const [[major, majorUses], ...minors] = this.ranked();
    const out: Finding[] = [];
    for (const [minor, uses] of minors) {
      for (const use of uses) {
        const { start, end } = report.range ? report.range(use, major) : use;
        out.push({
          start,
          end,
          message: report.message(minor, major, majorUses.length),
          suggestions: [report.suggest ? report.suggest(use, major) : major],
        });
      }
    }
    return out;
  }
}

/** The usual message: “A” here, “B” elsewhere in this article (used n times). */
export function writtenTwoWays(what: string): FormReport<FormUse>['message'] {
  return (minor, major, count) => `${what} written two ways: ${quote(minor)} here, ${quote(major)} elsewhere in this article (used ${count} ${count === 1 ? 'time' : 'times'})`;
}
