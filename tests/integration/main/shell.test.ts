// The desktop shell's plain modules: window state, command-line files, the close guard, security settings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitWindowState, loadWindowState, MIN_WINDOW_SIZE, saveWindowState, type Rect } from '../../../src/main/window-state';
import { filesFromArgv } from '../../../src/main/args';
import { CLOSE_PROMPT, CLOSE_WITHOUT_SAVING, createCloseGuard } from '../../../src/main/close-guard';
import { cspFromHtml } from '../../../src/main/security';
import { tempFolder } from '../../helpers/cli';

const folder = tempFolder('verso-shell-');
afterAll(() => folder.remove());

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('keeps a valid state on an attached screen', () => {
    expect(fitWindowState({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
    expect(fitWindowState({ x: 2000, y: 100, width: 1400, height: 900, maximized: false }, [laptop, rightMonitor]).x).toBe(2000);
  });

  it('drops a position on a monitor that is no longer attached, keeping the size', () => {
    expect(fitWindowState({ x: 2000, y: 100, width: 1400, height: 900, maximized: false }, [laptop])).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
    // Title bar above the top of the screen: unreachable.
    expect(fitWindowState({ x: 10, y: -500, width: 1000, height: 700 }, [laptop]).y).toBeUndefined();
    // Only a sliver at the left edge: not enough to grab.
    expect(fitWindowState({ x: -990, y: 10, width: 1000, height: 700 }, [laptop]).x).toBeUndefined();
  });

  it('clamps the size between the minimum and the largest screen', () => {
    expect(fitWindowState({ width: 10, height: 10 }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
    expect(fitWindowState({ width: 9000, height: 9000 }, [laptop])).toMatchObject({ width: 1920, height: 1050 });
  });

  it('gives the defaults for damaged values', () => {
    for (const bad of [null, 'big', 42, [], { width: 'wide', height: NaN, x: 1.5, y: Infinity, maximized: 'yes' }]) {
      expect(fitWindowState(bad, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('round-trips through a file, and a missing or damaged file gives the defaults', async () => {
    const file = join(folder.dir, 'state', 'window-state.json');
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    await saveWindowState(file, { x: 40.4, y: 30, width: 1000.6, height: 700, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 40, y: 30, width: 1001, height: 700, maximized: false });
    expect(await loadWindowState(file, [laptop])).toEqual({ x: 40, y: 30, width: 1001, height: 700, maximized: false });
    writeFileSync(file, '{"width": 10');
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('files on the command line', () => {
  it('skips the executable, the development app path and switches, and resolves relative paths', () => {
    const dev = ['/usr/lib/electron/electron', '/src/verso', '--user-data-dir=/tmp/u', 'article.txt', '--inspect=0', '/news/b.md'];
    expect(filesFromArgv(dev, { packaged: false, cwd: '/home/ed' })).toEqual([resolve('/home/ed/article.txt'), resolve('/news/b.md')]);
    expect(filesFromArgv(['/opt/Verso/verso', 'a.txt', 'a.txt'], { packaged: true, cwd: '/home/ed' })).toEqual([resolve('/home/ed/a.txt')]);
    expect(filesFromArgv(['/opt/Verso/verso'], { packaged: true, cwd: '/' })).toEqual([]);
  });

  it('finds the files of a second instance whose switches Chromium put first', () => {
    const argv = ['/usr/lib/electron/electron', '--allow-file-access-from-files', '--original-process-start-time=1', '.', 'notes/c.txt'];
    expect(filesFromArgv(argv, { packaged: false, cwd: '/work' })).toEqual([resolve('/work/notes/c.txt')]);
  });

  it('takes file:// URLs from a file manager and ignores other URLs', () => {
    const url = pathToFileURL(resolve('/news/with space.txt')).href;
    expect(filesFromArgv(['verso', url, 'https://example.com/a.txt'], { packaged: true, cwd: '/' })).toEqual([resolve('/news/with space.txt')]);
  });
});

describe('closing with unsaved changes', () => {
  function guard(dirty: boolean, answer: number) {
    const deps = {
      isDirty: () => dirty,
      ask: vi.fn(async () => answer),
      beforeClose: vi.fn(async () => undefined),
      close: vi.fn(),
    };
    return { deps, guard: createCloseGuard(deps) };
  }
  const event = () => ({ preventDefault: vi.fn() });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  /**
   * A window as Electron closes one (BrowserWindow.close, NativeWindow::NotifyWindowCloseButtonClicked):
   * `close` listeners first, any of them may cancel; then the page's beforeunload, which the app's
   * page cancels while its review is dirty; a cancelled beforeunload emits `will-prevent-unload`,
   * and only its preventDefault() lets the page unload. The window is closed once the page unloads.
   */
  function electronWindow(pageDirty: () => boolean) {
    const window = { closed: false, closeListener: (_e: { preventDefault(): void }) => {}, preventUnloadListener: (_e: { preventDefault(): void }) => {}, close() {} };
    window.close = () => {
      let prevented = false;
      window.closeListener({ preventDefault: () => (prevented = true) });
      if (prevented) return;
      if (pageDirty()) {
        let unload = false;
        window.preventUnloadListener({ preventDefault: () => (unload = true) });
        if (!unload) return; // Electron drops the close silently.
      }
      window.closed = true;
    };
    return window;
  }

  function wire(options: { mainDirty: boolean; pageDirty: boolean; answers: number[] }) {
    const answers = [...options.answers];
    const asked = vi.fn();
    const window = electronWindow(() => options.pageDirty);
    const beforeClose = vi.fn(async () => undefined);
    const { onClose, onWillPreventUnload } = createCloseGuard({
      isDirty: () => options.mainDirty,
      ask: async () => (asked(), answers.shift() ?? 0),
      beforeClose,
      close: () => window.close(),
    });
    window.closeListener = onClose;
    window.preventUnloadListener = onWillPreventUnload;
    return { window, asked, beforeClose };
  }

  it('closes a clean window without asking, after remembering its state', async () => {
    const { deps, guard: g } = guard(false, 0);
    const first = event();
    g.onClose(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await settle();
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.beforeClose).toHaveBeenCalledOnce();
    expect(deps.close).toHaveBeenCalledOnce();
    // The close the guard triggers goes through.
    const second = event();
    g.onClose(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('asks when there are unsaved changes; Cancel keeps the window open', async () => {
    const { deps, guard: g } = guard(true, 0);
    g.onClose(event());
    g.onClose(event()); // a second click while the question shows
    await settle();
    expect(deps.ask).toHaveBeenCalledOnce();
    expect(deps.close).not.toHaveBeenCalled();
    expect(deps.beforeClose).not.toHaveBeenCalled();
    expect(CLOSE_PROMPT.buttons[CLOSE_PROMPT.cancelId]).toBe('Cancel');
    expect(CLOSE_PROMPT.defaultId).toBe(CLOSE_PROMPT.cancelId);
  });

  it('closes without saving when the editor says so', async () => {
    const { deps, guard: g } = guard(true, CLOSE_WITHOUT_SAVING);
    g.onClose(event());
    await settle();
    expect(CLOSE_PROMPT.buttons[CLOSE_WITHOUT_SAVING]).toBe('Close Without Saving');
    expect(deps.close).toHaveBeenCalledOnce();
  });

  it('Close Without Saving really closes a window whose page cancels beforeunload (will-prevent-unload)', async () => {
    const { window, asked } = wire({ mainDirty: true, pageDirty: true, answers: [CLOSE_WITHOUT_SAVING] });
    window.close();
    await settle();
    expect(asked).toHaveBeenCalledOnce();
    expect(window.closed).toBe(true);
  });

  it('Cancel keeps a dirty window, and the next close asks again', async () => {
    const { window, asked } = wire({ mainDirty: true, pageDirty: true, answers: [0, CLOSE_WITHOUT_SAVING] });
    window.close();
    await settle();
    expect(window.closed).toBe(false);
    window.close();
    await settle();
    expect(asked).toHaveBeenCalledTimes(2);
    expect(window.closed).toBe(true);
  });

  it('asks when main thought the review clean but the page cancels the unload, and keeps it on Cancel', async () => {
    const { window, asked } = wire({ mainDirty: false, pageDirty: true, answers: [0] });
    window.close();
    await settle();
    await settle();
    expect(asked).toHaveBeenCalledOnce();
    expect(window.closed).toBe(false);
  });

  it('closes after asking when main thought the review clean but the page had unsaved changes', async () => {
    const { window, asked } = wire({ mainDirty: false, pageDirty: true, answers: [CLOSE_WITHOUT_SAVING] });
    window.close();
    await settle();
    await settle();
    expect(asked).toHaveBeenCalledOnce();
    expect(window.closed).toBe(true);
  });

  it('leaves an unload it did not start cancelled (a reload of a dirty page)', () => {
    const { guard: g } = guard(true, CLOSE_WITHOUT_SAVING);
    const unload = event();
    g.onWillPreventUnload(unload);
    expect(unload.preventDefault).not.toHaveBeenCalled();
  });
});

describe('security settings', () => {
  it('reads the policy the page declares, to send it as a header too', () => {
    const policy = cspFromHtml(readFileSync('src/renderer/index.html', 'utf8'));
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("object-src 'none'");
    expect(cspFromHtml('<html><head></head></html>')).toBeNull();
  });
});
