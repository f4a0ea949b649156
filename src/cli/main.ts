import { Command, CommanderError } from 'commander'
import { isTcError } from '../errors.js'
import { VERSION } from '../version.js'
import { registerAlerts } from './commands/alerts.js'
import { registerAllow } from './commands/allow.js'
import { registerAudit } from './commands/audit.js'
import { registerConfig } from './commands/config.js'
import { registerDetermine } from './commands/determine.js'
import { registerInvest } from './commands/invest.js'
import { registerJobs } from './commands/jobs.js'
import { registerKeys } from './commands/keys.js'
import { registerLists } from './commands/lists.js'
import { registerListsDiff } from './commands/lists-diff.js'
import { registerListsFeed } from './commands/lists-feed.js'
import { registerListsUpdate } from './commands/lists-update.js'
import { registerMcp } from './commands/mcp.js'
import { registerOwnership } from './commands/ownership.js'
import { registerReplay } from './commands/replay.js'
import { registerReport } from './commands/report.js'
import { registerScreen } from './commands/screen.js'
import { registerServe } from './commands/serve.js'
import { registerWatch } from './commands/watch.js'
import { registerWorker } from './commands/worker.js'
import type { CliDeps, CliState } from './io.js'

/** Builds the program; each command module registers itself and only parses argv before calling the library. */
export function buildProgram(deps: CliDeps, state: CliState): Command {
  const program = new Command('tradecontrols')
    .description('Offline trade-controls engine: screening, EAR licence determination, list changes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => deps.io.out(s), writeErr: (s) => deps.io.err(s) })
  registerScreen(program, deps, state)
  const lists = registerLists(program, deps, state)
  registerListsDiff(lists, deps, state)
  registerListsUpdate(lists, deps, state)
  registerListsFeed(lists, deps, state)
  registerWatch(program, deps, state)
  registerDetermine(program, deps, state)
  registerInvest(program, deps, state)
  registerOwnership(program, deps, state)
  registerReplay(program, deps, state)
  registerAudit(program, deps, state)
  registerReport(program, deps, state)
  registerAlerts(program, deps, state)
  registerAllow(program, deps, state)
  registerConfig(program, deps)
  registerJobs(program, deps, state)
  registerWorker(program, deps)
  registerServe(program, deps, state)
  registerKeys(program, deps)
  registerMcp(program, deps)
  // Sub-commands inherit the error handling so usage mistakes become exit code 2, not process.exit.
  const inherit = (parent: Command) => {
    for (const command of parent.commands) {
      command.exitOverride().configureOutput(program.configureOutput())
      inherit(command)
    }
  }
  inherit(program)
  return program
}

/** Runs the CLI and returns its exit code: 0 clear, 3 needs attention, 2 bad input, 1 internal failure. */
export async function main(argv: readonly string[], deps?: CliDeps): Promise<number> {
  const resolved = deps ?? (await import('./default-deps.js')).defaultDeps()
  const state: CliState = { exitCode: 0 }
  try {
    await buildProgram(resolved, state).parseAsync([...argv], { from: 'user' })
    return state.exitCode
  } catch (e) {
    return reportError(e, resolved)
  }
}

function reportError(e: unknown, deps: CliDeps): number {
  if (e instanceof CommanderError) {
    // help and version are "errors" to commander; usage mistakes are bad input (commander printed them).
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0
    return 2
  }
  if (isTcError(e)) {
    deps.io.err(`error: ${e.oneLine()}\n`)
    return e.exitCode
  }
  const message = e instanceof Error ? e.message : String(e)
  deps.io.err(`internal error: ${message}\n`)
  if (process.env.TC_DEBUG && e instanceof Error) deps.io.err(`${e.stack}\n`)
  return 1
}
