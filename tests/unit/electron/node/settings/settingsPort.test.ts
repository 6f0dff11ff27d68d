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

  it('hands out copies, so callers cannot change settings behind its back', () => {
    const port = createSettingsPort({ writeAll: () => {} }, loaded);
    port.get().recentDocuments.push('x');
    expect(port.get().recentDocuments).toEqual([]);
    expect(DEFAULT_SETTINGS.recentDocuments).toEqual([]);
  });
});
