import type { CliDeps, EngineHandle } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { Entity } from '../../src/model/entity.js'
import { LoadedEngine } from '../../src/service/loaded-engine.js'
import type { Store } from '../../src/store/store.js'
import { exactMatcher } from './exact-matcher.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the CLI in-process with captured output and an engine over the given entities. */
export async function runCli(
  argv: string[],
  setup: { entities?: Entity[]; store?: () => Promise<Store>; today?: string } = {},
): Promise<CliRun> {
  let out = ''
  let err = ''
  const entities = setup.entities ?? []
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
    openEngine: async (): Promise<EngineHandle> =>
      new LoadedEngine({
        entities,
        relations: [],
        data: [
          {
            source: 'us_csl',
            published: '2026-07-31',
            retrieved: '2026-07-31T13:15:00Z',
            contentHash: 'x',
            records: entities.length,
          },
        ],
        matcher: exactMatcher(entities),
        defaultThreshold: 0.8,
      }),
    openStore: async () => {
      if (!setup.store) throw new Error('no store in this test')
      return setup.store()
    },
  }
  const code = await main(argv, deps)
  return { code, out, err }
}
