import { changesLabel } from './changes';
import type { ReviewStats } from './protocol';
import { formatHter } from '../../shared/labels';

/** The English name of an ISO 639 code ("eng" → "English"), or the code. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The status bar (role status): open issues, changes, language, dialect, HTER. */
export function StatusBar(props: {
  openIssues: number;
  changes: number;
  language: { code: string; confidence: number } | null;
  dialect: string | null;
  stats: ReviewStats | null;
  checking: boolean;
  message: string | null;
}) {
  const { language, stats } = props;
  const parts = [
    props.openIssues === 1 ? '1 open issue' : `${props.openIssues} open issues`,
    changesLabel(props.changes),
    language ? (language.code === 'und' ? 'Language unknown' : languageName(language.code)) : 'Language …',
    props.dialect ?? 'Dialect …',
    stats ? `HTER ${formatHter(stats.hter)}` : 'HTER …',
    ...(stats ? [`${stats.wordsB} words`] : []),
  ];
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      {parts.map((part, i) => (
        <span key={i} className="status-item">
          {i > 0 && <span className="status-sep"> · </span>}
          {part}
        </span>
      ))}
      <span className="status-message">{props.checking ? 'Checking…' : (props.message ?? '')}</span>
    </footer>
  );
}
