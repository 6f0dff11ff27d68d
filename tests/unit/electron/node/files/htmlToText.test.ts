import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../../electron/node/files/htmlToText';
import { decodeHtmlEntities } from '../../../../../electron/node/files/decodeHtmlEntities';
import { tokenizeHtml } from '../../../../../electron/node/files/tokenizeHtml';

describe('htmlToText', () => {
  it.each([
    { name: 'paragraphs', html: '<p>Eins</p><p>Zwei</p>', text: 'Eins\nZwei' },
    { name: 'headings and divs', html: '<h1>Titel</h1><div>Text <span>mit</span> Span</div>', text: 'Titel\nText mit Span' },
    { name: 'br is a line break', html: '<p>Zeile eins<br>Zeile zwei<br/>drei</p>', text: 'Zeile eins\nZeile zwei\ndrei' },
    { name: 'repeated breaks collapse', html: '<p>A</p>\n\n<p></p><p>&nbsp;</p><br><br><br><div><p>B</p></div>', text: 'A\nB' },
    { name: 'whitespace collapses like a browser', html: '<p>  viel \n\t Platz  <b>hier</b> </p>', text: 'viel Platz hier' },
    { name: 'inline elements do not add spaces', html: '<p>Br<b>ü</b>ssel</p>', text: 'Brüssel' },
    { name: 'nbsp stays inside a line', html: '<p>50&nbsp;€</p>', text: '50\u00a0€' },
    { name: 'German entities', html: '<p>&bdquo;Gr&uuml;&szlig;e&ldquo; &ndash; 5&nbsp;&euro; &amp; &lt;mehr&gt;</p>', text: '„Grüße“ – 5\u00a0€ & <mehr>' },
    { name: 'numeric entities, 128–159 as windows-1252', html: '<p>&#8222;x&#8220; &#x20AC; &#150; &#132;y&#147;</p>', text: '„x“ € – „y“' },
    { name: 'emoji and astral entities', html: '<p>👍🏽 &#x1F600; &#128512;</p>', text: '👍🏽 😀 😀' },
    { name: 'NFD umlaut (canonicalized later)', html: '<p>Mu&#776;ller u\u0308ber</p>', text: 'Mu\u0308ller u\u0308ber' },
    { name: 'list items', html: '<ul><li>Eins</li><li>Zwei <em>zwei</em></li></ul>', text: 'Eins\nZwei zwei' },
    { name: 'table rows with tab-separated cells', html: '<table><tr><th>Land</th><th>Anteil</th></tr><tr><td>DE</td><td>74,4 %</td></tr></table>', text: 'Land\tAnteil\nDE\t74,4 %' },
    { name: 'pre keeps spaces and lines', html: '<pre>\n  a  b\n\n  c</pre><p>d</p>', text: '  a  b\n  c\nd' },
    { name: 'attributes with > and quotes', html: '<p title="a > b" data-x=\'<p>\'>Text</p>', text: 'Text' },
    { name: 'literal < that starts no tag', html: '<p>1 < 2 und 3 <= 4</p>', text: '1 < 2 und 3 <= 4' },
    { name: 'images dropped', html: '<p>Vor <img src="x.png" alt="Bild"> nach</p>', text: 'Vor nach' },
    { name: 'unknown entity stays', html: '<p>&foo; &amp</p>', text: '&foo; &' },
  ])('$name', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('drops scripts, styles and comments, even when they contain markup', () => {
    const html =
      '<html><head><title>T</title><script>alert(1); document.write("<p>evil</p>")</script>' +
      '<style>p { content: "<b>x</b>" }</style></head><body><!-- <p>versteckt</p> -->' +
      '<p>Sichtbar</p><SCRIPT type="module">alert(2)</SCRIPT ><script>if (a </b) {}</script>' +
      '<noscript><p>Bitte JavaScript aktivieren</p></noscript><template><p>Vorlage</p></template>' +
      '<svg><title>Icon</title><text>svg</text></svg><p>Ende</p></body></html>';
    const { text, title } = htmlToText(html);
    expect(text).toBe('Sichtbar\nEnde');
    expect(text).not.toMatch(/alert|evil|content|versteckt|JavaScript|Vorlage|svg|Icon/);
    expect(title).toBe('T');
  });

  it('drops an unclosed comment or script to the end, and a tag cut off at the end', () => {
    expect(htmlToText('<p>A</p><!-- offen <p>B</p>').text).toBe('A');
    expect(htmlToText('<p>A</p><script>alert(1)<p>B</p>').text).toBe('A');
    expect(htmlToText('<p>A</p><p class="x').text).toBe('A');
  });

  it('reads the document title, whitespace collapsed; null when missing', () => {
    expect(htmlToText('<title>\n  Wahl &amp; Ergebnis \n</title><p>x</p>').title).toBe('Wahl & Ergebnis');
    expect(htmlToText('<p>x</p>').title).toBeNull();
    expect(htmlToText('<title> </title><p>x</p>').title).toBeNull();
  });

  it('keeps all text around misnested or stray end tags (a stray block end tag breaks the line)', () => {
    expect(htmlToText('<p>A</span>B</div>C</p></p><p>D').text).toBe('AB\nC\nD');
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references, legacy names without semicolon', () => {
    expect(decodeHtmlEntities('&auml;&ouml;&uuml;&Auml;&szlig;&yuml;&nbsp;&copy 2025 &amp')).toBe('äöüÄßÿ\u00a0© 2025 &');
    expect(decodeHtmlEntities('&hellip;&mdash;&sbquo;&lsquo;&rsquo;&raquo;&laquo;&Omega;&sigmaf;&pi;')).toBe('…—‚‘’»«Ωςπ');
  });

  it('turns invalid code points into U+FFFD and leaves unknown or unterminated names alone', () => {
    expect(decodeHtmlEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
    expect(decodeHtmlEntities('&unknown; &hellip &')).toBe('&unknown; &hellip &');
  });
});

describe('tokenizeHtml', () => {
  it('yields text, start and end tokens and nothing for comments or doctypes', () => {
    expect([...tokenizeHtml('<!DOCTYPE html><P Class=x>Hi<!-- c --></p><br/>')]).toEqual([
      { type: 'start', name: 'p', selfClosing: false },
      { type: 'text', text: 'Hi' },
      { type: 'end', name: 'p' },
      { type: 'start', name: 'br', selfClosing: true },
    ]);
  });

  it('treats script content as raw text up to the real end tag', () => {
    const tokens = [...tokenizeHtml('<script>var s = "<p>";</scripts></script >x')];
    expect(tokens).toEqual([
      { type: 'start', name: 'script', selfClosing: false },
      { type: 'text', text: 'var s = "<p>";</scripts>' },
      { type: 'end', name: 'script' },
      { type: 'text', text: 'x' },
    ]);
  });
});
