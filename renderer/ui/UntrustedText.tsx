import { revealFormatCharacters } from '@shared/text/revealFormatCharacters';

/**
 * A title, source or name from a file: isolated from the text around it (`<bdi>`), with spoofing
 * format characters made visible, so a right-to-left override cannot reorder what follows it.
 */
export function UntrustedText({ text }: { text: string }) {
  return <bdi>{revealFormatCharacters(text)}</bdi>;
}
