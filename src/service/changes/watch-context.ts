import type { ScreenQuery } from '../../match/types.js'
import type { Counterparty } from '../../model/counterparty.js'
import type { Entity } from '../../model/entity.js'
import type { ListVersion, Store } from '../../store/store.js'
import { cachedMatcher } from '../cached-matcher.js'
import { LoadedEngine } from '../loaded-engine.js'
import { matcherCacheKey } from '../matcher-cache.js'
import type { EngineFactories } from '../open-engine.js'

/** What monitoring needs from its caller: the matcher, who acts, the clock, where alerts go. */
export interface WatchOptions {
  factories: EngineFactories
  actor: string
  now: () => Date
  /** Webhook endpoints every new alert is queued for. */
  endpoints: readonly string[]
  /** Screening threshold; the matcher's default when absent. */
  threshold?: number
  onProgress?: (done: number, total: number) => void
}

/**
 * An engine over one version's entities: monitoring screens each source on its own, so a hit names its source.
 * With the store, its matcher comes from the store's snapshot cache when one was kept for this version.
 */
export function versionEngine(
  version: ListVersion,
  entities: readonly Entity[],
  factories: EngineFactories,
  store?: Store,
): LoadedEngine {
  return new LoadedEngine({
    entities,
    relations: [],
    data: [
      {
        source: version.source,
        published: version.published,
        retrieved: version.retrieved,
        versionId: version.id,
        contentHash: version.contentHash,
        records: version.recordCount,
      },
    ],
    matcher: cachedMatcher(
      store && factories.matcherCache?.(store),
      matcherCacheKey(factories.matcherVersion, [version]),
      entities,
      factories.buildMatcher,
    ),
    defaultThreshold: factories.defaultThreshold,
    matcherVersion: factories.matcherVersion,
  })
}

export function counterpartyQuery(c: Counterparty): ScreenQuery {
  const q: ScreenQuery = { name: c.name }
  if (c.type) q.type = c.type
  if (c.country) q.country = c.country
  if (c.dob) q.dob = c.dob
  return q
}

export const settingsOf = (
  factories: EngineFactories,
  threshold: number,
  mode: string,
): Record<string, unknown> => ({
  matcherVersion: factories.matcherVersion,
  threshold,
  mode,
})
