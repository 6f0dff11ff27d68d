import { codePointLength } from '@shared/text/offsetConverter';

/** One gold span in code points, with the mention id a quote's source may name. */
export interface GoldSpan {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mention?: string;
  readonly sourceOf?: string;
}

/** A gold text: the plain text and its spans; `source` links go from a quote to the actor with that mention id. */
export interface GoldText {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

const HEADER = /^([a-z]+)(?:=([\w-]+))?(?:>([\w-]+))?:/u;

/**
 * Parses the gold markup `{{label:text}}`, `{{actor=id:Name}}` (a mention id) and
 * `{{quote>id:„…“}}` (a quote whose source is mention `id`); spans may nest. Offsets are code
 * points of the text without markup. Unbalanced or malformed markup throws, naming the place.
 */
export function parseGoldMarkup(markup: string): GoldText {
  const spans: GoldSpan[] = [];
  const open: { label: string; mention?: string; sourceOf?: string; start: number; textStart: number }[] = [];
  let text = '';
  let cp = 0;
  for (let i = 0; i < markup.length;) {
    if (markup.startsWith('{{', i)) {
      const header = HEADER.exec(markup.slice(i + 2));
      if (!header) throw new Error(`malformed gold markup at character ${i}: ${markup.slice(i, i + 30)}`);
      open.push({ label: header[1] as string, mention: header[2], sourceOf: header[3], start: cp, textStart: text.length });
      i += 2 + header[0].length;
    } else if (markup.startsWith('}}', i)) {
      const frame = open.pop();
      if (!frame) throw new Error(`unmatched "}}" at character ${i}`);
      spans.push({
        label: frame.label, start: frame.start, end: cp, text: text.slice(frame.textStart),
        ...(frame.mention ? { mention: frame.mention } : {}), ...(frame.sourceOf ? { sourceOf: frame.sourceOf } : {}),
      });
      i += 2;
    } else {
      const ch = String.fromCodePoint(markup.codePointAt(i) as number);
      text += ch;
      cp += codePointLength(ch);
      i += ch.length;
    }
  }
  if (open.length > 0) throw new Error(`unclosed "{{${open[0]?.label}" in gold markup`);
  return { text, spans: spans.sort((a, b) => a.start - b.start || a.end - b.end) };
}
