import { useEffect, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'button, select, input, textarea, [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: named by its title, focus moved into it and kept there (Tab wraps), Escape or a
 * click outside closes it, and focus goes back to where it was.
 */
export function Dialog(props: { title: string; className?: string; onClose: () => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => before?.focus?.();
  }, []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onClose();
    } else if (event.key === 'Tab') {
      const items = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div className="overlay" onMouseDown={props.onClose}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        className={props.className ? `dialog ${props.className}` : 'dialog'}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2>{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}
