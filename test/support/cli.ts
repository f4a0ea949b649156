import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliDeps, EngineHandle } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import type { Entity } from '../../src/model/entity.js'
import { type EngineFactories, engineFromStore } from '../../src/service/open-engine.js'
import { openStore } from '../../src/store/open-store.js'
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
 * Runs the CLI in-process with captured output. With `db`, commands use that store (and engines over its
 * versions in force); otherwise an engine over `entities` without a store.
 */
export async function runCli(
  argv: string[],
  setup: { entities?: Entity[]; db?: string; today?: string; actor?: string } = {},
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
    factories: testFactories,
    openEngine: async (): Promise<EngineHandle> =>
      db ? engineFromStore(await openStore(db), testFactories) : fixtureEngine(entities),
    openStore: async () => {
      if (!db) throw new Error('no store in this test')
      return openStore(db)
    },
  }
  const code = await main(argv, deps)
  return { code, out, err }
}
