import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ID, FIXTURE_TEXT, fixture, fixturePaths, storeOn, tempDataDir } from './storeTestKit';

let dataDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

const VALID = JSON.parse(fixture('valid.json').toString('utf8')) as Record<string, unknown> & { annotations: Array<Record<string, unknown>> };
/** The fixture (written by schema version 1) as a current colleague set of `annotator`, with a relation of theirs. */
const setBy = (annotator: string) => ({
  ...VALID,
  schemaVersion: 2,
  annotator,
  annotations: VALID.annotations.map((a) => ({ ...a, annotator })),
  relations: [{ id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator }],
});

async function store() {
  const s = storeOn(dataDir);
  await s.putDocument({ text: FIXTURE_TEXT, title: 'Scholz', source: 'artikel.txt', encoding: 'utf-8' });
  return s;
}

describe('colleague sets', () => {
  it('stores one file per annotator, named by the sha256 of the name, never the name', async () => {
    const s = await store();
    const evil = '../../../etc/passwd\u0000';
    await s.putColleagueSet(FIXTURE_ID, setBy('jonas'));
    await s.putColleagueSet(FIXTURE_ID, setBy(evil));
    const dir = path.join(fixturePaths(dataDir).dir, 'colleagues');
    const hash = (name: string) => `${createHash('sha256').update(name).digest('hex')}.json`;
    expect(readdirSync(dir).sort()).toEqual([hash('jonas'), hash(evil)].sort());
    const { sets, notices } = await s.listColleagueSets(FIXTURE_ID);
    expect(sets.map((set) => set.annotator)).toEqual([evil, 'jonas'].sort((a, b) => a.localeCompare(b)));
    expect(notices).toEqual([]);
  });

  it('replaces an earlier import by the same annotator', async () => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('jonas'));
    await s.putColleagueSet(FIXTURE_ID, { ...setBy('jonas'), annotations: [], relations: [] });
    const { sets } = await s.listColleagueSets(FIXTURE_ID);
    expect(sets).toHaveLength(1);
    expect(sets[0]?.annotations).toEqual([]);
  });

  it('keeps a colleague set’s relations', async () => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('mara'));
    expect((await s.listColleagueSets(FIXTURE_ID)).sets[0]?.relations).toEqual([{ id: 'r1', type: 'source', from: 'a2', to: 'a1', annotator: 'mara' }]);
  });

  it('refuses a set for another document or with offsets that do not fit', async () => {
    const s = await store();
    const other = JSON.parse(fixture('other-document.json').toString('utf8')) as unknown;
    const mismatch = JSON.parse(fixture('offsets-mismatch.json').toString('utf8')) as unknown;
    await expect(s.putColleagueSet(FIXTURE_ID, other)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(s.putColleagueSet(FIXTURE_ID, mismatch)).rejects.toMatchObject({ code: 'INVALID' });
    await expect(s.putColleagueSet(FIXTURE_ID, { nope: true })).rejects.toMatchObject({ code: 'INVALID' });
    expect((await s.listColleagueSets(FIXTURE_ID)).sets).toEqual([]);
  });

  it('moves a damaged colleague file aside and says so', async () => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('jonas'));
    const dir = path.join(fixturePaths(dataDir).dir, 'colleagues');
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), fixture('truncated.json'));
    const { sets, notices } = await s.listColleagueSets(FIXTURE_ID);
    expect(sets).toEqual([]);
    expect(notices).toMatchObject([{ code: 'quarantined', documentId: FIXTURE_ID }]);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/\.corrupt-.*\.json$/)]);
  });

  it.each([
    ['a set that fails the schema still names its colleague', 'Jörg 😀', (set: object) => JSON.stringify({ ...set, annotations: 'kaputt' }), 'Jörg 😀'],
    ['an NFD name is shown as stored', 'Mu\u0308ller', (set: object) => JSON.stringify({ ...set, rev: -1 }), 'Mu\u0308ller'],
    ['truncated JSON names nobody', 'jonas', (set: object) => JSON.stringify(set).slice(0, 40), undefined],
  ])('%s: the notice says whose set was kept aside where, and says it again on every listing until that colleague is imported again', async (_name, annotator, damage, shown) => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy(annotator));
    const dir = path.join(fixturePaths(dataDir).dir, 'colleagues');
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), damage(setBy(annotator)));
    const first = await s.listColleagueSets(FIXTURE_ID);
    const [aside] = readdirSync(dir);
    const expected = { code: 'quarantined', severity: 'warning', documentId: FIXTURE_ID, movedTo: expect.stringContaining(aside!), ...(shown === undefined ? {} : { annotator: shown }) };
    expect(first.notices).toEqual([expect.objectContaining(expected)]);
    if (shown === undefined) expect(first.notices[0]).not.toHaveProperty('annotator');
    // Another listing (another window, the agreement over the corpus) must not swallow it.
    const again = await storeOn(dataDir).listColleagueSets(FIXTURE_ID);
    expect(again).toMatchObject({ sets: [], notices: [expected] });
    await s.putColleagueSet(FIXTURE_ID, setBy(annotator));
    expect(await s.listColleagueSets(FIXTURE_ID)).toMatchObject({ sets: [{ annotator }], notices: [] });
    // The damaged copy stays for the user; nothing was deleted.
    expect(readdirSync(dir)).toContain(aside);
  });

  it("a read-only store (the CLI) reports a damaged set where it is and moves nothing", async () => {
    const s = await store();
    await s.putColleagueSet(FIXTURE_ID, setBy('jonas'));
    const dir = path.join(fixturePaths(dataDir).dir, 'colleagues');
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), '{');
    const readOnly = storeOn(dataDir, undefined, { readOnly: true });
    expect((await readOnly.listColleagueSets(FIXTURE_ID)).notices).toEqual([expect.objectContaining({ code: 'quarantined', file: expect.stringContaining(file!) })]);
    expect(readdirSync(dir)).toEqual([file]);
  });
});
