import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A wrong command line: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The option table of one command, as node:util parseArgs takes it. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed values: strings for string options, booleans for flags, arrays for `multiple`. */
export interface ParsedCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly with node:util parseArgs (options accepted anywhere,
 * `--` ends options, `--help` always known), turning every parse error into a UsageError so
 * the caller exits 2 instead of crashing.
 */
export function parseCommandArgs(args: readonly string[], options: OptionSpec): ParsedCommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
    }
    throw error;
  }
}

/** A string option's value (the last one if given twice), or undefined. */
export function stringOption(parsed: ParsedCommandArgs, name: string): string | undefined {
  const value = parsed.values[name];
  if (Array.isArray(value)) {
    const last = value[value.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable string option, in order. */
export function stringOptions(parsed: ParsedCommandArgs, name: string): string[] {
  const value = parsed.values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** True when a boolean flag was given. */
export function flag(parsed: ParsedCommandArgs, name: string): boolean {
  return parsed.values[name] === true;
}
