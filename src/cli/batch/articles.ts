/**
 * The articles `verso check FILE|FOLDER...` checks: files as given, folders searched recursively
 * for the formats Verso opens, each folder's finds sorted by path.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isArticleName } from '../../core/formats/article';

/** What the arguments name: the files to check in output order, and the folders that could not be read. */
export interface ArticleList {
  /** Paths to check, in the order they are reported. */
  files: string[];
  /** One line per argument or folder that could not be searched (`path: why`). */
  problems: string[];
  /** True when the arguments are exactly one path and it is not a folder (JSON then prints one document, not an array). */
  single: boolean;
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
}

/**
 * Expands `paths`: a folder becomes every article file under it (any depth, sorted by path);
 * anything else stays as given, to be read (and refused, if it must be) in its turn.
 *
 * Inside a folder, hidden entries (names starting with ".") are skipped, and symbolic links to
 * folders are not followed (a link back up the tree would never end); a symbolic link with an
 * article's name is kept, so a broken one is reported rather than silently left out.
 */
export function findArticles(paths: string[]): ArticleList {
  const files: string[] = [];
  const problems: string[] = [];
  let folders = 0;
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Missing or unreadable: the reader refuses it in its turn, with the same words as for any file.
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    folders++;
    const found: string[] = [];
    search(path, found, problems);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    files.push(...found);
  }
  return { files, problems, single: paths.length === 1 && folders === 0 };
}

function search(folder: string, found: string[], problems: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`${folder}: ${why(error)}`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) search(path, found, problems);
    else if (isArticleName(entry.name) && !isLinkToFolder(entry, path)) found.push(path);
  }
}

function isLinkToFolder(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
