import { canonicalizedLine } from '@shared/formats/canonicalDataset';
import { formatLossLine } from '@shared/formats/formatLoss';
import { flag, stringOption, UsageError } from './cliArgs';
import { FORMAT_CHOICES_HELP, formatOption } from './cliFormats';
import { annotatorName } from './annotatorName';
import { cliDataDir } from './cliDataDir';
import type { CliDeps } from './cliDeps';
import { importDataset, importText } from '../node/datasets/importDataset';
import { openLockedStore } from './openLockedStore';
import { readImportInputs } from './readImportInputs';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand, type CommandSpec } from './runCommand';
import { plural } from './plural';
import { documentLine, printDatasetImport, type ImportOutput } from './printImport';

/** `import`: its options and help text (first line = usage). */
export const importCommand: CommandSpec = {
  name: 'import',
  options: { 'data-dir': { type: 'string' }, annotator: { type: 'string' }, format: { type: 'string', short: 'f' }, strict: { type: 'boolean' } },
  help: `Usage: tagwerk import [--data-dir DIR] [--annotator NAME] [--format FORMAT [--strict]] FILE…

Adds files to Tagwerk's document store:
  - text files (.txt, .md, .markdown, .html, .htm), opened as the app opens them: the encoding
    is detected (BOM, UTF-16, UTF-8, else Windows-1252), the text made canonical (NFC, LF);
  - tagwerk.dataset JSON exports (.json), validated first: their documents (a text that is
    not canonical is made so, its spans mapped exactly, and a note says so), and their
    annotations, each into the set of its "annotator". Annotations by me go into
    my own set (merged: nothing stored is removed or changed); every other annotator's become
    that colleague's imported set (replacing an older import of theirs; an import
    exported later than this file is kept, so a colleague's newer work is never rolled back).
A document is its text: the same text is the same document, a changed text is a new one
(the CLI never re-anchors spans). Importing the same file again changes nothing.
Prints per document: id, encoding, length in characters (code points), added/already stored.
Every file is checked before anything is written; a bad file means nothing is imported.

Options:
  --data-dir DIR    the data folder (default: $TAGWERK_DATA_DIR, else the app's folder)
  --annotator NAME  who "me" is (default: the annotator name in the app's settings,
                    else the OS user name); with --format also the annotator of spans whose
                    file names none
  --format FORMAT   read every FILE as ${FORMAT_CHOICES_HELP} instead (a brat FILE is a
                    folder); what a file holds but Tagwerk cannot represent (relations,
                    events, attributes, choices, predictions…) is counted by kind on stderr
  --strict          with --format: anything not imported is an error (exit 1, nothing imported)

Refuses (exit 1, nothing changed) while the Tagwerk app has this data folder open.

Examples:
  npm run --silent tagwerk -- import article.txt notes.md
  npm run --silent tagwerk -- import --data-dir ./data jonas.tagwerk.json`,
};

/** `tagwerk import FILE…`: texts and tagwerk datasets into the store, under its lock. */
export function runImport(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(importCommand, args, deps, async (parsed) => {
    if (parsed.positionals.length === 0) throw new UsageError('missing FILE');
    const dataDir = cliDataDir(stringOption(parsed, 'data-dir'), deps);
    const formatName = stringOption(parsed, 'format');
    const format = formatName === undefined ? undefined : formatOption(formatName, '--format');
    const strict = flag(parsed, 'strict');
    if (strict && format === undefined) throw new UsageError('--strict needs --format FORMAT (texts and tagwerk files lose nothing)');
    const foreign = format === undefined ? undefined : { format, options: { annotator: annotatorName(stringOption(parsed, 'annotator'), dataDir, deps), exportedAt: deps.clock().toISOString() } };
    const { inputs, problems, losses } = await readImportInputs(deps.cwd, parsed.positionals, foreign);
    for (const { file, loss } of losses) deps.stderr(`${file}: ${strict ? 'error' : 'warning'}: ${formatLossLine(loss)}\n`);
    if (strict && losses.length > 0) {
      deps.stderr('Nothing was imported (--strict: the files hold what Tagwerk cannot represent).\n');
      return EXIT_BAD_INPUT;
    }
    if (problems.length > 0) {
      for (const line of problems) deps.stderr(`${line}\n`);
      deps.stderr(`Nothing was imported (${plural(problems.length, 'problem')}).\n`);
      return EXIT_BAD_INPUT;
    }
    const opened = await openLockedStore(dataDir, deps);
    if (!opened.ok) {
      deps.stderr(`${opened.message}\n`);
      return EXIT_BAD_INPUT;
    }
    let failed = false;
    const out: ImportOutput = {
      line: (text) => deps.stdout(`${text}\n`),
      warn: (text) => deps.stderr(`${text}\n`),
      fail: (text) => {
        failed = true;
        deps.stderr(`${text}\n`);
      },
    };
    const { store, notices, close } = opened.locked;
    try {
      for (const notice of notices) out.warn(`note: ${notice.message}`);
      const me = inputs.some((i) => i.kind === 'dataset') ? annotatorName(stringOption(parsed, 'annotator'), dataDir, deps) : '';
      for (const input of inputs) {
        if (input.kind === 'text') {
          out.line(documentLine(await importText(store, input), input.file));
          for (const warning of input.warnings) out.warn(`${input.file}: warning: ${warning}`);
        } else {
          for (const document of input.canonicalized) out.warn(`note: ${input.file}: ${canonicalizedLine(document)}`);
          printDatasetImport(input.file, input.dataset, await importDataset(store, input.dataset, me), out);
        }
      }
    } finally {
      await close();
    }
    return failed ? EXIT_BAD_INPUT : EXIT_OK;
  });
}
