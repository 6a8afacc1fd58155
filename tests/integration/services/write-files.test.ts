// "Export all corrected texts…" in the desktop app: the files go into the folder the editor chose,
// each written atomically, and never into the articles' own folders or over an article.
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/core';
import { writeFilesInto } from '../../../src/main/services/files';
import { tempFolder } from '../../helpers/cli';

const root = tempFolder('verso-write-files-');
afterAll(() => root.remove());
let count = 0;

const bytes = (text: string) => new TextEncoder().encode(text);

/** A desk folder with two articles (one nested) and an empty place to export to. */
function desk() {
  const dir = join(root.dir, `case-${++count}`);
  mkdirSync(join(dir, 'in', 'world'), { recursive: true });
  mkdirSync(join(dir, 'out'));
  const a = join(dir, 'in', 'a.txt');
  const b = join(dir, 'in', 'world', 'b.txt');
  writeFileSync(a, 'Original A.');
  writeFileSync(b, 'Original B.');
  const files = [
    { path: 'a.corrected.txt', data: bytes('Corrected A.') },
    { path: 'world/b.corrected.txt', data: bytes('Corrected B.') },
  ];
  return { dir, a, b, originals: [a, b], files };
}

/** Every file under `dir`, by its path inside it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('writeFilesInto', () => {
  it('writes every file at its path inside the chosen folder, making the subfolders', async () => {
    const { dir, originals, files } = desk();
    await writeFilesInto(join(dir, 'out'), files, originals);
    expect(tree(join(dir, 'out'))).toEqual(['a.corrected.txt', 'world/b.corrected.txt']);
    expect(readFileSync(join(dir, 'out', 'world', 'b.corrected.txt'), 'utf8')).toBe('Corrected B.');
    // No temporary file of the atomic writer is left behind.
    expect(readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('replaces an earlier export in the chosen folder', async () => {
    const { dir, originals, files } = desk();
    writeFileSync(join(dir, 'out', 'a.corrected.txt'), 'Old export.');
    await writeFilesInto(join(dir, 'out'), files, originals);
    expect(readFileSync(join(dir, 'out', 'a.corrected.txt'), 'utf8')).toBe('Corrected A.');
  });

  it("refuses the articles' own folder, writing nothing", async () => {
    const { dir, originals, files } = desk();
    const refusal = await writeFilesInto(join(dir, 'in'), files, originals).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BadInputError);
    expect((refusal as Error).message).toBe("Verso does not write the corrected texts into the articles' own folder (in); choose another folder, such as a new one.");
    expect(tree(join(dir, 'in'))).toEqual(['a.txt', 'world/b.txt']);
  });

  it('refuses a folder whose subfolder would take a file into the folder of a nested article', async () => {
    const { dir, b, files } = desk();
    // Only the nested article is protected: its folder in/world is where world/b.corrected.txt would go.
    await expect(writeFilesInto(join(dir, 'in'), files, [b])).rejects.toThrow(/articles' own folder \(world\)/);
    expect(existsSync(join(dir, 'in', 'a.corrected.txt'))).toBe(false);
  });

  it('refuses the articles folder reached through a link to it', async () => {
    const { dir, originals, files } = desk();
    symlinkSync(join(dir, 'in'), join(dir, 'link'));
    await expect(writeFilesInto(join(dir, 'link'), files, originals)).rejects.toThrow(/articles' own folder/);
    expect(tree(join(dir, 'in'))).toEqual(['a.txt', 'world/b.txt']);
  });

  it('refuses to write over an article elsewhere (a hard link to it in the chosen folder), writing nothing', async () => {
    const { dir, a, originals } = desk();
    linkSync(a, join(dir, 'out', 'a.corrected.txt'));
    const files = [
      { path: 'z.corrected.txt', data: bytes('Z.') },
      { path: 'a.corrected.txt', data: bytes('Corrected A.') },
    ];
    await expect(writeFilesInto(join(dir, 'out'), files, originals)).rejects.toThrow('Verso does not write over the article a.txt; choose another folder.');
    expect(readFileSync(a, 'utf8')).toBe('Original A.');
    expect(existsSync(join(dir, 'out', 'z.corrected.txt'))).toBe(false);
  });
});
