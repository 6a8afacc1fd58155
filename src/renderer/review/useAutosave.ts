/**
 * Autosave for recovery after a crash: a copy of the review a few seconds after the last change,
 * in one slot per opened review (a recovered review keeps the slot it was autosaved under).
 */
import { useCallback, useRef, type RefObject } from 'react';
import type { Platform } from '../../shared/ipc';
import { serializeSession, type Session } from '../../shared/session';
import type { ReviewDocument } from './reviewDocument';

/** What the screen does with the autosave. */
export interface Autosave {
  /** Writes a copy two seconds from now unless another change comes first. */
  schedule(): void;
  /** Drops the copy (after a save, or when the review closes on purpose). */
  discard(): void;
}

function newAutosaveId(): string {
  return `review-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Autosave of the review `buildSession` reads; failures are reported through `onMessage`. */
export function useAutosave(options: {
  doc: ReviewDocument;
  platform: Platform;
  buildSession: RefObject<() => Session | null>;
  onMessage: (message: string) => void;
}): Autosave {
  const { platform, buildSession, onMessage } = options;
  const id = useRef<string | null>(null);
  id.current ??= options.doc.autosaveId ?? newAutosaveId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const session = buildSession.current();
      if (!session) return;
      platform
        .autosave(id.current!, new TextEncoder().encode(serializeSession(session)))
        .catch((error: unknown) => onMessage(`Autosave failed: ${error instanceof Error ? error.message : String(error)}`));
    }, 2000);
  }, [buildSession, platform, onMessage]);

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    void platform.discardAutosave(id.current!).catch(() => undefined);
  }, [platform]);

  return { schedule, discard };
}
