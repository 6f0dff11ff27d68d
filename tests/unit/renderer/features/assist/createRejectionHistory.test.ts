import { describe, expect, it } from 'vitest';
import type { History } from '@shared/annotation/history';
import type { TaggedDocument } from '@shared/relation/relationList';
import { createRejectionHistory } from '../../../../../renderer/features/assist/createRejectionHistory';

/** Undo steps: each a distinct document state (the review's rejection steps keep the tags as they were). */
const step = (): TaggedDocument => ({ annotations: [], relations: [] });
const history = (past: TaggedDocument[], present: TaggedDocument, future: TaggedDocument[] = []): History<TaggedDocument> => ({
  past: past.map((state) => ({ state, label: undefined })),
  present,
  future: future.map((state) => ({ state, label: undefined })),
  limit: 500,
});

/** Rejected strings with an emoji and an NFD umlaut (a combining diaeresis). */
const cases = [
  { label: 'actor', text: 'Jürgen Mu\u0308ller' },
  { label: 'quote', text: '„Wir bleiben dabei 📰“' },
] as const;

describe('createRejectionHistory', () => {
  it.each(cases)('a rejection of $text holds while its step is past or present: undo takes it back, redo gives it again, once each', (entry) => {
    const rejections = createRejectionHistory();
    const [start, rejected] = [step(), step()];
    rejections.add(entry, rejected);
    expect(rejections.active()).toEqual([entry]);
    expect(rejections.follow(history([start], rejected))).toEqual([]);
    expect(rejections.follow(history([], start, [rejected]))).toEqual([{ entry, holds: false }]);
    expect(rejections.active()).toEqual([]);
    expect(rejections.follow(history([], start, [rejected]))).toEqual([]);
    expect(rejections.follow(history([start], rejected))).toEqual([{ entry, holds: true }]);
    expect(rejections.active()).toEqual([entry]);
  });

  it('a rejection whose step left the history (undone, then a new change cleared redo) is forgotten as it is: taken back for good', () => {
    const rejections = createRejectionHistory();
    const [start, rejected, other] = [step(), step(), step()];
    rejections.add(cases[0], rejected);
    expect(rejections.follow(history([], start, [rejected]))).toEqual([{ entry: cases[0], holds: false }]);
    expect(rejections.follow(history([start], other))).toEqual([]);
    expect(rejections.active()).toEqual([]);
    // Gone for good: even a history that names the step again turns nothing.
    expect(rejections.follow(history([start], rejected))).toEqual([]);
  });
});
