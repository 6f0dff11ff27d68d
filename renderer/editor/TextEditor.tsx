import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { Plugin } from '@tiptap/pm/state';
import type { WindowEditor } from './createWindowEditor';

/** Props of the text's place in the page: the window's editor, the document's text and plugins, and a callback receiving the live editor. */
export interface TextEditorProps {
  windowEditor: WindowEditor;
  text: string;
  label: string;
  plugins: readonly Plugin[];
  onReady?(editor: Editor | null): void;
}

/**
 * Shows a document's canonical text in the window's editor (see createWindowEditor) and puts the
 * editor's element here. It runs as a passive effect: the document left behind has run its own
 * effects' cleanups by then (React runs every unmount before any mount), so nothing of it reads
 * or writes the view once it holds the next document; a switch commits synchronously (App's
 * switch), so its passive effects — and this — run in the same task, before the frame.
 */
export function TextEditor({ windowEditor, text, label, plugins, onReady }: TextEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { editor } = windowEditor;
    // Put here first: the document's plugin views are made by `show` and may put elements of their own beside the text (the suggestion layer).
    if (!editor.isDestroyed) host.current?.append(editor.view.dom);
    windowEditor.show(text, plugins, label);
    onReady?.(editor);
    return () => onReady?.(null);
  }, [windowEditor, text, label, plugins, onReady]);
  return <div ref={host} className="editor-frame" />;
}
