import { formatEntry, type FormatId } from '@shared/formats/formatRegistry';
import type { Translate } from '../../../node/i18n/createTranslator';
import type { SaveDialogRequest } from '../handlerDeps';

/** A title as a file name: no path or reserved characters, no control characters, at most 60 characters. */
export function fileNameBase(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
  const cleaned = title.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = Array.from(cleaned).slice(0, 60).join('').trim().replace(/^\.+/, '');
  return cut === '' ? 'tagwerk' : cut;
}

/**
 * The save dialog request for an export, from the format's registry entry: a default name from
 * the document title (or `tagwerk-corpus`) with the format's ending, and its filter; for a folder
 * format (brat) a folder name and no filter, since the folder is created if missing; the title in the user's language (`t`).
 */
export function exportSaveRequest(format: FormatId, base: string, t: Translate): SaveDialogRequest {
  const entry = formatEntry(format);
  const defaultName = `${fileNameBase(base)}${entry.suffix}`;
  if (entry.output === 'folder') return { title: t('main.fileDialog.exportFolder', { format }), defaultName, filters: [] };
  return { title: t('main.fileDialog.exportAs', { format }), defaultName, filters: [{ name: entry.filter, extensions: [...entry.extensions] }] };
}
