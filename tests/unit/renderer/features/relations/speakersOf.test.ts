import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import type { Relation } from '@shared/relation/relation';
import { speakersOf } from '../../../../../renderer/features/relations/speakersOf';

const tag = (id: string, label: string, start: number, text: string): Annotation => ({ id, label, start, end: start + Array.from(text).length, text, annotator: 'jonas' });
const rel = (id: string, type: string, from: string, to: string): Relation => ({ id, type, from, to, annotator: 'jonas' });

const LIST = [tag('q', 'quote', 0, '„Wir 😀 kommen“'), tag('c', 'claim', 20, 'es sei gut'), tag('a1', 'actor', 40, 'Mu\u0308ller'), tag('a2', 'actor', 50, 'Wassili\nNebensja'), tag('d', 'date', 70, 'am Montag')];

describe('speakersOf', () => {
  it.each([
    ['one source names the speaker (NFD umlaut kept)', [rel('r1', 'source', 'q', 'a1')], { q: 'Mu\u0308ller' }],
    ['two sources are joined in text order, line breaks as spaces', [rel('r1', 'source', 'c', 'a2'), rel('r2', 'source', 'c', 'a1')], { c: 'Mu\u0308ller, Wassili Nebensja' }],
    ['a target or time relation is no speaker', [rel('r1', 'target', 'c', 'a1'), rel('r2', 'time', 'q', 'd')], {}],
    ['a relation to a tag that is gone is ignored', [rel('r1', 'source', 'q', 'gone')], {}],
  ])('%s', (_name, relations, expected) => {
    expect(Object.fromEntries(speakersOf(relations, LIST))).toEqual(expected);
  });
});

describe('speakersOf across tag changes', () => {
  const relations = [rel('r1', 'source', 'q', 'a1')];

  it('gives back the same map when a tag elsewhere is added or deleted (🙂 tag, NFD umlaut speaker)', () => {
    const first = speakersOf(relations, LIST);
    expect(speakersOf(relations, [...LIST, tag('x', 'claim', 90, 'neu 🙂')])).toBe(first);
    expect(speakersOf(relations, LIST.filter((a) => a.id !== 'd'))).toBe(first);
  });

  it('makes a new map when a named tag changes or goes', () => {
    const first = speakersOf(relations, LIST);
    const renamed = LIST.map((a) => (a.id === 'a1' ? tag('a1', 'actor', 40, 'Mu\u0308ller-Lu\u0308denscheidt') : a));
    expect(Object.fromEntries(speakersOf(relations, renamed))).toEqual({ q: 'Mu\u0308ller-Lu\u0308denscheidt' });
    expect(speakersOf(relations, LIST.filter((a) => a.id !== 'a1'))).not.toBe(first);
    expect(Object.fromEntries(speakersOf(relations, LIST.filter((a) => a.id !== 'a1')))).toEqual({});
  });
});

describe('speakersOf without source relations', () => {
  /** A tag list that fails the test if anything reads it: indexing 10,000 tags per change is what must not happen. */
  const untouchable = new Proxy(LIST, {
    get(target, key) {
      if (key === 'length' || typeof key === 'symbol' || /^\d+$/.test(key) || ['map', 'forEach', 'filter', 'find'].includes(key)) throw new Error(`the tag list was read (${String(key)})`);
      return Reflect.get(target, key);
    },
  });

  it.each([
    ['no relations', []],
    ['only target and time relations (NFD umlaut actor, 😀 quote)', [rel('r1', 'target', 'c', 'a1'), rel('r2', 'time', 'q', 'd')]],
  ])('%s: no speakers, and the tags are never read, on the first call or a later one', (_name, relations) => {
    expect(speakersOf(relations, untouchable).size).toBe(0);
    expect(speakersOf(relations, untouchable).size).toBe(0);
  });
});
