/* eslint-disable no-control-regex -- the point is to find control characters in messages */

/** Text that only appears when code printed a value it did not mean to print (checked outside quotes). */
const LEAKS: ReadonlyArray<[RegExp, string]> = [
  [/\[object \w+\]/, 'prints an object as [object …]'],
  // zod's "expected string, received undefined" (a missing field) is the one accepted use: the
  // doccano tests pin it. Any other "undefined" is a value printed by mistake.
  [/(?<!received )\bundefined\b/, 'prints "undefined"'],
  [/\bNaN\b/, 'prints "NaN"'],
  [/^\s*at .+:\d+:\d+\)?$/m, 'contains a stack trace'],
  [/\b(?:TypeError|RangeError|ReferenceError|SyntaxError: Unexpected token)\b.*\bat\b/, 'contains a stack trace'],
];

/** What no part of a line may hold, quoted or not. */
const UNPRINTABLE: ReadonlyArray<[RegExp, string]> = [
  [/[\u0000-\u001f\u007f-\u009f]/, 'contains a raw control character or line break (a problem is one line)'],
  [/\p{Cs}/u, 'contains an unpaired surrogate (not printable text)'],
];

/** A JSON-quoted value inside a message: the file's own content, which may say anything. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/** Longest problem line considered readable; longer ones quote too much of the input. */
export const MAX_PROBLEM_LINE = 2_000;

/**
 * Why a problem line shown to a user is not a clear message, or undefined when it is: it must
 * be non-empty one-line text with words, not longer than MAX_PROBLEM_LINE, and leak no
 * `[object Object]`, `undefined`, `NaN` or stack trace outside the quoted input, and no control
 * character or broken UTF-16 anywhere.
 */
export function unclearReason(line: string): string | undefined {
  if (line.trim() === '') return 'is empty';
  if (!/\p{L}{3,}/u.test(line)) return 'has no words';
  if (line.length > MAX_PROBLEM_LINE) return `is ${line.length} characters long`;
  for (const [pattern, reason] of UNPRINTABLE) if (pattern.test(line)) return reason;
  const unquoted = line.replace(QUOTED, '""');
  for (const [pattern, reason] of LEAKS) if (pattern.test(unquoted)) return reason;
  return undefined;
}

/** The unclear lines among `lines`, each with its reason (empty when all are clear). */
export function unclearLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const reason = unclearReason(line);
    return reason === undefined ? [] : [`${reason}: ${JSON.stringify(line.length > 300 ? `${line.slice(0, 300)}…` : line)}`];
  });
}
