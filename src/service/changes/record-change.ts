import type { ListDiff } from '../../changes/types.js'
import { sha256Hex } from '../../model/ids.js'
import type { ListVersion, Store } from '../../store/store.js'

/** Keeps the diff between two consecutive versions for the change feed; recording it twice is a no-op. */
export async function recordChange(
  store: Store,
  from: ListVersion,
  to: ListVersion,
  diff: ListDiff,
  now: Date,
): Promise<boolean> {
  return store.changes.record({
    id: `chg_${sha256Hex(`${from.id}\n${to.id}`).slice(0, 20)}`,
    source: to.source,
    fromVersionId: from.id,
    toVersionId: to.id,
    createdAt: now.toISOString(),
    diff,
  })
}
