import { documentIdOf } from '@shared/text/documentId';
import { textFromFile } from '../node/files/extractText';
import { DEFAULT_MAX_TEXT_BYTES } from '../node/files/refuseIfTooLarge';
import { createDocumentStore } from '../node/store/createDocumentStore';
import { readInputBytes } from '../node/datasets/datasetFiles';
import { problemLine } from './problemLine';

/**
 * The canonical texts a W3C export needs to be read back (it holds offsets and quotes, not
 * texts), by document id: every text in the store (read-only) plus each `--text FILE`, opened
 * as the app opens it; `given` lists the `--text` files' texts, which any source may point at. Problems are lines for stderr (an unreadable `--text` file).
 */
export async function w3cTexts(cwd: string, dataDir: string, files: readonly string[]): Promise<{ texts: Map<string, string>; given: string[]; problems: string[] }> {
  const texts = new Map<string, string>();
  const given: string[] = [];
  const problems: string[] = [];
  const store = createDocumentStore({ dataDir }, { readOnly: true });
  for (const meta of (await store.listDocuments()).documents) {
    try {
      texts.set(meta.id, (await store.getDocument(meta.id)).text);
    } catch {
      // A damaged stored text cannot be a source; the parse reports the missing text if it was needed.
    }
  }
  for (const file of files) {
    const read = await readInputBytes(cwd, file, DEFAULT_MAX_TEXT_BYTES + 1);
    if (!read.ok) {
      problems.push(problemLine(read));
      continue;
    }
    const opened = textFromFile(file, read.bytes);
    if (opened.ok) {
      texts.set(documentIdOf(opened.text), opened.text);
      given.push(opened.text);
    }
    else problems.push(`${file}: ${opened.message}`);
  }
  return { texts, given, problems };
}
