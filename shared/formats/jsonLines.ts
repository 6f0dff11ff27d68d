import type { z } from 'zod';
import type { FormatProblem } from './formatProblem';
import { parseJsonSafely } from './parseJsonSafely';
import { problemsFromIssues } from './problemsFromIssues';

/** One parsed JSONL record and its 1-based line number. */
export interface JsonLine<T> {
  readonly line: number;
  readonly value: T;
}

/**
 * Parses JSON Lines (blank lines skipped, a CR before LF tolerated) and checks each record with
 * `schema`; every bad line is reported as `line N <path>: message`, so a user can fix them all.
 */
export function parseJsonLines<T>(input: string, schema: z.ZodType<T>): { ok: true; rows: JsonLine<T>[] } | { ok: false; problems: FormatProblem[] } {
  const rows: JsonLine<T>[] = [];
  const problems: FormatProblem[] = [];
  const lines = (input.startsWith('\uFEFF') ? input.slice(1) : input).split('\n');
  lines.forEach((raw, index) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    const where = `line ${index + 1}`;
    const json = parseJsonSafely(text, where);
    if (!json.ok) {
      problems.push(...json.problems);
      return;
    }
    const result = schema.safeParse(json.value);
    if (result.success) rows.push({ line: index + 1, value: result.data });
    else problems.push(...problemsFromIssues(result.error.issues).map((problem) => ({ ...problem, path: `${where} ${problem.path}`.trim() })));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** Writes records as JSON Lines: one compact JSON object per line, LF, trailing newline. */
export function serializeJsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
