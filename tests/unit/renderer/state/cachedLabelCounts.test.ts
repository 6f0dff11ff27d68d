import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { addAnnotations, removeAnnotations, retagAnnotation } from '@shared/annotation/annotationList';
import { countLabels } from '@shared/annotation/countLabels';
import { cachedLabelCounts } from '../../../../renderer/state/cachedLabelCounts';

// Labels are data from files: one with an emoji, one spelled with an NFD umlaut, and `__proto__`.
const LABELS = ['claim', 'actor', 'zitat-😀', 'mu\u0308ll', '__proto__'];
const tag = (i: number, label: string): Annotation => ({ id: `t${i}`, label, start: i * 3, end: i * 3 + 2, text: 'ab', annotator: 'me' });
const LIST: readonly Annotation[] = Array.from({ length: 40 }, (_, i) => tag(i, LABELS[i % LABELS.length] as string));

describe('cachedLabelCounts', () => {
  it.each<[string, (list: readonly Annotation[]) => readonly Annotation[]]>([
    ['a tag added with the emoji label', (l) => addAnnotations(l, [tag(100, 'zitat-😀')])],
    ['the last tag of the NFD label deleted, so the label goes', (l) => removeAnnotations(l, l.filter((a) => a.label === 'mu\u0308ll').map((a) => a.id))],
    ['one tag deleted', (l) => removeAnnotations(l, ['t3'])],
    ['one tag retagged to __proto__', (l) => retagAnnotation(l, 't1', '__proto__', 'now')],
    ['every tag replaced (another document)', (l) => l.map((a) => ({ ...a }))],
  ])('%s: the same counts as counting afresh', (_name, change) => {
    cachedLabelCounts(LIST);
    const next = change(LIST);
    expect({ ...cachedLabelCounts(next) }).toEqual({ ...countLabels(next) });
    expect(Object.getPrototypeOf(cachedLabelCounts(next))).toBeNull();
  });

  it('the same list twice gives the same object (one count per change, shared by every panel)', () => {
    expect(cachedLabelCounts(LIST)).toBe(cachedLabelCounts(LIST));
  });

  it('any run of key presses (add, delete, retag, undo back to an earlier list) counts as from scratch (property)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(200), label: fc.constantFrom(...LABELS) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(60) }),
      fc.record({ kind: fc.constant('retag' as const), at: fc.nat(60), label: fc.constantFrom(...LABELS) }),
      fc.record({ kind: fc.constant('undo' as const), back: fc.nat(5) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const history: (readonly Annotation[])[] = [LIST];
        let list = LIST;
        for (const s of steps) {
          if (s.kind === 'add') list = addAnnotations(list, [tag(1000 + s.at, s.label)]);
          else if (s.kind === 'delete') list = removeAnnotations(list, [`t${s.at}`]);
          else if (s.kind === 'retag') list = retagAnnotation(list, `t${s.at}`, s.label, 'now');
          else list = history[Math.max(0, history.length - 1 - s.back)] as readonly Annotation[];
          history.push(list);
          expect({ ...cachedLabelCounts(list) }).toEqual({ ...countLabels(list) });
        }
      }),
    );
  });
});
