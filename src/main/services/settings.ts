/**
 * The editor's settings and recent files, kept as JSON in the app's data folder. Reading never
 * fails: a missing or damaged file gives the defaults (a damaged field falls back alone), because
 * a bad settings file must not stop Verso from starting. Writing validates and is atomic.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/ipc';
import { parseRules } from '../../shared/session';
import { writeFileAtomic } from './files';

/** File names inside the settings folder. */
export const SETTINGS_FILE = 'settings.json';
export const RECENT_FILE = 'recent-files.json';
/** How many recent files are remembered. */
export const MAX_RECENT_FILES = 10;

const THEMES = ['system', 'light', 'dark'] as const;
const DIALECTS = ['auto', 'en-GB', 'en-US'] as const;

/** A settings value that cannot be stored; the message names the field. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Settings and recent files in one folder (created on first write), e.g. Electron's `userData`. */
export class SettingsStore {
  constructor(readonly folder: string) {}

  /** The stored settings, each missing or invalid field replaced by its default. */
  async read(): Promise<Settings> {
    const stored = await readJson(join(this.folder, SETTINGS_FILE));
    const s = isObject(stored) ? stored : {};
    const fallback = (): never => {
      throw new SettingsError('invalid');
    };
    let rules: Settings['rules'] = { ...DEFAULT_SETTINGS.rules };
    try {
      rules = parseRules(s.rules, fallback);
    } catch {
      // Keep the default.
    }
    return {
      theme: THEMES.includes(s.theme as Settings['theme']) ? (s.theme as Settings['theme']) : DEFAULT_SETTINGS.theme,
      dialect: DIALECTS.includes(s.dialect as Settings['dialect']) ? (s.dialect as Settings['dialect']) : DEFAULT_SETTINGS.dialect,
      rules,
      dictionary: isWordList(s.dictionary) ? [...s.dictionary] : [...DEFAULT_SETTINGS.dictionary],
    };
  }

  /** Validates and stores `settings`. Throws {@link SettingsError} naming the first bad field. */
  async write(settings: Settings): Promise<void> {
    const fail = (what: string): never => {
      throw new SettingsError(`Settings not saved: ${what}.`);
    };
    if (!isObject(settings)) fail('they are not an object');
    if (!THEMES.includes(settings.theme)) fail(`"theme" must be one of ${THEMES.join(', ')}`);
    if (!DIALECTS.includes(settings.dialect)) fail(`"dialect" must be one of ${DIALECTS.join(', ')}`);
    const rules = parseRules(settings.rules, fail, 'rules');
    if (!isWordList(settings.dictionary)) fail('"dictionary" must be a list of words');
    const clean: Settings = { theme: settings.theme, dialect: settings.dialect, rules, dictionary: [...settings.dictionary] };
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, SETTINGS_FILE), JSON.stringify(clean, null, 2) + '\n');
  }

  /** Recently opened article paths, most recent first, at most {@link MAX_RECENT_FILES}. */
  async recentFiles(): Promise<string[]> {
    const stored = await readJson(join(this.folder, RECENT_FILE));
    return isWordList(stored) ? stored.slice(0, MAX_RECENT_FILES) : [];
  }

  /** Puts `path` first in the recent files (once), dropping the oldest past the limit. Returns the new list. */
  async addRecentFile(path: string): Promise<string[]> {
    const absolute = resolve(path);
    const list = [absolute, ...(await this.recentFiles()).filter((p) => p !== absolute)].slice(0, MAX_RECENT_FILES);
    await this.writeRecent(list);
    return list;
  }

  /** Forgets `path` (e.g. it no longer exists). Returns the new list. */
  async removeRecentFile(path: string): Promise<string[]> {
    const absolute = resolve(path);
    const list = (await this.recentFiles()).filter((p) => p !== absolute);
    await this.writeRecent(list);
    return list;
  }

  private async writeRecent(list: string[]): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, RECENT_FILE), JSON.stringify(list, null, 2) + '\n');
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((w) => typeof w === 'string');
}
