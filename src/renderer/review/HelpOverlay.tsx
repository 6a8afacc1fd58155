import { useEffect, useRef } from 'react';

/** The keyboard map, as ../shared/DESIGN.md gives it (Cmd for Ctrl on a Mac). */
export const SHORTCUTS: readonly [string, string][] = [
  ['F8', 'Next issue'],
  ['Shift+F8', 'Previous issue'],
  ['Alt+Down', 'Next change'],
  ['Alt+Up', 'Previous change'],
  ['Ctrl+Enter', 'Apply the first suggestion of the issue at the cursor'],
  ['Alt+Backspace', 'Revert the change at the cursor'],
  ['Ctrl+Z', 'Undo (edits, suggestions, reverts, ignore decisions)'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'Redo'],
  ['Ctrl+S', 'Save review'],
  ['Ctrl+F', 'Find in the corrected text'],
  ['F1 or ?', 'Show this list'],
  ['Escape', 'Close a menu or dialog'],
];

/** The keyboard shortcuts dialog. */
export function HelpOverlay(props: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="overlay" onMouseDown={props.onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        className="dialog"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      >
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
