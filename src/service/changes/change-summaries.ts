import type { ListDiff } from '../../changes/types.js'
import type { Store } from '../../store/store.js'

/** One recorded list change without its entries: what charts of additions and removals need. */
export interface ChangeSummary {
  id: string
  source: string
  fromVersionId: string
  toVersionId: string
  createdAt: string
  /** Publication dates of the two versions. */
  from: string | null
  to: string | null
  summary: ListDiff['summary']
  byList: ListDiff['byList']
  byCountry: ListDiff['byCountry']
}

/** Recorded changes, oldest first (a time axis), optionally of one source. */
export async function changeSummaries(
  store: Store,
  query: { source?: string; limit?: number } = {},
): Promise<ChangeSummary[]> {
  const changes = await store.changes.list({ ...query, limit: query.limit ?? 100 })
  return changes.reverse().map((c) => ({
    id: c.id,
    source: c.source,
    fromVersionId: c.fromVersionId,
    toVersionId: c.toVersionId,
    createdAt: c.createdAt,
    from: c.diff.old.published,
    to: c.diff.new.published,
    summary: c.diff.summary,
    byList: c.diff.byList,
    byCountry: c.diff.byCountry,
  }))
}
