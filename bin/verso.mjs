#!/usr/bin/env node
// The `verso` command. The CLI is bundled by `npm run build` into out/cli/verso.js.
import { existsSync } from 'node:fs';
import module from 'node:module';
import v8 from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/verso.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write("verso: the command line is not built yet. Run 'npm run build' first.\n");
  process.exit(2);
}
// V8's compile cache (Node 22.1 and later) keeps the bundle's compiled code between runs, in
// Node's own cache folder under the system temp directory. Older Node compiles on every run.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
// V8 optimises a function once it has run about 66 kB of its bytecode (--interrupt-budget); a
// check runs hundreds of rule functions briefly, and optimising them took about a third of its CPU
// on V8's compiler threads. Four times the budget optimises only the ones that stay hot: on 500
// articles (bench batch) --jobs 1 3.9-4.1 s CPU -> 3.4-4.0 s, --jobs 2 2.85-3.11 s wall -> 2.64-2.76 s;
// a 100k-word check 2.23-2.35 s CPU -> 2.02-2.03 s; `verso diff` and a one-file check the same.
// Set before the bundle loads, so before any of its code is compiled; workers share the flag.
v8.setFlagsFromString('--interrupt-budget=270336');
await import(pathToFileURL(bundle).href);
