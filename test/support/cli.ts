import { Readable } from 'node:stream'
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
  setup: {
    entities?: Entity[]
    store?: () => Promise<Store>
    today?: string
    /** For serve and mcp: resolves when the command should stop. */
    shutdown?: Promise<string>
    /** For mcp: what arrives on standard input. */
    stdin?: Readable
    /** Called with each chunk the command writes to stdout (to react while it runs). */
    onOut?: (text: string) => void
    /** Called with each chunk the command writes to stderr. */
    onErr?: (text: string) => void
  } = {},
): Promise<CliRun> {
  let out = ''
  let err = ''
  const entities = setup.entities ?? []
  const deps: CliDeps = {
    io: {
      out: (s) => {
        out += s
        setup.onOut?.(s)
      },
      err: (s) => {
        err += s
        setup.onErr?.(s)
      },
      interactive: false,
    },
    now: () => new Date(`${setup.today ?? '2026-11-29'}T12:00:00Z`),
    openEngine: async (): Promise<EngineHandle> => engine(),
    engineForStore: async () => engine(),
    shutdownSignal: () => setup.shutdown ?? new Promise(() => undefined),
    stdin: () => setup.stdin ?? Readable.from([]),
    openStore: async () => {
      if (!setup.store) throw new Error('no store in this test')
      return setup.store()
    },
  }
  const code = await main(argv, deps)
  return { code, out, err }

  function engine(): EngineHandle {
    return new LoadedEngine({
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
    })
  }
}
