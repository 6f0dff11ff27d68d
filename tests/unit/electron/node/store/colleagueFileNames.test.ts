import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { colleagueFileName } from '../../../../../electron/node/store/documentPaths';
import { isStoreError } from '../../../../../electron/node/store/storeError';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as Record<string, unknown> & { annotations: Array<Record<string, unknown>> };
const setBy = (annotator: string) => ({ ...VALID, schemaVersion: 2, annotator, annotations: VALID.annotations.map((a) => ({ ...a, annotator })), relations: [] });

async function store() {
  const s = storeOn(dataDir);
  await s.putDocument({ text: FIXTURE_TEXT, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8' });
  return s;
}

// Names that look alike or differ only where a file system might not look.
const NAMES = ['jonas', 'Jonas', 'JONAS', 'Jörg', 'Jo\u0308rg', 'Jörg 👍🏽', 'Jörg 👍🏿', 'ǅ', 'ǆ', 'İ', 'i̇', '\uFB03', 'ffi', '\u212A', 'K'];

describe('colleague file names', () => {
  it('differ for every two names, also where a file system ignores case or Unicode normalisation', () => {
    const files = NAMES.map(colleagueFileName);
    expect(new Set(files).size).toBe(NAMES.length);
    // What macOS (NFD, case-insensitive) or Windows (case-insensitive) would see as the same name:
    expect(new Set(files.map((f) => f.normalize('NFD').toLowerCase())).size).toBe(NAMES.length);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('keeps the set of every look-alike colleague: none overwrites another', async () => {
    const s = await store();
    for (const name of NAMES) await s.putColleagueSet(FIXTURE_ID, setBy(name));
    const { sets } = await s.listColleagueSets(FIXTURE_ID);
    expect(sets.map((set) => set.annotator).sort()).toEqual([...NAMES].sort());
  });

  it.each([
    ['a high half', 'jonas\uD800'],
    ['a low half', 'jonas\uDC00'],
  ])('refuses a name with %s of a surrogate pair (UTF-8 would store both as one name), writing nothing', async (_name, annotator) => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('jonas\uFFFD'));
    const error = await s.putColleagueSet(FIXTURE_ID, setBy(annotator)).catch((e: unknown) => e);
    expect(isStoreError(error, 'INVALID')).toBe(true);
    expect((error as Error).message).toContain('surrogate');
    const { sets } = await s.listColleagueSets(FIXTURE_ID);
    expect(sets.map((set) => set.annotator)).toEqual(['jonas\uFFFD']);
  });

  it('never overwrites a file that holds another colleague’s set, even if its name is taken', async () => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('mara'));
    const dir = path.join(fixturePaths(dataDir).dir, 'colleagues');
    // A set of mara's under jonas's file name (as an older Tagwerk could have left it).
    const taken = path.join(dir, colleagueFileName('jonas'));
    writeFileSync(taken, readFileSync(path.join(dir, colleagueFileName('mara'))));
    const before = readFileSync(taken);
    const error = await s.putColleagueSet(FIXTURE_ID, setBy('jonas')).catch((e: unknown) => e);
    expect(isStoreError(error, 'CONFLICT')).toBe(true);
    expect((error as Error).message).toContain('mara');
    expect(readFileSync(taken)).toEqual(before);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
