// "Open folder…" in the desktop app: one article nobody may read, among readable ones, is reported
// with its reason while the others are read. Root reads any file, and CI runs as root: there the
// real service runs in a child process as an unprivileged user (uid 65534), so the file system
// itself answers EACCES; otherwise the test process calls the service directly.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, asRoot as root, bundleChild, runAsNobody } from '../../helpers/unprivileged';
import { readArticleFolder } from '../../../src/main/services/files';

const windows = process.platform === 'win32';
if (windows) console.log('folder.test: skipped: chmod 000 does not deny reading on Windows');

interface Listed {
  name: string;
  bytes: number;
  problem: string | null;
}

const dir = mkdtempSync(join(tmpdir(), 'verso-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let child = '';
beforeAll(async () => {
  chmodSync(dir, 0o755);
  if (!root) return;
  child = await bundleChild(new URL('./children/read-folder.ts', import.meta.url), join(dir, 'child'), 'read-folder.mjs');
}, 60_000);

/** What the app's folder reader answers for `folder`, as a user who lacks root's rights. */
async function answer(folder: string): Promise<Listed[] | string> {
  if (root) {
    return runAsNobody(child, folder) as Listed[] | string;
  }
  try {
    return (await readArticleFolder(folder)).map((f) => ({ name: f.name, bytes: f.bytes.length, problem: f.problem ?? null }));
  } catch (error) {
    return (error as Error).message;
  }
}

function put(path: string, text: string, mode = 0o644): void {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o755 });
  writeFileSync(path, text);
  chmodSync(path, mode);
}

describe.skipIf(windows)(`readArticleFolder with an unreadable article (${root ? `as uid ${NOBODY}, from root` : 'as this user'})`, () => {
  it('reads every article of a folder that is all readable (the set-up itself is sound)', async () => {
    const desk = join(dir, 'readable');
    put(join(desk, 'a.txt'), 'First story.');
    put(join(desk, 'world', 'b.md'), 'Second story.');
    expect(await answer(desk)).toEqual([
      { name: 'a.txt', bytes: 12, problem: null },
      { name: 'world/b.md', bytes: 13, problem: null },
    ]);
  });

  it('reports the one article it may not read, by its path in the folder, and reads the others', async () => {
    const desk = join(dir, 'desk');
    put(join(desk, 'a.txt'), 'First story.');
    put(join(desk, 'world', 'locked.txt'), 'Secret.', 0o000);
    put(join(desk, 'world', 'z.txt'), 'Last story.');
    put(join(desk, 'notes.csv'), 'a,b');
    expect(await answer(desk)).toEqual([
      { name: 'a.txt', bytes: 12, problem: null },
      { name: 'world/locked.txt', bytes: 0, problem: 'world/locked.txt cannot be opened: permission denied.' },
      { name: 'world/z.txt', bytes: 11, problem: null },
    ]);
  });

  it('still refuses, naming it, a folder it may not list', async () => {
    const desk = join(dir, 'closed');
    put(join(desk, 'a.txt'), 'First story.');
    chmodSync(desk, 0o000);
    try {
      expect(await answer(desk)).toBe('closed cannot be opened: permission denied.');
    } finally {
      chmodSync(desk, 0o755);
    }
  });
});
