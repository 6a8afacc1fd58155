import { defineConfig } from 'vite';

// The CLI: one ES module for node, with the engine and its data (dictionaries) bundled in, so
// `node bin/verso.mjs` needs nothing but node and the installed packages.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'verso.js', format: 'es' } },
  },
  ssr: { noExternal: true },
});
