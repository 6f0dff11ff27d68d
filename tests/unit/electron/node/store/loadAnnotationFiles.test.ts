import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../../../electron/node/store/createDocumentStore';
import { FIXTURE_ID, FIXTURE_TEXT, FIXTURES, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

/** A store holding the fixture document with the given fixture files as annotations.json / .bak. */
async function prepared(main: string | null, backup: string | null) {
  const store = storeOn(dataDir);
  await store.init();
  await store.putDocument({ text: FIXTURE_TEXT, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8' });
  const paths = fixturePaths(dataDir);
  if (main !== null) copyFileSync(path.join(FIXTURES, main), paths.annotations);
  if (backup !== null) copyFileSync(path.join(FIXTURES, backup), paths.backup);
  return { store: storeOn(dataDir), paths };
}

const quarantined = (dir: string) => readdirSync(dir).filter((n) => n.includes('.corrupt-')).sort();

const DAMAGED = ['truncated.json', 'empty.json', 'nul-filled.json', 'schema-violating.json', 'offsets-mismatch.json', 'other-document.json'];

describe('loading damaged annotation files', () => {
  it.each(DAMAGED)('%s: moved aside first, then restored from .bak with notices', async (name) => {
    const { store, paths } = await prepared(name, 'valid-rev2.json');
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ rev: 2, readOnly: false });
    expect(loaded.annotations.map((a) => a.text)).toEqual(['Kanzler Scholz', 'Wir schaffen das 👍🏽.']);
    expect(loaded.notices.map((n) => [n.code, n.documentId, n.documentTitle])).toEqual([
      ['quarantined', FIXTURE_ID, 'Scholz'],
      ['recovered-from-backup', FIXTURE_ID, 'Scholz'],
    ]);
    const [moved] = quarantined(paths.dir);
    expect(moved).toMatch(/^annotations\.corrupt-2026-11-20T10-00-\d\d-000Z\.json$/);
    expect(loaded.notices[0]?.movedTo).toBe(`documents/${FIXTURE_ID.slice(7)}/${moved}`);
    expect(readFileSync(path.join(paths.dir, moved!))).toEqual(fixture(name));
    expect(readFileSync(paths.annotations)).toEqual(fixture('valid-rev2.json'));
    // Recovered for good: the next start loads the restored file without notices.
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).notices).toEqual([]);
  });

  it.each(DAMAGED)('%s without a backup: quarantined, empty, and an error notice (never a silent reset)', async (name) => {
    const { store, paths } = await prepared(name, null);
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ rev: 0, annotations: [], readOnly: false });
    expect(loaded.notices.map((n) => [n.code, n.severity])).toEqual([
      ['quarantined', 'error'],
      ['started-empty', 'error'],
    ]);
    expect(quarantined(paths.dir)).toHaveLength(1);
    expect(existsSync(paths.annotations)).toBe(false);
  });

  it('main and .bak both damaged: both kept aside, empty set with a loud notice', async () => {
    const { store, paths } = await prepared('truncated.json', 'nul-filled.json');
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded.annotations).toEqual([]);
    expect(loaded.notices.map((n) => n.code)).toEqual(['quarantined', 'quarantined', 'started-empty']);
    const moved = quarantined(paths.dir);
    expect(moved.map((n) => n.replace(/corrupt-.*\.json/, 'corrupt-*.json'))).toEqual(['annotations.bak.corrupt-*.json', 'annotations.corrupt-*.json']);
    expect(readFileSync(path.join(paths.dir, moved[0]!))).toEqual(fixture('nul-filled.json'));
    // A new save starts from rev 0 and does not touch the quarantined files.
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'jonas', baseRev: 0 })).resolves.toMatchObject({ rev: 1 });
    expect(quarantined(paths.dir)).toEqual(moved);
  });

  it('a missing main file with a good .bak is restored from it, with a notice', async () => {
    const { store, paths } = await prepared(null, 'valid.json');
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ rev: 3, notices: [{ code: 'recovered-from-backup' }] });
    expect(readFileSync(paths.annotations)).toEqual(fixture('valid.json'));
  });

  it('two quarantines in the same millisecond never overwrite each other', async () => {
    const { paths } = await prepared('truncated.json', null);
    // A clock that does not tick, to force equal timestamps.
    const fixedClock = createDocumentStore({ dataDir, clock: () => new Date('2026-11-20T12:00:00.000Z') });
    await fixedClock.loadAnnotations(FIXTURE_ID);
    copyFileSync(path.join(FIXTURES, 'empty.json'), paths.annotations);
    await fixedClock.loadAnnotations(FIXTURE_ID);
    const moved = quarantined(paths.dir);
    expect(moved).toHaveLength(2);
    expect(moved.map((n) => readFileSync(path.join(paths.dir, n)).length).sort()).toEqual([0, fixture('truncated.json').length]);
  });
});

describe('a file from a newer Tagwerk', () => {
  it('opens read-only with a notice, shows what it can, and is never overwritten', async () => {
    const { store, paths } = await prepared('future-version.json', 'valid-rev2.json');
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ readOnly: true, notices: [{ code: 'future-version', severity: 'warning', documentId: FIXTURE_ID }] });
    expect(loaded.annotations).toEqual([]);
    await expect(store.saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'jonas', baseRev: 7 })).rejects.toMatchObject({ code: 'READ_ONLY' });
    // Also refused by a store that never loaded it (e.g. another window or the CLI).
    await expect(storeOn(dataDir).saveAnnotations(FIXTURE_ID, { annotations: [], annotator: 'jonas', baseRev: 7 })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(readFileSync(paths.annotations)).toEqual(fixture('future-version.json'));
    expect(readFileSync(paths.backup)).toEqual(fixture('valid-rev2.json'));
    expect(quarantined(paths.dir)).toEqual([]);
  });

  it('shows the annotations when the newer file still reads as the current schema', async () => {
    const { paths } = await prepared(null, null);
    const current = JSON.parse(fixture('valid.json').toString('utf8')) as Record<string, unknown>;
    writeFileSync(paths.annotations, JSON.stringify({ ...current, schemaVersion: 3, relations: [] }));
    const loaded = await storeOn(dataDir).loadAnnotations(FIXTURE_ID);
    expect(loaded).toMatchObject({ readOnly: true, rev: 3 });
    expect(loaded.annotations).toHaveLength(4);
  });
});

describe('a file damaged while the document is open', () => {
  it('is moved aside at the next save, which then succeeds', async () => {
    const { store, paths } = await prepared('valid.json', null);
    const loaded = await store.loadAnnotations(FIXTURE_ID);
    writeFileSync(paths.annotations, '{"schemaVersion":1,');
    const saved = await store.saveAnnotations(FIXTURE_ID, { annotations: loaded.annotations, annotator: 'jonas', baseRev: loaded.rev });
    expect(saved).toMatchObject({ rev: 4, notices: [{ code: 'quarantined' }] });
    expect(quarantined(paths.dir)).toHaveLength(1);
    expect(existsSync(paths.backup)).toBe(false);
    expect((await storeOn(dataDir).loadAnnotations(FIXTURE_ID)).annotations).toHaveLength(4);
  });
});
