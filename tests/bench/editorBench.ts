// Runs in headless Chromium (bundled by run.ts): measures the editor on a long text with many spans.
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Editor, Extension, Mark, type AnyExtension } from '@tiptap/core';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { annotationHighlights, highlightKey, type HighlightConfig } from '../../renderer/editor/annotationHighlights';
import { ReadOnlyText } from '../../renderer/editor/readOnlyText';
import { createOffsetConverter } from '../../shared/text/offsetConverter';
import { createTextIndex, toEditorDoc } from '../../shared/text/textIndex';
import { longText, manyAnnotations } from './benchText';

interface Row {
  name: string;
  ms: number;
}

const layout = () => document.body.offsetHeight;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Mounts an editor on `text` with `extensions`, returning it and the mount time (create + first layout). */
function mount(text: string, extensions: AnyExtension[]): { editor: Editor; ms: number } {
  const host = document.createElement('div');
  document.body.append(host);
  const t0 = performance.now();
  const editor = new Editor({ element: host, extensions: [Document, Paragraph, Text, ...extensions], content: toEditorDoc(text), injectCSS: false });
  layout();
  return { editor, ms: performance.now() - t0 };
}

async function run(chars: number, spans: number): Promise<Row[]> {
  const style = document.createElement('style');
  style.textContent = '.ProseMirror p{content-visibility:auto;contain-intrinsic-size:auto 4em}';
  document.head.append(style);
  const text = longText(chars);
  const annotations = manyAnnotations(text, spans);
  const converter = createOffsetConverter(text);
  const index = createTextIndex(text);
  const config: HighlightConfig = { toPos: (cp) => index.offsetToPos(converter.codePointToUtf16(cp)), labelName: (id) => id };
  const rows: Row[] = [];

  // Tagwerk: decorations in plugin state, one span added per transaction.
  const ours = mount(text, [ReadOnlyText, Extension.create({ name: 'h', addProseMirrorPlugins: () => [annotationHighlights(config, annotations)] })]);
  rows.push({ name: `mount ${chars} chars + ${annotations.length} spans (Tagwerk)`, ms: ours.ms });
  const adds: number[] = [];
  for (let i = 0; i < 15; i++) {
    const base = annotations[(i * 97) % annotations.length]!;
    const a = { ...base, id: `new${i}`, label: 'actor' };
    const t0 = performance.now();
    ours.editor.view.dispatch(ours.editor.state.tr.setMeta(highlightKey, { added: [a], removed: [] }));
    layout();
    adds.push(performance.now() - t0);
  }
  rows.push({ name: 'add one span: incremental DecorationSet (Tagwerk)', ms: median(adds) });
  const applies: number[] = [];
  for (let i = 0; i < 15; i++) {
    const base = annotations[(i * 89) % annotations.length]!;
    const t0 = performance.now();
    ours.editor.state.apply(ours.editor.state.tr.setMeta(highlightKey, { added: [{ ...base, id: `s${i}` }], removed: [] }));
    applies.push(performance.now() - t0);
  }
  rows.push({ name: 'add one span: plugin state only, no view update (Tagwerk)', ms: median(applies) });

  // Peer 1: rebuild the whole DecorationSet for every change (what a naive decorations() prop does).
  const rebuildKey = new PluginKey<DecorationSet>('rebuild');
  const decos = (list: typeof annotations) =>
    list.map((a) => Decoration.inline(config.toPos(a.start), config.toPos(a.end), { class: `ann label-${a.label}` }));
  ours.editor.destroy();
  const rebuild = mount(text, [
    ReadOnlyText,
    Extension.create({
      name: 'r',
      addProseMirrorPlugins: () => [
        new Plugin<DecorationSet>({
          key: rebuildKey,
          state: {
            init: (_c, state) => DecorationSet.create(state.doc, decos(annotations)),
            apply: (tr, value, _o, state) => {
              const list = tr.getMeta(rebuildKey) as typeof annotations | undefined;
              return list ? DecorationSet.create(state.doc, decos(list)) : value;
            },
          },
          props: { decorations: (state) => rebuildKey.getState(state) },
        }),
      ],
    }),
  ]);
  rows.push({ name: `mount ${chars} chars + ${annotations.length} spans (rebuild peer)`, ms: rebuild.ms });
  const rebuilds: number[] = [];
  let list = annotations;
  for (let i = 0; i < 15; i++) {
    list = [...list, { ...annotations[(i * 97) % annotations.length]!, id: `r${i}` }];
    const t0 = performance.now();
    rebuild.editor.view.dispatch(rebuild.editor.state.tr.setMeta(rebuildKey, list));
    layout();
    rebuilds.push(performance.now() - t0);
  }
  rows.push({ name: 'add one span: rebuild whole DecorationSet (peer)', ms: median(rebuilds) });
  rebuild.editor.destroy();

  // Peer 2: marks (what many editors use); a mark changes the document, so no read-only filter here.
  const Highlight = Mark.create({ name: 'highlight', renderHTML: ({ HTMLAttributes }) => ['mark', HTMLAttributes, 0] });
  const marks = mount(text, [Highlight]);
  const markAdds: number[] = [];
  const mark = marks.editor.schema.marks.highlight;
  if (mark) {
    for (let i = 0; i < 15; i++) {
      const a = annotations[(i * 97) % annotations.length]!;
      const t0 = performance.now();
      marks.editor.view.dispatch(marks.editor.state.tr.addMark(config.toPos(a.start), config.toPos(a.end), mark.create()));
      layout();
      markAdds.push(performance.now() - t0);
    }
    rows.push({ name: 'add one span: ProseMirror mark, document without other spans (peer)', ms: median(markAdds) });
  }
  marks.editor.destroy();
  return rows;
}

(window as unknown as { runEditorBench: typeof run }).runEditorBench = run;
