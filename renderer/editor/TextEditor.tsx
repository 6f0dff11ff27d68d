import { useEffect, useMemo } from 'react';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { Extension } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { EditorState } from '@tiptap/pm/state';
import type { DecorationSource } from '@tiptap/pm/view';
import { toEditorDoc } from '@shared/text/textIndex';
import { ReadOnlyText } from './readOnlyText';
import { LazyChunks } from './lazyChunks';
import { ChunkedDocument, TextChunk } from './textChunk';

/** Props of the editor: the canonical text to show and a callback receiving the live editor. */
export interface TextEditorProps {
  text: string;
  label: string;
  extensions?: readonly Extension[];
  onReady?(editor: Editor | null): void;
}

/**
 * An extension option: decorations for the view's first render. TipTap draws the text once
 * before it installs the extensions' plugins; a plugin whose decorations are offered here (and
 * are the same set its state starts with) has the text drawn once, highlighted, instead of
 * drawn plain and then redrawn around every highlight.
 */
export interface FirstDecorationsOption {
  firstDecorations?(state: EditorState): DecorationSource | null;
}

const NO_EXTENSIONS: readonly Extension[] = [];

/** The view's `decorations` prop: every extension's first decorations (null once their plugins draw). */
function firstDecorationsOf(extensions: readonly Extension[]): ((state: EditorState) => DecorationSource | null) | undefined {
  const offers = extensions.flatMap((e) => {
    const offer = (e.options as FirstDecorationsOption | undefined)?.firstDecorations;
    return offer ? [offer] : [];
  });
  if (offers.length === 0) return undefined;
  return (state) => {
    for (const offer of offers) {
      const set = offer(state);
      if (set) return set;
    }
    return null;
  };
}

/**
 * Shows a document's canonical text as one paragraph per line, in chunks, in TipTap: selectable
 * with a caret, never changeable, and built from JSON (not HTML) so whitespace survives exactly.
 */
export function TextEditor({ text, label, extensions = NO_EXTENSIONS, onReady }: TextEditorProps) {
  const decorations = useMemo(() => firstDecorationsOf(extensions), [extensions]);
  const editor = useEditor(
    {
      extensions: [ChunkedDocument, TextChunk, Paragraph, Text, ReadOnlyText, LazyChunks, ...extensions],
      content: toEditorDoc(text),
      editable: true,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        decorations,
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
