// Traps only a real Electron would reveal, guarded here on the built files (see DESIGN.md).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { appPaths } from '../../src/main/paths';
import type { Platform } from '../../src/shared/ipc';

describe('built Electron app', () => {
  it('has a preload that is one CommonJS file requiring only electron', () => {
    const code = readFileSync('out/preload/index.cjs', 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...code.matchAll(/require\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));

    // Run the built file as Electron's sandbox would: a require that knows only `electron`.
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: async () => undefined, send: () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    const sandboxRequire = (id: string) => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    const api = exposed.verso as Record<string, unknown>;
    // Every member of the Platform interface in src/shared/ipc.ts, and nothing else (no ipcRenderer).
    const platformKeys: (keyof Platform)[] = [
      'kind',
      'openArticle',
      'openArticles',
      'openFolder',
      'readQueue',
      'writeQueue',
      'openSample',
      'saveFile',
      'saveFiles',
      'readSettings',
      'writeSettings',
      'onOpenFile',
      'autosave',
      'discardAutosave',
      'listRecoverable',
      'onMenuCommand',
      'setDirty',
    ];
    expect(Object.keys(api).sort()).toEqual(platformKeys.sort());
    for (const key of platformKeys.filter((k) => k !== 'kind')) expect(typeof api[key], key).toBe('function');
    expect(api.kind).toBe('electron');
    expect(Object.keys(exposed)).toEqual(['verso']);
  });

  it('resolves the preload, renderer and sample from the main bundle’s URL, and they exist', () => {
    const paths = appPaths(pathToFileURL(resolve('out/main/index.js')).href);
    expect(paths.preload).toBe(resolve('out/preload/index.cjs'));
    expect(paths.rendererIndex).toBe(resolve('out/renderer/index.html'));
    for (const path of Object.values(paths)) expect(existsSync(path), path).toBe(true);
  });

  it('builds an ES-module main that never relies on __dirname', () => {
    // Comments may mention __dirname; code may not.
    const code = readFileSync('out/main/index.js', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    expect(code).toMatch(/^import /m);
    expect(code).not.toMatch(/(?<![.\w])__dirname\b/);
    expect(code).toMatch(/import\.meta\.url/);
  });

  it('ships a strict Content-Security-Policy in the renderer that allows the worker and nothing loose', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('builds the web renderer with relative asset paths', () => {
    const html = readFileSync('out/web/index.html', 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) {
      expect(asset.startsWith('./'), asset).toBe(true);
      expect(existsSync(resolve('out/web', asset)), asset).toBe(true);
    }
    expect(existsSync('out/web/samples/iraq-heroes-operation.txt')).toBe(true);
  });
});
