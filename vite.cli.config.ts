import { execFileSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import { yamlAsJson } from './data-yaml.vite.ts';

// After the bundle is written: the lexicon image (src/core/spelling/image.ts) beside it,
// out/cli/lexicon.bin, made by the bundle's own code so it always matches the bundled lexicon.
function lexiconImage(): Plugin {
  return {
    name: 'verso-lexicon-image',
    apply: 'build',
    closeBundle() {
      execFileSync(process.execPath, ['out/cli/write-lexicon-image.js'], { stdio: 'inherit' });
    },
  };
}

// The CLI: ES modules for node, with the engine and its data (dictionaries) bundled in, so
// `node bin/verso.mjs` needs nothing but node and the installed packages. The checker and its
// dictionaries go in a chunk of their own that `check` and `fix` import when they run
// (src/cli/commands/index.ts), so `diff` and `ter` start without parsing megabytes of word lists.
// `verso diff` scores its TER figures on big files on a thread started from
// out/cli/diff-stats-worker.js (src/cli/diff-stats/), which loads only the TER code.
// `verso check --jobs N` starts worker threads from a second entry, out/cli/check-worker.js,
// which shares the checker's chunk with the main entry, and out/cli/write-lexicon-image.js, which
// the build runs to write out/cli/lexicon.bin (the lexicon parsed, ready to load: see below).
// That needs the engine's modules treated as free of side effects (they are: no module is imported
// for its side effects), or the engine's index, which re-exports the checker, would pull it in.
export default defineConfig({
  plugins: [yamlAsJson(), lexiconImage()],
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        verso: 'src/cli/main.ts',
        'check-worker': 'src/cli/batch/worker.ts',
        'diff-stats-worker': 'src/cli/diff-stats/worker.ts',
        'write-lexicon-image': 'src/cli/write-lexicon-image.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
      treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]core[\\/]/.test(id) },
    },
  },
  ssr: { noExternal: true },
});
