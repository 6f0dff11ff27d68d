import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { contract } from '@shared/ipc/contract';
import { annotationsJson } from '../../../../renderer/state/annotationsJson';

const a = (id: string, text: string, start: number): Annotation => ({ id, label: 'actor', start, end: start + Array.from(text).length, text, annotator: 'jonas' });

describe('annotationsJson', () => {
  it.each([
    ['none', []],
    ['an emoji quote', [a('e', '😀 Anna', 0)]],
    ['an NFD umlaut and a note with quotes', [a('n', 'Mu\u0308ller', 3), { ...a('q', '„Ja“', 20), note: 'sagt "ja"\nwirklich' }]],
  ])('%s: the string is the JSON of the list, and main parses it back to the same annotations', (_name, list) => {
    const json = annotationsJson(list);
    expect(JSON.parse(json)).toEqual(list);
    const parsed = contract.saveAnnotations.request.parse({ documentId: 'sha256:' + 'a'.repeat(64), baseRev: 0, annotations: json });
    expect(parsed.annotations).toEqual(list);
    expect(parsed.relations).toEqual([]);
  });

  it('serializes each annotation object once; a changed annotation (a new object) again', () => {
    const first = a('x', 'Köln', 5);
    const list = [first, a('y', 'Berlin', 12)];
    expect(annotationsJson(list)).toBe(annotationsJson([...list]));
    const retagged = { ...first, label: 'claim' };
    expect(JSON.parse(annotationsJson([retagged, list[1]!]))[0].label).toBe('claim');
  });

  it('main refuses a string that is not JSON, or JSON that is not annotations, with a clear message', () => {
    const base = { documentId: 'sha256:' + 'a'.repeat(64), baseRev: 0 };
    const broken = contract.saveAnnotations.request.safeParse({ ...base, annotations: '[{"id":' });
    expect(broken.success).toBe(false);
    expect(JSON.stringify(broken.error?.issues)).toContain('not valid JSON');
    expect(contract.saveAnnotations.request.safeParse({ ...base, annotations: '[{"id":"x"}]' }).success).toBe(false);
  });
});
