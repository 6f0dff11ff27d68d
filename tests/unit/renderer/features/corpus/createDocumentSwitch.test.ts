import { describe, expect, it } from 'vitest';
import type { OpenedDocument } from '@shared/ipc/contract';
import { createDocumentSwitch, type LeavingSession } from '../../../../../renderer/features/corpus/createDocumentSwitch';

const id = (c: string) => `sha256:${c.repeat(64)}`;
// Titles with an emoji and an NFD umlaut: the switch passes documents through untouched.
const TITLES: Record<string, string> = { a: 'Gipfel 😀', b: 'Mu\u0308ller sagt', c: 'Wahl in Köln', d: 'Start' };

function opened(c: string): OpenedDocument {
  return { document: { id: id(c), title: TITLES[c] ?? c, source: `${c}.txt`, text: `Text ${c}` }, annotations: [], rev: 0, readOnly: false, notices: [] };
}

/** A window with one document shown, main's answers held until the test releases them (in any order). */
function harness() {
  const log: string[] = [];
  const session = (c: string): LeavingSession => ({
    documentId: id(c),
    flush: async () => void log.push(`flush ${c}`),
    dispose: () => void log.push(`dispose ${c}`),
  });
  let shown: LeavingSession | null = session('d');
  const answers = new Map<string, { resolve(): void; reject(error: Error): void }>();
  const errors: unknown[] = [];
  const switcher = createDocumentSwitch({
    openDocument: ({ documentId }) =>
      new Promise<OpenedDocument>((resolve, reject) => {
        const c = documentId.slice(7, 8);
        answers.set(c, { resolve: () => resolve(opened(c)), reject });
      }),
    current: () => shown,
    leave: (s) => void log.push(`leave ${s.documentId.slice(7, 8)}`),
    show: (o) => {
      log.push(`show ${o.document.title}`);
      shown = session(o.document.id.slice(7, 8));
    },
    failed: (error) => void errors.push(error),
  });
  const answer = async (c: string) => {
    await expect.poll(() => answers.has(c)).toBe(true);
    answers.get(c)?.resolve();
  };
  return { switcher, log, errors, answer, answers, shown: () => shown?.documentId };
}

describe('createDocumentSwitch', () => {
  it('saves the document shown, opens the other, leaves and disposes the old session, then shows the new one', async () => {
    const h = harness();
    const done = h.switcher.open(id('a'));
    await h.answer('a');
    await done;
    expect(h.log).toEqual(['flush d', 'leave d', 'dispose d', `show ${TITLES.a}`]);
    expect(h.shown()).toBe(id('a'));
  });

  it.each([
    ['in the order asked', ['a', 'b', 'c']],
    ['in reverse', ['c', 'b', 'a']],
    ['the last first, then the others', ['c', 'a', 'b']],
  ])('three documents chosen faster than main answers: the last choice is shown whatever order the answers come in (%s)', async (_, order) => {
    const h = harness();
    const switches = ['a', 'b', 'c'].map((c) => h.switcher.open(id(c)));
    for (const c of order) await h.answer(c);
    await Promise.all(switches);
    expect(h.shown()).toBe(id('c'));
    expect(h.log.filter((l) => l.startsWith('show'))).toEqual([`show ${TITLES.c}`]);
    // The session shown before is left and disposed once, after being saved.
    expect(h.log.filter((l) => l.startsWith('leave') || l.startsWith('dispose'))).toEqual(['leave d', 'dispose d']);
    expect(h.log[0]).toBe('flush d');
  });

  it('a failed open is told and changes nothing; one replaced by a later choice is not told', async () => {
    const h = harness();
    const failing = h.switcher.open(id('a'));
    await expect.poll(() => h.answers.has('a')).toBe(true);
    h.answers.get('a')?.reject(new Error('gone'));
    await failing;
    expect(h.errors).toHaveLength(1);
    expect(h.shown()).toBe(id('d'));
    expect(h.log).toEqual(['flush d']);

    const early = h.switcher.open(id('b'));
    const later = h.switcher.open(id('c'));
    await expect.poll(() => h.answers.has('b')).toBe(true);
    h.answers.get('b')?.reject(new Error('gone'));
    await h.answer('c');
    await Promise.all([early, later]);
    expect(h.errors).toHaveLength(1);
    expect(h.shown()).toBe(id('c'));
  });
});
