// electron-builder's configuration (package.json "build"). Packaging itself downloads Electron, so
// it is not run here; these checks catch what would only fail on the packaging machine: the
// configuration is validated by electron-builder's own schema (offline), and what it packs must be
// where src/main/paths.ts looks for it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../../../src/main/paths';

interface PackageJson {
  main: string;
  build: { files: string[]; extraResources: { from: string; to: string }[]; icon: string } & Record<string, unknown>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const config = pkg.build;
// electron-builder's own validator: its scheme.json through the same code `electron-builder` runs.
const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const validate = (c: unknown) => validateConfiguration(c, { isEnabled: false, add: () => {} });

describe('packaging configuration', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'verso-pack-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("passes electron-builder's own configuration schema", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is refused by that schema when an option is misspelt (the validator really runs)', async () => {
    await expect(validate({ ...config, linux: { ...(config.linux as object), targets: ['deb'] } })).rejects.toThrow(/configuration\.linux/);
  });

  it('packs the built app and ships the sample where paths.ts looks for it', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main.startsWith('out/')).toBe(true);
    // Copy the extra resources as electron-builder does (from → resources/to), then ask paths.ts.
    const resources = join(scratch, 'resources');
    for (const { from, to } of config.extraResources) cpSync(from, join(resources, to), { recursive: true });
    const paths = appPaths(pathToFileURL(join(scratch, 'app', pkg.main)).href, resources);
    expect(paths.sample).toBe(join(resources, 'samples', 'iraq-heroes-operation.txt'));
    expect(existsSync(paths.sample)).toBe(true);
  });

  it('has a PNG icon of at least 512 × 512, from which the .icns and .ico are made', () => {
    const png = readFileSync(config.icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  const built = existsSync('out/main/index.js') && existsSync('out/preload/index.cjs');
  if (!built) console.log('packaging.test: the node_modules check is skipped: out/ is not built (npm run build)');
  it.runIf(built)('needs no node_modules at run time, so leaving them out of the package is safe', () => {
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
  });
});
