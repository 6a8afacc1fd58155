// electron-builder's configuration (package.json "build"). Packaging itself downloads Electron, so
// it is not run here; these checks catch what would only fail on the packaging machine.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  icon: string;
  linux: { target: string[]; maintainer?: string };
  mac: { target: string[] };
  win: { target: string[] };
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; scripts: Record<string, string>; build: BuilderConfig };
const config = pkg.build;

describe('packaging configuration', () => {
  it('names the app and builds AppImage and deb, dmg and NSIS', () => {
    expect(config.productName).toBe('Verso');
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    // A .deb needs a maintainer with an e-mail address (package.json has no author).
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(pkg.scripts.dist).toBe('node scripts/build.mjs && electron-builder');
  });

  it('packs the built app and ships the sample where paths.ts looks for it', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(pkg.main).toBe('out/main/index.js');
    // src/main/paths.ts reads process.resourcesPath/samples/iraq-heroes-operation.txt.
    expect(config.extraResources).toEqual([{ from: 'resources/samples', to: 'samples' }]);
    expect(existsSync('resources/samples/iraq-heroes-operation.txt')).toBe(true);
  });

  it('has a PNG icon of at least 512 × 512, from which the .icns and .ico are made', () => {
    const png = readFileSync(config.icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it.runIf(existsSync('out/main/index.js') && existsSync('out/preload/index.cjs'))(
    'needs no node_modules at run time, so leaving them out of the package is safe',
    () => {
      expect(config.files).toContain('!node_modules/**');
      const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
      for (const file of ['out/main/index.js', 'out/preload/index.cjs']) {
        const code = readFileSync(file, 'utf8');
        const imported = [
          ...[...code.matchAll(/^\s*import\s[^'"]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]),
          ...[...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]),
          ...[...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]),
          ...[...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
        ];
        const external = imported.filter((id) => id !== 'electron' && !builtins.has(id) && !id.startsWith('.'));
        expect(external, file).toEqual([]);
      }
    },
  );
});
