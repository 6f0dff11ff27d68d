/**
 * Where a bar lies in its track, as CSS left and width: a score from 0 to 1 over the whole track;
 * a signed score (kappa) from -1 to 1 around a zero line in the middle, so a negative kappa is
 * drawn leftwards from zero instead of vanishing. Undefined (null) draws nothing.
 */
export function chartBarStyle(signed: boolean, value: number | null): { left: string; width: string } {
  const v = Math.max(-1, Math.min(1, value ?? 0));
  if (!signed) return { left: '0%', width: `${Math.max(0, v) * 100}%` };
  return v >= 0 ? { left: '50%', width: `${v * 50}%` } : { left: `${50 + v * 50}%`, width: `${-v * 50}%` };
}
