import { CommanderError } from 'commander'
import { registerInvest } from '../../src/cli/commands/invest.js'
import { registerOwnership } from '../../src/cli/commands/ownership.js'
import type { CliDeps, CliState } from '../../src/cli/io.js'
import { buildProgram } from '../../src/cli/main.js'
import { isTcError } from '../../src/errors.js'
import type { Entity, Relation } from '../../src/model/entity.js'
import { type CliRun, testFactories } from './cli.js'
import { testEngine } from './invest-fixtures.js'

/**
 * Runs `invest` / `ownership` in-process the way main() will once the lead registers them: the program
 * from buildProgram plus these two commands, with main's mapping of errors to exit codes.
 */
export async function runInvestCli(
  argv: string[],
  setup: { entities?: Entity[]; relations?: Relation[]; today?: string } = {},
): Promise<CliRun> {
  let out = ''
  let err = ''
  const deps: CliDeps = {
    io: {
      out: (s) => {
        out += s
      },
      err: (s) => {
        err += s
      },
      interactive: false,
    },
    now: () => new Date(`${setup.today ?? '2026-11-29'}T12:00:00Z`),
    actor: 'test',
    factories: testFactories,
    openEngine: async () => testEngine(setup.entities, setup.relations),
    openStore: async () => {
      throw new Error('no store in this test')
    },
  }
  const state: CliState = { exitCode: 0 }
  const program = buildProgram(deps, state)
  for (const c of [registerInvest(program, deps, state), registerOwnership(program, deps, state)])
    for (const sub of [c, ...c.commands]) sub.exitOverride().configureOutput(program.configureOutput())
  try {
    await program.parseAsync(argv, { from: 'user' })
    return { code: state.exitCode, out, err }
  } catch (e) {
    if (e instanceof CommanderError) return { code: e.exitCode === 0 ? 0 : 2, out, err }
    if (isTcError(e)) return { code: e.exitCode, out, err: `${err}error: ${e.oneLine()}\n` }
    throw e
  }
}
