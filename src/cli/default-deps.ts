import { userInfo } from 'node:os'
import { buildMatcher } from '../match/build-matcher.js'
import { DEFAULT_THRESHOLD, MATCHER_VERSION } from '../match/defaults.js'
import { ensureBundled } from '../service/bundled.js'
import { fileMatcherCache } from '../service/matcher-cache.js'
import { matcherCacheDir } from '../service/matcher-cache-dir.js'
import { type EngineFactories, engineFromDatasets, engineFromStore } from '../service/open-engine.js'
import { readDataset } from '../sources/detect/read-dataset.js'
import { defaultDbUrl, openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import { type CliDeps, processIo } from './io.js'

export const factories: EngineFactories = {
  readDataset: (path) => readDataset(path),
  buildMatcher: (entities, snapshot) => buildMatcher(entities, snapshot ? { snapshot } : {}),
  defaultThreshold: DEFAULT_THRESHOLD,
  matcherVersion: MATCHER_VERSION,
  matcherCache: (store) => {
    const dir = matcherCacheDir(store)
    return dir === undefined ? undefined : fileMatcherCache(dir)
  },
}

/** The real wiring: the embedded store (or --db), the bundled snapshots on first use, the readers and matcher. */
export function defaultDeps(): CliDeps {
  const storeWithData = async (db: string | undefined): Promise<Store> => {
    const store = await openStore(db ?? defaultDbUrl())
    try {
      await ensureBundled(store, factories.readDataset)
    } catch (e) {
      await store.close()
      throw e
    }
    return store
  }
  return {
    io: processIo,
    factories,
    now: () => new Date(),
    actor: process.env.TRADECONTROLS_ACTOR ?? `cli:${osUser()}`,
    openStore: ({ db }) => storeWithData(db),
    engineForStore: (store) => engineFromStore(store, factories, { closeStore: false }),
    shutdownSignal: () =>
      new Promise((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal))
      }),
    stdin: () => process.stdin,
    openEngine: async ({ db, datasets }) =>
      datasets?.length
        ? engineFromDatasets(datasets, factories)
        : engineFromStore(await storeWithData(db), factories),
  }
}

/** Some containers have no passwd entry for the uid; the record then says "cli:uid-N". */
function osUser(): string {
  try {
    return userInfo().username
  } catch {
    return `uid-${process.getuid?.() ?? 'unknown'}`
  }
}
