import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { SUPPORTED_TEXT_EXTENSIONS, textFromFile, type TextFromFileResult } from '../../../../../electron/node/files/extractText';
import { documentIdOf } from '@shared/text/documentId';
import { corpusBytes, utf16Bytes, utf8Bytes } from './corpusFixture';

function opened(result: TextFromFileResult): Extract<TextFromFileResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a document, got ${result.code}: ${result.message}`);
  return result;
}

describe('textFromFile', () => {
  it.each([
    { file: 'notes.txt', content: 'Erste Zeile\r\n\r\nZweite 👍🏽\r\n', text: 'Erste Zeile\n\nZweite 👍🏽\n', title: 'Erste Zeile', format: 'text' },
    { file: 'NOTES.TXT', content: '\n\n  Mu\u0308ller sagt  \nmehr', text: '\n\n  Müller sagt  \nmehr', title: 'Müller sagt', format: 'text' },
    { file: 'artikel.md', content: '# Gipfel in *Brüssel*\r\n\r\n\r\n„Wir stehen\r\nzusammen“ 😀', text: 'Gipfel in Brüssel\n„Wir stehen zusammen“ 😀', title: 'Gipfel in Brüssel', format: 'markdown' },
    { file: 'a.markdown', content: '- u\u0308ber\n- Grüße', text: 'über\nGrüße', title: 'über', format: 'markdown' },
    {
      file: 'seite.html',
      content: '<html><head><title>Wahl – Ergebnis</title><script>alert(1)</script><style>p{}</style></head><body><h1>Mu&#776;ller</h1><p>A&nbsp;&amp;&nbsp;B 📰</p></body></html>',
      text: 'Müller\nA\u00a0&\u00a0B 📰',
      title: 'Wahl – Ergebnis',
      format: 'html',
    },
    { file: 'seite.HTM', content: '<p>Ohne Titel</p>\r\n<p>zwei</p>', text: 'Ohne Titel\nzwei', title: 'Ohne Titel', format: 'html' },
  ])('$file -> $format text, canonical, with title', ({ file, content, text, title, format }) => {
    const result = opened(textFromFile(file, utf8Bytes(content)));
    expect(result.text).toBe(text);
    expect(result.title).toBe(title);
    expect(result.format).toBe(format);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.text).not.toMatch(/[\r\uFEFF]/);
  });

  it('never lets script or style content reach the text', () => {
    const html = '<p>Vorher</p><script>alert(1)</script><style>body{display:none}</style><p>Nachher</p>';
    const result = opened(textFromFile('x.html', utf8Bytes(html)));
    expect(result.text).toBe('Vorher\nNachher');
    expect(result.text).not.toMatch(/alert|display/);
  });

  it('opens the corpus samples as .txt with their first line as title', () => {
    const gipfel = opened(textFromFile('/home/a/gipfel.cp1252.txt', corpusBytes('gipfel.cp1252.txt')));
    expect(gipfel.encoding).toBe('windows-1252');
    expect(gipfel.title).toBe('Gipfeltreffen in Brüssel: „Wir stehen geschlossen zusammen“, sagte die Kommissionspräsidentin am Donnerstag.');
    const article = opened(textFromFile('000_2010653594c6cf10.txt', corpusBytes('000_2010653594c6cf10.txt')));
    expect(article.title.length).toBeLessThanOrEqual(121);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.text).toHaveLength(2618);
  });

  it('decodes HTML and Markdown in any detected encoding, and gives the same id as the same text', () => {
    const html = '<p>„Grüße“ – 5 €</p>\r\n<p>Zweiter Absatz</p>';
    const fromCp1252 = opened(textFromFile('a.html', new Uint8Array(iconv.encode(html, 'windows-1252'))));
    const fromUtf16 = opened(textFromFile('a.htm', utf16Bytes(html, false, true)));
    const fromMarkdown = opened(textFromFile('a.md', utf8Bytes('„Grüße“ –   5 €\n\nZweiter\nAbsatz')));
    const fromText = opened(textFromFile('a.txt', utf8Bytes('„Grüße“ – 5 €\nZweiter Absatz')));
    expect(fromCp1252.encoding).toBe('windows-1252');
    expect(fromUtf16.encoding).toBe('utf-16le');
    const ids = [fromCp1252, fromUtf16, fromMarkdown, fromText].map((result) => documentIdOf(result.text));
    expect(new Set(ids).size).toBe(1);
  });

  it('passes a forced encoding through', () => {
    const result = opened(textFromFile('u.txt', corpusBytes('utf8-bom.txt'), { encoding: 'windows-1252' }));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('Ã–sterreichs');
  });

  it('takes the first line as title when the HTML <title> is blank, also from a Windows path', () => {
    const result = opened(textFromFile('C:\\Daten\\bericht.final.html', utf8Bytes('<title>   </title><p>Text</p>')));
    expect(result.title).toBe('Text');
  });

  it.each([
    { file: 'bild.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    { file: 'bericht.pdf', bytes: utf8Bytes('%PDF-1.7') },
    { file: 'README', bytes: utf8Bytes('Text ohne Endung') },
    { file: 'daten.json', bytes: utf8Bytes('{}') },
    { file: '.txt', bytes: utf8Bytes('versteckte Datei') },
  ])('refuses $file as unsupported, naming the file', ({ file, bytes }) => {
    const result = textFromFile(file, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('unsupported');
    expect(result.message).toContain(`“${file}”`);
    expect(result.message).toMatch(/\.txt.*\.md.*\.html/);
  });

  it('refuses binary, empty and markup-only files with the file name in the message', () => {
    const binary = textFromFile('/tmp/x/daten.txt', new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x00, 0x00, 0x43, 0x44]));
    expect(binary).toMatchObject({ ok: false, code: 'binary' });
    expect(!binary.ok && binary.message.startsWith('“daten.txt” was not opened.')).toBe(true);
    expect(textFromFile('leer.txt', new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(textFromFile('nur.html', utf8Bytes('<script>alert(1)</script><p> </p>'))).toMatchObject({ ok: false, code: 'empty' });
    expect(textFromFile('nur.md', utf8Bytes('![Bild](a.png)\n\n---\n'))).toMatchObject({ ok: false, code: 'empty' });
    expect(textFromFile('gross.txt', utf8Bytes('x'.repeat(11)), { maxBytes: 10 })).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('warns about replacement characters the user will see, not ones inside dropped scripts', () => {
    const visible = opened(textFromFile('a.html', new Uint8Array([...utf8Bytes('<p>A', true), 0xff, ...utf8Bytes('</p>')])));
    expect(visible.warnings).toHaveLength(1);
    const hidden = opened(textFromFile('a.html', new Uint8Array([...utf8Bytes('<script>', true), 0xff, ...utf8Bytes('</script><p>A</p>')])));
    expect(hidden.warnings).toEqual([]);
  });

  it('lists the supported extensions for the open dialog', () => {
    expect(Object.keys(SUPPORTED_TEXT_EXTENSIONS).sort()).toEqual(['.htm', '.html', '.markdown', '.md', '.txt']);
  });
});
