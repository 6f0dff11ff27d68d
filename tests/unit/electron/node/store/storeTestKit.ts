import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentStore, type DocumentStoreOptions } from '../../../../../electron/node/store/createDocumentStore';
import type { FsPort } from '../../../../../electron/node/store/fsPort';

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/store/', import.meta.url));

/** A fixture's bytes. */
export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** The fixture document's text and id (see tests/fixtures/store/README.md). */
export const FIXTURE_TEXT = fixture('document.txt').toString('utf8');
export const FIXTURE_ID = 'sha256:93ee894cdbb70b49f213c68fb485bdec14d1d0de9e2553456d8ad31e9dccd3d6';

/** A fresh data folder and a clock that advances one second per reading; `cleanup` removes the folder. */
export function tempDataDir(): { dataDir: string; cleanup: () => void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-store-'));
  return { dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A clock starting 2026-11-20T10:00:00Z that ticks one second per call. */
export function tickingClock(start = Date.parse('2026-11-20T10:00:00.000Z')): () => Date {
  let now = start;
  return () => new Date((now += 1000));
}

/** A store on `dataDir` with a ticking clock, instant retries, (optionally) a given fs, and index.json written only by `flush`. */
export function storeOn(dataDir: string, fs?: FsPort, options: DocumentStoreOptions = {}) {
  let suffix = 0;
  return createDocumentStore(
    {
      dataDir,
      clock: tickingClock(),
      sleep: async () => {},
      newTempSuffix: () => (++suffix).toString(16).padStart(12, '0'),
      ...(fs === undefined ? {} : { fs }),
    },
    { indexWriteDelayMs: Infinity, ...options },
  );
}

/** The paths of the fixture document's files in `dataDir`. */
export function fixturePaths(dataDir: string) {
  const dir = path.join(dataDir, 'documents', FIXTURE_ID.slice(7));
  return { dir, annotations: path.join(dir, 'annotations.json'), backup: path.join(dir, 'annotations.json.bak') };
}
