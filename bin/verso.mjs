#!/usr/bin/env node
// The `verso` command. The CLI is bundled by `npm run build` into out/cli/verso.js.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/verso.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("verso: the command line is not built yet. Run 'npm run build' first.\n");
  process.exit(2);
}
await import(pathToFileURL(bundle).href);
