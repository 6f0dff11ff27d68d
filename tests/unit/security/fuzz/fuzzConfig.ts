/** The seed used when TAGWERK_FUZZ_SEED is not set, so every CI run replays the same cases. */
export const DEFAULT_FUZZ_SEED = 20_261_120;

/** In-memory cases per run when TAGWERK_FUZZ_RUNS is not set (split over the input kinds below). */
export const DEFAULT_FUZZ_RUNS = 10_000;

function integerFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, not ${JSON.stringify(raw)}`);
  return value;
}

/** The seed of this run: TAGWERK_FUZZ_SEED, else the fixed default (fast-check prints it with any failure). */
export const FUZZ_SEED = integerFromEnv('TAGWERK_FUZZ_SEED', DEFAULT_FUZZ_SEED, -(2 ** 31));

/** Total in-memory cases of this run: TAGWERK_FUZZ_RUNS, else 10,000. */
export const FUZZ_RUNS = integerFromEnv('TAGWERK_FUZZ_RUNS', DEFAULT_FUZZ_RUNS, 1);

/**
 * How the in-memory cases are shared between the properties: per input kind, generated
 * inputs (valid by construction, or random JSON/bytes) and mutated fixtures. Sums to 1.
 */
export const FUZZ_SHARES = {
  tagwerkGenerated: 0.07,
  tagwerkRandom: 0.04,
  tagwerkMutated: 0.19,
  doccanoGenerated: 0.05,
  doccanoRandom: 0.03,
  doccanoMutated: 0.12,
  w3cGenerated: 0.05,
  w3cRandom: 0.03,
  w3cMutated: 0.12,
  textRandom: 0.1,
  textMutated: 0.17,
  prototypeKeys: 0.03,
} as const;

/** Number of runs of one property: its share of FUZZ_RUNS, at least 1. */
export function runsFor(share: keyof typeof FUZZ_SHARES): number {
  return Math.max(1, Math.round(FUZZ_RUNS * FUZZ_SHARES[share]));
}

/** Cases against the real store in a temp folder (a few hundred: they fsync). Scales with FUZZ_RUNS. */
export const REAL_STORE_RUNS = Math.max(10, Math.round(FUZZ_RUNS * 0.03));

/**
 * Longest one case may take (parse, import, checks) before it counts as a hang. The slowest
 * cases (300,000-character strings, 30,000 levels of nesting) take well under 100 ms; the
 * quadratic scan this suite found took minutes on a 200 KB file.
 */
export const CASE_TIME_LIMIT_MS = 5_000;

/** fast-check parameters shared by every fuzz property (seeded; each property gets its own stream; async runs time out). */
export function fuzzParameters(numRuns: number, salt: number): { seed: number; numRuns: number; endOnFailure: true; timeout: number } {
  return { seed: (FUZZ_SEED + salt) | 0, numRuns, endOnFailure: true, timeout: CASE_TIME_LIMIT_MS };
}

/** The vitest timeout of a property with `numRuns` cases: room for 50 ms per case, at least 60 s. */
export function fuzzTestTimeout(numRuns: number): number {
  return Math.max(60_000, numRuns * 50);
}
