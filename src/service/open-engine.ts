import type { MatcherSnapshot } from '../match/snapshot.js'
import type { Dataset } from '../model/dataset.js'
import type { Entity, Relation } from '../model/entity.js'
import type { ListVersion, Store } from '../store/store.js'
import { cachedMatcher, type SnapshotMatcher } from './cached-matcher.js'
import type { DataInfo } from './engine-types.js'
import { LoadedEngine } from './loaded-engine.js'
import { type MatcherCache, matcherCacheKey } from './matcher-cache.js'

/** The parts an engine is made of; the defaults wire the real readers and matcher. */
export interface EngineFactories {
  readDataset(path: string): Promise<Dataset>
  /** Builds the matcher, or restores it from `snapshot` when that was taken over the same entities. */
  buildMatcher(entities: readonly Entity[], snapshot?: MatcherSnapshot): SnapshotMatcher
  defaultThreshold: number
  matcherVersion: string
  /** Where engines over this store's versions keep matcher snapshots between processes; none: always build. */
  matcherCache?: ((store: Store) => MatcherCache | undefined) | undefined
}

/** An engine over the versions in force in a store; the store stays open until the engine is closed. */
export async function engineFromStore(
  store: Store,
  factories: EngineFactories,
  options: { closeStore?: boolean } = {},
): Promise<LoadedEngine> {
  return engineFromVersions(store, await store.activeVersions(), factories, options)
}

/** An engine over exactly these stored versions (a replay of an old answer uses the versions it recorded). */
export async function engineFromVersions(
  store: Store,
  versions: readonly ListVersion[],
  factories: EngineFactories,
  options: { closeStore?: boolean } = {},
): Promise<LoadedEngine> {
  const entities: Entity[] = []
  const relations: Relation[] = []
  const data: DataInfo[] = []
  for (const v of versions) {
    const [es, rs] = await Promise.all([store.loadEntities(v.id), store.loadRelations(v.id)])
    for (const e of es) entities.push(e)
    for (const r of rs) relations.push(r)
    data.push({
      source: v.source,
      published: v.published,
      retrieved: v.retrieved,
      versionId: v.id,
      contentHash: v.contentHash,
      records: v.recordCount,
    })
  }
  return new LoadedEngine({
    entities,
    relations,
    data,
    matcher: cachedMatcher(
      factories.matcherCache?.(store),
      matcherCacheKey(factories.matcherVersion, versions),
      entities,
      factories.buildMatcher,
    ),
    defaultThreshold: factories.defaultThreshold,
    matcherVersion: factories.matcherVersion,
    store,
    onClose: options.closeStore === false ? async () => undefined : () => store.close(),
  })
}

/** An engine over list files given on the command line (`--dataset`), without any store. */
export async function engineFromDatasets(
  paths: readonly string[],
  factories: EngineFactories,
): Promise<LoadedEngine> {
  const datasets = await Promise.all(paths.map((p) => factories.readDataset(p)))
  const entities = datasets.flatMap((d) => d.entities)
  return new LoadedEngine({
    entities,
    relations: datasets.flatMap((d) => d.relations),
    data: datasets.map((d) => ({
      source: d.source,
      published: d.published,
      retrieved: d.retrieved,
      contentHash: d.contentHash,
      records: d.entities.length,
    })),
    matcher: factories.buildMatcher(entities),
    defaultThreshold: factories.defaultThreshold,
    matcherVersion: factories.matcherVersion,
  })
}
