/**
 * Each article's own "Review report (.html)" for the batch's exports, built without opening the
 * article on screen: its review so far (the saved session's decisions, restored into an editor
 * state as the review screen restores them), checked once on a checking worker of the export's
 * own, then written by the same report builder as the Export menu's.
 */
import { EditorState } from '@codemirror/state';
import type { CheckOptions, CheckResult, Issue } from '../../core';
import type { Settings } from '../../shared/ipc';
import { CheckClient } from '../review/checkClient';
import { buildExportInWorker } from '../review/exportClient';
import type { ExportContext, ExportFile } from '../review/exports';
import { exactText, lineSeparatorExtension, lineSeparatorOf } from '../review/lineBreaks';
import type { ReviewStats } from '../review/protocol';
import type { ReviewDocument } from '../review/reviewDocument';
import { restoreReview, reviewExtension, setIssues } from '../review/reviewField';
import { restoredReview, reviewedIssuesOf, sessionSettings } from '../review/reviewSession';
import { languageName } from '../review/StatusBar';

function stateOf(text: string): EditorState {
  return EditorState.create({ doc: text, extensions: [reviewExtension, lineSeparatorExtension(lineSeparatorOf(text))] });
}

interface Checked {
  result: CheckResult;
  machineIssues: Issue[];
  stats: ReviewStats;
}

/** One check of `corrected` (and of `original`, for the machine translation's issues) on `client`. */
function checkOnce(client: CheckClient, version: number, original: string, corrected: string, options: CheckOptions): Promise<Checked> {
  return new Promise((resolve, reject) => {
    client.listen((response) => {
      if (response.type === 'restarted') reject(new Error(`the checker stopped (${response.message})`));
      else if (response.type === 'failed' && response.version === version) reject(new Error(response.message));
      else if (response.type === 'checked' && response.version === version) {
        resolve({ result: response.result, machineIssues: response.machineIssues ?? [], stats: response.stats });
      }
    });
    client.check(version, original, corrected, options, true);
  });
}

/**
 * The review report of `doc` (an article of the batch, opened from its review so far or from the
 * file), checked with `settings` (a saved review's own checking settings applied, as when it is
 * reopened). `version` tells this check's answer apart on `client`.
 */
export async function buildArticleReport(doc: ReviewDocument, settings: Settings, client: CheckClient, version: number): Promise<ExportFile> {
  const session = doc.session;
  const review = session ? sessionSettings(session) : settings;
  const a = stateOf(doc.original);
  let b = stateOf(doc.corrected);
  if (session) b = b.update({ effects: restoreReview.of(restoredReview(session, b)) }).state;
  const options: CheckOptions = {
    dialect: review.dialect,
    rules: review.rules,
    dictionary: [...settings.dictionary, ...(session?.dictionary ?? [])],
    ...(doc.source ? { source: doc.source.text } : {}),
  };
  // The worker gets the texts as the editors hold them (one line break a character), as the
  // review screen sends them; the issues' offsets are into those, and the field maps them back.
  const checked = await checkOnce(client, version, a.doc.toString(), b.doc.toString(), options);
  b = b.update({ effects: setIssues.of(checked.result.issues) }).state;
  const { code } = checked.result.language;
  const context: ExportContext = {
    doc,
    original: exactText(a),
    corrected: exactText(b),
    issues: reviewedIssuesOf(b),
    machineIssues: checked.machineIssues,
    language: `${languageName(code)} (${code})`,
    dialect: checked.result.dialect,
    ...(doc.source ? { source: { ...doc.source, ...(checked.result.bilingual ? { summary: checked.result.bilingual } : {}) } } : {}),
  };
  return buildExportInWorker('Review report (.html)', context);
}
