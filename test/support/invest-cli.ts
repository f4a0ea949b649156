import { Readable } from 'node:stream'
import type { CliDeps } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { Entity, Relation } from '../../src/model/entity.js'
import { type CliRun, testFactories } from './cli.js'
import { testEngine } from './invest-fixtures.js'

/** Runs `invest` / `ownership` in-process through main(), over a test engine with relations. */
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
    engineForStore: async () => testEngine(setup.entities, setup.relations),
    shutdownSignal: () => new Promise(() => undefined),
    stdin: () => Readable.from([]),
    openStore: async () => {
      throw new Error('no store in this test')
    },
  }
  const code = await main(argv, deps)
  return { code, out, err }
}
