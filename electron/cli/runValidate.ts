import { formatProblemLine } from '@shared/formats/formatProblem';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { UsageError } from './cliArgs';
import type { CliDeps } from './cliDeps';
import { readInputText } from '../node/datasets/datasetFiles';
import { problemLine } from './problemLine';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand, type CommandSpec } from './runCommand';
import { plural } from './plural';

/** `validate`: its options and help text (first line = usage). */
export const validateCommand: CommandSpec = {
  name: 'validate',
  options: {},
  help: `Usage: tagwerk validate FILE…

Checks that each FILE is a valid tagwerk.dataset, version 1 or 2 (the JSON Schema in schemas/
plus what a schema cannot say: document ids are the sha256 of their texts, annotation ids are
unique, every span lies inside its text and its "text" equals the code-point slice, labels are
declared; relations link two tags of their document and annotator with a declared type that
allows the pair).

Exit 0 when every file is valid (one summary line each on stdout); exit 1 with one line per
problem on stderr ("FILE: path: message"); exit 2 on a wrong command line.

Example:
  npm run --silent tagwerk -- validate export.tagwerk.json`,
};

/** `tagwerk validate FILE…`: exit 0 if every file is a valid tagwerk dataset, else 1 with one stderr line per problem. */
export function runValidate(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(validateCommand, args, deps, async (parsed) => {
    if (parsed.positionals.length === 0) throw new UsageError('missing FILE');
    let exit = EXIT_OK;
    for (const file of parsed.positionals) {
      const read = await readInputText(deps.cwd, file);
      if (!read.ok) {
        deps.stderr(`${problemLine(read)}\n`);
        exit = EXIT_BAD_INPUT;
        continue;
      }
      const result = parseTagwerkDataset(read.text);
      if (!result.ok) {
        for (const problem of result.problems) deps.stderr(`${file}: ${formatProblemLine(problem)}\n`);
        exit = EXIT_BAD_INPUT;
        continue;
      }
      const documents = result.dataset.documents.length;
      const annotations = result.dataset.documents.reduce((n, d) => n + d.annotations.length, 0);
      const relations = result.dataset.documents.reduce((n, d) => n + (d.relations?.length ?? 0), 0);
      const counts = [plural(documents, 'document'), plural(annotations, 'annotation'), ...(result.dataset.version >= 2 ? [plural(relations, 'relation')] : [])];
      deps.stdout(`${file}: valid tagwerk.dataset v${result.dataset.version} (${counts.join(', ')})\n`);
    }
    return exit;
  });
}
