/**
 * Orders two strings by UTF-16 code units (what `<` does), for ids and ISO times: the same order
 * a locale gives ASCII strings of one format, without localeCompare's cost on ten thousand rows.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
