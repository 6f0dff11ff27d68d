import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { documentIdOf } from '@shared/text/documentId';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { isTempFileName } from '../../electron/node/store/atomicWrite';
import { DocumentMetaSchema } from '../../electron/node/store/documentMeta';
import { judgeAnnotationBytes } from '../../electron/node/store/readAnnotationFile';
import { parseStoreIndexFile } from '../../electron/node/store/storeIndexFile';
import { RejectedFileSchema } from '../../electron/node/assist/rejectedFile';

/** What one look at a killed store's files found: the failures, and how many files of each kind were checked. */
export interface StoreFilesCheck {
  readonly problems: string[];
  readonly checked: Record<'meta' | 'text' | 'annotations' | 'backup' | 'colleague' | 'settings' | 'index' | 'rejection', number>;
  /** The summary index's revision on disk (undefined: no index.json yet). */
  readonly indexRevision: number | undefined;
  /** Document id -> how many folders of it are in the corpus and in the trash. */
  readonly places: Map<string, { corpus: number; trash: number }>;
  /** Corpus folders of an import killed before meta.json was written (text.txt whole or not there yet): the store lists them as skipped, and the next import of that text completes them. */
  readonly unfinished: Set<string>;
  readonly temps: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * Checks every file a killed writer may have been writing, straight from disk (no store, so
 * nothing is repaired first): each document folder in `documents/` and `trash/` has a valid
 * meta.json naming it, a text.txt whose sha256 is its id, and valid annotations.json, .bak and
 * colleague sets for that text; no file was moved aside as damaged; settings.json parses; the
 * summary index (index.json) passes the store's own check; every assist rejection file is valid.
 */
export function checkStoreFiles(dataDir: string): StoreFilesCheck {
  const problems: string[] = [];
  const checked = { meta: 0, text: 0, annotations: 0, backup: 0, colleague: 0, settings: 0, index: 0, rejection: 0 };
  let indexRevision: number | undefined;
  const places = new Map<string, { corpus: number; trash: number }>();
  const unfinished = new Set<string>();
  let temps = 0;
  const checkFolder = (dir: string, id: string, where: 'corpus' | 'trash') => {
    const place = places.get(id) ?? { corpus: 0, trash: 0 };
    place[where] += 1;
    places.set(id, place);
    const names = list(dir);
    temps += names.filter(isTempFileName).length;
    for (const name of names.filter((n) => n.includes('.corrupt-'))) problems.push(`${dir}: a file was moved aside as damaged: ${name}`);
    const metaMissing = !existsSync(path.join(dir, 'meta.json'));
    if (metaMissing && where === 'corpus') {
      unfinished.add(id);
      // Killed before its text was written: nothing more to check.
      if (!existsSync(path.join(dir, 'text.txt'))) return;
    } else {
      try {
        const meta = DocumentMetaSchema.parse(JSON.parse(utf8.decode(readFileSync(path.join(dir, 'meta.json')))));
        checked.meta += 1;
        if (meta.id !== id) problems.push(`${dir}/meta.json names ${meta.id}`);
      } catch (error) {
        problems.push(`${dir}/meta.json: ${String(error).slice(0, 200)}`);
      }
    }
    let text: string;
    try {
      text = utf8.decode(readFileSync(path.join(dir, 'text.txt')));
      checked.text += 1;
      if (documentIdOf(text) !== id) problems.push(`${dir}/text.txt does not match its id`);
    } catch (error) {
      problems.push(`${dir}/text.txt: ${String(error).slice(0, 200)}`);
      return;
    }
    const expected = { documentId: id, text, converter: createOffsetConverter(text) };
    const judge = (file: string, kind: 'annotations' | 'backup' | 'colleague') => {
      const judged = judgeAnnotationBytes(readFileSync(file), expected);
      checked[kind] += 1;
      if (judged.kind !== 'ok') problems.push(`${file}: ${judged.kind}${judged.kind === 'corrupt' ? `: ${judged.message.slice(0, 200)}` : ''}`);
    };
    if (names.includes('annotations.json')) judge(path.join(dir, 'annotations.json'), 'annotations');
    if (names.includes('annotations.json.bak')) judge(path.join(dir, 'annotations.json.bak'), 'backup');
    const colleagues = path.join(dir, 'colleagues');
    const sets = list(colleagues);
    temps += sets.filter(isTempFileName).length;
    for (const name of sets.filter((n) => /^[0-9a-f]{64}\.json$/.test(n))) judge(path.join(colleagues, name), 'colleague');
    for (const name of sets.filter((n) => n.includes('.corrupt-'))) problems.push(`${colleagues}: a set was moved aside as damaged: ${name}`);
  };
  for (const name of list(path.join(dataDir, 'documents'))) {
    if (isTempFileName(name)) temps += 1;
    else if (/^[0-9a-f]{64}$/.test(name)) checkFolder(path.join(dataDir, 'documents', name), `sha256:${name}`, 'corpus');
  }
  for (const name of list(path.join(dataDir, 'trash'))) {
    const hex = /^([0-9a-f]{64})-/.exec(name)?.[1];
    if (hex !== undefined) checkFolder(path.join(dataDir, 'trash', name), `sha256:${hex}`, 'trash');
  }
  const settings = path.join(dataDir, 'settings.json');
  if (existsSync(settings)) {
    try {
      JSON.parse(utf8.decode(readFileSync(settings)));
      checked.settings += 1;
    } catch (error) {
      problems.push(`settings.json: ${String(error).slice(0, 200)}`);
    }
  }
  const index = path.join(dataDir, 'index.json');
  if (existsSync(index)) {
    const parsed = parseStoreIndexFile(readFileSync(index));
    checked.index += 1;
    if (parsed.ok) indexRevision = parsed.revision;
    else problems.push(`index.json: ${parsed.reason.slice(0, 200)}`);
  }
  const assist = path.join(dataDir, 'assist');
  const assistNames = list(assist);
  temps += assistNames.filter(isTempFileName).length;
  for (const name of assistNames.filter((n) => n.includes('.corrupt-'))) problems.push(`${assist}: a rejection file was moved aside as damaged: ${name}`);
  for (const name of assistNames.filter((n) => /^rejected-[0-9a-f]{64}\.json$/.test(n))) {
    checked.rejection += 1;
    try {
      RejectedFileSchema.parse(JSON.parse(utf8.decode(readFileSync(path.join(assist, name)))));
    } catch (error) {
      problems.push(`${assist}/${name}: ${String(error).slice(0, 200)}`);
    }
  }
  const rootNames = list(dataDir);
  temps += rootNames.filter(isTempFileName).length;
  for (const name of rootNames.filter((n) => n.includes('.corrupt-'))) problems.push(`${dataDir}: a file was moved aside as damaged: ${name}`);
  return { problems, checked, indexRevision, places, unfinished, temps };
}
