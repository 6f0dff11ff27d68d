import type { SpanProposal } from '@shared/assist/suggestion';

/** The text of each proposed span, so case tables read as what the analyst would see. */
export function spanTexts(text: string, spans: readonly SpanProposal[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
