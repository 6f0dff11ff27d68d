/** A span over whole tokens: token indices `first`..`last` (inclusive) and its label. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
  readonly label: string;
}

/** The two BIO columns of a document and what did not fit into them. */
export interface ConllLevels {
  readonly outer: TokenSpan[];
  readonly inner: TokenSpan[];
  /** Spans inside an inner span (a third level): dropped. */
  readonly deeper: number;
  /** Spans that overlap an outer or inner span without lying inside it: dropped. */
  readonly crossing: number;
}

function inside(span: TokenSpan, outer: TokenSpan): boolean {
  return span.first >= outer.first && span.last <= outer.last;
}

/**
 * Places spans on the GermEval 2014 columns: in order of start, longest first (then label), a span
 * goes to the outer column when it overlaps no outer span placed so far; one lying inside an outer
 * span goes to the inner column when it overlaps no inner span placed so far. A span inside an
 * inner span is a third level and is dropped (`deeper`); a span that overlaps another without
 * lying inside it (on either column) is dropped (`crossing`): BIO columns cannot show it.
 */
export function conllLevels(spans: readonly TokenSpan[]): ConllLevels {
  const sorted = [...spans].sort((a, b) => a.first - b.first || b.last - a.last || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const outer: TokenSpan[] = [];
  const inner: TokenSpan[] = [];
  let deeper = 0;
  let crossing = 0;
  for (const span of sorted) {
    const lastOuter = outer[outer.length - 1];
    if (lastOuter === undefined || span.first > lastOuter.last) {
      outer.push(span);
      continue;
    }
    if (!inside(span, lastOuter)) {
      crossing++;
      continue;
    }
    const lastInner = inner[inner.length - 1];
    if (lastInner === undefined || span.first > lastInner.last) inner.push(span);
    else if (inside(span, lastInner)) deeper++;
    else crossing++;
  }
  return { outer, inner, deeper, crossing };
}

/** The BIO tag of every token (`O`, `B-label`, `I-label`) for spans that do not overlap each other. */
export function bioTags(tokenCount: number, spans: readonly TokenSpan[]): string[] {
  const tags: string[] = Array.from({ length: tokenCount }, () => 'O');
  for (const span of spans) {
    const label = span.label.replace(/\s/g, '_');
    for (let k = span.first; k <= span.last; k++) tags[k] = `${k === span.first ? 'B' : 'I'}-${label}`;
  }
  return tags;
}
