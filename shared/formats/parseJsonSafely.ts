import { type FormatProblem, jsonPath } from './formatProblem';
import { jsonDepthProblem } from './jsonDepth';
import { printableText } from './quoted';

/** Keys that could reach an object's prototype when a parsed file is merged or copied. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** One value still to visit, with the link to its parent so a path is built only for a hit. */
interface Visit {
  readonly value: unknown;
  readonly key: PropertyKey | undefined;
  readonly parent: Visit | undefined;
}

/** Paths deeper than this are shown by their first and last segments only, so a message stays readable. */
const MAX_SHOWN_SEGMENTS = 16;

function pathOf(visit: Visit): string {
  const segments: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) segments.push(at.key);
  segments.reverse();
  if (segments.length <= MAX_SHOWN_SEGMENTS) return jsonPath(segments);
  const half = MAX_SHOWN_SEGMENTS / 2;
  return `${jsonPath(segments.slice(0, half))} … (${segments.length} levels deep) … ${jsonPath(segments.slice(-half))}`;
}

/**
 * Paths of every `__proto__`, `constructor` or `prototype` key anywhere in a parsed JSON value,
 * found with an explicit stack (no recursion limit on deeply nested input) in time linear in the
 * value's size (paths are built only for the keys found, so 100k nested arrays stay fast), so an
 * import can refuse a file that would pollute prototypes if some later code copied it key by key.
 */
export function findForbiddenKeys(value: unknown): Array<{ path: string; key: string }> {
  const found: Array<{ path: string; key: string }> = [];
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const item = stack.pop() as Visit;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, index) => stack.push({ value: child, key: index, parent: item }));
    } else if (item.value !== null && typeof item.value === 'object') {
      for (const key of Object.keys(item.value)) {
        const child: Visit = { value: (item.value as Record<string, unknown>)[key], key, parent: item };
        if (FORBIDDEN_KEYS.has(key)) found.push({ path: pathOf(child), key });
        stack.push(child);
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Where a JSON syntax error is, as line and column (1-based), when the engine's reason says so. */
function jsonErrorPosition(error: unknown, input: string): { line?: number; column?: number } {
  const reason = error instanceof Error ? error.message : String(error);
  const given = /\(line (\d+) column (\d+)\)/.exec(reason);
  if (given !== null) return { line: Number(given[1]), column: Number(given[2]) };
  const position = /at position (\d+)/.exec(reason);
  if (position === null) return {};
  const offset = Number(position[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = input.indexOf('\n'); i !== -1 && i < offset; i = input.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The engine's reason for a JSON syntax error, made safe to show: its quote of the input (which
 * may hold control characters or half an emoji) escaped, and a position turned into line and column.
 */
function syntaxReason(error: unknown, input: string): string {
  const reason = printableText(error instanceof Error ? error.message : String(error));
  if (reason.includes('(line ')) return reason;
  const { line, column } = jsonErrorPosition(error, input);
  return line === undefined ? reason : `${reason} (line ${line}, column ${column ?? 1})`;
}

/** A parsed JSON value, or the problems that stopped it (syntax error or forbidden keys). */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: FormatProblem[] };

/**
 * `JSON.parse` for untrusted files: a leading BOM is tolerated, a syntax error becomes a problem
 * instead of a throw, nesting deeper than LIMITS.jsonDepth is refused, and any prototype-polluting key (see `findForbiddenKeys`) rejects the
 * input. `where` prefixes the problem paths (e.g. `line 3` for JSONL).
 */
export function parseJsonSafely(input: string, where = ''): JsonParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: where, code: 'notJson', ...jsonErrorPosition(error, text), message: `not valid JSON (${syntaxReason(error, text)})` }] };
  }
  const deep = jsonDepthProblem(value);
  if (deep !== undefined) return { ok: false, problems: [{ ...deep, path: where }] };
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map(({ path, key }) => ({
        path: [where, path].filter((part) => part !== '').join(' '),
        code: 'forbiddenKey' as const,
        key,
        message: `the key "${key}" is not allowed (it could pollute object prototypes)`,
      })),
    };
  }
  return { ok: true, value };
}
