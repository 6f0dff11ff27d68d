import type { FileProblem } from '../node/datasets/datasetFiles';

/** A file problem as one stderr line: the file as the user typed it, then why. */
export function problemLine(problem: FileProblem): string {
  return `${problem.file}: ${problem.reason}`;
}
