import { type FormatProblem, jsonPath } from './formatProblem';

/** Keys that could reach an object's prototype when a parsed file is merged or copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of every `__proto__`, `constructor` or `prototype` key anywhere in a parsed JSON value,
 * found with an explicit stack (no recursion limit on deeply nested input), so an import can
 * refuse a file that would pollute prototypes if some later code copied it key by key.
 */
export function findForbiddenKeys(value: unknown): Array<{ path: string; key: string }> {
  const found: Array<{ path: string; key: string }> = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (Array.isArray(item.value)) {
      item.value.forEach((child, index) => stack.push({ value: child, path: [...item.path, index] }));
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const key of Object.keys(item.value)) {
        const path = [...item.path, key];
        if (FORBIDDEN_KEYS.has(key)) found.push({ path: jsonPath(path), key });
        stack.push({ value: (item.value as Record<string, unknown>)[key], path });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A parsed JSON value, or the problems that stopped it (syntax error or forbidden keys). */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: FormatProblem[] };

/**
 * `JSON.parse` for untrusted files: a leading BOM is tolerated, a syntax error becomes a problem
 * instead of a throw, and any prototype-polluting key (see `findForbiddenKeys`) rejects the
 * input. `where` prefixes the problem paths (e.g. `line 3` for JSONL).
 */
export function parseJsonSafely(input: string, where = ''): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: where, message: `not valid JSON (${reason})` }] };
  }
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map(({ path, key }) => ({
        path: [where, path].filter((part) => part !== '').join(' '),
        message: `the key "${key}" is not allowed (it could pollute object prototypes)`,
      })),
    };
  }
  return { ok: true, value };
}
