import { createDocumentStore } from '../node/store/createDocumentStore';
import { createBlockingReadFsPort } from '../node/store/fsPort';
import { stringOption, stringOptions, UsageError } from './cliArgs';
import { annotatorName } from './annotatorName';
import { cliDataDir } from './cliDataDir';
import type { CliDeps } from './cliDeps';
import { fileProblem } from '../node/datasets/datasetFiles';
import { writeFormatOutput, type WrittenOutput } from '../node/datasets/formatFiles';
import { FOLDER_FORMATS_HELP, FORMAT_CHOICES_HELP, formatOption, offsetUnitsHelp } from './cliFormats';
import { problemLine } from './problemLine';
import { collectStoreDataset, skippedDocumentNote } from '../node/datasets/collectStoreDataset';
import { EXIT_BAD_INPUT, EXIT_OK, expectPositionals, runCommand, type CommandSpec } from './runCommand';
import { selectDocuments } from '../node/datasets/selectDocuments';
import { plural } from './plural';

/** `export`: its options and help text (first line = usage). */
export const exportCommand: CommandSpec = {
  name: 'export',
  options: {
    'data-dir': { type: 'string' },
    format: { type: 'string', short: 'f' },
    document: { type: 'string', multiple: true },
    annotator: { type: 'string' },
    out: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
  },
  help: `Usage: tagwerk export [--data-dir DIR] --format FORMAT [--document ID]… [--annotator NAME] [--strict] --out PATH

Writes the store's documents and annotations as a dataset. Without filters: every document
and every annotator's set (mine and each imported colleague's), each annotation keeping its
"annotator". Reads the store only, so it also works while the app is open.
A damaged document (its text no longer matching its id, an unreadable annotation file) is
skipped with a warning naming it by title and id; the rest is written and the exit code is 0.

Options:
  --format FORMAT   ${FORMAT_CHOICES_HELP}
  --out PATH        the output file; for ${FOLDER_FORMATS_HELP} a folder (created if missing)
  --document ID     only this document: its id (sha256:<hex>) or a unique prefix of the hex
                    (at least 4 digits); repeat for several
  --annotator NAME  only NAME's annotations; also the file's top-level "annotator"
                    (default: the app settings' annotator name, else the OS user name)
  --strict          exit 1 and write nothing when any document is damaged
  --data-dir DIR    the data folder (default: $TAGWERK_DATA_DIR, else the app's folder)

${offsetUnitsHelp()}
The export time comes from the clock; an empty store (or filter) exits 1.

Examples:
  npm run --silent tagwerk -- export --format tagwerk --out corpus.tagwerk.json
  npm run --silent tagwerk -- export --format brat --out brat/ --annotator jonas
  npm run --silent tagwerk -- export --format doccano --document sha256:b5314d02 --out a.jsonl`,
};

/** `tagwerk export`: the store (read-only) as a dataset file (or brat folder) in any format. */
export function runExport(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(exportCommand, args, deps, async (parsed) => {
    expectPositionals(parsed, []);
    const format = formatOption(stringOption(parsed, 'format'), '--format');
    const out = stringOption(parsed, 'out');
    if (out === undefined || out === '') throw new UsageError('--out PATH is required');
    const annotator = stringOption(parsed, 'annotator');
    if (annotator !== undefined && annotator.trim() === '') throw new UsageError('--annotator NAME must not be empty');
    const dataDir = cliDataDir(stringOption(parsed, 'data-dir'), deps);
    const fail = (lines: readonly string[]): number => {
      for (const line of lines) deps.stderr(`${line}\n`);
      return EXIT_BAD_INPUT;
    };

    // Read-only and alone in its process: blocking reads halve the time of a large export.
    const store = createDocumentStore({ dataDir, clock: deps.clock, fs: createBlockingReadFsPort() }, { readOnly: true });
    const listed = await store.listDocuments();
    for (const notice of listed.notices) deps.stderr(`note: ${notice.message}\n`);
    if (listed.documents.length === 0) return fail([`The store in ${dataDir} holds no documents; nothing was exported. Import some first: tagwerk import FILE…`]);
    const { selected, problems } = selectDocuments(listed.documents, stringOptions(parsed, 'document'));
    if (problems.length > 0) return fail(problems);

    const collected = await collectStoreDataset(store, {
      documents: selected,
      ...(annotator === undefined ? {} : { annotator: annotator.trim() }),
      exporter: annotator?.trim() ?? annotatorName(undefined, dataDir, deps),
      exportedAt: deps.clock().toISOString(),
    });
    for (const warning of collected.warnings) deps.stderr(`${warning.message}\n`);
    const strict = parsed.values.strict === true;
    for (const skipped of collected.skipped) deps.stderr(`${strict ? 'error' : 'warning'}: ${skippedDocumentNote(skipped)}\n`);
    if (!collected.ok) return fail([...collected.problems, 'Nothing was exported.']);
    if (strict && collected.skipped.length > 0) return fail([`Nothing was exported (--strict: ${plural(collected.skipped.length, 'damaged document')}).`]);
    const { dataset } = collected;
    const count = dataset.documents.reduce((n, d) => n + d.annotations.length, 0);
    if (annotator !== undefined && count === 0) {
      const known = collected.annotators.length === 0 ? 'none' : collected.annotators.join(', ');
      return fail([`${annotator.trim()} has no annotations in the selected documents (annotators there: ${known}); nothing was exported.`]);
    }
    let size: WrittenOutput;
    try {
      size = await writeFormatOutput(deps.cwd, format, dataset, out);
    } catch (error) {
      return fail([problemLine(fileProblem(out, error))]);
    }
    for (const note of size.notes) deps.stderr(`${note.message}\n`);
    const docs = dataset.documents.length;
    deps.stdout(`Exported ${plural(docs, 'document')} and ${plural(count, 'annotation')} as ${format} to ${out} (${size.bytes} bytes).\n`);
    return EXIT_OK;
  });
}
