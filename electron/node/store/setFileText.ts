/**
 * The text of an annotation set file (`annotations.json`): compact JSON on one line with a final
 * newline, because main reads and parses it on every open — 432 → 272 KB at 1,000 tags and 2,000
 * relations — and autosave writes it whole; any JSON of the right shape still reads (old files are indented).
 */
export function setFileText(set: unknown): string {
  return `${JSON.stringify(set)}\n`;
}
