import { titleFromText } from '@shared/text/titleFromText';
import { decodeFailure, type DecodeFailure, type DecodeSuccess } from './decodeResult';
import { canonicalFileText, decodeText, type DecodeTextOptions } from './decodeText';
import { htmlToText } from './htmlToText';
import { inspectDecodedText } from './inspectDecodedText';
import { markdownToText } from './markdownToText';

/** How an opened file's text was taken out of it. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** File name extensions Tagwerk opens (lower case, with the dot), e.g. for the open dialog's filter. */
export const SUPPORTED_TEXT_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** An opened file: canonical text, encoding and warnings, plus a title and the format it came from. */
export interface TextFromFileSuccess extends DecodeSuccess {
  title: string;
  format: SourceFormat;
}

/** Result of {@link textFromFile}; failures name the file in their message. */
export type TextFromFileResult = TextFromFileSuccess | DecodeFailure;

/** Longest title taken from the text, in code points (cut at a word with an ellipsis). */
const MAX_TITLE_LENGTH = 120;

function baseNameOf(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function extensionOf(baseName: string): string {
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(dot).toLowerCase() : '';
}

function refuse(baseName: string, failure: DecodeFailure): DecodeFailure {
  return decodeFailure(failure.code, `“${baseName}” was not opened. ${failure.message}`);
}

/**
 * Opens a file's bytes as an annotatable document: `.txt` as decoded text, `.md`/`.markdown`
 * and `.html`/`.htm` as their text with one paragraph per line (markup removed, scripts and
 * styles dropped, nothing executed), any other extension refused. The text is canonical
 * (so its document id is stable); the title is the HTML `<title>` or the first non-empty line,
 * else the file's base name. `name` may be a full path; only its base name is used.
 */
export function textFromFile(name: string, bytes: Uint8Array, options: DecodeTextOptions = {}): TextFromFileResult {
  const baseName = baseNameOf(name);
  const extension = extensionOf(baseName);
  const format = Object.hasOwn(SUPPORTED_TEXT_EXTENSIONS, extension) ? SUPPORTED_TEXT_EXTENSIONS[extension] : undefined;
  if (format === undefined) {
    return decodeFailure(
      'unsupported',
      `“${baseName}” was not opened. Tagwerk opens plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.`,
    );
  }
  const decoded = decodeText(bytes, options);
  if (!decoded.ok) return refuse(baseName, decoded);

  let text = decoded.text;
  let htmlTitle: string | null = null;
  if (format === 'markdown') {
    text = canonicalFileText(markdownToText(decoded.text));
  } else if (format === 'html') {
    const extracted = htmlToText(decoded.text);
    text = canonicalFileText(extracted.text);
    htmlTitle = extracted.title === null ? null : canonicalFileText(extracted.title);
  }
  if (text.trim().length === 0) {
    return refuse(baseName, decodeFailure('empty', 'It contains no text to annotate, only markup.'));
  }
  const fallbackTitle = extension.length > 0 ? baseName.slice(0, -extension.length) : baseName;
  // The text is not blank here, so the base name is only a guard against an empty title.
  const title = titleFromText(htmlTitle ?? text, MAX_TITLE_LENGTH) || fallbackTitle;
  // Warn about what the user will see: U+FFFD inside a dropped script is no concern.
  const warnings = format === 'text' ? decoded.warnings : inspectDecodedText(text).warnings;
  return { ...decoded, text, warnings, title, format };
}
