import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createShellHandlers } from '../../../../../electron/main/handlers/createShellHandlers';
import type { HandlerDeps } from '../../../../../electron/main/handlers/handlerDeps';
import { createConfSettings } from '../../../../../electron/node/settings/createConfSettings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function shell(dataDir: string) {
  const settings = createConfSettings({ dataDir });
  const deps = { settings, shellInfo: () => ({ locale: 'de-DE', platform: 'linux', version: 'test', userName: 'analyst' }) } as unknown as HandlerDeps;
  return { handlers: createShellHandlers(deps), settings };
}

describe('createShellHandlers: the annotator name', () => {
  it.each([
    ['NFD umlaut', 'Jo\u0308rg', 'Jörg'],
    ['NFD umlaut and trailing spaces', 'Jo\u0308rg  ', 'Jörg'],
    ['emoji, leading space', ' Ana 😀', 'Ana 😀'],
    ['already canonical', 'Jonas W.', 'Jonas W.'],
  ])('stores a name typed with %s canonical (NFC, trimmed) and shows it so', async (_case, typed, stored) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-shell-'));
    dirs.push(dataDir);
    const { handlers, settings } = shell(dataDir);
    const view = await handlers.updateSettings({ annotator: typed });
    expect(view.annotator).toBe(stored);
    expect(settings.get().annotator).toBe(stored);
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ annotator: stored });
  });

  it('shows a settings file written by hand with an NFD, padded name canonical, without rewriting the file', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tagwerk-shell-'));
    dirs.push(dataDir);
    writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ annotator: 'Mu\u0308ller ' }));
    const before = readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    const { handlers } = shell(dataDir);
    expect((await handlers.getSettings(undefined)).settings.annotator).toBe('Müller');
    expect(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).toBe(before);
  });
});
