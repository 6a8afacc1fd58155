/**
 * A review on disk (`*.verso.json`): everything needed to reopen a review where the editor left it.
 * Versioned: a file written by a newer Verso is refused with a message instead of half-read.
 *
 * Fields added since version 1 are optional and additive (`decided`), so the version stays 1: a
 * file written now still opens in a Verso that knows only version 1 (which reads its `decisions`
 * by id), and a version-1 file without them opens here.
 *
 * Version 2 adds the source text of a bilingual review (`source`, and `xliff` for an XLIFF file).
 * A review without a source is still written as version 1, so an older Verso opens it; one with a
 * source is written as version 2, which an older Verso refuses rather than dropping the source.
 */
import { CATEGORIES, SEVERITIES, type Issue } from '../core/issue';
import type { Settings } from './ipc';

/** The value of `format` in every review file. */
export const SESSION_FORMAT = 'verso-review';
/** The newest schema version this build writes and reads (2: a bilingual review's source). */
export const SESSION_VERSION = 2;
/** The file name ending of a saved review. */
export const SESSION_EXTENSION = '.verso.json';

/** The name offered when saving a review of `articleName`: `iraq.txt` → `iraq.verso.json`. */
export function reviewFileName(articleName: string): string {
  const dot = articleName.lastIndexOf('.');
  return (dot > 0 ? articleName.slice(0, dot) : articleName || 'review') + SESSION_EXTENSION;
}

/** An issue decision the editor made. Issues without one are open. */
export type Decision = 'ignored' | 'applied';

/** A decision with the text it was made on (see {@link Session.decided}). */
export interface SavedDecision {
  /** The decision's key: the id its issue had when decided (also its key in `decisions`). */
  id: string;
  decision: Decision;
  /** The flagged text when decided (for "applied", what the suggestion replaced). */
  text: string;
  /**
   * The issue decided on. Its `start`/`end` are where the decided text stands in `corrected` at
   * the save (offsets into that string): the flagged text for "ignored", the suggestion that
   * replaced it for "applied".
   */
  issue: Issue;
}

/** A saved review. */
export interface Session {
  format: typeof SESSION_FORMAT;
  /** 1, or 2 when the review has a source (see the module comment). */
  version: 1 | 2;
  /** The article as opened: enough to export the corrected text in the original's encoding. */
  article: {
    /** File name without folders. */
    name: string;
    format: 'txt' | 'md' | 'html' | 'docx' | 'xliff';
    encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
    bom: boolean;
    /** Where the article was opened from, when known (desktop). Saves never write to it. */
    path?: string;
  };
  /** The machine translation as opened. */
  original: string;
  /** A bilingual review's source text (version 2), as loaded: its file name and decoded text. */
  source?: { name: string; text: string };
  /** An XLIFF article's file text as opened (version 2), to export it with the corrected targets. */
  xliff?: string;
  /** The editor's text. */
  corrected: string;
  /** Decisions by issue id (ids are stable across re-checks, see Issue.id). */
  decisions: Record<string, Decision>;
  /**
   * Every decision with its issue and the range of `corrected` it belongs to (optional: absent in
   * files from before it was added). Where present it is what a review restores; `decisions` is
   * still written so an older Verso can read the file.
   */
  decided?: SavedDecision[];
  /** Words the editor chose "Ignore all" for, in this review only. */
  ignoredWords: string[];
  /** Rules turned off for this review (each is off when it is reopened, whatever `settings.rules` says). */
  ignoredRules: string[];
  /** Words added to the dictionary during this review. */
  dictionary: string[];
  /** The checking settings the review was made with. */
  settings: { dialect: Settings['dialect']; rules: Settings['rules'] };
  /** ISO 8601 time of the save. */
  savedAt: string;
}

/** A review file that cannot be opened; the message is for the editor, as is. */
export class SessionError extends Error {
  override name = 'SessionError';
}

/** The review as the text of a `.verso.json` file (pretty-printed JSON, trailing newline). */
export function serializeSession(session: Session): string {
  // Key order fixed here rather than by the caller's object, so saves diff cleanly.
  const ordered: Session = {
    format: SESSION_FORMAT,
    version: session.source || session.xliff !== undefined ? 2 : 1,
    article: { ...session.article },
    original: session.original,
    ...(session.source ? { source: { name: session.source.name, text: session.source.text } } : {}),
    ...(session.xliff !== undefined ? { xliff: session.xliff } : {}),
    corrected: session.corrected,
    decisions: session.decisions,
    ...(session.decided ? { decided: session.decided.map(orderedDecision) } : {}),
    ignoredWords: session.ignoredWords,
    ignoredRules: session.ignoredRules,
    dictionary: session.dictionary,
    settings: session.settings,
    savedAt: session.savedAt,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

function orderedDecision(saved: SavedDecision): SavedDecision {
  const { issue } = saved;
  return {
    id: saved.id,
    decision: saved.decision,
    text: saved.text,
    issue: {
      id: issue.id,
      rule: issue.rule,
      category: issue.category,
      severity: issue.severity,
      message: issue.message,
      start: issue.start,
      end: issue.end,
      suggestions: issue.suggestions,
      ...(issue.safe ? { safe: true } : {}),
      ...(issue.sourceStart !== undefined ? { sourceStart: issue.sourceStart, sourceEnd: issue.sourceEnd } : {}),
    },
  };
}

/**
 * Reads a review file, checking every field. Throws {@link SessionError} with one sentence naming
 * `fileName` and what is wrong: not JSON, not a Verso review, a newer version, a missing field or
 * one of the wrong type.
 */
export function parseSession(text: string, fileName: string): Session {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new SessionError(`${fileName} is not a Verso review: it is not valid JSON.`);
  }
  const fail = (what: string): never => {
    throw new SessionError(`${fileName} is not a valid Verso review: ${what}.`);
  };
  if (!isObject(value) || value.format !== SESSION_FORMAT) {
    throw new SessionError(`${fileName} is not a Verso review (its "format" is not "${SESSION_FORMAT}").`);
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('"version" must be a whole number from 1');
  if ((version as number) > SESSION_VERSION) {
    throw new SessionError(
      `${fileName} was saved by a newer Verso (review version ${version}; this one reads up to ${SESSION_VERSION}). Update Verso to open it.`,
    );
  }
  const article = value.article;
  if (!isObject(article)) fail('"article" is missing or not an object');
  const a = article as Record<string, unknown>;
  const str = (v: unknown, field: string): string =>
    typeof v === 'string' ? v : fail(`"${field}" is missing or not text`);
  const oneOf = <T extends string>(v: unknown, field: string, allowed: readonly T[]): T =>
    allowed.includes(v as T) ? (v as T) : fail(`"${field}" must be one of ${allowed.map((x) => `"${x}"`).join(', ')}`);
  const words = (v: unknown, field: string): string[] =>
    Array.isArray(v) && v.every((w) => typeof w === 'string') ? [...v] : fail(`"${field}" must be a list of words`);

  const session: Session = {
    format: SESSION_FORMAT,
    version: version === 1 ? 1 : 2,
    article: {
      name: str(a.name, 'article.name'),
      format: oneOf(a.format, 'article.format', ['txt', 'md', 'html', 'docx', 'xliff'] as const),
      encoding: oneOf(a.encoding, 'article.encoding', ['utf-8', 'utf-16le', 'utf-16be'] as const),
      bom: typeof a.bom === 'boolean' ? a.bom : fail('"article.bom" is missing or not true/false'),
    },
    original: str(value.original, 'original'),
    corrected: str(value.corrected, 'corrected'),
    decisions: {},
    ignoredWords: value.ignoredWords === undefined ? [] : words(value.ignoredWords, 'ignoredWords'),
    ignoredRules: value.ignoredRules === undefined ? [] : words(value.ignoredRules, 'ignoredRules'),
    dictionary: words(value.dictionary, 'dictionary'),
    settings: { dialect: 'auto', rules: {} },
    savedAt: str(value.savedAt, 'savedAt'),
  };
  if (a.path !== undefined) session.article.path = str(a.path, 'article.path');
  if (value.source !== undefined) {
    if (!isObject(value.source)) fail('"source" must be an object with "name" and "text"');
    const src = value.source as Record<string, unknown>;
    session.source = { name: str(src.name, 'source.name'), text: str(src.text, 'source.text') };
  }
  if (value.xliff !== undefined) session.xliff = str(value.xliff, 'xliff');

  if (!isObject(value.decisions)) fail('"decisions" is missing or not an object');
  // fromEntries defines own properties, so an id such as "__proto__" stays a plain key.
  session.decisions = Object.fromEntries(
    Object.entries(value.decisions as object).map(([id, d]) => [
      id,
      oneOf(d, `decisions.${id}`, ['ignored', 'applied'] as const),
    ]),
  );
  if (value.decided !== undefined) {
    if (!Array.isArray(value.decided)) fail('"decided" must be a list');
    session.decided = (value.decided as unknown[]).map((entry, k) =>
      parseDecided(entry, `decided[${k}]`, session.corrected.length, fail),
    );
  }
  const settings = value.settings;
  if (!isObject(settings)) fail('"settings" is missing or not an object');
  const s = settings as Record<string, unknown>;
  session.settings.dialect = oneOf(s.dialect, 'settings.dialect', ['auto', 'en-GB', 'en-US'] as const);
  session.settings.rules = parseRules(s.rules, fail);
  if (Number.isNaN(Date.parse(session.savedAt))) fail('"savedAt" is not a date');
  return session;
}

/**
 * Checks a per-rule settings object: each value `true`, `false`, `"error"`, `"warning"` or `"info"`.
 * `fail` is called with what is wrong. Shared by review files and the settings file.
 */
export function parseRules(value: unknown, fail: (what: string) => never, field = 'settings.rules'): Settings['rules'] {
  if (!isObject(value)) return fail(`"${field}" is missing or not an object`);
  for (const [rule, setting] of Object.entries(value)) {
    if (typeof setting !== 'boolean' && setting !== 'error' && setting !== 'warning' && setting !== 'info') {
      fail(`"${field}.${rule}" must be true, false, "error", "warning" or "info"`);
    }
  }
  // fromEntries defines own properties, so a rule named "__proto__" stays a plain key.
  return Object.fromEntries(Object.entries(value)) as Settings['rules'];
}

function parseDecided(value: unknown, field: string, length: number, fail: (what: string) => never): SavedDecision {
  if (!isObject(value)) return fail(`"${field}" is not an object`);
  const text = (v: unknown, name: string): string =>
    typeof v === 'string' ? v : fail(`"${field}.${name}" is missing or not text`);
  const decision =
    value.decision === 'ignored' || value.decision === 'applied'
      ? value.decision
      : fail(`"${field}.decision" must be "ignored" or "applied"`);
  const issue = value.issue;
  if (!isObject(issue)) return fail(`"${field}.issue" is missing or not an object`);
  const offset = (v: unknown, name: string): number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= length
      ? v
      : fail(`"${field}.issue.${name}" is not an offset into "corrected"`);
  const start = offset(issue.start, 'start');
  const end = offset(issue.end, 'end');
  if (end < start) fail(`"${field}.issue.end" is before its start`);
  const suggestions = issue.suggestions;
  if (!Array.isArray(suggestions) || !suggestions.every((x) => typeof x === 'string'))
    fail(`"${field}.issue.suggestions" must be a list of text`);
  const parsed: Issue = {
    id: text(issue.id, 'issue.id'),
    rule: text(issue.rule, 'issue.rule'),
    category: CATEGORIES.includes(issue.category as Issue['category'])
      ? (issue.category as Issue['category'])
      : fail(`"${field}.issue.category" is not a category`),
    severity: SEVERITIES.includes(issue.severity as Issue['severity'])
      ? (issue.severity as Issue['severity'])
      : fail(`"${field}.issue.severity" is not a severity`),
    message: text(issue.message, 'issue.message'),
    start,
    end,
    suggestions: [...(suggestions as string[])],
  };
  if (issue.safe === true) parsed.safe = true;
  if (issue.sourceStart !== undefined || issue.sourceEnd !== undefined) {
    const at = (v: unknown, name: string): number =>
      typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(`"${field}.issue.${name}" is not an offset into the source`);
    parsed.sourceStart = at(issue.sourceStart, 'sourceStart');
    parsed.sourceEnd = at(issue.sourceEnd, 'sourceEnd');
  }
  return { id: text(value.id, 'id'), decision, text: text(value.text, 'text'), issue: parsed };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
