import { FORMAT_IDS } from '@shared/formats/formatRegistry';
import type { CliDeps } from './cliDeps';
import { offsetUnitsHelp } from './cliFormats';
import { EXIT_OK, EXIT_USAGE } from './runCommand';

type Command = (args: readonly string[], deps: CliDeps) => Promise<number>;

/** Each command's module is loaded only when it runs: loading all of them (the assist's rules, every format) cost an export about half a second. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  import: async () => (await import('./runImport')).runImport,
  export: async () => (await import('./runExport')).runExport,
  validate: async () => (await import('./runValidate')).runValidate,
  convert: async () => (await import('./runConvert')).runConvert,
  agreement: async () => (await import('./runAgreement')).runAgreement,
  suggest: async () => (await import('./runSuggest')).runSuggest,
};

/** The top-level help: every command in one line, the exit codes, where the data lives. */
export const CLI_HELP = `Usage: tagwerk COMMAND [OPTIONS] [ARGS]
       (from the repository: npm run --silent tagwerk -- COMMAND …)

Commands:
  import [--data-dir DIR] [--annotator NAME] FILE…
        add text files and tagwerk JSON exports to the document store
  export [--data-dir DIR] --format FORMAT [--document ID] [--annotator NAME] --out PATH
        write the store's documents and annotations as a dataset
  validate FILE…
        check tagwerk.dataset JSON files
  convert --from FORMAT --to FORMAT IN OUT
        convert a dataset between formats
  agreement A.json B.json [--json] [--per-document]
        inter-annotator agreement of two tagwerk exports (A is the reference)
  suggest [--out FILE] [--annotator NAME] [--learned-from-store] [--store] TEXTFILE…
        the German assist's suggested dates, quotes, actors and quote sources as a dataset

FORMAT: ${FORMAT_IDS.join(', ')}.
${offsetUnitsHelp()}
The data folder is --data-dir, else $TAGWERK_DATA_DIR, else the app's own folder.
Exit codes: 0 done, 1 bad input (one line per problem on stderr), 2 wrong command line.
Run "tagwerk COMMAND --help" for a command's options and examples.
`;

/**
 * Dispatches `argv` (without node and the script) to a command and returns its exit code;
 * `--help`/`help` print the overview, an unknown or missing command is a usage error (2).
 */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    deps.stderr(`tagwerk: missing COMMAND\n\n${CLI_HELP}`);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0];
    if (command === 'help' && topic !== undefined && Object.hasOwn(COMMANDS, topic)) return (await (COMMANDS[topic] as (typeof COMMANDS)[string])())(['--help'], deps);
    deps.stdout(CLI_HELP);
    return EXIT_OK;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    deps.stderr(`tagwerk: unknown command ${JSON.stringify(command)}\n\n${CLI_HELP}`);
    return EXIT_USAGE;
  }
  return (await (COMMANDS[command] as (typeof COMMANDS)[string])())(rest, deps);
}
