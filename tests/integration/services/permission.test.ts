// An article the user may not read is refused with one message. Root reads any file, and CI runs
// as root: there the real service runs in a child process as an unprivileged user (uid 65534), so
// the file system itself answers EACCES; otherwise the test process reads it directly.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOBODY, asRoot as root, bundleChild, runAsNobody } from '../../helpers/unprivileged';
import { BadInputError } from '../../../src/core';
import { readArticleFile } from '../../../src/main/services/files';

const windows = process.platform === 'win32';
if (windows) console.log('permission.test: skipped: chmod 000 does not deny reading on Windows');

// A folder everyone may enter, holding a file nobody but root may read.
const dir = mkdtempSync(join(tmpdir(), 'verso-perm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let child = '';
beforeAll(async () => {
  chmodSync(dir, 0o755);
  if (!root) return;
  child = await bundleChild(new URL('./children/read-article.ts', import.meta.url), join(dir, 'child'), 'read-article.mjs');
}, 60_000);

/** What reading `path` with the app's file service answers, as a user who lacks root's rights. */
async function answer(path: string): Promise<string> {
  if (root) {
    return runAsNobody(child, path) as string;
  }
  const error = await readArticleFile(path).then(() => null, (e: unknown) => e);
  if (error === null) return 'read';
  expect(error).toBeInstanceOf(BadInputError);
  return (error as Error).message;
}

describe.skipIf(windows)(`readArticleFile on a file without read permission (${root ? `as uid ${NOBODY}, from root` : 'as this user'})`, () => {
  it('reads the file while it is readable (the set-up itself is sound)', async () => {
    const path = join(dir, 'open.txt');
    writeFileSync(path, 'An article.');
    chmodSync(path, 0o644);
    expect(await answer(path)).toBe('read');
  });

  it('refuses it with one message naming the file', async () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    expect(await answer(path)).toBe('locked.txt cannot be opened: permission denied.');
  });
});
