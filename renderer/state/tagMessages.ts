import type { Annotation } from '@shared/annotation/annotation';
import type { LabelKeyRefusal } from '@shared/annotation/labelKeyAction';
import type { TagKeyRefusal } from '@shared/annotation/tagKeyTarget';
import { quoteForMessage } from '@shared/annotation/quoteForMessage';
import type { StatusMessage } from './createDocumentSession';

const REFUSAL_KEYS: Record<LabelKeyRefusal, string> = {
  empty: 'status.emptySelection',
  whitespace: 'status.whitespaceSelection',
  'out-of-range': 'status.outOfRange',
  'out-of-view': 'status.selectionOutOfView',
  'read-only': 'status.readOnly',
};

/** Why a label key did nothing, as a warning for the status line. */
export function refusedMessage(reason: LabelKeyRefusal): StatusMessage {
  return { key: REFUSAL_KEYS[reason], severity: 'warning' };
}

/** Why Delete, Enter or C did nothing with the visible text selection, as a warning for the status line. */
export function tagKeyRefusedMessage(reason: TagKeyRefusal): StatusMessage {
  return { key: reason === 'out-of-view' ? 'status.keyOutOfView' : 'status.keyNotOnTag', severity: 'warning' };
}

/** „quote“ tagged as label: names the new tag so the user sees what the key did. */
export function taggedMessage(annotation: Annotation): StatusMessage {
  return { key: 'status.tagged', values: { text: quoteForMessage(annotation.text), label: annotation.label }, severity: 'info' };
}

/** „quote“: old label → new label, so a retag is never silent about which tag it changed. */
export function retaggedMessage(annotation: Annotation, to: string): StatusMessage {
  return { key: 'status.retagged', values: { text: quoteForMessage(annotation.text), from: annotation.label, to }, severity: 'info' };
}

/** „quote“ already carries the label: nothing added, the existing tag is selected instead. */
export function existsMessage(annotation: Annotation): StatusMessage {
  return { key: 'status.exists', values: { text: quoteForMessage(annotation.text), label: annotation.label }, severity: 'info' };
}

/** „quote“: note saved (or removed, when emptied), so committing a note is never silent. */
export function noteMessage(annotation: Annotation): StatusMessage {
  return { key: annotation.note === undefined ? 'status.noteRemoved' : 'status.noteSaved', values: { text: quoteForMessage(annotation.text) }, severity: 'info' };
}
