import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotation/annotation';
import { sortAnnotations } from '@shared/annotation/annotationList';
import { annotationsAt, neighbourAnnotation } from '@shared/annotation/annotationNavigation';
import { MIXED, annotate } from './fixtures';

const claim = annotate(MIXED, 'Putin traf Mu\u0308ller am 3. März', 'claim', 'claim');
const quote = annotate(MIXED, 'Putin traf Mu\u0308ller', 'quote', 'quote');
const actor = annotate(MIXED, 'Mu\u0308ller', 'actor', 'actor');
const date = annotate(MIXED, '3. März', 'date', 'date');
const list = sortAnnotations([claim, quote, actor, date]);
const ids = (xs: readonly (Annotation | null)[]) => xs.map((a) => a?.id ?? null);

/** Code-point offset of the first occurrence of `s` in MIXED. */
const cpOf = (s: string) => Array.from(MIXED.slice(0, MIXED.indexOf(s))).length;

describe('annotationsAt', () => {
  it('lists nested spans innermost (shortest) first for click cycling', () => {
    expect(ids(annotationsAt(list, cpOf('ller')))).toEqual(['actor', 'quote', 'claim']);
    expect(ids(annotationsAt(list, cpOf('März')))).toEqual(['date', 'claim']);
  });

  it('treats start as inside and end as outside (code points after an emoji, NFD mark counted)', () => {
    expect(ids(annotationsAt(list, actor.start))).toEqual(['actor', 'quote', 'claim']);
    expect(ids(annotationsAt(list, actor.end - 1))).toEqual(['actor', 'quote', 'claim']);
    expect(ids(annotationsAt(list, actor.end))).toEqual(['claim']); // the space after Müller
    expect(ids(annotationsAt(list, 0))).toEqual([]); // the emoji
  });

  it('breaks ties of equal length by text order, independent of input order', () => {
    const a = { ...date, id: 'x', label: 'quote' };
    const b = { ...date, id: 'y', label: 'actor' };
    expect(ids(annotationsAt([a, b], date.start))).toEqual(['y', 'x']);
    expect(ids(annotationsAt([b, a], date.start))).toEqual(['y', 'x']);
  });
});

describe('neighbourAnnotation', () => {
  it('steps forwards and backwards in text order', () => {
    expect(ids(list)).toEqual(['quote', 'claim', 'actor', 'date']);
    expect(neighbourAnnotation(list, 'claim', 1)?.id).toBe('actor');
    expect(neighbourAnnotation(list, 'claim', -1)?.id).toBe('quote');
  });

  it('starts at the first or last annotation when nothing (or a deleted one) is current', () => {
    expect(neighbourAnnotation(list, null, 1)?.id).toBe('quote');
    expect(neighbourAnnotation(list, null, -1)?.id).toBe('date');
    expect(neighbourAnnotation(list, 'gone', 1)?.id).toBe('quote');
  });

  it('stops at the ends unless asked to wrap', () => {
    expect(neighbourAnnotation(list, 'date', 1)).toBeNull();
    expect(neighbourAnnotation(list, 'quote', -1)).toBeNull();
    expect(neighbourAnnotation(list, 'date', 1, true)?.id).toBe('quote');
    expect(neighbourAnnotation(list, 'quote', -1, true)?.id).toBe('date');
    expect(neighbourAnnotation([], null, 1)).toBeNull();
  });

  it('visits only what the label filter shows, also when wrapping or starting from nothing', () => {
    const noClaims = (a: { label: string }) => a.label !== 'claim' && a.label !== 'quote';
    expect(neighbourAnnotation(list, 'actor', -1, false, noClaims)).toBeNull();
    expect(neighbourAnnotation(list, null, 1, false, noClaims)?.id).toBe('actor');
    expect(neighbourAnnotation(list, 'date', 1, true, noClaims)?.id).toBe('actor');
    expect(neighbourAnnotation(list, 'quote', 1, false, noClaims)?.id).toBe('actor');
    expect(neighbourAnnotation(list, null, 1, true, () => false)).toBeNull();
  });
});
