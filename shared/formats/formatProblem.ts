import type { ProblemFacts } from './problemFacts';

/**
 * One reason an input could not be read: where (a JSON path such as
 * `documents[0].annotations[2].text`, or `line 3` for JSONL), its code and values (which the
 * window words from its catalogs) and `message`, the same in English for the CLI and logs.
 */
export type FormatProblem = ProblemFacts & {
  readonly path: string;
  readonly message: string;
};

/** One printable line for a problem (`path: message`), as the CLI and the import dialog show it. */
export function formatProblemLine(problem: FormatProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Renders a JSON path from zod-style segments: `documents[0].annotations[2].text`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
