import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';
import { DEFAULT_SETTINGS } from '../../../../../electron/node/settings/settingsSchema';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-settings-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const file = () => path.join(dataDir, 'settings.json');
const clock = () => new Date('2026-11-20T10:00:00.000Z');
const DOC = `sha256:${'ab'.repeat(32)}`;

describe('conf on its own (why we check the file first)', () => {
  it('throws on a damaged file unless clearInvalidConfig, which would wipe it silently', () => {
    writeFileSync(file(), '{"annotator": "jonas",');
    expect(() => new Conf({ cwd: dataDir, configName: 'settings' })).toThrow(SyntaxError);
    new Conf({ cwd: dataDir, configName: 'settings', clearInvalidConfig: true }).set('x', 1);
    expect(readFileSync(file(), 'utf8')).not.toContain('jonas');
  });
});

describe('createConfSettings', () => {
  it('starts with defaults and no notices, and persists updates in settings.json', () => {
    const settings = createConfSettings({ dataDir, clock });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.takeNotices()).toEqual([]);
    settings.update({ annotator: 'Jürgen', language: 'de', recentDocuments: [DOC], lastDocumentId: DOC, lastScroll: { [DOC]: 420 } });
    const reopened = createConfSettings({ dataDir, clock });
    expect(reopened.get()).toMatchObject({ annotator: 'Jürgen', language: 'de', snapToWords: true, lastDocumentId: DOC, lastScroll: { [DOC]: 420 } });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ annotator: 'Jürgen' });
  });

  it('rejects an invalid patch and changes nothing', () => {
    const settings = createConfSettings({ dataDir, clock });
    settings.update({ annotator: 'jonas' });
    expect(() => settings.update({ language: 'fr' })).toThrow();
    expect(() => settings.update({ lastDocumentId: '../x' })).toThrow();
    expect(createConfSettings({ dataDir, clock }).get().annotator).toBe('jonas');
  });

  it.each([
    ['truncated JSON', '{"annotator": "jonas", "lang'],
    ['an empty file', ''],
    ['NUL bytes', '\u0000'.repeat(64)],
  ])('moves a settings file with %s aside, uses defaults and says so', (_name, content) => {
    writeFileSync(file(), content);
    const settings = createConfSettings({ dataDir, clock });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    const [notice] = settings.takeNotices();
    expect(notice).toMatchObject({ code: 'settings-quarantined', severity: 'warning', movedTo: 'settings.corrupt-2026-11-20T10-00-00-000Z.json' });
    expect(readFileSync(path.join(dataDir, notice!.movedTo!), 'utf8')).toBe(content);
    expect(settings.takeNotices()).toEqual([]);
    settings.update({ annotator: 'neu' });
    expect(createConfSettings({ dataDir, clock }).takeNotices()).toEqual([]);
  });

  it('keeps the valid fields of a file with invalid ones, keeping a copy of the original', () => {
    const original = JSON.stringify({ annotator: 'jonas', language: 'klingon', snapToWords: 'yes', futureOption: 3 });
    writeFileSync(file(), original);
    const settings = createConfSettings({ dataDir, clock });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, annotator: 'jonas' });
    expect(settings.takeNotices()).toMatchObject([{ code: 'settings-fields-reset', fields: ['language', 'snapToWords'] }]);
    expect(readFileSync(path.join(dataDir, 'settings.corrupt-2026-11-20T10-00-00-000Z.json'), 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, annotator: 'jonas', futureOption: 3 });
  });

  it('never overwrites an earlier quarantined file', () => {
    writeFileSync(file(), 'broken 1');
    createConfSettings({ dataDir, clock });
    writeFileSync(file(), 'broken 2');
    createConfSettings({ dataDir, clock });
    const kept = readdirSync(dataDir).filter((n) => n.startsWith('settings.corrupt-')).map((n) => readFileSync(path.join(dataDir, n), 'utf8'));
    expect(kept.sort()).toEqual(['broken 1', 'broken 2']);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('caps recent documents at 10 and forgets scroll positions of dropped ones', () => {
    const settings = createConfSettings({ dataDir, clock });
    const ids = Array.from({ length: 12 }, (_, i) => `sha256:${i.toString(16).padStart(64, '0')}`);
    settings.update({ recentDocuments: ids, lastScroll: { [ids[11]!]: 3, [ids[0]!]: 1 } });
    expect(settings.get().recentDocuments).toEqual(ids.slice(0, 10));
    expect(settings.get().lastScroll).toEqual({ [ids[0]!]: 1 });
  });
});
