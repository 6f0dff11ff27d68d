import { describe, expect, it } from 'vitest';
import { exportSaveRequest, fileNameBase } from '../../../../../../electron/main/handlers/datasets/exportTarget';
import { createTranslator } from '../../../../../../electron/node/i18n/createTranslator';

const EN = createTranslator('en');

describe('fileNameBase', () => {
  it.each([
    ['Kurz: „Ja.“ 😀', 'Kurz „Ja.“ 😀'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['Zeile\neins\u0000\tzwei', 'Zeile eins zwei'],
    ['..versteckt', 'versteckt'],
    ['   ', 'tagwerk'],
    ['Mu\u0308ller', 'Mu\u0308ller'],
  ])('%j -> %j', (title, base) => {
    expect(fileNameBase(title)).toBe(base);
  });

  it('cuts long titles at 60 characters without splitting an emoji', () => {
    const base = fileNameBase(`${'x'.repeat(59)}😀😀😀`);
    expect(Array.from(base)).toHaveLength(60);
    expect(base.endsWith('😀')).toBe(true);
  });
});

describe('exportSaveRequest', () => {
  it('names the file after the title with the format ending and filter', () => {
    expect(exportSaveRequest('spacy', 'Gipfel', EN)).toEqual({ title: 'Export as spacy', defaultName: 'Gipfel.spacy.jsonl', filters: [{ name: 'spaCy / Prodigy (JSONL)', extensions: ['jsonl'] }] });
    expect(exportSaveRequest('labelstudio', 'Gipfel', EN).defaultName).toBe('Gipfel.labelstudio.json');
  });

  it('asks for a folder name for brat, with no file filter', () => {
    expect(exportSaveRequest('brat', 'tagwerk-corpus', EN)).toMatchObject({ defaultName: 'tagwerk-corpus-brat', filters: [] });
  });
});
