import { codePointLength } from '../text/offsetConverter';
import type { FormatProblem } from './formatProblem';
import { jsonPath } from './formatProblem';

/** Half of a surrogate pair without its other half (with the `u` flag a whole pair never matches). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** True when `value` holds half of a surrogate pair on its own: no character, and UTF-8 cannot store it. */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** The problem of a string holding a lone surrogate at `path`, saying where in it (in code points). */
export function loneSurrogateProblem(value: string, path: string, what = 'it'): FormatProblem {
  const at = codePointLength(value.slice(0, LONE_SURROGATE.exec(value)?.index ?? 0));
  return { path, code: 'loneSurrogate', at, message: `must be well-formed Unicode: ${what} holds half of a surrogate pair (a broken emoji or character) at code point ${at}` };
}

/** One value still to visit, linked to its parent so a path is built only for a hit. */
interface Visit {
  readonly value: unknown;
  readonly key: PropertyKey | undefined;
  readonly parent: Visit | undefined;
}

function pathOf(visit: Visit | undefined): string {
  const segments: PropertyKey[] = [];
  for (let at = visit; at?.key !== undefined; at = at.parent) segments.push(at.key);
  return jsonPath(segments.reverse());
}

/**
 * Every string in a parsed JSON value that holds a lone surrogate, as a problem at its JSON path
 * (at most `max`), because such a string cannot be stored or exported as UTF-8 and two names
 * differing only in one would become the same name on disk. Walks with its own stack in time
 * linear in the value's size, so a deeply nested value cannot overflow the call stack.
 */
export function loneSurrogateProblems(value: unknown, max = 100): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0 && problems.length < max) {
    const visit = stack.pop() as Visit;
    const current = visit.value;
    if (typeof current === 'string') {
      if (hasLoneSurrogate(current)) problems.push(loneSurrogateProblem(current, pathOf(visit)));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i] as unknown, key: i, parent: visit });
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        // The key is named escaped (JSON.stringify writes a lone surrogate as \udxxx) and not walked into.
        if (hasLoneSurrogate(key)) problems.push(loneSurrogateProblem(key, pathOf(visit), `the key ${JSON.stringify(key)}`));
        else stack.push({ value: (current as Record<string, unknown>)[key], key, parent: visit });
      }
    }
  }
  return problems;
}
