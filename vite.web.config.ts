import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.vite.ts';

// The web build: the same renderer as Electron's, written to out/web with relative asset paths so
// any static file server can serve it (npm run start:web).
export default defineConfig(rendererConfig('out/web'));
