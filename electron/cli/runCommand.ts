import { parseCommandArgs, UsageError, type OptionSpec, type ParsedCommandArgs } from './cliArgs';
import type { CliDeps } from './cliDeps';

/** Exit codes of every command: done, bad input (one stderr line per problem), wrong command line. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** What a command declares: its name, its help text (first line = usage) and its options. */
export interface CommandSpec {
  readonly name: string;
  readonly help: string;
  readonly options: OptionSpec;
}

/**
 * Runs one command's body with the shared conventions: `--help` prints the help and exits 0, a
 * UsageError prints the problem and the usage line and exits 2, any other failure (disk, store)
 * is one stderr line and exit 1 — so no command ever ends with a stack trace.
 */
export async function runCommand(
  spec: CommandSpec,
  args: readonly string[],
  deps: CliDeps,
  body: (parsed: ParsedCommandArgs) => Promise<number>,
): Promise<number> {
  try {
    const parsed = parseCommandArgs(args, spec.options);
    if (parsed.values.help === true) {
      deps.stdout(spec.help.endsWith('\n') ? spec.help : `${spec.help}\n`);
      return EXIT_OK;
    }
    return await body(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = spec.help.split('\n')[0] ?? '';
      deps.stderr(`tagwerk ${spec.name}: ${error.message}\n${usage}\nRun "tagwerk ${spec.name} --help" for details.\n`);
      return EXIT_USAGE;
    }
    deps.stderr(`tagwerk ${spec.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Throws a UsageError unless exactly `count` positionals were given (named in the message). */
export function expectPositionals(parsed: ParsedCommandArgs, names: readonly string[]): string[] {
  if (parsed.positionals.length < names.length) throw new UsageError(`missing ${names.slice(parsed.positionals.length).join(' ')}`);
  if (parsed.positionals.length > names.length) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[names.length])}`);
  return [...parsed.positionals];
}
