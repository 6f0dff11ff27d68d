import type { Annotation } from './annotation';
import { spanFromSelection } from './annotationFromSelection';
import type { LabelKeyInput } from './labelKeyAction';

/** What the rule looks at: the label key's input without a label (these keys change no label). */
export type TagKeyInput = Pick<LabelKeyInput, 'text' | 'converter' | 'annotations' | 'selectedId' | 'snapToWords' | 'selection' | 'isShown'>;

/** Why Delete, Enter or C do nothing: the text selection is out of view, or not exactly a shown tag's range. */
export type TagKeyRefusal = 'out-of-view' | 'not-a-tag';

/** The tag Delete, Enter or C act on, a refusal, or nothing (no text selection and no selected tag). */
export type TagKeyTarget =
  | { readonly kind: 'tag'; readonly target: Annotation; readonly fromSelection: boolean }
  | { readonly kind: 'refuse'; readonly reason: TagKeyRefusal }
  | { readonly kind: 'none' };

/**
 * The tag a key that acts on an existing tag (Delete, Enter, C) acts on, by the label keys' rule so
 * the visible selection always wins over a tag selected earlier: a visible selection exactly on a
 * shown tag's range (after trimming and snapping) → that tag (the selected one among several);
 * any other non-empty selection → refused, never the selected tag instead; no selection → the
 * selected shown tag.
 */
export function tagKeyTarget(input: TagKeyInput): TagKeyTarget {
  const { annotations, selectedId, selection } = input;
  const isShown = input.isShown ?? (() => true);
  if (selection && selection.start !== selection.end) {
    if (!selection.visible) return { kind: 'refuse', reason: 'out-of-view' };
    const result = spanFromSelection(input.text, input.converter, selection.start, selection.end, input.snapToWords);
    if (!result.ok) return { kind: 'refuse', reason: 'not-a-tag' };
    const shown = annotations.filter((a) => a.start === result.span.start && a.end === result.span.end && isShown(a));
    const target = shown.find((a) => a.id === selectedId) ?? shown[0];
    return target ? { kind: 'tag', target, fromSelection: true } : { kind: 'refuse', reason: 'not-a-tag' };
  }
  const selected = selectedId === null ? undefined : annotations.find((a) => a.id === selectedId);
  return selected && isShown(selected) ? { kind: 'tag', target: selected, fromSelection: false } : { kind: 'none' };
}
