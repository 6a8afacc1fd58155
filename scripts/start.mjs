// npm start: builds the app and opens it in Electron. `npm start -- article.txt` opens that file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (!electron) {
  console.error(
    "Verso: Electron's binary is not installed (it was skipped, e.g. with ELECTRON_SKIP_BINARY_DOWNLOAD=1); run 'npm install' on a machine with internet to get it, or use 'npm run start:web' to open Verso in a browser.",
  );
  process.exit(1);
}
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const files = process.argv.slice(2).map((f) => resolve(f));
const child = spawn(electron, ['.', ...files], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
