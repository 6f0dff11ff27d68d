import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, FORMAT_REGISTRY, findFormatId, formatEntry } from '@shared/formats/formatRegistry';
import { repoPath } from './formatTestSupport';

/** The README's "Formats" table rows: format id -> its offsets column. */
function readmeUnits(): Map<string, string> {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Formats'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = /^\| `([a-z0-9]+)` \|([^|]*)\|([^|]*)\|/.exec(line);
    if (cells !== null) rows.set(cells[1] as string, (cells[3] as string).replace(/\*/g, '').trim());
    if (rows.size > 0 && line.trim() === '') break;
  }
  return rows;
}

describe('the format registry', () => {
  it('has one entry per id, and each entry names its own adapter', () => {
    expect(new Set(FORMAT_IDS).size).toBe(FORMAT_REGISTRY.length);
    for (const entry of FORMAT_REGISTRY) {
      expect(entry.adapter.id).toBe(entry.id);
      expect(entry.adapter.offsetUnit).toBe(entry.offsetUnit);
      expect(formatEntry(entry.id)).toBe(entry);
    }
  });

  it('gives every format its own default name ending and a dialog filter with extensions', () => {
    expect(new Set(FORMAT_REGISTRY.map((e) => e.suffix)).size).toBe(FORMAT_REGISTRY.length);
    for (const entry of FORMAT_REGISTRY) {
      expect(entry.filter).not.toBe('');
      expect(entry.extensions.length).toBeGreaterThan(0);
      expect(entry.extensions.every((ext) => /^[a-z0-9]+$/.test(ext))).toBe(true);
    }
  });

  it('finds a typed format name in any case and nothing else', () => {
    expect(findFormatId('LabelStudio')).toBe('labelstudio');
    expect(findFormatId('brat')).toBe('brat');
    expect(findFormatId('conll-ü')).toBeUndefined();
    expect(findFormatId('')).toBeUndefined();
  });

  it("is what the README's format table lists, with each format's offset unit", () => {
    const units = readmeUnits();
    expect([...units.keys()]).toEqual(FORMAT_IDS);
    const words = { codepoint: 'code points', utf16: 'UTF-16 code units', token: 'tokens (no offsets)' } as const;
    for (const entry of FORMAT_REGISTRY) expect(units.get(entry.id)).toBe(words[entry.offsetUnit]);
  });
});
