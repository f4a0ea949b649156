import { SETTINGS } from '../model/settings.js'
import type { Store } from '../store/store.js'
import { ageInDays } from './screen-json.js'

/** Lists change weekly; an older snapshot is flagged on every status call. */
export const DEFAULT_MAX_AGE_DAYS: number = SETTINGS['lists.max-age-days'].default

export interface ListStatusRow {
  source: string
  versionId: string
  published: string | null
  retrieved: string
  ageDays: number | null
  stale: boolean
  records: number
  issues: number
  /** Entities per list code, e.g. { EL: 3420, SDN: 19181 }. */
  lists: Record<string, number>
}

export interface ListsStatus {
  today: string
  maxAgeDays: number
  lists: ListStatusRow[]
}

/** The lists in force, their dates and ages: what `lists status`, GET /v1/lists/status and the UI show. */
export async function listsStatus(
  store: Store,
  today: Date,
  maxAgeDays = DEFAULT_MAX_AGE_DAYS,
): Promise<ListsStatus> {
  const lists: ListStatusRow[] = []
  for (const v of await store.activeVersions()) {
    const ageDays = v.published ? ageInDays(v.published, today) : null
    lists.push({
      source: v.source,
      versionId: v.id,
      published: v.published ?? null,
      retrieved: v.retrieved,
      ageDays,
      stale: ageDays === null || ageDays > maxAgeDays,
      records: v.recordCount,
      issues: v.issueCount,
      lists: await store.countByList(v.id),
    })
  }
  return { today: today.toISOString().slice(0, 10), maxAgeDays, lists }
}
