import type { Suggestion } from '@shared/assist/suggestion';
import { sliceClock } from './sliceClock';
import type { LoadSlices } from './suggestionReviewTypes';

/** What `loadInSlices` reads and feeds. */
export interface SliceLoad<T> {
  /** My tags now, in text order: read at each part, so tags made while loading are taken along. */
  mine(): readonly T[];
  /** Puts the first of my tags into the index (each new string of mine is learned: queued for later work). */
  takeMine(first: readonly T[]): void;
  /** Puts the next part of the rule suggestions into the index. */
  takeRules(part: readonly Suggestion[]): void;
  /** Runs after each slice but the last (keys held for the mode may act on what is in). */
  between(): void;
  /** Runs once, when all are in. */
  done(): void;
}

/**
 * Puts a text's suggestions into the index a slice at a time, as many parts per slice as
 * `slices` allows, the rest in a later job: first my tags (`slice / 40` a part: each new string
 * of mine is learned, thousands of occurrences for a common word), then the rule suggestions
 * (`slice` a part), so 600,000 suggestions never make one long task. The first slice runs now;
 * `loadingMine` is true while my tags are still going in.
 */
export function loadInSlices<T>(rules: readonly Suggestion[], slices: LoadSlices, load: SliceLoad<T>): { loadingMine(): boolean } {
  let mineIn = 0;
  let mineDone = false;
  let at = 0;
  const left = () => at < rules.length || !mineDone;
  const step = () => {
    const more = sliceClock(slices);
    do {
      const mine = load.mine();
      if (!mineDone && mineIn < mine.length) {
        mineIn = Math.min(mine.length, mineIn + Math.max(1, Math.floor(slices.slice / 40)));
        load.takeMine(mine.slice(0, mineIn));
      } else {
        mineDone = true;
        load.takeRules(rules.slice(at, at + slices.slice));
        at += slices.slice;
      }
    } while (left() && more());
    if (!left()) return load.done();
    load.between();
    slices.schedule(step);
  };
  step();
  return { loadingMine: () => !mineDone };
}
