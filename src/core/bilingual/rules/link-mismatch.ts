/**
 * A web address, e-mail address, @handle or #hashtag of the source that the translation lacks or
 * changed. They are compared without case, scheme, "www." and a final slash.
 */
import type { Paragraph } from '../../document';
import { missingPlace } from '../locate';
import { LINK, mayHoldLink } from '../pair';
import { quote, everyGroup, type AccuracyFinding, type AccuracyRule } from './types';

/** A link-like token of a paragraph, offsets absolute. */
interface Link {
  start: number;
  end: number;
  kind: 'url' | 'email' | 'handle' | 'hashtag';
  key: string;
}

function links(paragraphs: readonly Paragraph[]): Link[] {
  const out: Link[] = [];
  for (const p of paragraphs) {
    if (!mayHoldLink(p.analysis.text)) continue;
    for (const m of p.analysis.text.matchAll(LINK)) {
      const start = p.start + (m.index ?? 0);
      const kind = m[1] ? 'url' : m[2] ? 'email' : m[3] === '@' ? 'handle' : 'hashtag';
      // A hashtag that is all digits (#1) is a rank, not a tag.
      if (kind === 'hashtag' && /^\d+$/.test(m[4])) continue;
      out.push({ start, end: start + m[0].length, kind, key: normalise(m[0], kind) });
    }
  }
  return out;
}

function normalise(text: string, kind: Link['kind']): string {
  const lower = text.toLowerCase();
  return kind === 'url' ? lower.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '') : lower;
}

const NAMES: Record<Link['kind'], string> = { url: 'web address', email: 'e-mail address', handle: 'handle', hashtag: 'hashtag' };

const rule: AccuracyRule = {
  id: 'link-mismatch',
  category: 'accuracy',
  description: 'A web address, e-mail address, handle or hashtag of the source that the translation lacks or changed.',
  defaultSeverity: 'error',
  check: (pair, context) => everyGroup(rule, pair, context),
  checkGroup(group, pair) {
    const out: AccuracyFinding[] = [];
    const source = links(group.source);
    if (source.length === 0) return out;
    const target = links(group.target);
    const targetKeys = new Set(target.map((l) => l.key));
    const sourceKeys = new Set(source.map((l) => l.key));
    const reported = new Set<string>();
    for (const s of source) {
      if (targetKeys.has(s.key) || reported.has(s.key)) continue;
      reported.add(s.key);
      const changed = target.find((t) => t.kind === s.kind && !sourceKeys.has(t.key));
      const shown = pair.source.text.slice(s.start, s.end);
      const place = changed ?? missingPlace(group, pair.language.code, pair.target.text, s.start, s.end);
      out.push({
        start: place.start,
        end: place.end,
        sourceStart: s.start,
        sourceEnd: s.end,
        message: changed
          ? `${quote(pair.target.text.slice(changed.start, changed.end))} differs from the source's ${NAMES[s.kind]} ${quote(shown)}.`
          : `The source's ${NAMES[s.kind]} ${quote(shown)} is missing from the translation.`,
        suggestions: changed ? [shown] : [],
      });
    }
    return out;
  },
};

export default rule;
