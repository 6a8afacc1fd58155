// npm run bench: builds every bench/*.bench.ts into out/bench/ (Vite, for node) and runs each in
// its own node process, one after another. Benchmarks print figures; they never assert times.
// `npm run bench -- diff` runs only the benchmarks whose file name contains "diff".
import { build } from 'vite';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const entries = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (entries.length === 0) {
  console.error(`bench: no bench/*.bench.ts matches '${filter}'`);
  process.exit(2);
}
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: Object.fromEntries(entries.map((f) => [f.replace(/\.ts$/, ''), join('bench', f)])),
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true, external: ['playwright-core'] },
});
let failed = 0;
for (const f of entries) {
  console.log(`\n== ${f} ==`);
  const run = spawnSync(process.execPath, ['--expose-gc', join('out/bench', f.replace(/\.ts$/, '.mjs'))], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
