// Root reads any file, and CI runs as root. To let the real file system answer EACCES there, a test
// bundles a small child entry and runs it as an unprivileged user (uid 65534); as any other user the
// test calls the service directly. This module holds the shared half: bundling and running the child.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { expect } from 'vitest';

export const NOBODY = 65534;
export const asRoot = process.getuid?.() === 0;

/** Bundles the child entry `entry` into `outDir` as one ES module and returns its path. */
export async function bundleChild(entry: URL, outDir: string, fileName: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: entry.pathname,
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return join(outDir, fileName);
}

/** Runs the bundled `child` with `arg` as uid 65534 and returns the JSON it prints (stderr must stay empty). */
export function runAsNobody(child: string, arg: string): unknown {
  const run = spawnSync(process.execPath, [child, arg], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown;
}
