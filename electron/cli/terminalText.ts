import { printableText } from '@shared/formats/quoted';

/**
 * Output for a terminal: every line with its control, bidi and unpaired-surrogate characters
 * written as `\uXXXX` escapes (tabs kept), so a title or name from a file can neither send an
 * escape sequence nor reorder the line; line breaks between lines stay.
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map(printableText).join('\t'))
    .join('\n');
}
