import { describe, expect, it } from 'vitest';
import { licenceSummary, licencesText, parseLicenceList } from '../../../../../electron/main/about/licenceList';

const LIST = {
  packages: [
    { name: '@tiptap/core', version: '3.34.0', license: 'MIT', text: 'Copyright (c) überdosis 🎉\n' },
    { name: 'iconv-lite', version: '0.7.3', license: 'MIT', text: null },
    { name: 'write-file-atomic', version: '6.0.0', license: 'ISC', text: 'ISC License' },
    { name: 'x', version: '1.0.0', license: '(MIT OR CC0-1.0)', text: null },
  ],
};

describe('parseLicenceList', () => {
  it('reads the build file and refuses what is missing, not JSON or of another shape', () => {
    expect(parseLicenceList(JSON.stringify(LIST))).toEqual(LIST);
    expect(parseLicenceList(null)).toBeNull();
    expect(parseLicenceList('{"packages": [')).toBeNull();
    expect(parseLicenceList('{"packages": [{"name": "a"}]}')).toBeNull();
  });
});

describe('licenceSummary', () => {
  it('counts packages per licence, most used first', () => {
    expect(licenceSummary(LIST)).toBe('MIT 2, (MIT OR CC0-1.0) 1, ISC 1');
  });
});

describe('licencesText', () => {
  it('lists each package with its licence and licence text, underlined to the title length (emoji counted once)', () => {
    const text = licencesText(LIST, 'Heading');
    expect(text.startsWith(`Heading\n\n@tiptap/core 3.34.0 — MIT\n${'='.repeat(25)}\n\nCopyright (c) überdosis 🎉\n`)).toBe(true);
    expect(text).toContain('iconv-lite 0.7.3 — MIT\n');
    expect(text).toContain('(no licence file in the package)');
  });
});
