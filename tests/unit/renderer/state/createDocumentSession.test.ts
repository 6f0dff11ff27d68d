import { describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '@shared/ipc/contract';
import { createDocumentSession } from '../../../../renderer/state/createDocumentSession';

const TEXT = '😀 Anna Mu\u0308ller sagt: Anna kommt.\nZweiter Absatz 👍🏽 Anna.';

function session(over: Partial<OpenedDocument> = {}, previous?: Parameters<typeof createDocumentSession>[0]['previous']) {
  let n = 0;
  const save = vi.fn(async () => ({ rev: 1 }));
  const s = createDocumentSession({
    opened: { document: { id: 'sha256:' + '1'.repeat(64), title: 't', source: 's', text: TEXT }, annotations: [], rev: 0, readOnly: false, notices: [], ...over },
    annotator: () => 'jonas',
    snapToWords: () => true,
    newId: () => `id${++n}`,
    now: () => '2026-11-27T10:00:00.000Z',
    saveAnnotations: save,
    isConflict: () => false,
    previous,
  });
  s.dispose();
  return s;
}

describe('createDocumentSession', () => {
  it('tags a UTF-16 selection after an emoji with code-point offsets, snapped to the word, NFD kept whole', () => {
    const s = session();
    const at = TEXT.indexOf('ller');
    const a = s.tagRange(at, at + 2, 'actor');
    expect(a).toMatchObject({ text: 'Mu\u0308ller', start: 7, end: 14, label: 'actor', annotator: 'jonas' });
    expect(Array.from(TEXT).slice(a!.start, a!.end).join('')).toBe('Mu\u0308ller');
    expect(s.getState().selectedId).toBe(a!.id);
  });

  it('an empty or whitespace selection creates nothing and says why', () => {
    const s = session();
    expect(s.tagRange(3, 3, 'claim')).toBeNull();
    expect(s.getState().message?.key).toBe('status.emptySelection');
    const space = TEXT.indexOf(' sagt');
    expect(s.tagRange(space, space + 1, 'claim')).toBeNull();
    expect(s.getState().message?.key).toBe('status.whitespaceSelection');
    expect(s.annotations()).toHaveLength(0);
  });

  it('retag, delete and note are each one undo step; redo restores them', () => {
    const s = session();
    const a = s.tagRange(TEXT.indexOf('Anna'), TEXT.indexOf('Anna') + 4, 'actor')!;
    s.applyLabel(null, 'quote');
    s.setNote(a.id, '  prüfen 👀  ');
    expect(s.annotations()[0]).toMatchObject({ label: 'quote', note: 'prüfen 👀' });
    s.deleteSelected();
    expect(s.annotations()).toHaveLength(0);
    s.undo();
    expect(s.annotations()[0]?.note).toBe('prüfen 👀');
    s.undo();
    expect(s.annotations()[0]?.note).toBeUndefined();
    s.undo();
    expect(s.annotations()[0]?.label).toBe('actor');
    s.redo();
    s.redo();
    s.redo();
    expect(s.annotations()).toHaveLength(0);
  });

  it('tag all hits is one undo step and skips hits already tagged with that label', () => {
    const s = session();
    s.tagRange(TEXT.indexOf('Anna'), TEXT.indexOf('Anna') + 4, 'actor');
    expect(s.tagAll('anna', 'actor')).toBe(2);
    expect(s.annotations()).toHaveLength(3);
    s.undo();
    expect(s.annotations()).toHaveLength(1);
  });

  it('tag all tags the hits the search bar passes (it draws them already) and does not search the text again', () => {
    const s = session();
    const hits = [...TEXT.matchAll(/Anna/g)].map((m) => ({ start: m.index, end: m.index + 4 }));
    expect(hits).toHaveLength(3);
    // Only the hits given are tagged: the last one (after the emoji "👍🏽") alone, with code-point offsets.
    expect(s.tagAll('anna', 'actor', hits.slice(2))).toBe(1);
    const [only] = s.annotations();
    expect(only).toMatchObject({ text: 'Anna', label: 'actor' });
    expect(Array.from(TEXT).slice(only!.start, only!.end).join('')).toBe('Anna');
    expect(only!.start).toBe(Array.from(TEXT).length - 5);
    // Without hits it searches itself, as before: the other two, the tagged one skipped, NFD "Mu\u0308ller" untouched.
    expect(s.tagAll('anna', 'actor')).toBe(2);
    expect(s.annotations().map((a) => a.text)).toEqual(['Anna', 'Anna', 'Anna']);
  });

  it('C cycles through overlapping tags in text order', () => {
    const s = session();
    const claim = s.tagRange(TEXT.indexOf('Anna'), TEXT.indexOf(':'), 'claim')!;
    const actor = s.tagRange(TEXT.indexOf('Mu'), TEXT.indexOf(' sagt'), 'actor')!;
    expect(s.cycleOverlapping()).toBe(claim.id);
    expect(s.cycleOverlapping()).toBe(actor.id);
  });

  it('Delete, Enter and C act on the tag the visible selection is exactly on, else refuse and say why', () => {
    const s = session();
    const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, visible: true });
    const mueller = s.tagRange(span('Mu\u0308ller').start, span('Mu\u0308ller').end, 'actor')!;
    const anna = s.tagRange(span('Anna').start, span('Anna').end, 'actor')!;
    expect(s.selectKeyTarget(span('Mu\u0308ller'))).toMatchObject({ kind: 'tag', target: { id: mueller.id }, fromSelection: true });
    expect(s.selectedId()).toBe(mueller.id);
    expect(s.selectKeyTarget(span('sagt'))).toEqual({ kind: 'refuse', reason: 'not-a-tag' });
    expect(s.getState().message?.key).toBe('status.keyNotOnTag');
    expect(s.selectedId()).toBe(mueller.id);
    expect(s.selectKeyTarget({ ...span('Anna'), visible: false })).toEqual({ kind: 'refuse', reason: 'out-of-view' });
    expect(s.getState().message?.key).toBe('status.keyOutOfView');
    expect(s.selectKeyTarget(null)).toMatchObject({ kind: 'tag', target: { id: mueller.id }, fromSelection: false });
    s.select(null);
    expect(s.selectKeyTarget(null)).toEqual({ kind: 'none' });
    expect(s.annotations().map((a) => a.id)).toEqual([anna.id, mueller.id]);
  });

  it('a read-only document refuses every change and says so', () => {
    const s = session({ readOnly: true });
    expect(s.tagRange(2, 6, 'actor')).toBeNull();
    expect(s.getState().message?.key).toBe('status.readOnly');
    expect(s.getState().save).toBe('read-only');
  });

  it('coming back to a document restores its undo history when its file did not change', () => {
    const first = session();
    first.tagRange(2, 6, 'actor');
    const { history } = first.getState();
    const back = session({ annotations: [...history.present.annotations], rev: 1 }, { rev: 1, history });
    back.undo();
    expect(back.annotations()).toHaveLength(0);
    const changed = session({ annotations: [...history.present.annotations], rev: 2 }, { rev: 1, history });
    changed.undo();
    expect(changed.annotations()).toHaveLength(1);
  });

  it('a second label key on the new tag retags it, names it, and the same label again adds nothing', () => {
    const s = session();
    const at = TEXT.indexOf('Anna');
    const selection = { start: at, end: at + 5, visible: true }; // overshoots into the space
    expect(s.applyLabel(selection, 'actor').kind).toBe('create');
    expect(s.getState().message).toMatchObject({ key: 'status.tagged', values: { text: 'Anna', label: 'actor' } });
    expect(s.applyLabel(selection, 'claim').kind).toBe('retag');
    expect(s.getState().message).toMatchObject({ key: 'status.retagged', values: { text: 'Anna', from: 'actor', to: 'claim' } });
    expect(s.applyLabel(null, 'claim').kind).toBe('exists');
    expect(s.getState().message).toMatchObject({ key: 'status.exists', values: { text: 'Anna', label: 'claim' } });
    expect(s.annotations()).toHaveLength(1);
    expect(s.getState().history.past).toHaveLength(2);
  });

  it('a selection out of view changes nothing and says why; the next action clears the message', () => {
    const s = session();
    const a = s.tagRange(TEXT.indexOf('Anna'), TEXT.indexOf('Anna') + 4, 'actor')!;
    expect(s.applyLabel({ start: 0, end: 2, visible: false }, 'claim')).toEqual({ kind: 'refuse', reason: 'out-of-view' });
    expect(s.annotations()).toEqual([a]);
    expect(s.getState().message?.key).toBe('status.selectionOutOfView');
    s.select(null);
    expect(s.getState().message).toBeNull();
  });

  it('a hidden label: its selected tag is deselected, J/K skip it and say "filtered"; tagging with it shows it again', () => {
    const s = session();
    const anna = s.tagRange(TEXT.indexOf('Anna'), TEXT.indexOf('Anna') + 4, 'actor')!;
    const absatz = s.tagRange(TEXT.indexOf('Absatz'), TEXT.indexOf('Absatz') + 6, 'claim')!;
    s.toggleLabel('claim');
    expect(s.getState()).toMatchObject({ hiddenLabels: ['claim'], selectedId: null });
    expect(s.isShown(absatz)).toBe(false);
    expect(s.selectNeighbour(1)?.id).toBe(anna.id);
    expect(s.selectNeighbour(1)).toBeNull();
    expect(s.getState().message?.key).toBe('status.lastAnnotationFiltered');
    s.applyLabel(null, 'claim');
    expect(s.getState().hiddenLabels).toEqual([]);
    expect(s.annotations().map((a) => a.label)).toEqual(['claim', 'claim']);
  });

  it('dispose saves an unsaved tag once, then autosave stops; selectors read the same state', async () => {
    const save = vi.fn(async (_request: { documentId: string; baseRev: number; annotations: string }) => ({ rev: 1 }));
    const s = createDocumentSession({
      opened: { document: { id: 'sha256:' + '2'.repeat(64), title: 't', source: 's', text: TEXT }, annotations: [], rev: 0, readOnly: false, notices: [] },
      annotator: () => 'jonas',
      snapToWords: () => true,
      newId: () => 'ä1',
      now: () => '2026-11-27T10:00:00.000Z',
      saveAnnotations: save,
      isConflict: () => false,
    });
    const at = TEXT.indexOf('Mu\u0308ller');
    const a = s.tagRange(at, at + 3, 'actor');
    expect(s.selected()).toBe(a);
    expect(s.selectedId()).toBe('ä1');
    expect(s.isDirty()).toBe(true);
    s.dispose();
    await vi.waitFor(() => expect(s.saveStatus()).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(JSON.parse(save.mock.calls[0]?.[0].annotations ?? '')).toMatchObject([{ text: 'Mu\u0308ller' }]);
    s.applyLabel(null, 'claim');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(save).toHaveBeenCalledTimes(1);
    expect(s.memory().history.present.annotations[0]?.label).toBe('claim');
  });

  it('React reads the published state: a tag, a J and a retag in one frame publish once, after it, while actions see each change at once', () => {
    const frames: (() => void)[] = [];
    // The app's flushSync: what publishNow publishes, React has rendered when it returns.
    const renderNow = vi.fn((publish: () => void) => publish());
    const s = createDocumentSession({
      opened: { document: { id: 'sha256:' + '2'.repeat(64), title: 't', source: 's', text: TEXT }, annotations: [], rev: 0, readOnly: false, notices: [] },
      annotator: () => 'jonas',
      snapToWords: () => true,
      newId: () => 'n1',
      now: () => '2026-11-27T10:00:00.000Z',
      saveAnnotations: async () => ({ rev: 1 }),
      isConflict: () => false,
      schedulePublication: (run) => (frames.push(run), () => void frames.splice(frames.indexOf(run), 1)),
      renderNow,
    });
    const painted = s.published.get();
    const renders = vi.fn();
    s.published.subscribe(renders);
    const at = TEXT.indexOf('ller');
    const tag = s.tagRange(at, at + 2, 'actor');
    expect(s.getState().selectedId).toBe(tag!.id);
    s.select(null);
    expect(s.selectNeighbour(1)?.id).toBe(tag!.id);
    s.applyLabel(null, 'quote');
    expect(s.annotations()[0]!.label).toBe('quote');
    expect(s.published.get()).toBe(painted);
    expect(renders).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(s.published.get()).toBe(s.getState());
    expect(s.published.get().history.present.annotations[0]).toMatchObject({ text: 'Mu\u0308ller', label: 'quote' });
    // publishNow: a key that needs React's output at once, published and rendered inside renderNow.
    s.publishNow();
    expect(renderNow).not.toHaveBeenCalled();
    s.deleteSelected();
    s.publishNow();
    expect(renderNow).toHaveBeenCalledTimes(1);
    expect(renders).toHaveBeenCalledTimes(2);
    expect(s.published.get().history.present.annotations).toEqual([]);
    expect(frames).toHaveLength(0);
    // Nothing pending: no render of its own.
    s.publishNow();
    expect(renderNow).toHaveBeenCalledTimes(1);
    s.dispose();
  });
});
