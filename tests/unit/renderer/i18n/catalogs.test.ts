import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '@shared/formats/problemFacts';

const LOCALES = path.resolve(import.meta.dirname, '../../../../renderer/i18n/locales');
/** main's catalog (menus, native dialogs), which the window merges in too. */
const MAIN_LOCALES = path.resolve(import.meta.dirname, '../../../../shared/i18n/locales');

/** Every key path of a catalog, e.g. `status.tagged` or `list.total_one`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Every string of a catalog by its key path. */
function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (typeof value !== 'object' || value === null) return {};
  return Object.assign({}, ...Object.entries(value).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

function catalog(language: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const files = [LOCALES, MAIN_LOCALES].flatMap((dir) => readdirSync(path.join(dir, language)).sort().map((file) => path.join(dir, language, file)));
  for (const file of files) {
    const content = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(content)) expect(merged, `${file} redefines "${key}"`).not.toHaveProperty(key);
    Object.assign(merged, content);
  }
  return merged;
}

describe('UI catalogs', () => {
  it('English and German have the same files and exactly the same keys', () => {
    expect(readdirSync(path.join(LOCALES, 'de')).sort()).toEqual(readdirSync(path.join(LOCALES, 'en')).sort());
    expect(readdirSync(path.join(MAIN_LOCALES, 'de')).sort()).toEqual(readdirSync(path.join(MAIN_LOCALES, 'en')).sort());
    const en = keysOf(catalog('en')).map((k) => k.replace(/_(one|other)$/, '')).sort();
    const de = keysOf(catalog('de')).map((k) => k.replace(/_(one|other)$/, '')).sort();
    expect(de).toEqual(en);
  });

  // The German window calls a tag a "Markierung" everywhere; the agreement table's head said "Spans A/B".
  it('German names a tag "Markierung", never the English "Span"', () => {
    for (const [key, text] of Object.entries(flatten(catalog('de')))) expect(text, key).not.toMatch(/\bSpans?\b/);
  });

  it('has no empty strings, and German umlauts are composed (NFC)', () => {
    for (const language of ['en', 'de']) {
      const text = JSON.stringify(catalog(language));
      expect(text).not.toMatch(/":\s*""/);
      expect(text.normalize('NFC')).toBe(text);
    }
  });
});

/** Every source file under `dir` (recursively) with its text. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

describe("main's strings", () => {
  it('every main.* key the main process or the window uses is in both catalogs', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const used = new Set(['electron', 'renderer'].flatMap((dir) => sources(path.join(root, dir))).flatMap((text) => [...text.matchAll(/\bt\(\s*['`](main\.[a-zA-Z]+\.[a-zA-Z.]+)['`]/g)].map((m) => m[1] ?? '')));
    expect(used.size).toBeGreaterThan(10);
    for (const language of ['en', 'de']) {
      const keys = new Set(keysOf(catalog(language)).map((k) => k.replace(/_(one|other)$/, '')));
      for (const key of used) expect(keys.has(key), `${language} lacks ${key}`).toBe(true);
    }
  });

  it('every import problem code has a sentence in both languages', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(50);
    for (const language of ['en', 'de']) {
      const keys = new Set(keysOf(catalog(language)).map((k) => k.replace(/_(one|other)$/, '')));
      for (const code of PROBLEM_CODES) expect(keys.has(`problems.${code}`), `${language} lacks problems.${code}`).toBe(true);
    }
  });

  // One rule for both languages, the platform's for menu items and buttons ("Öffnen…"), kept for
  // every string: "Einstellungen …" beside "Öffnen…" read as two conventions in one window.
  it('an ellipsis is the one character "…", never "...", and follows its word with no space ("Öffnen…", "Speichert…")', () => {
    for (const language of ['en', 'de']) {
      const strings = Object.entries(flatten(catalog(language)));
      expect(strings.length).toBeGreaterThan(200);
      const spaced = strings.filter(([, text]) => /\s…/u.test(text)).map(([key, text]) => `${key}: ${text}`);
      const dots = strings.filter(([, text]) => text.includes('...')).map(([key, text]) => `${key}: ${text}`);
      expect(spaced, `${language}: a space before "…"`).toEqual([]);
      expect(dots, `${language}: "..." for "…"`).toEqual([]);
    }
  });

  it('German addresses the user as "Sie", never "du"', () => {
    const text = JSON.stringify(catalog('de'));
    expect(text.match(/\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/gi) ?? []).toEqual([]);
  });
});
