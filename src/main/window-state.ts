/**
 * The main window's size and position between runs, kept in `<userData>/window-state.json`. Plain
 * node: Electron's `screen` is passed in as a list of work areas, so tests need no display.
 * A damaged file, a value out of range or a position on a monitor that is no longer attached gives
 * a sensible default rather than a window nobody can see.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './services/files';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the window. */
export interface WindowState {
  /** Position; absent means "let the system centre it". */
  x?: number;
  y?: number;
  /** Size of the window when not maximized. */
  width: number;
  height: number;
  /** Whether the window was maximized when it closed. Default false. */
  maximized: boolean;
}

/** The file name in the app's data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';
/** A fresh install's window: 1400 × 900, centred. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false };
/** The smallest window the layout works in (two editors and the issues list). */
export const MIN_WINDOW_SIZE = { width: 800, height: 500 };
// No monitor is wider or taller than this; anything bigger is a damaged file.
const MAX_COORDINATE = 100_000;
// How much of the title bar must be on some screen for the window to be reachable with a mouse.
const VISIBLE_MARGIN = 64;

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Checks a stored state and fits it to the screens now attached (`workAreas`: each display's work
 * area, the primary first). The size is clamped to the largest work area and the minimum size; a
 * position is kept only when enough of the window's top edge lies on some screen.
 */
export function fitWindowState(stored: unknown, workAreas: readonly Rect[]): WindowState {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_WINDOW_STATE };
  const s = stored as Record<string, unknown>;
  const maxWidth = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height));
  const width = isInt(s.width, 1, MAX_COORDINATE) ? clamp(s.width, MIN_WINDOW_SIZE.width, maxWidth) : DEFAULT_WINDOW_STATE.width;
  const height = isInt(s.height, 1, MAX_COORDINATE) ? clamp(s.height, MIN_WINDOW_SIZE.height, maxHeight) : DEFAULT_WINDOW_STATE.height;
  const state: WindowState = { width, height, maximized: s.maximized === true };
  const { x, y } = s;
  if (isInt(x, -MAX_COORDINATE, MAX_COORDINATE) && isInt(y, -MAX_COORDINATE, MAX_COORDINATE)) {
    const titleBar: Rect = { x, y, width, height: 32 };
    if (workAreas.some((area) => overlapWidth(titleBar, area) >= Math.min(VISIBLE_MARGIN, width) && y >= area.y && y < area.y + area.height)) {
      state.x = x;
      state.y = y;
    }
  }
  return state;
}

/** Reads the stored state (defaults when missing or damaged) and fits it to `workAreas`. */
export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  let stored: unknown;
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    stored = undefined;
  }
  return fitWindowState(stored, workAreas);
}

/** Stores `state` atomically (a crash while quitting must not leave a half-written file). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const clean: WindowState = { width: Math.round(state.width), height: Math.round(state.height), maximized: state.maximized };
  if (state.x !== undefined && state.y !== undefined) {
    clean.x = Math.round(state.x);
    clean.y = Math.round(state.y);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(clean, null, 2) + '\n');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function overlapWidth(a: Rect, b: Rect): number {
  return Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
}
