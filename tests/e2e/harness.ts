/**
 * Where the end-to-end specs run: the web build in Debian's Chromium (always), and the Electron app
 * through Playwright's Electron support where the Electron binary exists. Every spec file runs its
 * tests once per available target.
 */
import { chromium, _electron, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';

/** Chromium as these machines need it: headless, no sandbox (root), no background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running app: the page to drive, and how to end it. */
export interface RunningApp {
  page: Page;
  /** Messages the page logged as errors (CSP violations, uncaught exceptions). */
  errors: string[];
  close(): Promise<void>;
}

/** One place the app can run. */
export interface Target {
  name: 'web' | 'electron';
  /** Why the target cannot run here, or null when it can. */
  missing: string | null;
  launch(options?: { files?: string[] }): Promise<RunningApp>;
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

const web: Target = {
  name: 'web',
  missing: !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install chromium)`
    : !existsSync('out/web/index.html')
      ? 'out/web is not built (npm run build)'
      : null,
  async launch() {
    const server = await serveStatic('out/web');
    const profile = mkdtempSync(join(tmpdir(), 'verso-chromium-'));
    const downloads = mkdtempSync(join(tmpdir(), 'verso-downloads-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      downloadsPath: downloads,
      viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    watchErrors(page, errors);
    await page.goto(server.url);
    return {
      page,
      errors,
      async close() {
        await context.close();
        await server.close();
        rmSync(profile, { recursive: true, force: true });
        rmSync(downloads, { recursive: true, force: true });
      },
    };
  },
};

function electronPath(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const electron: Target = {
  name: 'electron',
  missing: !electronPath()
    ? "no Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; a plain 'npm install' with internet gets it)"
    : !existsSync('out/main/index.js')
      ? 'out/main is not built (npm run build)'
      : null,
  async launch(options) {
    const userData = mkdtempSync(join(tmpdir(), 'verso-electron-'));
    const app = await _electron.launch({
      executablePath: electronPath()!,
      args: [resolve('.'), `--user-data-dir=${userData}`, ...(options?.files ?? [])],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' },
    });
    const page = await app.firstWindow();
    const errors: string[] = [];
    watchErrors(page, errors);
    await page.waitForLoadState('domcontentloaded');
    return {
      page,
      errors,
      async close() {
        await app.close();
        rmSync(userData, { recursive: true, force: true });
      },
    };
  },
};

/** Every target, whether it can run here or not. */
export const TARGETS: readonly Target[] = [web, electron];

const announced = new Set<string>();
/** Prints, once per target, the one line that says why its specs are skipped here. */
export function announceSkip(target: Target): void {
  if (target.missing && !announced.has(target.name)) {
    announced.add(target.name);
    console.log(`e2e: ${target.name} specs skipped: ${target.missing}`);
  }
}
