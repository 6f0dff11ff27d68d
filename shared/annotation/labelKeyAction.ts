import type { OffsetConverter } from '../text/offsetConverter';
import type { Annotation } from './annotation';
import { spanFromSelection, type SelectedSpan, type SelectionRejection } from './annotationFromSelection';

/** The page's text selection as a label key sees it: UTF-16 offsets and whether the user can see it now. */
export interface KeySelection {
  readonly start: number;
  readonly end: number;
  readonly visible: boolean;
}

/** Everything the rule looks at; `selection` is null when no text is selected in the editor. */
export interface LabelKeyInput {
  readonly text: string;
  readonly converter: OffsetConverter;
  readonly annotations: readonly Annotation[];
  readonly selectedId: string | null;
  readonly label: string;
  readonly snapToWords: boolean;
  readonly selection: KeySelection | null;
  /** False for annotations a label filter hides; they are never retagged. Default: all shown. */
  readonly isShown?: (annotation: Annotation) => boolean;
  /** A read-only document: whatever would change a tag is refused ('read-only'); selecting a twin still works. */
  readonly readOnly?: boolean;
}

/** Why a label key does nothing: a rejected selection, one out of view, nothing to act on, or a read-only document. */
export type LabelKeyRefusal = SelectionRejection | 'out-of-view' | 'read-only';

/** What one label key press does; exactly one of these, decided before anything changes. */
export type LabelKeyAction =
  | { readonly kind: 'create'; readonly span: SelectedSpan }
  | { readonly kind: 'retag'; readonly target: Annotation }
  | { readonly kind: 'exists'; readonly target: Annotation }
  | { readonly kind: 'refuse'; readonly reason: LabelKeyRefusal };

/** Retag `target`, unless it already has the label or another tag on its exact range has it (then select that one). */
function retagOrExists(target: Annotation, sameRange: readonly Annotation[], label: string): LabelKeyAction {
  if (target.label === label) return { kind: 'exists', target };
  const twin = sameRange.find((a) => a.label === label);
  return twin ? { kind: 'exists', target: twin } : { kind: 'retag', target };
}

/**
 * The one rule for a label key or palette button, so every input path does the same: a visible,
 * non-empty selection that is not exactly a shown tag's range (after trimming and snapping) makes
 * a new tag; one exactly on a tag's range — or no selection with a selected tag — retags that tag
 * (the selected one among several); the same range and label never becomes a second tag
 * ('exists'); a selection the user cannot see, or nothing at all, is refused.
 */
export function labelKeyAction(input: LabelKeyInput): LabelKeyAction {
  const action = decide(input);
  return input.readOnly && (action.kind === 'create' || action.kind === 'retag') ? { kind: 'refuse', reason: 'read-only' } : action;
}

function decide(input: LabelKeyInput): LabelKeyAction {
  const { annotations, label, selectedId, selection } = input;
  const isShown = input.isShown ?? (() => true);
  const onRangeOf = (start: number, end: number) => annotations.filter((a) => a.start === start && a.end === end);
  if (selection && selection.start !== selection.end) {
    if (!selection.visible) return { kind: 'refuse', reason: 'out-of-view' };
    const result = spanFromSelection(input.text, input.converter, selection.start, selection.end, input.snapToWords);
    if (!result.ok) return { kind: 'refuse', reason: result.reason };
    const { span } = result;
    const sameRange = onRangeOf(span.start, span.end);
    const shown = sameRange.filter(isShown);
    const target = shown.find((a) => a.id === selectedId) ?? shown[0];
    if (target) return retagOrExists(target, sameRange, label);
    const twin = sameRange.find((a) => a.label === label);
    return twin ? { kind: 'exists', target: twin } : { kind: 'create', span };
  }
  const selected = selectedId === null ? undefined : annotations.find((a) => a.id === selectedId);
  if (!selected || !isShown(selected)) return { kind: 'refuse', reason: 'empty' };
  return retagOrExists(selected, onRangeOf(selected.start, selected.end), label);
}
