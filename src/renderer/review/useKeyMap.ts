/** The page's key handler: the keyboard map of ../shared/DESIGN.md, wherever the focus is. */
import { useEffect, useEffectEvent } from 'react';

/**
 * Listens for keys on the whole window (capture phase, before the editors) while the screen is
 * open; `onKey` returns true for a key it handled, which then goes no further.
 */
export function useKeyMap(onKey: (event: KeyboardEvent) => boolean): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (handle(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);
}
