import { computeAgreement } from '@shared/agreement/computeAgreement';
import type { TagwerkDataset } from '@shared/formats/datasetSchema';
import { formatProblemLine } from '@shared/formats/formatProblem';
import { parseTagwerkDataset } from '@shared/formats/tagwerkFormat';
import { flag } from './cliArgs';
import { agreementTable, columns, score } from './agreementTable';
import type { CliDeps } from './cliDeps';
import { readInputText } from '../node/datasets/datasetFiles';
import { problemLine } from './problemLine';
import { annotatorsOf, assistedCount, pairDatasets } from './pairDatasets';
import { EXIT_BAD_INPUT, EXIT_OK, expectPositionals, runCommand, type CommandSpec } from './runCommand';
import { plural } from './plural';

/** `agreement`: its options and help text (first line = usage). */
export const agreementCommand: CommandSpec = {
  name: 'agreement',
  options: { json: { type: 'boolean' }, 'per-document': { type: 'boolean' }, 'without-assist': { type: 'boolean' } },
  help: `Usage: tagwerk agreement A.json B.json [--json] [--per-document] [--without-assist]

Inter-annotator agreement of two tagwerk exports, A being the reference. Documents are matched
by id (identical texts); over several documents counts are summed and kappa pools positions.
  exact span   precision, recall, F1: a span matches iff start, end and label are equal
  overlap      same label and at least one shared character, pairs taken greedily by
               largest overlap, each span matched at most once
  kappa        character-level Cohen's kappa per label over every non-whitespace code point
Per label (all of Tagwerk's labels are always listed) and micro-averaged over labels.
Precision or recall is null (shown "–") when its denominator is 0.

Options:
  --json           print {"exactSpan": {"perLabel", "micro"}, "overlap": {…}, "charKappa":
                   {"positions", "perLabel"}} over all compared documents
  --per-document   also each document's figures (with --json: a "documents" array)
  --without-assist leave out, on both sides, every annotation accepted from the assist's
                   suggestions ("origin": "assist") and the relations touching one, so the
                   figures say how far the analysts agree without the assist's help

Export one annotator per file for a meaningful comparison.

Examples:
  npm run --silent tagwerk -- export --format tagwerk --annotator anna --out anna.json
  npm run --silent tagwerk -- agreement anna.json jonas.tagwerk.json --json
  npm run --silent tagwerk -- agreement anna.json jonas.tagwerk.json --without-assist`,
};

async function readDataset(cwd: string, file: string, problems: string[]): Promise<TagwerkDataset | undefined> {
  const read = await readInputText(cwd, file);
  if (!read.ok) {
    problems.push(problemLine(read));
    return undefined;
  }
  const parsed = parseTagwerkDataset(read.text);
  if (parsed.ok) return parsed.dataset;
  problems.push(...parsed.problems.map((p) => `${file}: ${formatProblemLine(p)}`));
  return undefined;
}

/** `tagwerk agreement A.json B.json`: the agreement report as a table, or with --json as the AgreementReport schema shapes it. */
export function runAgreement(args: readonly string[], deps: CliDeps): Promise<number> {
  return runCommand(agreementCommand, args, deps, async (parsed) => {
    const [fileA = '', fileB = ''] = expectPositionals(parsed, ['A.json', 'B.json']);
    const problems: string[] = [];
    const a = await readDataset(deps.cwd, fileA, problems);
    const b = await readDataset(deps.cwd, fileB, problems);
    if (a === undefined || b === undefined) {
      for (const line of problems) deps.stderr(`${line}\n`);
      return EXIT_BAD_INPUT;
    }
    const withoutAssist = flag(parsed, 'without-assist');
    const pairing = pairDatasets(a, b, { withoutAssist });
    if (withoutAssist) deps.stderr(`note: left out the annotations accepted from the assist: ${plural(assistedCount(a), 'annotation')} in ${fileA}, ${plural(assistedCount(b), 'annotation')} in ${fileB}\n`);
    for (const doc of pairing.onlyInA) deps.stderr(`note: ${doc.id} (${doc.title}) is only in ${fileA}; not compared\n`);
    for (const doc of pairing.onlyInB) deps.stderr(`note: ${doc.id} (${doc.title}) is only in ${fileB}; not compared\n`);
    for (const [file, dataset] of [[fileA, a], [fileB, b]] as const) {
      const names = annotatorsOf(dataset);
      if (names.length > 1) deps.stderr(`note: ${file} holds annotations by ${names.join(', ')}; they are compared as one set\n`);
    }
    if (pairing.documents.length === 0) {
      deps.stderr(`${fileA} and ${fileB} have no document in common (documents are matched by id, the sha256 of their text); nothing to compare.\n`);
      return EXIT_BAD_INPUT;
    }
    const { labelIds, documents } = pairing;
    const corpus = computeAgreement(documents, labelIds);
    const perDocument = flag(parsed, 'per-document') ? documents.map((d) => ({ id: d.id, title: d.title, ...computeAgreement([d], labelIds) })) : undefined;
    if (flag(parsed, 'json')) {
      deps.stdout(`${JSON.stringify(perDocument === undefined ? corpus : { ...corpus, documents: perDocument }, null, 2)}\n`);
      return EXIT_OK;
    }
    const n = documents.length;
    deps.stdout(`Agreement of ${fileB} (B) with ${fileA} (A, the reference): ${plural(n, 'document')} compared\n\n`);
    if (perDocument !== undefined) {
      for (const doc of perDocument) deps.stdout(`${doc.title} (${doc.id})\n${agreementTable(doc, labelIds)}\n`);
      if (n > 1) deps.stdout(`All ${n} documents\n`);
    } else if (n > 1) {
      const rows = documents.map((d) => {
        const r = computeAgreement([d], labelIds);
        return [d.title, d.id.slice(0, 19), score(r.exactSpan.micro.f1), score(r.overlap.micro.f1)];
      });
      deps.stdout(`${columns([['document', 'id', 'exact F1', 'overlap F1'], ...rows])}\nAll ${n} documents\n`);
    }
    if (perDocument === undefined || n > 1) deps.stdout(agreementTable(corpus, labelIds));
    return EXIT_OK;
  });
}
