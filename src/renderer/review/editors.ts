/**
 * The two editors: "Machine translation" (A, read-only until unlocked) and "Corrected text" (B),
 * in CodeMirror's merge view with the core diff engine behind it, issue underlines with quick
 * fixes on hover, and one scroller so both sides stay in step.
 */
import { Compartment, EditorState, type Extension, RangeSetBuilder, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, hoverTooltip, keymap, type Tooltip } from '@codemirror/view';
import { defaultKeymap, history, historyField, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Change as MergeChange, MergeView } from '@codemirror/merge';
import { diffTexts } from '../../core';
import { openIssues, reviewExtension, reviewField } from './reviewField';
import { applySuggestion } from './commands';
import { visibleText } from './visibleText';
import { exactText, lineSeparatorExtension, lineSeparatorOf } from './lineBreaks';

const issueMarks = {
  error: Decoration.mark({ class: 'cm-issue cm-issue-error' }),
  warning: Decoration.mark({ class: 'cm-issue cm-issue-warning' }),
  info: Decoration.mark({ class: 'cm-issue cm-issue-info' }),
};

function buildIssueDecorations(state: EditorState): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const issues = openIssues(state)
    .filter((issue) => issue.to > issue.from)
    .sort((x, y) => x.from - y.from || x.to - y.to);
  for (const issue of issues) builder.add(issue.from, issue.to, issueMarks[issue.severity]);
  return builder.finish();
}

/** Underlines for open issues: rebuilt when the review changes, mapped through plain typing. */
const issueDecorations = StateField.define<DecorationSet>({
  create: buildIssueDecorations,
  update(value, tr) {
    // Rebuild when the review changed (a check, a decision, undo of one: all effects); plain typing
    // only moves the underlines (and the decisions' ranges with them), which mapping does without
    // touching thousands of issues.
    if (tr.startState.field(reviewField) !== tr.state.field(reviewField) && tr.effects.length > 0) {
      return buildIssueDecorations(tr.state);
    }
    return tr.docChanged ? value.map(tr.changes) : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Hovering an underlined issue shows its message and its suggestions as buttons. */
const issueTooltip = hoverTooltip((view, pos): Tooltip | null => {
  const issue = openIssues(view.state).find((i) => i.from <= pos && pos <= i.to);
  if (!issue) return null;
  return {
    pos: issue.from,
    end: issue.to,
    above: true,
    create() {
      const dom = document.createElement('div');
      dom.className = 'cm-issue-tooltip';
      const message = document.createElement('div');
      message.textContent = issue.message;
      dom.append(message);
      for (const [index, suggestion] of issue.suggestions.slice(0, 5).entries()) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = suggestion === '' ? 'Delete' : `Replace with ${visibleText(suggestion)}`;
        button.addEventListener('mousedown', (event) => {
          event.preventDefault();
          applySuggestion(view, issue.id, index);
        });
        dom.append(button);
      }
      return { dom };
    },
  };
});

/** The core diff engine, in the shape the merge view asks for. */
function coreDiff(a: string, b: string): readonly MergeChange[] {
  return diffTexts(a, b).map((c) => new MergeChange(c.fromA, c.toA, c.fromB, c.toB));
}

/**
 * "Corrected text"'s undo history as it stood on `text` (the exact corrected text, line breaks as
 * the file has them), so that a review reopened on that text (the next article of a batch and
 * back) undoes what was done before. `value` is CodeMirror's history field, opaque here.
 */
export interface UndoHistory {
  text: string;
  value: unknown;
}

/** "Corrected text"'s undo history now (see {@link UndoHistory}). */
export function undoHistoryOf(editors: ReviewEditors): UndoHistory {
  return { text: exactText(editors.b.state), value: editors.b.state.field(historyField, false) };
}

/** The editors and their switches. */
export interface ReviewEditors {
  merge: MergeView;
  a: EditorView;
  b: EditorView;
  /** Lets the editor correct the machine translation itself (off by default). */
  setOriginalEditable(editable: boolean): void;
  /**
   * Folds long unchanged stretches (off by default: before any correction the whole article is
   * unchanged, and folding it would hide the very text the editor has to read).
   */
  setFoldUnchanged(fold: boolean): void;
  destroy(): void;
}

function sharedExtensions(label: string, lineSeparator: Extension): Extension {
  return [
    lineSeparator,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'false', lang: 'en' }),
    highlightSelectionMatches(),
  ];
}

/**
 * Creates the merge view in `parent`. `onUpdate` runs after every change to either editor. Both
 * editors keep the machine translation's line endings (see ./lineBreaks.ts).
 */
export function createReviewEditors(options: {
  parent: HTMLElement;
  original: string;
  corrected: string;
  onUpdate: () => void;
  extraKeys?: Extension;
  /** More extensions for each editor (the bilingual panes' alignment). Default none. */
  panes?: { a?: Extension; b?: Extension };
  /**
   * "Corrected text"'s undo history from an earlier editor of this review (see {@link UndoHistory}),
   * taken up when it was kept on exactly the text `corrected` is. Default none: a fresh history.
   */
  history?: UndoHistory;
}): ReviewEditors {
  const originalEditable = new Compartment();
  // One separator for both sides: reverting a change copies text from one editor into the other.
  const lineSeparator = lineSeparatorExtension(lineSeparatorOf(options.original));
  const notify = EditorView.updateListener.of((update) => {
    if (update.docChanged || update.selectionSet || update.transactions.some((tr) => tr.effects.length > 0)) {
      options.onUpdate();
    }
  });
  const merge = new MergeView({
    parent: options.parent,
    a: {
      doc: options.original,
      extensions: [
        sharedExtensions('Machine translation', lineSeparator),
        originalEditable.of([EditorState.readOnly.of(true), EditorView.editable.of(false)]),
        history(),
        keymap.of([...historyKeymap, ...defaultKeymap]),
        options.panes?.a ?? [],
        notify,
      ],
    },
    b: {
      doc: options.corrected,
      extensions: [
        sharedExtensions('Corrected text', lineSeparator),
        options.extraKeys ?? [],
        options.history && options.history.text === options.corrected ? historyField.init(() => options.history!.value) : [],
        history(),
        keymap.of([...historyKeymap, ...searchKeymap, ...defaultKeymap]),
        reviewExtension,
        issueDecorations,
        issueTooltip,
        options.panes?.b ?? [],
        notify,
      ],
    },
    revertControls: 'a-to-b',
    renderRevertControl: () => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cm-revert-paragraph';
      button.textContent = '↶';
      button.title = 'Revert this paragraph to the machine translation';
      button.setAttribute('aria-label', 'Revert paragraph');
      return button;
    },
    highlightChanges: true,
    gutter: true,
    diffConfig: { override: coreDiff },
  });
  return {
    merge,
    a: merge.a,
    b: merge.b,
    setOriginalEditable(editable) {
      merge.a.dispatch({
        effects: originalEditable.reconfigure(
          editable ? [] : [EditorState.readOnly.of(true), EditorView.editable.of(false)],
        ),
      });
    },
    setFoldUnchanged(fold) {
      merge.reconfigure({ collapseUnchanged: fold ? { margin: 2, minSize: 6 } : undefined });
    },
    destroy: () => merge.destroy(),
  };
}

export { reviewField };
