import type { OffsetConverter } from '../text/offsetConverter';
import type { LabeledString } from './suggestLearned';
import { buildWordPositions, type WordPositions } from './wordPositions';

/** UTF-16 units of text the word index takes in per part (well under a millisecond). */
export const WORD_PART = 8_000;
/** Occurrences of a learned string handed out per part. */
export const LEARN_PART = 100;

/** One part of the queued learning: the next occurrences (code points) of one queued (label, string); none when the part built the word index. */
export interface LearningPart {
  /** The (label, string) key the string was queued under. */
  readonly key: string;
  readonly label: string;
  /** In NFC, like the text. */
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The strings whose learned state changed and whose occurrences in the text are not all walked
 * yet, oldest first, handed out a bounded part at a time, so the index can update learned
 * suggestions in idle slices of a few milliseconds and no key press pays for a word that occurs
 * thousands of times.
 */
export interface LearningQueue {
  /** Queues a string that became learned or unlearned; queued already, its occurrences are walked again from the first. */
  requeue(key: string, entry: LabeledString): void;
  /** True while a queued string has occurrences left to hand out. */
  pending(): boolean;
  /** The next part: a part of the word index (no spans) until it is built, then at most `LEARN_PART` occurrences of the oldest string; null when nothing is queued. */
  take(): LearningPart | null;
}

/** A queued string: its occurrences (UTF-16) once found, and how many are handed out. */
interface Job {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  spans: { start: number; end: number }[] | null;
  at: number;
}

/** Creates the queue for `text`, whose occurrences it reports in the code points `converter` counts. */
export function createLearningQueue(text: string, converter: Pick<OffsetConverter, 'utf16ToCodePoint'>): LearningQueue {
  const wordIndex = buildWordPositions(text);
  let words: WordPositions | null = null;
  const jobs = new Map<string, Job>();
  return {
    requeue(key, entry) {
      const job = jobs.get(key);
      if (job) job.at = 0;
      else jobs.set(key, { key, label: entry.label, text: entry.text.normalize('NFC'), spans: null, at: 0 });
    },
    pending: () => jobs.size > 0,
    take() {
      const job = jobs.values().next().value;
      if (!job) return null;
      const { key, label } = job;
      if (!words) {
        words = wordIndex.advance(WORD_PART);
        return { key, label, text: job.text, spans: [] };
      }
      job.spans ??= job.text.trim() === '' ? [] : words.find(job.text);
      const until = Math.min(job.spans.length, job.at + LEARN_PART);
      const spans: { start: number; end: number }[] = [];
      for (; job.at < until; job.at++) {
        const span = job.spans[job.at] as { start: number; end: number };
        spans.push({ start: converter.utf16ToCodePoint(span.start), end: converter.utf16ToCodePoint(span.end) });
      }
      if (job.at >= job.spans.length) jobs.delete(key);
      return { key, label, text: job.text, spans };
    },
  };
}
