import { LIMITS } from '../limits/limits';
import type { FormatProblem } from './formatProblem';

/**
 * A problem when a parsed JSON value nests arrays and objects deeper than `max` levels
 * (default LIMITS.jsonDepth), found with an explicit stack: no file Tagwerk reads needs more,
 * and code that walks values recursively (JSON.stringify among it) would overflow the stack.
 */
export function jsonDepthProblem(value: unknown, max: number = LIMITS.jsonDepth): FormatProblem | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= max) return { path: '', code: 'tooDeep', maximum: max, message: `nests arrays and objects more than ${max} levels deep; no file Tagwerk reads needs that many` };
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push({ value: child as unknown, depth: depth + 1 });
  }
  return undefined;
}
