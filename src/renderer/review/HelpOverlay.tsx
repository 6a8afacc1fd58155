import { Dialog } from '../Dialog';

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
  return (
    <Dialog title="Keyboard shortcuts" onClose={props.onClose}>
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
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </Dialog>
  );
}
