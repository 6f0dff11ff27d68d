import path from 'node:path';
import { formatLossLine } from '@shared/formats/formatLoss';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { flag, stringOption, stringOptions } from './cliArgs';
import { annotatorName } from './annotatorName';
import { cliDataDir } from './cliDataDir';
import type { CliDeps } from './cliDeps';
import { fileProblem } from '../node/datasets/datasetFiles';
import { readFormatInput, writeFormatOutput, type WrittenOutput } from '../node/datasets/formatFiles';
import { FOLDER_FORMATS_HELP, FORMAT_CHOICES_HELP, formatOption } from './cliFormats';
import { problemLine } from './problemLine';
import { EXIT_BAD_INPUT, EXIT_OK, expectPositionals, runCommand, type CommandSpec } from './runCommand';
import { w3cTexts } from './w3cTexts';
import { plural } from './plural';

/** `convert`: its options and help text (first line = usage). */
export const convertCommand: CommandSpec = {
  name: 'convert',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    annotator: { type: 'string' },
    text: { type: 'string', multiple: true },
    'data-dir': { type: 'string' },
    strict: { type: 'boolean' },
  },
  help: `Usage: tagwerk convert --from FORMAT --to FORMAT [--annotator NAME] [--text FILE]… [--strict] IN OUT

Reads IN in one format and writes OUT in another; the store is not changed. Every span is
checked on the way in (inside its text, quote equal to the slice) and nothing is fixed silently.
What IN holds but Tagwerk cannot represent (relations, events, attributes, choices,
predictions…) is counted by kind on stderr. For ${FOLDER_FORMATS_HELP}, IN and OUT are folders.

Options:
  --from FORMAT, --to FORMAT   ${FORMAT_CHOICES_HELP}
  --annotator NAME  annotator of spans whose format names none (doccano, spacy, brat, label
                    studio); default: the app settings' annotator name, else the OS user name
  --text FILE       (--from w3c) a text the annotations point at, whatever their source
                    (a document id, urn:sha256:…, a URL); W3C exports hold offsets and quotes
                    but no texts. The texts in the store are used too.
  --strict          treat anything not imported as an error: exit 1, write nothing
  --data-dir DIR    the store whose settings and texts are used (default: as for import)

Formats without an export time get the current time; ids of annotations are derived from
(document, start, end, label) where the format has none, so converting again gives the same ids.

Examples:
  npm run --silent tagwerk -- convert --from tagwerk --to doccano corpus.tagwerk.json corpus.jsonl
  npm run --silent tagwerk -- convert --from brat --to tagwerk --annotator jonas brat/ jonas.tagwerk.json`,
};

/** `tagwerk convert --from F --to T IN OUT`: one dataset format to another, checked on the way in. */
export function runConvert(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(convertCommand, args, deps, async (parsed) => {
    const from = formatOption(stringOption(parsed, 'from'), '--from');
    const to = formatOption(stringOption(parsed, 'to'), '--to');
    const [input = '', output = ''] = expectPositionals(parsed, ['IN', 'OUT']);
    const dataDir = cliDataDir(stringOption(parsed, 'data-dir'), deps);
    const fail = (lines: readonly string[]): number => {
      for (const line of lines) deps.stderr(`${line}\n`);
      return EXIT_BAD_INPUT;
    };
    const texts = from === 'w3c' ? await w3cTexts(deps.cwd, dataDir, stringOptions(parsed, 'text')) : undefined;
    if (texts !== undefined && texts.problems.length > 0) return fail(texts.problems);
    const result = await readFormatInput(deps.cwd, from, input, {
      ...(from === 'tagwerk' ? {} : { annotator: annotatorName(stringOption(parsed, 'annotator'), dataDir, deps) }),
      exportedAt: deps.clock().toISOString(),
      source: path.basename(input),
      ...(texts === undefined ? {} : { texts: texts.texts, anyTexts: texts.given }),
    });
    if (!result.ok) {
      if ('reason' in result) return fail([problemLine(result)]);
      return fail([...result.problems.map((p) => `${input}: ${formatProblemLine(p)}`), 'Nothing was written.']);
    }
    const strict = flag(parsed, 'strict');
    for (const loss of result.losses) deps.stderr(`${input}: ${strict ? 'error' : 'warning'}: ${formatLossLine(loss)}\n`);
    if (strict && result.losses.length > 0) return fail(['Nothing was written (--strict: the input holds what Tagwerk cannot represent).']);
    let size: WrittenOutput;
    try {
      size = await writeFormatOutput(deps.cwd, to, result.dataset, output);
    } catch (error) {
      return fail([problemLine(fileProblem(output, error))]);
    }
    for (const note of size.notes) deps.stderr(`${note.message}\n`);
    const docs = result.dataset.documents.length;
    const spans = result.dataset.documents.reduce((n, d) => n + d.annotations.length, 0);
    deps.stdout(`Converted ${plural(docs, 'document')} and ${plural(spans, 'annotation')} from ${from} to ${to}: ${output} (${size.bytes} bytes).\n`);
    return EXIT_OK;
  });
}
