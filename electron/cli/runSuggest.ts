import path from 'node:path';
import { suggestAll } from '@shared/assist/suggestAll';
import { suggestionDataset, type SuggestedText } from '@shared/assist/suggestionDataset';
import { serializeTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { validateTagwerkDataset } from '@shared/formats/validateTagwerkDataset';
import { documentIdOf } from '@shared/text/documentId';
import { fileProblem } from '../node/datasets/datasetFiles';
import { writeFormatOutput } from '../node/datasets/formatFiles';
import { importDataset, importText } from '../node/datasets/importDataset';
import { flag, stringOption, UsageError } from './cliArgs';
import { annotatorName } from './annotatorName';
import { cliDataDir } from './cliDataDir';
import type { CliDeps } from './cliDeps';
import { openLockedStore } from './openLockedStore';
import { plural } from './plural';
import { documentLine, printDatasetImport } from './printImport';
import { problemLine } from './problemLine';
import { readTextInput } from './readImportInputs';
import { storeLearning } from './storeLearning';
import { EXIT_BAD_INPUT, EXIT_OK, runCommand, type CommandSpec } from './runCommand';

/** Who the suggestions belong to unless `--annotator` names someone. */
export const SUGGEST_ANNOTATOR = 'tagwerk-suggest';

/** `suggest`: its options and help text (first line = usage). */
export const suggestCommand: CommandSpec = {
  name: 'suggest',
  options: { out: { type: 'string', short: 'o' }, annotator: { type: 'string' }, store: { type: 'boolean' }, 'learned-from-store': { type: 'boolean' }, 'data-dir': { type: 'string' } },
  help: `Usage: tagwerk suggest [--out FILE] [--annotator NAME] [--learned-from-store] [--store] [--data-dir DIR] TEXTFILE…

Runs the German assist on each text file (opened as the app opens it: encoding detected, text
made canonical) and writes a tagwerk.dataset (version 2) of its suggestions: dates, quotes,
actors, and a "source" relation from each attributed quote to its actor. Every suggestion has
"origin": "assist". Offline and deterministic: the same texts (and store) give the same suggestions with the same ids.

With --learned-from-store it also learns from the store, as the app's suggestion review does (like
INCEpTION's string-matching recommender): every string the store's annotator (the name in its
settings) tagged in any stored document is suggested with that label wherever it occurs again as
whole words, a (label, string) they rejected in the app is never suggested, and nothing overlapping
their own tag of the same label on a stored text is suggested. The store is only read for this: a
damaged rejections file is named on stderr and left as it is, and the suggestions go on without it.

A document is its text (as for import): files whose decoded, canonical texts are the same give one
document in the dataset, under the first file's name, with a note on stderr naming the others.

Options:
  --out FILE        write the dataset to FILE (default: print it on stdout)
  --annotator NAME  whose set the suggestions are (default: ${SUGGEST_ANNOTATOR})
  --learned-from-store
                    also suggest the strings learned in the store, leaving out rejected ones
  --store           also import them into the document store as that annotator's set, so
                    they can be reviewed in the app like a colleague's (texts are added too);
                    implies --learned-from-store, so the set matches what the app would suggest
  --data-dir DIR    the store for --store and --learned-from-store (default: $TAGWERK_DATA_DIR,
                    else the app's folder)

Examples:
  npm run --silent tagwerk -- suggest --out suggestions.tagwerk.json article.txt
  npm run --silent tagwerk -- suggest --learned-from-store --out s.tagwerk.json article.txt
  npm run --silent tagwerk -- suggest --store article.txt`,
};

/** `tagwerk suggest TEXTFILE…`: the assist's suggestions as a dataset file, stdout, or a colleague set in the store. */
export function runSuggest(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(suggestCommand, args, deps, async (parsed) => {
    if (parsed.positionals.length === 0) throw new UsageError('missing TEXTFILE');
    const annotator = stringOption(parsed, 'annotator') ?? SUGGEST_ANNOTATOR;
    if (annotator.trim() === '' || annotator.length > 200) throw new UsageError('--annotator must be 1 to 200 characters');
    const dataDir = cliDataDir(stringOption(parsed, 'data-dir'), deps);
    const learning = flag(parsed, 'learned-from-store') || flag(parsed, 'store') ? await storeLearning(dataDir, deps) : undefined;
    const texts: SuggestedText[] = [];
    const readTexts: { file: string; text: string; title: string; encoding: string }[] = [];
    const problems: string[] = [];
    const notes: string[] = [];
    // A document is its text (as `tagwerk import` has it): a file whose decoded, canonical text came before is the same document, suggested once.
    const fileOfText = new Map<string, string>();
    for (const file of parsed.positionals) {
      const read = await readTextInput(deps.cwd, file);
      if ('problems' in read) {
        problems.push(...read.problems);
        continue;
      }
      const first = fileOfText.get(read.text);
      if (first !== undefined) notes.push(`${file}: the same text as ${first} (document ${documentIdOf(read.text)}); its suggestions are in the dataset once, under ${path.basename(first)}.`);
      else {
        fileOfText.set(read.text, file);
        readTexts.push(read);
        texts.push({ text: read.text, title: read.title, source: path.basename(file), suggestions: suggestAll({ text: read.text, ...(await learning?.inputFor(read.text)) }) });
      }
    }
    if (problems.length > 0) {
      for (const line of problems) deps.stderr(`${line}\n`);
      deps.stderr(`Nothing was written (${plural(problems.length, 'problem')}).\n`);
      return EXIT_BAD_INPUT;
    }
    for (const line of notes) deps.stderr(`${line}\n`);
    const dataset = suggestionDataset(texts, annotator, deps.clock().toISOString());
    const checked = validateTagwerkDataset(dataset);
    if (!checked.ok) throw new Error(`the suggestions do not form a valid dataset (${checked.problems.length} problems); please report this`);
    const out = stringOption(parsed, 'out');
    if (out !== undefined) {
      try {
        await writeFormatOutput(deps.cwd, 'tagwerk', dataset, out);
      } catch (error) {
        deps.stderr(`${problemLine(fileProblem(out, error))}\n`);
        return EXIT_BAD_INPUT;
      }
    } else if (!flag(parsed, 'store')) {
      deps.stdout(serializeTagwerkDataset(dataset));
    }
    const spans = dataset.documents.reduce((n, d) => n + d.annotations.length, 0);
    const relations = dataset.documents.reduce((n, d) => n + (d.relations?.length ?? 0), 0);
    if (learning) deps.stderr(`Learned from the store: ${plural(learning.strings, 'string')} ${learning.annotator} tagged, ${plural(learning.rejections, 'rejection')}.\n`);
    deps.stderr(`Suggested ${plural(spans, 'annotation')} and ${plural(relations, 'source relation')} in ${plural(texts.length, 'document')}${out === undefined ? '' : `: ${out}`}.\n`);
    if (!flag(parsed, 'store')) return EXIT_OK;
    const opened = await openLockedStore(dataDir, deps);
    if (!opened.ok) {
      deps.stderr(`${opened.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const { store, close } = opened.locked;
    let failed = false;
    try {
      const me = annotatorName(undefined, dataDir, deps);
      // Each text is added as `tagwerk import` adds it, so the store keeps its file's name and detected encoding, not a dataset's "utf-8".
      for (const input of readTexts) deps.stdout(`${documentLine(await importText(store, input), input.file)}\n`);
      const reports = await importDataset(store, dataset, me);
      printDatasetImport(out ?? 'suggestions', dataset, reports, {
        line: (text) => deps.stdout(`${text}\n`),
        warn: (text) => deps.stderr(`${text}\n`),
        fail: (text) => {
          failed = true;
          deps.stderr(`${text}\n`);
        },
      });
    } finally {
      await close();
    }
    return failed ? EXIT_BAD_INPUT : EXIT_OK;
  });
}
