import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../../electron/node/files/htmlToText';

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

  it('keeps all text around misnested or stray end tags (ignored, as a browser ignores them)', () => {
    expect(htmlToText('<p>A</span>B</div>C</p></p><p>D').text).toBe('ABC\nD');
  });
});

describe('htmlToText decodes entities as HTML does', () => {
  it('decodes named, decimal and hex references, legacy names without semicolon', () => {
    expect(htmlToText('<p>&auml;&ouml;&uuml;&Auml;&szlig;&yuml;&nbsp;&copy 2025 &amp</p>').text).toBe('äöüÄßÿ\u00a0© 2025 &');
    expect(htmlToText('<p>&hellip;&mdash;&sbquo;&lsquo;&rsquo;&raquo;&laquo;&Omega;&sigmaf;&pi;</p>').text).toBe('…—‚‘’»«Ωςπ');
  });

  it('turns invalid code points into U+FFFD and leaves unknown names alone', () => {
    expect(htmlToText('<p>&#0;&#xD800;&#x110000;</p>').text).toBe('\uFFFD\uFFFD\uFFFD');
    expect(htmlToText('<p>&unknown; x</p>').text).toBe('&unknown; x');
  });

  it('treats script content as raw text up to the real end tag', () => {
    expect(htmlToText('<script>var s = "<p>";</scripts></script >x').text).toBe('x');
  });

  it('reads upper-case tags, doctypes and comments as a browser does', () => {
    expect(htmlToText('<!DOCTYPE html><P Class=x>Hi<!-- c --></p><br/>').text).toBe('Hi');
  });
});
