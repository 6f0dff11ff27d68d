import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate, loneSurrogateProblems } from '@shared/formats/loneSurrogateProblems';

describe('loneSurrogateProblems', () => {
  it.each([
    ['plain German', 'Müller', false],
    ['an NFD umlaut', 'Mu\u0308ller', false],
    ['a whole emoji', 'Gut 👍🏽', false],
    ['a high half alone', 'a\uD83D', true],
    ['a low half alone', '\uDE00b', true],
    ['two halves the wrong way round', '\uDE00\uD83D', true],
  ])('%s: %s', (_name, value, expected) => {
    expect(hasLoneSurrogate(value)).toBe(expected);
  });

  it('names the JSON path of every broken title, label, annotator name and text', () => {
    const problems = loneSurrogateProblems({
      annotator: 'jo\uD800nas',
      labels: [{ id: 'actor', name: 'Akt\uDC00eur' }],
      documents: [{ title: 'Gut 👍🏽 \uD83D', text: 'ok', annotations: [{ label: 'a\uD800', annotator: 'kim' }] }],
    });
    expect(problems.map((p) => p.path)).toEqual(['annotator', 'labels[0].name', 'documents[0].title', 'documents[0].annotations[0].label']);
    expect(problems[2]).toMatchObject({ code: 'loneSurrogate', at: 7 });
    expect(problems[2]!.message).toBe('must be well-formed Unicode: it holds half of a surrogate pair (a broken emoji or character) at code point 7');
  });

  it('names a broken key escaped, without printing the lone half', () => {
    const [problem] = loneSurrogateProblems({ documents: [{ 'x\uD800': 1 }] });
    expect(problem!.path).toBe('documents[0]');
    expect(problem!.message).toContain('"x\\ud800"');
    expect(hasLoneSurrogate(problem!.message)).toBe(false);
  });

  it('stops at `max` problems and survives deep nesting', () => {
    expect(loneSurrogateProblems(Array.from({ length: 1000 }, () => '\uD800'), 5)).toHaveLength(5);
    let deep: unknown = '\uD800';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(loneSurrogateProblems(deep)).toHaveLength(1);
  });
});
