import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import type { CliDeps, EngineHandle } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { Entity } from '../../src/model/entity.js'
import { type EngineFactories, engineFromStore } from '../../src/service/open-engine.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { exactMatcher } from './exact-matcher.js'
import { fixtureEngine } from './fixture-engine.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Readers are the real ones; the matcher is the exact-name test double. */
export const testFactories: EngineFactories = {
  readDataset: async () => {
    throw new Error('no readers in CLI unit tests')
  },
  buildMatcher: exactMatcher,
  defaultThreshold: 0.8,
  matcherVersion: 'exact-test',
}

/** A new embedded store file for a test. */
export function tempDb(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'tc-db-')), 'test.db')}`
}

/**
 * Runs the CLI in-process with captured output. `db` (a store URL) or `store` (an opener) is the store
 * commands use; engines are over `entities` when given, else over the store's versions in force.
 */
export async function runCli(
  argv: string[],
  setup: {
    entities?: Entity[]
    db?: string
    store?: () => Promise<Store>
    today?: string
    actor?: string
    /** For serve and mcp: resolves when the command should stop. */
    shutdown?: Promise<string>
    /** For mcp: what arrives on standard input. */
    stdin?: Readable
    /** Called with each chunk the command writes to stdout (to react while it runs). */
    onOut?: (text: string) => void
    /** Called with each chunk the command writes to stderr. */
    onErr?: (text: string) => void
    /** Replaces parts of the test factories, e.g. the real readers for commands that read list files. */
    factories?: Partial<EngineFactories>
  } = {},
): Promise<CliRun> {
  let out = ''
  let err = ''
  const entities = setup.entities ?? []
  const { db } = setup
  const factories = { ...testFactories, ...setup.factories }
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
    actor: setup.actor ?? 'test',
    factories,
    // Given entities, the engine is over them; otherwise over the store's versions in force.
    openEngine: async (): Promise<EngineHandle> =>
      setup.entities ? fixedEngine() : engineFromStore(await open(), factories),
    engineForStore: async (store) =>
      setup.entities ? fixedEngine() : engineFromStore(store, factories, { closeStore: false }),
    shutdownSignal: () => setup.shutdown ?? new Promise(() => undefined),
    stdin: () => setup.stdin ?? Readable.from([]),
    openStore: () => open(),
  }
  const code = await main(argv, deps)
  return { code, out, err }

  function open(): Promise<Store> {
    if (setup.store) return setup.store()
    if (!db) throw new Error('no store in this test')
    return openStore(db)
  }

  function fixedEngine(): EngineHandle {
    return fixtureEngine(entities)
  }
}
