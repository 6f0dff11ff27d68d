import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../../electron/node/files/markdownToText';

describe('markdownToText', () => {
  it.each([
    { name: 'ATX headings lose their #', md: '# Gipfel in Brüssel #\n\n## Hintergrund', text: 'Gipfel in Brüssel\nHintergrund' },
    { name: 'a # without space is text', md: '#Hashtag bleibt', text: '#Hashtag bleibt' },
    { name: 'setext headings lose their underline', md: 'Titel\n=====\n\nUntertitel\n---\nText', text: 'Titel\nUntertitel\nText' },
    { name: 'soft-wrapped lines join into one paragraph', md: '„Wir stehen\ngeschlossen zusammen“,\nsagte sie.', text: '„Wir stehen geschlossen zusammen“, sagte sie.' },
    { name: 'blank lines collapse to one break', md: 'Eins\n\n\n\nZwei\n   \nDrei\n', text: 'Eins\nZwei\nDrei' },
    { name: 'hard breaks (two spaces, backslash) keep the line break', md: 'Zeile eins  \nZeile zwei\\\nZeile drei', text: 'Zeile eins\nZeile zwei\nZeile drei' },
    { name: 'emphasis markers go', md: 'Das ist **fett**, *kursiv*, ***beides***, __auch__, _so_ und ~~alt~~.', text: 'Das ist fett, kursiv, beides, auch, so und alt.' },
    { name: 'nested emphasis', md: '**fett mit *kursiv* darin**', text: 'fett mit kursiv darin' },
    { name: 'snake_case and lone stars stay', md: 'Variable snake_case_name, 3 * 4 * 5 und a*b', text: 'Variable snake_case_name, 3 * 4 * 5 und a*b' },
    { name: 'links keep their text', md: 'Laut [Tagesschau](https://x.org/a_(b) "Titel") und [Quelle][ref] sowie <https://x.org>.\n\n[ref]: https://q.org', text: 'Laut Tagesschau und Quelle sowie https://x.org.' },
    { name: 'images are dropped', md: 'Vor ![Ein Bild](bild.png) nach ![ref][img]\n\n[img]: bild.png', text: 'Vor nach' },
    { name: 'reference definitions are dropped', md: 'Text [a][1]\n\n[1]: https://x.org "T"', text: 'Text a' },
    { name: 'code spans keep their content literally', md: 'Mit `code *nicht* kursiv` und ``a ` b``', text: 'Mit code *nicht* kursiv und a ` b' },
    { name: 'fenced code keeps its lines', md: 'Vor\n```js\nconst x = 1;\n\n  console.log(x);\n```\nNach', text: 'Vor\nconst x = 1;\n  console.log(x);\nNach' },
    { name: 'tilde fences too', md: '~~~\n# kein Titel\n~~~', text: '# kein Titel' },
    { name: 'bullets go, list numbers stay', md: '- Eins\n* Zwei\n  fortgesetzt\n+ Drei\n\n1. Erstens\n2) Zweitens', text: 'Eins\nZwei fortgesetzt\nDrei\n1. Erstens\n2) Zweitens' },
    { name: 'blockquote markers go', md: '> „Zitat **fett**\n> weiter“\n>\n> > Verschachtelt', text: '„Zitat fett weiter“\nVerschachtelt' },
    { name: 'thematic breaks are paragraph breaks', md: 'A\n\n***\n\nB\n- - -\nC', text: 'A\nB\nC' },
    { name: 'tables become tab-separated rows', md: '| Land | Anteil |\n|------|:------:|\n| DE | 74,4 % |\n| AT | 2 \\| 3 |', text: 'Land\tAnteil\nDE\t74,4 %\nAT\t2 | 3' },
    { name: 'backslash escapes and entities', md: '\\*kein Stern\\* &amp; &bdquo;Zitat&ldquo; \\&amp;', text: '*kein Stern* & „Zitat“ &amp;' },
    { name: 'inline HTML tags go, <br> breaks', md: 'Ein <b>fettes</b> Wort<br>neue Zeile', text: 'Ein fettes Wort\nneue Zeile' },
    { name: 'front matter is dropped', md: '---\ntitle: "Meta"\ndate: 2025-07-03\n---\n# Echt', text: 'Echt' },
    { name: 'emoji stay whole', md: '**Eilmeldung** 📰 👍🏽 🇩🇪', text: 'Eilmeldung 📰 👍🏽 🇩🇪' },
    { name: 'NFD umlaut is kept (canonicalized later)', md: '*Mu\u0308ller*', text: 'Mu\u0308ller' },
  ])('$name', ({ md, text }) => {
    expect(markdownToText(md)).toBe(text);
  });

  // CommonMark rules the former hand-written tokenizer did not know (now parsed by micromark).
  it.each([
    { name: 'a reference without a definition stays literal text', md: 'Siehe [Quelle][fehlt] und ![Bild][nix].', text: 'Siehe [Quelle][fehlt] und ![Bild][nix].' },
    { name: 'entities inside code spans stay literal', md: 'Schreiben Sie `&amp;` für &amp;.', text: 'Schreiben Sie &amp; für &.' },
    { name: 'an indented code block keeps its lines', md: 'Vor\n\n    eingerückt\n      tiefer\n\nNach', text: 'Vor\neingerückt\n  tiefer\nNach' },
    { name: 'lazy continuation stays in the blockquote paragraph', md: '> „Wir bleiben\ndabei“, sagte sie.', text: '„Wir bleiben dabei“, sagte sie.' },
    { name: 'an HTML block is read as HTML: tags go, its text stays', md: '<div class="kasten">\n<p>Im <b>Kasten</b></p>\n</div>\n\nDanach', text: 'Im Kasten\nDanach' },
    { name: 'an inline script in a paragraph is dropped with its content', md: 'Vor <script>alert(1)</script> nach', text: 'Vor nach' },
    { name: 'intraword underscores are not emphasis, stars are', md: 'foo_bar_baz und foo*bar*baz', text: 'foo_bar_baz und foobarbaz' },
    { name: 'a list inside a blockquote', md: '> - Eins 🇩🇪\n> - Zwei Mu\u0308ller', text: 'Eins 🇩🇪\nZwei Mu\u0308ller' },
    { name: 'a numbered list starting at 7 keeps its numbers', md: '7. Sieben\n8. Acht', text: '7. Sieben\n8. Acht' },
    { name: 'a heading cannot be interrupted into a paragraph by a list number without a space', md: '2025.Jahr', text: '2025.Jahr' },
  ])('$name', ({ md, text }) => {
    expect(markdownToText(md)).toBe(text);
  });

  it('drops scripts, styles and comments, also across lines, and they end a paragraph', () => {
    const md = 'Vor dem Skript\n<script>\nalert(1)\n</script>\n<style>p{}</style>\nDanach <!-- kurz --> weiter\n<!--\nlang\n-->\nEnde';
    expect(markdownToText(md)).toBe('Vor dem Skript\nDanach weiter\nEnde');
  });

  it('collapses runs of spaces outside code spans', () => {
    expect(markdownToText('viel   Platz\t\tund `a   b`')).toBe('viel Platz und a   b');
  });

  it('keeps <script> and <!-- written as code or left open in mid-line, without swallowing later text', () => {
    expect(markdownToText('Das `<script>`-Element\n\nNächster Absatz')).toBe('Das <script>-Element\nNächster Absatz');
    expect(markdownToText('Pfeil <!-- offen\n\nNächster Absatz')).toBe('Pfeil <!-- offen\nNächster Absatz');
  });

  it('does not drop script text shown inside a code fence', () => {
    expect(markdownToText('```html\n<script>alert(1)</script>\n```')).toBe('<script>alert(1)</script>');
  });
});
