import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeText } from '../../../../../electron/node/files/decodeText';
import type { DecodeResult } from '../../../../../electron/node/files/decodeResult';
import { documentIdOf } from '@shared/text/documentId';
import { corpusBytes, utf16Bytes, utf8Bytes } from './corpusFixture';

function expectText(result: DecodeResult): { text: string; encoding: string; warnings: string[] } {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result;
}

function expectRefused(result: DecodeResult, code: string): string {
  if (result.ok) throw new Error(`expected refusal ${code}, got text ${JSON.stringify(result.text.slice(0, 40))}`);
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(20);
  return result.message;
}

const GIPFEL =
  'Gipfeltreffen in Brüssel: „Wir stehen geschlossen zusammen“, sagte die Kommissionspräsidentin am Donnerstag.\n' +
  'Die Außenminister der 27 Mitgliedstaaten berieten über ein Hilfspaket von 50 Milliarden €. Nach Angaben des Ratsvorsitzes soll das Geld bis Ende März 2025 fließen.\n' +
  'Der ungarische Ministerpräsident äußerte Bedenken. Kritiker werfen Budapest vor, die Einigung seit Monaten zu blockieren – das weist die Regierung zurück.\n' +
  '„Über Geld lässt sich reden, über Grundsätze nicht“, erklärte ein Diplomat gegenüber der Süddeutschen Zeitung.';

const WAHL =
  'Landtagswahl in Sachsen: Die Wahlbeteiligung lag am Sonntag bei 74,4 Prozent.\n' +
  'Der Ministerpräsident sprach von einem „klaren Auftrag“. Die Opposition bezweifelt das Ergebnis und kündigte eine Prüfung durch den Verfassungsgerichtshof an.\n' +
  'Laut Landeswahlleiterin wurden am 1. September 2024 über 2,5 Millionen Stimmzettel ausgezählt.';

const UTF8_BOM = 'Österreichs Regierung tagte am Mittwoch in Wien.\nDer Kanzler erklärte: „Die Inflation ist unter Kontrolle.“';

const NFD_UMLAUTE =
  'Die Bürgerinitiative in Göttingen übergab am Freitag 12.000 Unterschriften.\n' +
  '„Die Straßenbahn muss über die Weender Straße fahren“, sagte die Sprecherin Jördis Müller.';

const EMOJI =
  '🇩🇪 Eilmeldung 📰: Der Bundestag hat am 3. Juli 2025 das Gesetz beschlossen.\n' +
  'Die Abgeordnete \u{1D504}nna Beispiel 😀 nannte das Ergebnis „historisch“.\n' +
  'Ein Sprecher des Kanzleramts behauptete, die Finanzierung sei bis 2030 gesichert.';

const BUILTIN = readFileSync(new URL('../../../../../shared/corpus/000_2010653594c6cf10.txt', import.meta.url), 'utf8');

describe('decodeText over the sample corpus', () => {
  it.each([
    { file: 'gipfel.cp1252.txt', encoding: 'windows-1252', expected: GIPFEL },
    { file: 'wahl.utf16le-bom.txt', encoding: 'utf-16le', expected: WAHL },
    { file: 'utf8-bom.txt', encoding: 'utf-8', expected: UTF8_BOM },
    { file: 'nfd-umlaute.txt', encoding: 'utf-8', expected: NFD_UMLAUTE },
    { file: 'emoji-astral.txt', encoding: 'utf-8', expected: EMOJI },
    { file: '000_2010653594c6cf10.txt', encoding: 'utf-8', expected: BUILTIN },
  ])('$file decodes as $encoding to the exact canonical text', ({ file, encoding, expected }) => {
    const result = expectText(decodeText(corpusBytes(file)));
    expect(result.text).toBe(expected);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings).toEqual([]);
    expect(result.text).not.toMatch(/[\r\uFEFF]/);
    expect(result.text).toBe(result.text.normalize('NFC'));
  });

  it('expected texts themselves hold the characters that must survive decoding', () => {
    expect(GIPFEL).toContain('„Wir');
    expect(GIPFEL).toContain('zusammen“');
    expect(GIPFEL).toContain('50 Milliarden €.');
    expect(GIPFEL).toContain('blockieren – das');
    expect(GIPFEL).toContain('Außenminister');
    expect(`${GIPFEL}${NFD_UMLAUTE}${UTF8_BOM}`).toMatch(/ä.*ö.*ü/su);
    expect(NFD_UMLAUTE).not.toContain('\u0308');
    expect(NFD_UMLAUTE).toContain('Bürgerinitiative');
    expect([...EMOJI].filter((c) => c.codePointAt(0)! > 0xffff)).toHaveLength(5);
  });

  it('keeps the built-in article unchanged: 2,618 characters in 8 paragraphs', () => {
    const { text } = expectText(decodeText(corpusBytes('000_2010653594c6cf10.txt')));
    expect(text).toHaveLength(2618);
    expect(text.split('\n')).toHaveLength(8);
  });

  it('turns NFD umlauts into NFC (u + U+0308 becomes ü) and keeps astral characters whole', () => {
    const { text } = expectText(decodeText(utf8Bytes('Mu\u0308ller 👍🏽 u\u0308ber')));
    expect(text).toBe('Müller 👍🏽 über');
    expect([...text]).toHaveLength(14);
  });
});

describe('decodeText encoding detection', () => {
  it('decodes bytes 84 93 80 96 as windows-1252 „“€– (Node 20 TextDecoder gives C1 controls)', () => {
    const result = expectText(decodeText(new Uint8Array([0x84, 0x93, 0x80, 0x96])));
    expect(result.text).toBe('„“€–');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toEqual([]);
  });

  const SAMPLE = 'Grüße „Zitat“ 👍🏽 und Mu\u0308ller\r\nZweite Zeile\r\n';
  const CANONICAL = 'Grüße „Zitat“ 👍🏽 und Müller\nZweite Zeile\n';

  it.each([
    { name: 'UTF-16 LE without BOM', bytes: utf16Bytes(SAMPLE, false, false), encoding: 'utf-16le' },
    { name: 'UTF-16 BE without BOM', bytes: utf16Bytes(SAMPLE, true, false), encoding: 'utf-16be' },
    { name: 'UTF-16 LE with BOM', bytes: utf16Bytes(SAMPLE, false, true), encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: utf16Bytes(SAMPLE, true, true), encoding: 'utf-16be' },
    { name: 'UTF-8 with BOM', bytes: utf8Bytes(SAMPLE, true), encoding: 'utf-8' },
    { name: 'UTF-8', bytes: utf8Bytes(SAMPLE), encoding: 'utf-8' },
  ])('$name is detected and canonicalized', ({ bytes, encoding }) => {
    const result = expectText(decodeText(bytes));
    expect(result).toEqual({ ok: true, text: CANONICAL, encoding, warnings: [] });
  });

  it('accepts UTF-16 without BOM whose emoji put a few NULs on the other parity (😀 = D83D DE00)', () => {
    const text = `${'Die Abgeordnete 😀 lachte.\u2000Ende Mu\u0308ller.\n'.repeat(3)}`;
    for (const bigEndian of [false, true]) {
      const result = expectText(decodeText(utf16Bytes(text, bigEndian, false)));
      expect(result.encoding).toBe(bigEndian ? 'utf-16be' : 'utf-16le');
      expect(result.text).toBe(text.normalize('NFC'));
    }
  });

  it('property: German text with a few emoji (some put NULs on the other parity) round-trips through UTF-16 LE/BE without BOM', () => {
    const word = fc.constantFrom('Grüße', 'Straße', '„Zitat“', '50 €', '–', 'Mu\u0308ller', 'und', 'der', 'Ära', 'ÖPNV');
    const rare = fc.constantFrom('😀', '👍🏽', '🇩🇪', '\u{1D504}', '📰', '\u2000', 'Ā');
    fc.assert(
      fc.property(fc.array(word, { minLength: 10, maxLength: 60 }), fc.array(rare, { maxLength: 2 }), fc.boolean(), (words, rareOnes, bigEndian) => {
        const text = [...words, ...rareOnes].join(' ');
        const result = decodeText(utf16Bytes(text, bigEndian, false));
        return result.ok && result.text === text.normalize('NFC') && result.encoding === (bigEndian ? 'utf-16be' : 'utf-16le');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses NULs spread over both parities and 16-bit binary numbers that only look like UTF-16', () => {
    const spread = new Uint8Array(400).map((_, index) => (index % 3 === 0 ? 0 : 0x41 + (index % 26)));
    expectRefused(decodeText(spread), 'binary');
    const numbers = new Uint8Array(400).map((_, index) => (index % 2 === 1 ? 0 : 1 + (index % 30)));
    expect(expectRefused(decodeText(numbers), 'binary')).toMatch(/control characters/);
  });

  it('keeps a final newline and blank lines, and turns old Mac CR line ends into LF', () => {
    expect(expectText(decodeText(utf8Bytes('a\r\n\r\nb\r\n'))).text).toBe('a\n\nb\n');
    expect(expectText(decodeText(utf8Bytes('a\r\rb\r'))).text).toBe('a\n\nb\n');
  });

  it('decodes a UTF-16 file with an odd trailing byte, with a warning about the lost character', () => {
    const bytes = new Uint8Array([...utf16Bytes('Grüße', false, true), 0x41]);
    const result = expectText(decodeText(bytes));
    expect(result.text).toBe('Grüße\uFFFD');
    expect(result.warnings.join(' ')).toMatch(/1 character could not be decoded/);
  });

  it('honours a forced encoding ("reopen with encoding…")', () => {
    const asUtf8 = expectText(decodeText(corpusBytes('gipfel.cp1252.txt'), { encoding: 'utf-8' }));
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.text).toContain('Br\uFFFDssel');
    expect(asUtf8.warnings.join(' ')).toMatch(/could not be decoded/);

    const as1252 = expectText(decodeText(corpusBytes('utf8-bom.txt'), { encoding: 'windows-1252' }));
    expect(as1252.text.startsWith('ï»¿Ã–sterreichs')).toBe(true);

    const bomUtf8 = expectText(decodeText(corpusBytes('utf8-bom.txt'), { encoding: 'utf-8' }));
    expect(bomUtf8.text).toBe(UTF8_BOM);

    const wahlBe = decodeText(corpusBytes('wahl.utf16le-bom.txt'), { encoding: 'windows-1252' });
    expect(expectRefused(wahlBe, 'binary')).toMatch(/Windows-1252.*another encoding/);
  });
});

describe('decodeText warnings', () => {
  it('warns about U+FFFD from invalid bytes after a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]);
    const result = expectText(decodeText(bytes));
    expect(result.text).toBe('A\uFFFDB');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/another encoding/);
  });

  it('warns about undefined windows-1252 bytes (0x81) that decode to U+FFFD', () => {
    const bytes = new Uint8Array([...Buffer.from('Stra', 'latin1'), 0xdf, 0x65, 0x81]);
    const result = expectText(decodeText(bytes));
    expect(result.text).toBe('Straße\uFFFD');
    expect(result.warnings).toHaveLength(1);
  });

  it('warns about C1 controls (mis-converted quotes) in otherwise valid UTF-8', () => {
    const result = expectText(decodeText(utf8Bytes(`\u0084Zitat\u0093 ${'x'.repeat(300)}`)));
    expect(result.text.startsWith('\u0084Zitat\u0093')).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/2 invisible control characters \(U\+0080–U\+009F\)/);
  });

  it('does not warn about tabs, form feeds and line breaks', () => {
    expect(expectText(decodeText(utf8Bytes('a\tb\fc\r\nd'))).warnings).toEqual([]);
  });
});

describe('decodeText refusals', () => {
  it('refuses an empty file, a BOM-only file and a blank file', () => {
    expect(expectRefused(decodeText(new Uint8Array()), 'empty')).toMatch(/empty/);
    expectRefused(decodeText(utf8Bytes('', true)), 'empty');
    expectRefused(decodeText(utf16Bytes('', false, true)), 'empty');
    expect(expectRefused(decodeText(utf8Bytes(' \r\n\t\n')), 'empty')).toMatch(/blank/);
  });

  it('refuses files over the size cap before decoding them', () => {
    expectText(decodeText(utf8Bytes('0123456789'), { maxBytes: 10 }));
    expect(expectRefused(decodeText(utf8Bytes('0123456789!'), { maxBytes: 10 }), 'too-large')).toMatch(/MB/);
    const justOver = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(expectRefused(decodeText(justOver), 'too-large')).toMatch(/20\.0 MB|20 MB/);
  });

  it('refuses NUL bytes on both parities as binary, never as UTF-16', () => {
    expectRefused(decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x00])), 'binary');
  });

  it('refuses a text with a stray NUL (too few NULs to be UTF-16)', () => {
    const bytes = utf8Bytes(`${'Ein ganz normaler Satz. '.repeat(10)}\u0000`);
    expectRefused(decodeText(bytes), 'binary');
  });

  it('refuses U+0000 and unpaired surrogates in decoded text', () => {
    expectRefused(decodeText(utf8Bytes('abc\u0000def', true)), 'binary');
    const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(expectRefused(decodeText(lone), 'binary')).toMatch(/surrogate/);
    const loneLow = new Uint8Array([0xfe, 0xff, 0xdc, 0x00, 0x00, 0x41]);
    expectRefused(decodeText(loneLow), 'binary');
  });

  it('refuses more than 1 % control characters, accepts exactly 1 % with a warning', () => {
    const onePercent = `${'a'.repeat(99)}\u0001`;
    const accepted = expectText(decodeText(utf8Bytes(onePercent)));
    expect(accepted.warnings.join(' ')).toMatch(/1 invisible control character\./);
    const twoPercent = `${'a'.repeat(98)}\u0001\u001b`;
    expect(expectRefused(decodeText(utf8Bytes(twoPercent)), 'binary')).toMatch(/2 of its 100 characters/);
  });

  it('refuses UTF-32 with a message that says so', () => {
    const utf32 = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);
    expect(expectRefused(decodeText(utf32), 'unsupported-encoding')).toMatch(/UTF-32/);
  });

  const noUtf16Bom = (bytes: Uint8Array): boolean =>
    !((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

  it('property: bytes with NULs on both parities never decode (without a UTF-16 BOM)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 2, maxLength: 2000 }),
        fc.nat(),
        fc.nat(),
        (random, evenSeed, oddSeed) => {
          const bytes = Uint8Array.from(random);
          const half = Math.floor(bytes.length / 2);
          bytes[2 * (evenSeed % half)] = 0;
          bytes[2 * (oddSeed % half) + 1] = 0;
          fc.pre(noUtf16Bom(bytes));
          const result = decodeText(bytes);
          return !result.ok && (result.code === 'binary' || result.code === 'unsupported-encoding');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: random bytes are never taken for text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 512, maxLength: 4096 }), (bytes) => {
        fc.pre(noUtf16Bom(bytes));
        return !decodeText(bytes).ok;
      }),
      { numRuns: 300 },
    );
  });
});

describe('document identity across encodings', () => {
  it.each([
    { name: 'German quotes, €, ß', text: '„Über Geld lässt sich reden“ – 50 Milliarden € für die Straße.\nZweiter Absatz.' },
    { name: 'NFD umlaut', text: 'Jördis Müller übergab „12.000“ Unterschriften.\n' },
  ])('$name: windows-1252 CRLF, UTF-8 LF, UTF-8 BOM, UTF-16 LE/BE and NFD give one id', ({ text }) => {
    const crlf = text.replace(/\n/g, '\r\n');
    const variants = [
      new Uint8Array(iconv.encode(crlf, 'windows-1252')),
      utf8Bytes(text),
      utf8Bytes(crlf, true),
      utf8Bytes(text.normalize('NFD')),
      utf16Bytes(crlf, false, true),
      utf16Bytes(text, true, false),
    ];
    const ids = variants.map((bytes) => documentIdOf(expectText(decodeText(bytes)).text));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe(documentIdOf(text.normalize('NFC')));
  });

  it('emoji: UTF-8 and UTF-16 files with different line ends give one id', () => {
    const text = 'Eilmeldung 📰 👍🏽\nDie Abgeordnete 😀 sprach.';
    const crlf = text.replace(/\n/g, '\r\n');
    const ids = [utf8Bytes(text), utf8Bytes(crlf, true), utf16Bytes(crlf, false, false), utf16Bytes(text, true, true)].map(
      (bytes) => documentIdOf(expectText(decodeText(bytes)).text),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('the cp1252 corpus file and its UTF-8 LF re-encoding are the same document', () => {
    const fromFixture = expectText(decodeText(corpusBytes('gipfel.cp1252.txt'))).text;
    expect(documentIdOf(fromFixture)).toBe(documentIdOf(expectText(decodeText(utf8Bytes(GIPFEL))).text));
  });
});
