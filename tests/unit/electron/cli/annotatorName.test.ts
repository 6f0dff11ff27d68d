import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotatorName } from '../../../../electron/cli/annotatorName';
import { snapshotTree, tempDir } from './cliTestKit';

const deps = (user: string) => ({ userName: () => user, clock: () => new Date('2026-11-20T12:00:00.000Z') });

describe('annotatorName', () => {
  it('prefers --annotator, then the settings’ name, then the OS user', () => {
    const dir = tempDir();
    expect(annotatorName(undefined, dir, deps('ana'))).toBe('ana');
    expect(snapshotTree(dir)).toEqual({});
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ annotator: 'Jonas W.', language: 'de' }));
    const before = snapshotTree(dir);
    expect(annotatorName(undefined, dir, deps('ana'))).toBe('Jonas W.');
    expect(snapshotTree(dir)).toEqual(before);
    expect(annotatorName('  kim ', dir, deps('ana'))).toBe('kim');
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ annotator: '' }));
    expect(annotatorName(undefined, dir, deps(''))).toBe('unknown');
  });

  it('gives the canonical spelling (NFC, trimmed) at each source, as the app stores it', () => {
    const dir = tempDir();
    expect(annotatorName('Jo\u0308rg ', dir, deps('ana'))).toBe('Jörg');
    expect(annotatorName(undefined, dir, deps(' Mu\u0308ller 😀'))).toBe('Müller 😀');
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ annotator: 'Jo\u0308rg\t' }));
    expect(annotatorName(undefined, dir, deps('ana'))).toBe('Jörg');
  });
});
