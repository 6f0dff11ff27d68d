import { FIRST_NAMES } from './actorLexicon';
import type { SpanProposal } from './suggestion';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The words of each span, found through an index of word starts (linear in the text, not words × spans). */
function wordsOf(words: readonly Word[], spans: readonly SpanProposal[]): Word[][] {
  const indexAt = new Map<number, number>(words.map((w, k) => [w.start, k]));
  return spans.map((span) => {
    const covered: Word[] = [];
    for (let k = indexAt.get(span.start) ?? words.length; k < words.length && (words[k] as Word).end <= span.end; k++) covered.push(words[k] as Word);
    return covered;
  });
}

/**
 * `spans` plus every other place where a found actor's words occur as whole words, and where a
 * person's surname (the last word of a name that begins with a known first name) stands alone,
 * so "Putin" is suggested after "Wladimir Putin" was (also a name starting where `persons` holds, which a role
 * word introduced: "Landrat Henning Barthel", later "Barthel"); never at a word `generic` starts at (a class
 * noun after "ein" names no organisation however often "das Unternehmen" does). Sorted by position, without duplicates.
 */
export function findAliases(words: readonly Word[], spans: readonly SpanProposal[], generic: ReadonlySet<number> = new Set(), persons: ReadonlySet<number> = new Set()): SpanProposal[] {
  const phrases = new Map<string, string[][]>();
  const addPhrase = (parts: string[]): void => {
    const list = phrases.get(parts[0] as string) ?? [];
    if (!list.some((p) => p.join(' ') === parts.join(' '))) list.push(parts);
    phrases.set(parts[0] as string, list);
  };
  for (const covered of wordsOf(words, spans)) {
    if (covered.length === 0) continue;
    addPhrase(covered.map((w) => w.text));
    const last = covered[covered.length - 1] as Word;
    const first = covered[0] as Word;
    if (covered.length >= 2 && /^\p{Lu}\p{Ll}/u.test(last.text) && !FIRST_NAMES.has(last.text) && (FIRST_NAMES.has(first.text) || persons.has(first.start))) addPhrase([last.text]);
  }
  const taken = new Map<number, number>(spans.map((s) => [s.start, s.end]));
  const out = [...spans];
  for (let i = 0; i < words.length; i++) {
    const takenEnd = taken.get((words[i] as Word).start);
    if (takenEnd !== undefined) {
      while (i + 1 < words.length && (words[i + 1] as Word).start < takenEnd) i++;
      continue;
    }
    if (generic.has((words[i] as Word).start)) continue;
    const match = phrases.get((words[i] as Word).text)?.find((parts) => parts.every((part, k) => words[i + k]?.text === part));
    if (match) {
      out.push({ label: 'actor', start: (words[i] as Word).start, end: (words[i + match.length - 1] as Word).end });
      i += match.length - 1;
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((s, k) => k === 0 || s.start !== (out[k - 1] as SpanProposal).start || s.end !== (out[k - 1] as SpanProposal).end);
}
