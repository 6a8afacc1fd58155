import { KEY_MAP, rowKeys } from '../../shared/keymap';
import { Dialog } from '../Dialog';

/** The keyboard shortcuts dialog: the keyboard map's rows (Cmd for Ctrl on a Mac). */
export function HelpOverlay(props: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={props.onClose}>
      <table className="shortcuts">
        <tbody>
          {KEY_MAP.map((row) => (
            <tr key={rowKeys(row)}>
              <th scope="row">
                {row.bindings.map((binding, i) => (
                  <span key={binding.keys}>
                    {i > 0 && ' / '}
                    <kbd>{binding.keys}</kbd>
                  </span>
                ))}
              </th>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">On a Mac, Cmd stands for Ctrl.</p>
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </Dialog>
  );
}
