#!/usr/bin/env node
// The `verso` command. The CLI is bundled by `npm run build` into out/cli/verso.js.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/verso.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("verso: the command line is not built yet. Run 'npm run build' first.\n");
  process.exit(2);
}
// V8's compile cache (Node 22.1 and later) keeps the bundle's compiled code between runs, in
// Node's own cache folder under the system temp directory. Older Node compiles on every run.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
await import(pathToFileURL(bundle).href);
