import { describe, expect, it } from 'vitest';
import { createSettingsPort } from '../../../../../electron/node/settings/settingsPort';
import { DEFAULT_SETTINGS } from '../../../../../electron/node/settings/settingsSchema';
import type { SettingsNotice } from '../../../../../electron/node/settings/settingsNotice';

const loaded = { settings: DEFAULT_SETTINGS, extra: { keep: true }, notices: [], needsRewrite: false };

describe('createSettingsPort', () => {
  it('writes the whole store with unknown keys preserved', () => {
    const writes: Array<Record<string, unknown>> = [];
    const port = createSettingsPort({ writeAll: (v) => void writes.push(v) }, loaded);
    port.update({ snapToWords: false });
    expect(writes).toEqual([{ ...DEFAULT_SETTINGS, snapToWords: false, keep: true }]);
  });

  it('keeps working in memory when the disk refuses, reports it once and retries on the next update', () => {
    let fail = true;
    const writes: Array<Record<string, unknown>> = [];
    const port = createSettingsPort({ writeAll: (v) => { if (fail) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); writes.push(v); } }, loaded);
    const heard: SettingsNotice[] = [];
    port.onNotice((n) => heard.push(n));
    expect(port.update({ annotator: 'jonas' }).annotator).toBe('jonas');
    port.update({ language: 'de' });
    expect(heard).toMatchObject([{ code: 'settings-save-failed', severity: 'warning' }]);
    expect(heard[0]?.message).toContain('ENOSPC');
    expect(port.takeNotices()).toHaveLength(1);
    fail = false;
    port.update({ snapToWords: false });
    expect(writes).toEqual([{ ...DEFAULT_SETTINGS, annotator: 'jonas', language: 'de', snapToWords: false, keep: true }]);
  });

  it('records frequent changes in memory at once and writes them once, after the delay or when flushed', () => {
    const writes: Array<Record<string, unknown>> = [];
    const timers: Array<() => void> = [];
    const timer = { set: (run: () => void) => timers.push(run), clear: () => timers.splice(0) };
    const port = createSettingsPort({ writeAll: (v) => void writes.push(v) }, loaded, { writeDelayMs: 1000, timer });
    const id = (n: number) => `sha256:${String(n).repeat(64)}`;
    port.record({ lastDocumentId: id(1), recentDocuments: [id(1)] });
    port.record({ lastDocumentId: id(2), recentDocuments: [id(2), id(1)] });
    expect(port.get().recentDocuments).toEqual([id(2), id(1)]);
    expect(writes).toEqual([]);
    expect(timers).toHaveLength(1);
    timers[0]?.();
    expect(writes).toEqual([{ ...DEFAULT_SETTINGS, lastDocumentId: id(2), recentDocuments: [id(2), id(1)], keep: true }]);
    port.flush();
    expect(writes).toHaveLength(1);
    port.record({ lastScroll: { [id(2)]: 40 } });
    expect(writes).toHaveLength(1);
    port.flush();
    expect(writes.at(-1)).toMatchObject({ lastScroll: { [id(2)]: 40 } });
    expect(() => port.record({ lastDocumentId: '../x' })).toThrow();
  });

  it('writes a user choice through at once, taking recorded changes with it', () => {
    const writes: Array<Record<string, unknown>> = [];
    const port = createSettingsPort({ writeAll: (v) => void writes.push(v) }, loaded, { writeDelayMs: 1000, timer: { set: () => 1, clear: () => undefined } });
    const id = `sha256:${'a'.repeat(64)}`;
    port.record({ recentDocuments: [id], lastScroll: { [id]: 7 } });
    port.update({ language: 'de' });
    expect(writes).toEqual([{ ...DEFAULT_SETTINGS, recentDocuments: [id], lastScroll: { [id]: 7 }, language: 'de', keep: true }]);
    port.flush();
    expect(writes).toHaveLength(1);
  });

  it('hands out copies, so callers cannot change settings behind its back', () => {
    const port = createSettingsPort({ writeAll: () => {} }, loaded);
    port.get().recentDocuments.push('x');
    expect(port.get().recentDocuments).toEqual([]);
    expect(DEFAULT_SETTINGS.recentDocuments).toEqual([]);
  });
});
