#!/usr/bin/env node
import { Command, CommanderError } from 'commander'
import { isEntenteError, type ErrorCode } from '../errors.js'
import { commandsFor } from './commands.js'
// the module alone, not the query index: every command would pay for loading the store and the KB at start
import { printable } from '../query/printable.js'

/** The `entente` command: thin edge that parses input, calls the core and maps errors to exit codes. */
/**
 * A closed pipe (`entente query … | head`) ends the output quietly instead of crashing; any other failed write
 * (`> /dev/full`) is a clear error, exit 1.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // a command with its own handler (ingest stops like Ctrl-C, export names its output) decides for itself
    if (process.stdout.listenerCount('error') > 1) return
    if (error.code === 'EPIPE') process.exit(process.exitCode === undefined ? 0 : Number(process.exitCode))
    process.stderr.write(`entente: Cannot write to standard output: ${error.code ?? error.message}\n`)
    process.exit(1)
  })
}

async function main(argv: readonly string[]): Promise<number> {
  quietOnClosedPipe()
  const program = new Command('entente')
    .description('Reads world news and turns it into a time-aware knowledge graph of international relations')
    .option('--debug', 'print stack traces for internal errors')
    .exitOverride()
    .showHelpAfterError()
  for (const register of await commandsFor(argv)) register(program)
  try {
    await program.parseAsync(argv as string[])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    return reportError(error, argv.includes('--debug'))
  }
}

/** Mistakes in the command line itself, exit 2: a flag or its value (a date flag included), not the data read. */
const USAGE_CODES: readonly ErrorCode[] = ['usage', 'date.malformed']

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0
    // `entente query` without a subcommand prints the help as an error: a usage error like any other
    if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2
    return 2
  }
  if (isEntenteError(error)) {
    // a message quotes its input (a file name, a feed's title), which may hold escape sequences
    process.stderr.write(`entente: ${printable(error.message)}\n`)
    if (error.hint) process.stderr.write(`hint: ${printable(error.hint)}\n`)
    return USAGE_CODES.includes(error.code) ? 2 : 1
  }
  process.stderr.write('entente: Internal error\n')
  if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? error.message}\n`)
  else process.stderr.write('hint: run again with --debug for the stack trace\n')
  return 1
}

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`entente: Internal error\n${String(error)}\n`)
    process.exitCode = 1
  },
)
