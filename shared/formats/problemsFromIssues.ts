import type { z } from 'zod';
import { type FormatProblem, jsonPath } from './formatProblem';
import { factsOfIssue, type ProblemFacts } from './problemFacts';
import { excerpt } from './quoted';

/** A missing value: our plain-words message for it, or zod's own ("…, received undefined"). */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.message === 'is required' || /received undefined$/.test(issue.message);
}

/** The last key of an issue's path, which says what a format check was about (`source`, `id`). */
function lastKey(issue: z.core.$ZodIssue): PropertyKey | undefined {
  return issue.path.at(-1);
}

/**
 * The code and values of one zod issue: those a custom check attached (see `issueFacts`), else
 * read from the issue's kind (missing, wrong type, not one of, too small or large, a date-time
 * or name format); anything else is `invalid` with zod's English words as its detail.
 */
export function issueProblemFacts(issue: z.core.$ZodIssue): ProblemFacts {
  switch (issue.code) {
    case 'custom':
      return factsOfIssue(issue.params) ?? { code: 'invalid', detail: excerpt(issue.message) };
    case 'invalid_type':
      return isMissing(issue) ? { code: 'required' } : { code: 'wrongType', expected: issue.expected };
    case 'invalid_value':
      return { code: 'notOneOf', values: excerpt(issue.values.map((v) => JSON.stringify(v)).join(', ')), count: issue.values.length };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum === 1 ? { code: 'empty' } : { code: 'tooShort', minimum };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooFew', minimum };
      return { code: 'tooSmall', minimum };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'tooLong', maximum };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooMany', maximum };
      return { code: 'tooLarge', maximum };
    }
    case 'invalid_format':
      if (issue.format === 'datetime') return { code: 'notDateTime' };
      if (lastKey(issue) === 'source') return { code: 'notBaseName' };
      if (lastKey(issue) === 'id' && issue.path.includes('documents')) return { code: 'notDocumentId' };
      return { code: 'invalid', detail: excerpt(issue.message) };
    case 'unrecognized_keys':
      return { code: 'unknownKeys', keys: excerpt(issue.keys.join(', ')) };
    default:
      return { code: 'invalid', detail: excerpt(issue.message) };
  }
}

/** Turns zod issues into problems with readable JSON paths (after `prefix`), each with its code and values, in the order zod found them. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FormatProblem[] {
  return issues.map((issue) => ({ ...issueProblemFacts(issue), path: jsonPath([...prefix, ...issue.path]), message: issue.message }));
}
