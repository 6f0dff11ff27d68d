import { describe, expect, it } from 'vitest';
import { commitHistory, createHistory, undoHistory, redoHistory, type History } from '@shared/annotation/history';
import type { LabeledString } from '@shared/assist/suggestLearned';
import { suggestRules } from '@shared/assist/suggestRules';
import type { TaggedDocument } from '@shared/relation/relationList';
import { createOffsetConverter } from '@shared/text/offsetConverter';
import { createSuggestionReview } from '../../../../../renderer/features/assist/createSuggestionReview';

/** A session double over a real undo history: each replaceDocument is one step, undo/redo move through it. */
function fakeSession(text: string) {
  let history: History<TaggedDocument> = createHistory<TaggedDocument>({ annotations: [], relations: [] });
  const steps: string[] = [];
  const said: string[] = [];
  let n = 0;
  return {
    documentId: 'sha256:test',
    text,
    converter: createOffsetConverter(text),
    steps,
    said,
    annotations: () => history.present.annotations,
    relations: () => history.present.relations,
    getState: () => ({ history }) as never,
    replaceDocument(update: (current: TaggedDocument, tools: { annotator: string; now: string; newId(): string }) => TaggedDocument | undefined, label: string) {
      const next = update(history.present, { annotator: 'me', now: '2026-01-01T00:00:00.000Z', newId: () => `a${++n}` });
      if (next === undefined || next === history.present) return false;
      history = commitHistory(history, next, label);
      steps.push(label);
      return true;
    },
    say: (message: { key: string } | null) => void (message && said.push(message.key)),
    undo: () => void (history = undoHistory(history)),
    redo: () => void (history = redoHistory(history)),
  };
}

const TEXT = '😀 „Wir bleiben dabei“, sagte Ministerin Anna Kru\u0308ger am Dienstag. Am Mittwoch kam Olaf Scholz.';

/** A review loaded with the text's rule suggestions, its drawing recorded, its rejections remembered. */
function loaded(text = TEXT, rejected: LabeledString[] = []) {
  const session = fakeSession(text);
  const remembered: [string, boolean][] = [];
  const draws = { count: 0 };
  const review = createSuggestionReview(session, { setRejected: (entry, on) => void remembered.push([`${entry.label}:${entry.text}`, on]) });
  review.attach(() => void (draws.count += 1));
  review.setOpen(true);
  review.load(suggestRules(text), rejected);
  return { session, review, remembered, draws };
}

/**
 * An open review of `paragraphs` copies of one paragraph (an emoji and an NFD umlaut in it) that
 * loads in slices of 10 on a fake clock — 5 ms per reading, past the 4 ms budget after each slice,
 * so one slice per job — with the jobs queued for the test to run and each drawn patch's size kept.
 */
function slicedReview(paragraphs: number) {
  const paragraph = 'Am Dienstag sagte Ministerin Anna Kru\u0308ger 😀: „Wir bleiben dabei.“';
  const text = Array.from({ length: paragraphs }, () => paragraph).join('\n');
  const session = fakeSession(text);
  const jobs: (() => void)[] = [];
  let clock = 0;
  const review = createSuggestionReview(session, { setRejected: () => undefined }, { slice: 10, budgetMs: 4, schedule: (job) => void jobs.push(job), now: () => (clock += 5) });
  const drawn: number[] = [];
  review.attach((patch) => void drawn.push(patch === null ? -1 : patch.added.length));
  review.setOpen(true);
  return { paragraph, text, session, jobs, review, drawn };
}

describe('createSuggestionReview', () => {
  it('accepting a quote makes it, its speaker and the source relation mine in ONE undo step, and moves on', () => {
    const { session, review } = loaded();
    expect(review.move(1)?.text).toBe('„Wir bleiben dabei“');
    expect(review.accept()).toBe(true);
    expect(session.steps).toEqual(['assist.accept']);
    expect(session.annotations().map((a) => [a.label, a.text, a.origin])).toEqual([
      ['quote', '„Wir bleiben dabei“', 'assist'],
      ['actor', 'Anna Kru\u0308ger', 'assist'],
    ]);
    const [quote, actor] = session.annotations();
    expect(session.relations()).toEqual([expect.objectContaining({ type: 'source', from: quote?.id, to: actor?.id, annotator: 'me' })]);
    expect(session.said).toContain('assist.acceptedWithSource');
    // Both are mine now: neither is suggested any more, and the current one moved past them.
    expect(review.visible().map((s) => s.text)).not.toContain('Anna Kru\u0308ger');
    expect(review.current()?.text).toBe('am Dienstag');
  });

  it('a rejection is remembered for good, is its own undo step, and undo takes it back (redo gives it again)', () => {
    const { session, review, remembered } = loaded();
    const before = review.count();
    while (review.current()?.text !== 'Olaf Scholz') review.move(1);
    expect(review.reject()).toBe(true);
    expect(remembered).toEqual([['actor:Olaf Scholz', true]]);
    expect(review.count()).toBe(before - 1);
    expect(session.annotations()).toEqual([]);
    session.undo();
    review.sync();
    expect(remembered).toEqual([['actor:Olaf Scholz', true], ['actor:Olaf Scholz', false]]);
    expect(review.count()).toBe(before);
    session.redo();
    review.sync();
    expect(remembered.at(-1)).toEqual(['actor:Olaf Scholz', true]);
    expect(review.count()).toBe(before - 1);
  });

  it('what main remembers as rejected is never shown', () => {
    const { review } = loaded(TEXT, [{ label: 'actor', text: 'Olaf Scholz' }]);
    expect(review.visible().map((s) => s.text)).not.toContain('Olaf Scholz');
  });

  it('strings learned in other documents are redrawn where they are; a window of the text draws only what overlaps it', () => {
    const { review, draws } = loaded();
    draws.count = 0;
    review.learn([{ label: 'claim', text: 'Mittwoch' }]);
    expect(draws.count).toBe(1);
    const at = Array.from(TEXT).join('').indexOf('Mittwoch');
    const start = Array.from(TEXT.slice(0, at)).length;
    expect(review.visibleIn(start, start + 8).map((s) => [s.label, s.text])).toEqual([['date', 'Am Mittwoch'], ['claim', 'Mittwoch']]);
    expect(review.visibleIn(0, 2)).toEqual([]);
    review.setOpen(false);
    expect(review.visibleIn(0, 1000)).toEqual([]);
  });

  it('a preview of the paragraphs in view is drawn while the whole text is computed, without what my tags cover; the whole text then replaces it', () => {
    const session = fakeSession(TEXT);
    const patches: (readonly string[] | null)[] = [];
    const review = createSuggestionReview(session, { setRejected: () => undefined });
    review.attach((patch) => void patches.push(patch === null ? null : [...patch.added.map((s) => `+${s.text}`), ...patch.removed.map((id) => `-${id}`)]));
    review.setOpen(true);
    // Open but nothing computed yet: nothing to draw (the window neither measures nor redraws in the key's frame).
    expect(review.drawable()).toBe(false);
    session.replaceDocument((d) => ({ ...d, annotations: [{ id: 't1', label: 'date', start: 52, end: 63, text: 'am Dienstag', annotator: 'me' }] as never }), 'tag');
    const all = suggestRules(TEXT);
    const near = { annotations: all.annotations.filter((s) => s.start < 64), relations: all.relations };
    review.preview(near, []);
    expect(review.drawable()).toBe(true);
    expect(review.getState().computing).toBe(true);
    expect(review.visibleIn(0, 1000).map((s) => s.text)).toEqual(['„Wir bleiben dabei“', 'Anna Kru\u0308ger']);
    expect(patches).toEqual([null, null, null]);
    review.load(all, []);
    expect(review.getState().computing).toBe(false);
    expect(review.visibleIn(0, 1000).map((s) => s.text)).toEqual(['„Wir bleiben dabei“', 'Anna Kru\u0308ger', 'Am Mittwoch', 'Olaf Scholz']);
    // A later preview (the whole text came first) changes nothing.
    review.preview({ annotations: [], relations: [] }, []);
    expect(review.count()).toBe(4);
  });

  it('loads a long text’s suggestions a slice per scheduled job, "computing" until the last, and draws the view once then, not per slice; a tag made meanwhile hides its suggestion', () => {
    const { paragraph, text, session, jobs, review, drawn } = slicedReview(40);
    const all = suggestRules(text);
    expect(all.annotations.length).toBe(120);
    // My tag on the last paragraph's date before loading: it goes in with the first slice, so its suggestion is never shown.
    const last = [...text].length - [...paragraph].length;
    session.replaceDocument((d) => ({ ...d, annotations: [{ id: 't0', label: 'date', start: last, end: last + 11, text: 'Am Dienstag', annotator: 'me' }] as never }), 'tag');
    review.load(all, [{ label: 'actor', text: 'Anna Krüger' }]);
    expect(review.getState().computing).toBe(true);
    // The first job took my tag; where its string occurs again is learned in jobs of its own, a part each: nothing shown yet.
    expect(jobs).toHaveLength(2);
    expect(review.visibleIn(0, text.length)).toEqual([]);
    const dates = () => review.visibleIn(0, text.length).filter((a) => a.label === 'date').length;
    // The word index is one part, finding the other 39 "Am Dienstag" the next; a slice of the rules goes in between.
    for (let job = 0; job < 2; job++) (jobs.shift() as () => void)();
    expect(dates()).toBeLessThan(39);
    (jobs.shift() as () => void)();
    expect(dates()).toBe(39);
    const firstSlice = new Set(all.annotations.slice(0, 10).map((a) => a.id));
    const rules = review.visibleIn(0, text.length).filter((a) => a.label !== 'date');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((a) => firstSlice.has(a.id) && a.label === 'quote')).toBe(true);
    // A tag on the first paragraph's date while loading: it is hidden at once, and later slices keep it hidden.
    const start = 0;
    session.replaceDocument((d) => ({ ...d, annotations: [{ id: 't1', label: 'date', start, end: start + 11, text: 'Am Dienstag', annotator: 'me' }, ...d.annotations] as never }), 'tag');
    review.sync();
    expect(review.visibleIn(0, 11)).toEqual([]);
    while (jobs.length > 0) (jobs.shift() as () => void)();
    expect(review.getState().computing).toBe(false);
    // 40 dates and 40 quotes, minus my two tagged dates; the rejected actor never shows; no drawn date under my tags.
    expect(review.count()).toBe(40 + 40 - 2);
    expect(review.visibleIn(last, last + 11)).toEqual([]);
    expect(review.count('actor')).toBe(0);
    // No slice was drawn on its own (hundreds of editor updates at 1M): the view is drawn anew once computing is over.
    expect(drawn.filter((n) => n > 0)).toEqual([]);
    expect(drawn.at(-1)).toBe(-1);
    // The quotes' sources arrive with the last slice: accepting a quote still makes its relation.
    const quote = review.visible().find((s) => s.label === 'quote');
    expect(quote && review.accept(quote.id)).toBe(true);
  });

  it('learning a tagged word’s occurrences in background slices draws them and tells the panel once each, when the last is in', () => {
    const { paragraph, text, session, jobs, review, drawn } = slicedReview(250);
    review.load(suggestRules(text), []);
    while (jobs.length > 0) (jobs.shift() as () => void)();
    expect(review.getState().computing).toBe(false);
    expect(review.count('claim')).toBe(0);
    let told = 0;
    review.subscribe(() => void (told += 1));
    drawn.length = 0;
    // My tag on the first "bleiben" as a claim (no rule suggests it): its 249 other occurrences are learned 100 per job.
    const start = [...paragraph.slice(0, paragraph.indexOf('bleiben'))].length;
    session.replaceDocument((d) => ({ ...d, annotations: [{ id: 't1', label: 'claim', start, end: start + 7, text: 'bleiben', annotator: 'me' }] as never }), 'tag');
    review.sync();
    const toldAtTag = told;
    const drawnAtTag = drawn.length;
    let slices = 0;
    while (jobs.length > 0) {
      (jobs.shift() as () => void)();
      slices += 1;
      // Told and drawn at most once, and never while learning still waits for the next job.
      if (jobs.length > 0) expect([told, drawn.length]).toEqual([toldAtTag, drawnAtTag]);
    }
    expect(slices).toBeGreaterThan(2);
    expect(told).toBe(toldAtTag + 1);
    expect(review.count('claim')).toBe(249);
    // All 249 learned occurrences were drawn in one patch (one editor transaction), after the last slice.
    expect(drawn.slice(drawnAtTag)).toEqual([249]);
  });

  it('accepts all of one label as ONE undo step; undo shows them again after a sync', () => {
    const { session, review } = loaded();
    expect(review.acceptAll('date')).toBe(2);
    expect(session.steps).toEqual(['assist.acceptAll']);
    expect(session.annotations().map((a) => [a.text, a.origin])).toEqual([['am Dienstag', 'assist'], ['Am Mittwoch', 'assist']]);
    expect(review.count('date')).toBe(0);
    session.undo();
    review.sync();
    expect(review.count('date')).toBe(2);
  });

  describe('review keys pressed before the first suggestions are known (typeahead)', () => {
    const KEYS = ['nextSuggestion', 'acceptSuggestion', 'acceptSuggestion', 'rejectSuggestion'] as const;
    const opened = () => {
      const session = fakeSession(TEXT);
      const remembered: string[] = [];
      const review = createSuggestionReview(session, { setRejected: (entry, on) => void remembered.push(`${entry.label}:${entry.text}:${on}`) });
      review.setOpen(true);
      return { session, review, remembered };
    };
    const tagged = (session: ReturnType<typeof fakeSession>) => session.annotations().map((a) => `${a.label}:${a.text}`);

    it('are held in order and run once the text is loaded, exactly as when typed after loading', () => {
      const slow = loaded();
      for (const key of KEYS) expect(slow.review.press(key)).toBe(true);
      const fast = opened();
      for (const key of KEYS) expect(fast.review.press(key)).toBe(true);
      expect(fast.review.held()).toBe(4);
      expect(fast.session.annotations()).toEqual([]);
      fast.review.load(suggestRules(TEXT), []);
      expect(fast.review.held()).toBe(0);
      expect(tagged(fast.session)).toEqual(tagged(slow.session));
      expect(tagged(fast.session)).toEqual(['quote:„Wir bleiben dabei“', 'actor:Anna Kru\u0308ger', 'date:am Dienstag']);
      expect(fast.remembered).toEqual(['date:Am Mittwoch:true']);
      expect(fast.review.current()?.text).toBe(slow.review.current()?.text);
    });

    it('run on the preview of the paragraphs in view when it comes first, and a rejection made there holds after the whole text loads', () => {
      const { session, review } = opened();
      for (const key of KEYS) review.press(key);
      const all = suggestRules(TEXT);
      review.preview({ annotations: all.annotations.filter((s) => s.start < 80), relations: all.relations }, []);
      expect(review.held()).toBe(0);
      expect(tagged(session)).toEqual(['quote:„Wir bleiben dabei“', 'actor:Anna Kru\u0308ger', 'date:am Dienstag']);
      review.load(all, []);
      expect(review.visible().map((s) => s.text)).toEqual(['Olaf Scholz']);
    });

    it('are dropped when the mode closes, so reopening starts afresh', () => {
      const { session, review } = opened();
      for (const key of KEYS) review.press(key);
      review.setOpen(false);
      expect(review.held()).toBe(0);
      review.setOpen(true);
      review.load(suggestRules(TEXT), []);
      expect(session.annotations()).toEqual([]);
      expect(review.current()).toBeNull();
    });

    it('are dropped when they would act on nothing: a text without suggestions; later keys pass on as before', () => {
      const { session, review } = opened();
      for (const key of KEYS) review.press(key);
      review.load({ annotations: [], relations: [] }, []);
      expect(review.held()).toBe(0);
      expect(session.steps).toEqual([]);
      expect(review.press('acceptSuggestion')).toBe(false);
    });

    it('stop at the first that acts on nothing: the keys after it are dropped', () => {
      const { session, review } = opened();
      // Shift+A before anything is current accepts nothing (as when typed slowly), so the J and A after it never run.
      review.press('acceptAllOfLabel');
      review.press('nextSuggestion');
      review.press('acceptSuggestion');
      review.load(suggestRules(TEXT), []);
      expect(review.current()).toBeNull();
      expect(review.held()).toBe(0);
      expect(session.steps).toEqual([]);
    });
  });
});
