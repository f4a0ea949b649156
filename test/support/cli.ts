import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliDeps, EngineHandle } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { Entity } from '../../src/model/entity.js'
import { LoadedEngine } from '../../src/service/loaded-engine.js'
import { type EngineFactories, engineFromStore } from '../../src/service/open-engine.js'
import { openStore } from '../../src/store/open-store.js'
import { exactMatcher } from './exact-matcher.js'

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
 * Runs the CLI in-process with captured output. With `db`, commands use that store (and engines over its
 * versions in force); otherwise an engine over `entities` without a store.
 */
export async function runCli(
  argv: string[],
  setup: {
    entities?: Entity[]
    db?: string
    today?: string
    actor?: string
    /** Replaces parts of the test factories, e.g. the real readers for commands that read list files. */
    factories?: Partial<EngineFactories>
  } = {},
): Promise<CliRun> {
  let out = ''
  let err = ''
  const entities = setup.entities ?? []
  const { db } = setup
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
    actor: setup.actor ?? 'test',
    factories: { ...testFactories, ...setup.factories },
    openEngine: async (): Promise<EngineHandle> =>
      db
        ? engineFromStore(await openStore(db), testFactories)
        : new LoadedEngine({
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
            matcherVersion: 'exact-test',
          }),
    openStore: async () => {
      if (!db) throw new Error('no store in this test')
      return openStore(db)
    },
  }
  const code = await main(argv, deps)
  return { code, out, err }
}
