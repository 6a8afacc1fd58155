import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { yamlAsJson } from './data-yaml.vite.ts';

/**
 * In development only (`npm run dev`), Vite's client needs an inline React Refresh preamble and a
 * websocket: loosen the page's CSP for the dev server. Builds keep the strict policy untouched.
 */
function devServerCsp(): Plugin {
  return {
    name: 'verso-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

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
    plugins: [react(), devServerCsp(), yamlAsJson()],
    worker: { format: 'es', plugins: () => [yamlAsJson()] },
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  };
}
