import { useEffect, useRef, useState } from 'react';
import { EXPORT_KINDS, type ExportKind } from '../../core';

const KINDS = Object.keys(EXPORT_KINDS) as ExportKind[];
/** The kinds only some reviews offer: XLIFF only for a review opened from an XLIFF file. */
const XLIFF_KIND: ExportKind = 'Corrected XLIFF (.xlf)';

/**
 * The "Export" button and its menu (role menu), operable by mouse and keyboard. With errors still
 * open in the corrected text the menu says so above its items ("3 errors still open"), as the
 * menu's description.
 */
export function ExportMenu(props: {
  onExport: (kind: ExportKind) => void;
  disabled?: boolean;
  openErrors?: number;
  /** The review came from an XLIFF file: offer "Corrected XLIFF (.xlf)". Default false. */
  xliff?: boolean;
}) {
  const kinds = props.xliff ? KINDS : KINDS.filter((kind) => kind !== XLIFF_KIND);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const openErrors = props.openErrors ?? 0;
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <div ref={menu} className="menu">
          {openErrors > 0 && (
            <p id="export-open-errors" className="menu-warning">
              {openErrors === 1 ? '1 error still open' : `${openErrors} errors still open`}
            </p>
          )}
          <ul
            role="menu"
            aria-label="Export"
            aria-describedby={openErrors > 0 ? 'export-open-errors' : undefined}
            className="menu-items"
            onKeyDown={onKeyDown}
          >
            {kinds.map((kind) => (
              <li
                key={kind}
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  props.onExport(kind);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    setOpen(false);
                    props.onExport(kind);
                  }
                }}
              >
                {kind}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
