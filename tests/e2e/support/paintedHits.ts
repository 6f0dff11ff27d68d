import type { Page } from '@playwright/test';
import { paintedRanges } from './paintedRanges';

/** One search hit the page paints: its text, whether it is the current hit, and its first line box (client px). */
export interface PaintedHit {
  readonly text: string;
  readonly current: boolean;
  readonly box: { x: number; y: number; width: number; height: number } | null;
  /** The index of the editor paragraph (`p`) the hit starts in. */
  readonly paragraph: number;
}

/**
 * The search hits painted in the editor now, in text order: the ranges of the `tw-search-hit` and
 * `tw-search-current` custom highlights that stand on text in the page — what a user sees marked,
 * read from the browser's highlight registry, not from our state.
 */
export async function paintedHits(page: Page): Promise<PaintedHit[]> {
  return (await paintedRanges(page, '^tw-search-(hit|current)$')).map(({ name, text, box, paragraph }) => ({ text, current: name === 'tw-search-current', box, paragraph }));
}
