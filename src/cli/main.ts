import { Command, CommanderError } from 'commander'
import { isTcError } from '../errors.js'
import { VERSION } from '../version.js'

/** Builds the program; each command module registers itself and only parses argv before calling the library. */
export function buildProgram(): Command {
  const program = new Command('tradecontrols')
    .description('Offline trade-controls engine: screening, EAR licence determination, list changes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  return program
}

/** Runs the CLI and returns its exit code: 0 clear, 3 needs attention, 2 bad input, 1 internal failure. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (e) {
    return reportError(e)
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // help and version are "errors" to commander; usage mistakes are bad input.
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0
    if (e.code === 'commander.help') return 0
    return 2
  }
  if (isTcError(e)) {
    process.stderr.write(`error: ${e.oneLine()}\n`)
    return e.exitCode
  }
  const message = e instanceof Error ? e.message : String(e)
  process.stderr.write(`internal error: ${message}\n`)
  if (process.env.TC_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`)
  return 1
}
