import { describe, expect, it, vi } from 'vitest';
import type { OpenedDocument } from '@shared/ipc/contract';
import type { Relation } from '@shared/relation/relation';
import { createDocumentSession } from '../../../../renderer/state/createDocumentSession';

// An emoji speaker, an NFD umlaut in the quote, a date: code points differ from UTF-16 indices.
const TEXT = '😀 Anna sagt: „Mu\u0308ller kommt“ am Montag.';

function session(over: Partial<OpenedDocument> = {}) {
  let n = 0;
  const save = vi.fn(async (_request: { relations: Relation[] }) => ({ rev: 1 }));
  const s = createDocumentSession({
    opened: { document: { id: 'sha256:' + '2'.repeat(64), title: 't', source: 's', text: TEXT }, annotations: [], rev: 0, readOnly: false, notices: [], ...over },
    annotator: () => 'jonas',
    snapToWords: () => true,
    newId: () => `id${++n}`,
    now: () => '2026-12-06T08:00:00.000Z',
    saveAnnotations: save,
    isConflict: () => false,
  });
  return { s, save };
}

/** Tags the speaker, the quote and the date (UTF-16 selections of TEXT). */
function tagged() {
  const made = session();
  const { s } = made;
  const at = (word: string) => TEXT.indexOf(word);
  const actor = s.tagRange(at('Anna'), at('Anna') + 4, 'actor')!;
  const quote = s.tagRange(at('„'), at('“') + 1, 'quote')!;
  const date = s.tagRange(at('am Montag'), at('am Montag') + 9, 'date')!;
  return { ...made, actor, quote, date };
}

describe('session relations', () => {
  it('a relation is one undo step of the same history as the tags; undo and redo bring it back and forth', () => {
    const { s, actor, quote } = tagged();
    const steps = s.getState().history.past.length;
    expect(s.addRelation(quote.id, actor.id, 'source')).toBe(true);
    expect(s.relations()).toEqual([{ id: 'id4', type: 'source', from: quote.id, to: actor.id, annotator: 'jonas' }]);
    expect(s.getState().history.past).toHaveLength(steps + 1);
    // The message sets the quote in its own marks, so the quote's („…“) are left off (quoteForMessage).
    expect(s.getState().message).toMatchObject({ key: 'relations.status.added', values: { type: 'source', fromText: 'Mu\u0308ller kommt', toText: 'Anna' } });
    s.undo();
    expect(s.relations()).toEqual([]);
    expect(s.annotations()).toHaveLength(3);
    s.redo();
    expect(s.relations()).toHaveLength(1);
  });

  it('refuses a pair no type allows, a duplicate and a self-relation, saying why and changing nothing', () => {
    const { s, actor, quote, date } = tagged();
    s.addRelation(quote.id, actor.id, 'source');
    const steps = s.getState().history.past.length;
    expect(s.addRelation(quote.id, actor.id, 'source')).toBe(false);
    expect(s.getState().message?.key).toBe('relations.status.problem.duplicate');
    expect(s.addRelation(actor.id, date.id, 'time')).toBe(false);
    expect(s.getState().message?.key).toBe('relations.status.problem.pair-not-allowed');
    expect(s.addRelation(quote.id, quote.id, 'source')).toBe(false);
    expect(s.getState().message?.key).toBe('relations.status.problem.self');
    expect(s.getState().history.past).toHaveLength(steps);
  });

  it('retype and delete are one step each; a retype the pair does not allow is refused', () => {
    const { s, actor, quote } = tagged();
    // A claim → actor relation may be a source or a target.
    s.select(quote.id);
    s.applyLabel(null, 'claim');
    s.addRelation(quote.id, actor.id, 'source');
    const id = s.relations()[0]!.id;
    expect(s.retypeRelation(id, 'target')).toBe(true);
    expect(s.relations()[0]?.type).toBe('target');
    expect(s.retypeRelation(id, 'time')).toBe(false);
    expect(s.deleteRelation(id)).toBe(true);
    expect(s.relations()).toEqual([]);
    s.undo();
    expect(s.relations()[0]?.type).toBe('target');
    s.undo();
    expect(s.relations()[0]?.type).toBe('source');
  });

  it('deleting a tag deletes its relations in the same step and says how many; undo restores both', () => {
    const { s, actor, quote, date } = tagged();
    s.addRelation(quote.id, actor.id, 'source');
    s.addRelation(quote.id, date.id, 'time');
    s.select(quote.id);
    s.deleteSelected();
    expect(s.relations()).toEqual([]);
    expect(s.getState().message).toMatchObject({ key: 'relations.status.deletedWithTag', values: { count: 2 } });
    s.undo();
    expect(s.annotations()).toHaveLength(3);
    expect(s.relations()).toHaveLength(2);
    s.select(date.id);
    s.deleteSelected();
    expect(s.relations().map((r) => r.type)).toEqual(['source']);
    expect(s.getState().message).toMatchObject({ values: { count: 1 } });
  });

  it('autosave writes the relations with the tags; a document opens with its stored relations', async () => {
    const { s, save, actor, quote } = tagged();
    s.addRelation(quote.id, actor.id, 'source');
    await s.flush();
    expect(save.mock.lastCall?.[0].relations).toEqual(s.relations());
    const reopened = session({ annotations: [...s.annotations()], relations: [...s.relations()], rev: 1 }).s;
    expect(reopened.relations()).toEqual(s.relations());
    s.dispose();
    reopened.dispose();
  });

  it('a read-only document refuses relation changes', () => {
    const { s } = session({ readOnly: true });
    expect(s.addRelation('a', 'b', 'source')).toBe(false);
    expect(s.getState().message?.key).toBe('status.readOnly');
  });
});

describe('session relations after a retag', () => {
  it('a retag the relation type no longer allows removes the relation in the same step and says so', () => {
    const { s, actor, quote, date } = tagged();
    s.addRelation(quote.id, actor.id, 'source');
    s.addRelation(quote.id, date.id, 'time');
    s.select(quote.id);
    // quote → claim keeps both (claim → actor: source, claim → date: time); claim → actor removes both.
    s.applyLabel(null, 'claim');
    expect(s.relations()).toHaveLength(2);
    s.applyLabel(null, 'actor');
    expect(s.relations()).toEqual([]);
    expect(s.getState().message).toMatchObject({ key: 'relations.status.retaggedDropped', values: { from: 'claim', to: 'actor', count: 2 } });
    s.undo();
    expect(s.relations()).toHaveLength(2);
    expect(s.annotations().find((a) => a.id === quote.id)?.label).toBe('claim');
  });
});
