/**
 * Checks on what the renderer sends over IPC. The renderer is treated as untrusted: every
 * argument is checked for type and size before main acts on it.
 */
import { MAX_SAVE_FILES, type SaveFilesRequest, type SaveRequest, type Settings } from '../shared/ipc';
import { MAX_SAVE_BYTES, formatMegabytes } from '../shared/limits';

export { MAX_SAVE_BYTES };

/** A refused IPC argument. */
export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file name offered in a save dialog: no folders, no control characters, at most 255 characters. */
export function validFileName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 255) {
    throw new InvalidArgumentError('A file name must be 1 to 255 characters.');
  }
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f]/.test(value) || value === '.' || value === '..') {
    throw new InvalidArgumentError('A file name cannot contain folders or control characters.');
  }
  return value;
}

/** Validates a save request's shape and size. `path` is checked separately against paths main gave out. */
export function validSaveRequest(value: unknown): SaveRequest {
  if (!isPlainObject(value)) throw new InvalidArgumentError('A save request must be an object.');
  const { suggestedName, mimeType, data, path } = value;
  if (typeof mimeType !== 'string' || mimeType.length > 200) throw new InvalidArgumentError('Bad MIME type.');
  if (!(data instanceof Uint8Array)) throw new InvalidArgumentError('Save data must be bytes.');
  if (data.byteLength > MAX_SAVE_BYTES) throw new InvalidArgumentError(`The file to save is too large (${formatMegabytes(data.byteLength)}; the limit is ${formatMegabytes(MAX_SAVE_BYTES)}).`);
  if (path !== undefined && typeof path !== 'string') throw new InvalidArgumentError('Bad path.');
  return { suggestedName: validFileName(suggestedName), mimeType, data, path };
}

/**
 * Validates a request to write several files into one folder: at most MAX_SAVE_FILES files, each
 * at most MAX_SAVE_BYTES, each path relative and inside the folder (`/`-separated names, none empty,
 * `.` or `..`, no `\\`, `:` or control characters), no path given twice.
 */
export function validSaveFilesRequest(value: unknown): SaveFilesRequest {
  if (!isPlainObject(value)) throw new InvalidArgumentError('A save request must be an object.');
  const { suggestedName, files } = value;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_SAVE_FILES) {
    throw new InvalidArgumentError(`A set of files to save must hold 1 to ${MAX_SAVE_FILES} files.`);
  }
  const seen = new Set<string>();
  const valid = files.map((file: unknown) => {
    if (!isPlainObject(file)) throw new InvalidArgumentError('Each file to save must be an object.');
    const { path, data } = file;
    if (typeof path !== 'string' || path.length === 0 || path.length > 1024) throw new InvalidArgumentError('Bad path.');
    // eslint-disable-next-line no-control-regex
    if (/[\\:\u0000-\u001f]/.test(path) || path.split('/').some((part) => part === '' || part === '.' || part === '..' || part.length > 255)) {
      throw new InvalidArgumentError(`Bad path inside the folder: ${JSON.stringify(path.slice(0, 100))}.`);
    }
    const key = path.toLowerCase();
    if (seen.has(key)) throw new InvalidArgumentError(`Two files to save share the path ${path}.`);
    seen.add(key);
    return { path, data: validBytes(data) };
  });
  return { suggestedName: validFileName(suggestedName), files: valid };
}

const THEMES = ['system', 'light', 'dark'];
const DIALECTS = ['auto', 'en-GB', 'en-US'];
const RULE_VALUES = [true, false, 'error', 'warning', 'info'];

/** Validates settings sent to be stored. */
export function validSettings(value: unknown): Settings {
  if (!isPlainObject(value)) throw new InvalidArgumentError('Settings must be an object.');
  const { theme, dialect, rules, dictionary } = value;
  if (!THEMES.includes(theme as string)) throw new InvalidArgumentError('Unknown theme.');
  if (!DIALECTS.includes(dialect as string)) throw new InvalidArgumentError('Unknown dialect.');
  if (!isPlainObject(rules) || Object.keys(rules).length > 500) throw new InvalidArgumentError('Bad rule settings.');
  for (const [id, setting] of Object.entries(rules)) {
    if (!/^[a-z0-9-]{1,64}$/.test(id) || !RULE_VALUES.includes(setting as string | boolean)) {
      throw new InvalidArgumentError(`Bad setting for rule ${id.slice(0, 64)}.`);
    }
  }
  if (!Array.isArray(dictionary) || dictionary.length > 100_000) throw new InvalidArgumentError('Bad dictionary.');
  for (const word of dictionary) {
    if (typeof word !== 'string' || word.length === 0 || word.length > 100) throw new InvalidArgumentError('Bad dictionary word.');
  }
  return {
    theme: theme as Settings['theme'],
    dialect: dialect as Settings['dialect'],
    rules: rules as Settings['rules'],
    dictionary: dictionary as string[],
  };
}

// Autosave ids become file names: letters, digits, "-" and "_" only (see services/autosave.ts).
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An autosave id: 1 to 64 letters, digits, `-` or `_`, so it can never name a path outside its folder. */
export function validId(value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) throw new InvalidArgumentError('An autosave id must be 1 to 64 letters, digits, - or _.');
  return value;
}

/** Bytes sent by the renderer: a Uint8Array of at most `limit` bytes (default {@link MAX_SAVE_BYTES}). */
export function validBytes(value: unknown, limit = MAX_SAVE_BYTES): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new InvalidArgumentError('Expected bytes.');
  if (value.byteLength > limit) throw new InvalidArgumentError('The data is too large.');
  return value;
}

/** A true/false flag. */
export function validBoolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgumentError('Expected true or false.');
  return value;
}
