import type { IndexedMatcher } from '../match/build-matcher.js'
import type { MatcherSnapshot } from '../match/snapshot.js'
import type { Matcher } from '../match/types.js'
import type { Entity } from '../model/entity.js'
import type { MatcherCache } from './matcher-cache.js'

/** A matcher that may be restored from a snapshot and may hand out its own (the real one does both). */
export type SnapshotMatcher = Matcher & Partial<Pick<IndexedMatcher, 'snapshot' | 'restored'>>

/**
 * The matcher over these entities, restored from the cache entry `key` when it holds one that fits them;
 * otherwise built, and its snapshot stored for the next process. A stale or damaged entry is rebuilt and
 * overwritten, never an error.
 */
export function cachedMatcher(
  cache: MatcherCache | undefined,
  key: string,
  entities: readonly Entity[],
  build: (entities: readonly Entity[], snapshot?: MatcherSnapshot) => SnapshotMatcher,
): SnapshotMatcher {
  if (!cache) return build(entities)
  const snapshot = cache.read(key)
  let matcher: SnapshotMatcher | undefined
  if (snapshot) {
    try {
      // The matcher checks the snapshot's version and entity ids, and builds afresh when they differ.
      matcher = build(entities, snapshot)
    } catch {
      // A well-formed file holding something that is not a snapshot: built below.
    }
    if (matcher?.restored) return matcher
  }
  matcher ??= build(entities)
  if (matcher.snapshot) cache.write(key, matcher.snapshot())
  return matcher
}
