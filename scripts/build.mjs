// npm run build: the Electron app (out/main, out/preload, out/renderer), the web build of the same
// renderer (out/web) and the CLI bundle (out/cli). `--only web|electron|cli` builds one part.
import { build as viteBuild } from 'vite';
import { build as electronBuild } from 'electron-vite';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const started = Date.now();
if (!only || only === 'electron') await electronBuild({ configFile: 'electron.vite.config.ts', logLevel: 'warn' });
if (!only || only === 'web') await viteBuild({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
if (!only || only === 'cli') await viteBuild({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
console.log(`built ${only ?? 'electron, web and cli'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
