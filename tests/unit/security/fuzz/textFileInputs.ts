import fc from 'fast-check';
import iconv from 'iconv-lite';
import { canonicalizeText } from '@shared/text/canonicalText';
import { repoBytes } from './importHarness';

/** File names a text import may be given: every supported extension, odd cases and unsupported ones. */
export const TEXT_FILE_NAMES = ['artikel.txt', 'ARTIKEL.TXT', 'notiz.md', 'notiz.markdown', 'seite.html', 'seite.htm', '.txt', 'bericht.pdf', 'ohne-endung', 'ordner/tief/datei.txt', 'C:\\Users\\x\\datei.txt'];

const CORPUS = ['000_2010653594c6cf10.txt', 'emoji-astral.txt', 'gipfel.cp1252.txt', 'nfd-umlaute.txt', 'utf8-bom.txt', 'wahl.utf16le-bom.txt'];

const article = repoBytes('tests/fixtures/corpus/emoji-astral.txt').toString('utf8');

/** The corpus files as they are, plus Markdown and HTML made from a corpus text (scripts, entities, comments). */
export const TEXT_FIXTURES: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }> = [
  ...CORPUS.map((name) => ({ name, bytes: repoBytes(`tests/fixtures/corpus/${name}`) })),
  { name: 'edited.txt', bytes: repoBytes('tests/fixtures/review/000_2010653594c6cf10.edited.txt') },
  {
    name: 'artikel.md',
    bytes: Buffer.from(`---\ntitle: x\n---\n# Eilmeldung\n\n${article.split('\n').join('  \n')}\n\n* **Punkt** [Link](https://x)\n\n\`\`\`\ncode\n\`\`\`\n<script>alert(1)</script>\n`, 'utf8'),
  },
  {
    name: 'seite.html',
    bytes: Buffer.from(`<!doctype html><html><head><title>Eilmeldung &amp; mehr</title><style>p{}</style></head><body><!-- c --><p>${article.replace(/\n/g, '</p><p>')}</p><script>document.write('x')</script><p>&euro; &#x1F600; &#128; &#xD800; &bogus;</p></body></html>`, 'utf8'),
  },
];

/** How generated text is written to bytes: the encodings Tagwerk detects, with or without a BOM. */
const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le', 'utf16le-bom', 'utf16be-bom', 'win1252'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'win1252':
      return iconv.encode(text, 'windows-1252');
  }
}

/** Text with line endings of every kind, NFD, astral characters, BOMs inside, controls and markup, encoded somehow. */
export const generatedTextFileArb: fc.Arbitrary<{ name: string; bytes: Uint8Array }> = fc
  .record({
    parts: fc.array(
      fc.oneof(
        { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
        { weight: 3, arbitrary: fc.constantFrom('\r\n', '\r', '\n', '\n\n', 'Mu\u0308ller', '😀', '👍🏽', '\ufeff', '\u0000', '\u0085', '\u001b', '\t', ' ', '„Ja“ – 5 €') },
        { weight: 1, arbitrary: fc.constantFrom('<p>', '</p>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#0;', '&#xD800;', '# ', '* ', '```', '<title>', '</title>') },
      ),
      { maxLength: 40 },
    ),
    encoding: fc.constantFrom(...ENCODINGS),
    name: fc.constantFrom(...TEXT_FILE_NAMES),
  })
  .map(({ parts, encoding, name }) => ({ name, bytes: encode(parts.join(''), encoding) }));

/** Why an opened text is not canonical (empty when it is): what every document id is computed from. */
export function canonicalProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('blank text accepted');
  if (text !== canonicalizeText(text)) problems.push('canonicalizing it again changes it');
  if (text.includes('\r')) problems.push('holds a CR');
  if (text !== text.normalize('NFC')) problems.push('is not NFC');
  if (/\p{Cs}/u.test(text)) problems.push('holds an unpaired surrogate');
  if (text.includes('\u0000')) problems.push('holds a NUL');
  return problems;
}
