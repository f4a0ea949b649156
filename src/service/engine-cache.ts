import { TcError } from '../errors.js'
import type { VersionRef } from '../model/answer-record.js'
import type { Store } from '../store/store.js'
import type { LoadedEngine } from './loaded-engine.js'
import { type EngineFactories, engineFromVersions } from './open-engine.js'

/**
 * Engines over pinned version sets, keeping the most recent few: building one costs a second, and a worker
 * or an API instance rarely needs more than the current and the previous set.
 */
export function engineCache(store: Store, factories: EngineFactories, size = 2) {
  const cache = new Map<string, Promise<LoadedEngine>>()
  return async (versions: readonly VersionRef[]): Promise<LoadedEngine> => {
    const key = versions
      .map((v) => `${v.versionId}#${v.contentHash}`)
      .sort()
      .join('|')
    let engine = cache.get(key)
    if (!engine) {
      engine = load(store, factories, versions)
      cache.set(key, engine)
      engine.catch(() => cache.delete(key))
      while (cache.size > size) cache.delete(cache.keys().next().value as string)
    }
    return engine
  }
}

async function load(
  store: Store,
  factories: EngineFactories,
  refs: readonly VersionRef[],
): Promise<LoadedEngine> {
  const versions = []
  for (const ref of refs) {
    const v = await store.getVersion(ref.versionId)
    if (!v || v.contentHash !== ref.contentHash) {
      throw new TcError('TC_CONFLICT', `list version ${ref.versionId} is not stored as it was`, {
        field: 'versions',
      })
    }
    versions.push(v)
  }
  return engineFromVersions(store, versions, factories, { closeStore: false })
}
