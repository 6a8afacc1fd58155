import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * The renderer's Vite options, shared by the Electron build (out/renderer) and the web build
 * (out/web): one renderer, two platforms. `resources/` is the public folder, so the sample
 * article ships at `samples/iraq-heroes-operation.txt` beside index.html.
 */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve('src/renderer'),
    base: './',
    publicDir: resolve('resources'),
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  };
}
