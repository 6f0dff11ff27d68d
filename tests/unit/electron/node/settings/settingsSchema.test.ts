import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsPatchSchema, salvageSettings, tidySettings } from '../../../../../electron/node/settings/settingsSchema';

const id = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

describe('salvageSettings', () => {
  it('keeps valid fields and resets only the invalid ones', () => {
    const result = salvageSettings({ annotator: 'Jürgen 😀', language: 'fr', snapToWords: false, windowBounds: { width: 5 } });
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, annotator: 'Jürgen 😀', snapToWords: false });
    expect(result.resetKeys).toEqual(['language', 'windowBounds']);
  });

  it('treats missing fields as defaults, not as damage', () => {
    expect(salvageSettings({ annotator: 'jonas' })).toEqual({ settings: { ...DEFAULT_SETTINGS, annotator: 'jonas' }, extra: {}, resetKeys: [] });
  });

  it.each([[null], [[1, 2]], ['text'], [42]])('resets everything when the file is not an object (%j)', (raw) => {
    expect(salvageSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, extra: {}, resetKeys: ['(the whole file)'] });
  });

  it('keeps unknown keys (a newer app, conf internals) so our next write does not drop them', () => {
    expect(salvageSettings({ futureOption: { a: 1 }, __internal__: { migrations: { version: '1.0.0' } } }).extra).toEqual({
      futureOption: { a: 1 },
      __internal__: { migrations: { version: '1.0.0' } },
    });
  });

  it('refuses document ids that are not sha256 hex', () => {
    expect(salvageSettings({ lastDocumentId: '../../etc', recentDocuments: [id(1), 'x'] }).resetKeys).toEqual(['recentDocuments', 'lastDocumentId']);
  });
});

describe('tidySettings', () => {
  it('keeps recents unique, capped at 10, most recent first, and scroll positions only for those', () => {
    const recents = [id(1), id(2), id(1), ...Array.from({ length: 12 }, (_, i) => id(i + 3))];
    const tidy = tidySettings({ ...DEFAULT_SETTINGS, recentDocuments: recents, lastDocumentId: id(99), lastScroll: { [id(1)]: 10, [id(14)]: 5, [id(99)]: 7 } });
    expect(tidy.recentDocuments).toEqual([id(1), id(2), ...Array.from({ length: 8 }, (_, i) => id(i + 3))]);
    expect(tidy.lastScroll).toEqual({ [id(1)]: 10, [id(99)]: 7 });
  });
});

describe('SettingsPatchSchema', () => {
  it('does not fill in defaults (a patch of one field must not reset the others)', () => {
    expect(SettingsPatchSchema.parse({})).toEqual({});
    expect(SettingsPatchSchema.parse({ annotator: 'x' })).toEqual({ annotator: 'x' });
  });

  it('rejects unknown keys and wrong types', () => {
    expect(SettingsPatchSchema.safeParse({ annotater: 'x' }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ language: 'fr' }).success).toBe(false);
  });
});
