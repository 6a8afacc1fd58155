import type { Platform } from '../../shared/ipc';
import { createWebPlatform } from './web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    verso?: Platform;
  }
}

/** The platform the renderer runs on: Electron's bridge when the preload exposed one, else the browser's. */
export const platform: Platform = window.verso ?? createWebPlatform();
