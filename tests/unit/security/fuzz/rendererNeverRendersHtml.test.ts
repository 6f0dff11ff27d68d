import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Imported strings (texts, titles, labels, notes, problem messages) must never
// be rendered as HTML. React escapes what it renders as text; these are the ways around that.

const RENDERER = fileURLToPath(new URL('../../../../renderer/', import.meta.url));

/** Every way to turn a string into markup in a page, with what to use instead. */
const HTML_SINKS: ReadonlyArray<{ readonly pattern: RegExp; readonly name: string }> = [
  { pattern: /dangerouslySetInnerHTML/, name: 'dangerouslySetInnerHTML (render the string as a React text child)' },
  { pattern: /\.\s*innerHTML\b|\binnerHTML\s*[:=]/, name: 'innerHTML (use textContent)' },
  { pattern: /\.\s*outerHTML\b/, name: 'outerHTML' },
  { pattern: /\binsertAdjacentHTML\b/, name: 'insertAdjacentHTML (use insertAdjacentText)' },
  { pattern: /\bdocument\s*\.\s*write(?:ln)?\b/, name: 'document.write' },
  { pattern: /\bcreateContextualFragment\b/, name: 'Range.createContextualFragment' },
  { pattern: /\bparseFromString\b/, name: 'DOMParser.parseFromString' },
  { pattern: /\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/, name: 'setHTMLUnsafe / parseHTMLUnsafe' },
  { pattern: /\bsrcdoc\b/i, name: 'iframe srcdoc' },
  // TipTap parses a string given as content as HTML: the editor document is built as JSON instead.
  { pattern: /\b(?:setContent|insertContent|insertContentAt)\s*\(\s*(?:[^,)]*,\s*)?['"`]/, name: 'TipTap content given as a string (parsed as HTML; pass JSON)' },
  { pattern: /\bgenerateJSON\s*\(/, name: 'TipTap generateJSON (parses HTML)' },
];

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.html']);

/** Source files under `dir` (recursively). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE_EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
  });
}

/** `file:line: sink` for every HTML sink in a source text. */
function htmlSinksIn(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, index) => HTML_SINKS.filter((sink) => sink.pattern.test(line)).map((sink) => `${file}:${index + 1}: ${sink.name}`));
}

describe('the renderer never renders strings as HTML', () => {
  it('has no HTML sink anywhere in renderer/ (innerHTML, dangerouslySetInnerHTML, document.write, string content for TipTap, …)', () => {
    const files = sourceFiles(RENDERER);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => htmlSinksIn(path.relative(RENDERER, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('would notice each sink (the scan is not vacuous)', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: note }} />',
      'chip.innerHTML = label;',
      'const { innerHTML: x } = el;',
      'el.outerHTML = x',
      "el.insertAdjacentHTML('beforeend', title)",
      'document.write(text)',
      'document . writeln(text)',
      'range.createContextualFragment(html)',
      "new DOMParser().parseFromString(html, 'text/html')",
      'el.setHTMLUnsafe(x)',
      '<iframe srcDoc={page} />',
      'editor.commands.setContent(`<p>${text}</p>`)',
      "editor.commands.insertContentAt(3, '<b>x</b>')",
      'generateJSON(html, extensions)',
    ];
    for (const sample of samples) expect(htmlSinksIn('x.tsx', sample), sample).toHaveLength(1);
    expect(htmlSinksIn('x.tsx', 'chip.textContent = label; editor.commands.setContent(doc); <p>{note}</p>')).toEqual([]);
  });
});
