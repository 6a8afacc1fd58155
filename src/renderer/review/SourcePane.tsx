/**
 * The bilingual review's third editor, "Source text": read-only, left of the machine translation.
 * An accuracy issue selects the source text it concerns here as well as in "Corrected text".
 */
import { useEffect, useRef, type RefObject } from 'react';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView, drawSelection } from '@codemirror/view';
import type { PaneAligner } from './paneAlignment';

/** What the review screen can do with the source pane. */
export interface SourcePaneHandle {
  /** Selects `from..to` of the source text and scrolls it into view (focus stays where it is). */
  select(from: number, to: number): void;
}

/** The source text in a read-only editor named "Source text", kept level with the merge view by `aligner`. */
export function SourcePane(props: { text: string; handle: RefObject<SourcePaneHandle | null>; aligner: PaneAligner }) {
  const host = useRef<HTMLDivElement>(null);
  const { text, handle, aligner } = props;
  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: [
          EditorState.readOnly.of(true),
          // Drawn, so the source's selection shows while the focus is in "Corrected text".
          drawSelection(),
          EditorView.lineWrapping,
          // Read-only but focusable and selectable, like the locked machine translation.
          EditorView.contentAttributes.of({ 'aria-label': 'Source text', 'aria-readonly': 'true', spellcheck: 'false' }),
          aligner.extension('source'),
        ],
      }),
    });
    aligner.attachSource(view);
    handle.current = {
      select(from, to) {
        const end = Math.min(to, view.state.doc.length);
        const start = Math.min(from, end);
        view.dispatch({ selection: EditorSelection.single(start, end), effects: EditorView.scrollIntoView(start, { y: 'center' }) });
      },
    };
    return () => {
      handle.current = null;
      aligner.attachSource(null);
      view.destroy();
    };
  }, [text, handle, aligner]);
  return <div className="source-host" ref={host} />;
}
