import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { keepTextViews } from './keepTextViews';

const EDITING_INPUT = /^(insert|delete|history|format)/;

/**
 * Keeps the text unchangeable while the editor stays focusable with a caret: every transaction
 * that changes the document is rejected, and the browser's own editing input is cancelled first.
 * The editor is `contenteditable="plaintext-only"` (caret and keyboard selection as before): React
 * saves and restores the selection of a focused `contenteditable="true"` around every commit by
 * walking its whole DOM, which on a long text cost more than everything else a key press does.
 */
export const ReadOnlyText = Extension.create({
  name: 'readOnlyText',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyText'),
        view: (view) => {
          view.dom.setAttribute('contenteditable', 'plaintext-only');
          keepTextViews(view);
          return {};
        },
        filterTransaction: (transaction) => !transaction.docChanged,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              if (EDITING_INPUT.test(event.inputType)) event.preventDefault();
              return false;
            },
            cut: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          handleKeyDown: (_view, event) => event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete',
        },
      }),
    ];
  },
});
