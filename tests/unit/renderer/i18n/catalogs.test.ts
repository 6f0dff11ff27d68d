import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve(import.meta.dirname, '../../../../renderer/i18n/locales');

/** Every key path of a catalog, e.g. `status.tagged` or `list.total_one`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function catalog(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(path.join(LOCALES, language)).sort()) {
    const content = JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(content)) expect(merged, `${language}/${file} redefines "${key}"`).not.toHaveProperty(key);
    Object.assign(merged, content);
  }
  return merged;
}

describe('UI catalogs', () => {
  it('English and German have the same files and exactly the same keys', () => {
    expect(readdirSync(path.join(LOCALES, 'de')).sort()).toEqual(readdirSync(path.join(LOCALES, 'en')).sort());
    const en = keysOf(catalog('en')).map((k) => k.replace(/_(one|other)$/, '')).sort();
    const de = keysOf(catalog('de')).map((k) => k.replace(/_(one|other)$/, '')).sort();
    expect(de).toEqual(en);
  });

  it('has no empty strings, and German umlauts are composed (NFC)', () => {
    for (const language of ['en', 'de']) {
      const text = JSON.stringify(catalog(language));
      expect(text).not.toMatch(/":\s*""/);
      expect(text.normalize('NFC')).toBe(text);
    }
  });
});
