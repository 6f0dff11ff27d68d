import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Editor } from '@tiptap/core';
import { EditorState, type Plugin } from '@tiptap/pm/state';
import { toEditorDoc } from '@shared/text/textIndex';
import { ReadOnlyText } from './readOnlyText';
import { LazyChunks } from './lazyChunks';
import { ChunkedDocument, TextChunk } from './textChunk';

/** The window's one text editor: shows one document at a time, each in a state of its own. */
export interface WindowEditor {
  readonly editor: Editor;
  /**
   * Shows `text` in a fresh editor state with the document's own plugins (drawn with the window's
   * plugins, after them in priority): no selection, plugin state, plugin view or decoration of the
   * document shown before survives. `label` is the text's accessible name.
   */
  show(text: string, documentPlugins: readonly Plugin[], label: string): void;
  destroy(): void;
}

/**
 * Creates the window's text editor once (TipTap's mount walks the document and its plugins twice,
 * and a view per document cost ~12 ms at 200k characters, ~40 at 1M): a switch hands the same
 * ProseMirror view a new `EditorState`. The text is selectable with a caret and never changeable,
 * built from JSON (not HTML) so whitespace survives exactly. The view's element is not in the page
 * until its host appends `editor.view.dom`.
 */
export function createWindowEditor(): WindowEditor {
  let label = '';
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [ChunkedDocument, TextChunk, Paragraph, Text, ReadOnlyText, LazyChunks],
    content: toEditorDoc(''),
    editable: true,
    injectCSS: false,
    editorProps: {
      attributes: () => ({
        class: 'text-editor',
        spellcheck: 'false',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': 'true',
        'aria-label': label,
        'data-testid': 'editor',
      }),
    },
  });
  // The window's plugins, kept as created: a state built from the extensions again would hold new instances.
  const windowPlugins = editor.state.plugins;
  return {
    editor,
    show(text, documentPlugins, nextLabel) {
      if (editor.isDestroyed) return;
      label = nextLabel;
      const doc = editor.schema.nodeFromJSON(toEditorDoc(text));
      editor.view.updateState(EditorState.create({ doc, plugins: [...documentPlugins, ...windowPlugins] }));
    },
    destroy: () => editor.destroy(),
  };
}
