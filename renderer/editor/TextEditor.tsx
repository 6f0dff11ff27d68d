import { useEffect } from 'react';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { Extension } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { toEditorDoc } from '@shared/text/textIndex';
import { ReadOnlyText } from './readOnlyText';
import { ChunkedDocument, TextChunk } from './textChunk';

/** Props of the editor: the canonical text to show and a callback receiving the live editor. */
export interface TextEditorProps {
  text: string;
  label: string;
  extensions?: readonly Extension[];
  onReady?(editor: Editor | null): void;
}

/**
 * Shows a document's canonical text as one paragraph per line, in chunks, in TipTap: selectable
 * with a caret, never changeable, and built from JSON (not HTML) so whitespace survives exactly.
 */
export function TextEditor({ text, label, extensions = [], onReady }: TextEditorProps) {
  const editor = useEditor(
    {
      extensions: [ChunkedDocument, TextChunk, Paragraph, Text, ReadOnlyText, ...extensions],
      content: toEditorDoc(text),
      editable: true,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'text-editor',
          spellcheck: 'false',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-label': label,
          'data-testid': 'editor',
        },
      },
    },
    [text, extensions],
  );
  useEffect(() => {
    onReady?.(editor);
    return () => onReady?.(null);
  }, [editor, onReady]);
  return <EditorContent editor={editor} className="editor-frame" />;
}
