/**
 * The `tagwerk` command-line tool: a second Node entry point beside the main process that
 * imports no Electron, run through tsx (`npm run --silent tagwerk -- COMMAND …`). It only
 * wires the real process into runCli and sets the exit code.
 */
import { createProcessDeps } from './cliDeps';
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), createProcessDeps());
