import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the newest `value` (updated before any effect runs), for callbacks that
 * live longer than one render: timers, worker listeners, microtasks.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
