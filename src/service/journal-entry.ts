import type { AlertSubject } from '../model/alert.js'
import type { Entity } from '../model/entity.js'
import type { Store } from '../store/store.js'
import { hashed, type RecordDraft } from './record-answer.js'
import { commitRecordsIn, type PendingRecord } from './record-commit.js'
import type { AlertMatch, RaiseInput } from './review.js'

/**
 * One line of the record journal: the record (its result hash may be left to the committer, off the
 * answering thread) and what its alerts need, without the live engine's lookups.
 */
export interface JournalEntry {
  record: RecordDraft
  alerts?: {
    subject: AlertSubject
    /** Left out when they are the record's own result matches (a screening): written once, not twice. */
    matches?: readonly AlertMatch[]
    actor: string
    now?: string
    versionIds?: Record<string, string>
  }
}

export function journalEntry(record: JournalEntry['record'], alerts: RaiseInput | undefined): JournalEntry {
  if (!alerts) return { record }
  const versionIds: Record<string, string> = {}
  for (const m of alerts.matches) {
    const v = alerts.versionId?.(m.entityId)
    if (v) versionIds[m.entityId] = v
  }
  const own = alerts.matches === (record.result as { matches?: unknown } | null)?.matches
  return {
    record,
    alerts: {
      subject: alerts.subject,
      ...(own ? {} : { matches: alerts.matches }),
      actor: alerts.actor,
      ...(alerts.now ? { now: alerts.now.toISOString() } : {}),
      ...(Object.keys(versionIds).length ? { versionIds } : {}),
    },
  }
}

/** The record and alerts to commit for a journal line; the alerts look entries up with `entity`. */
export function pendingOf(e: JournalEntry, entity: (id: string) => Entity | undefined): PendingRecord {
  const record = hashed(e.record)
  if (!e.alerts) return { record }
  const { subject, actor, now, versionIds } = e.alerts
  const matches = e.alerts.matches ?? (record.result as { matches: AlertMatch[] }).matches
  const alerts: RaiseInput = { subject, matches, actor, entity, recordId: record.id }
  if (now) alerts.now = new Date(now)
  if (versionIds) alerts.versionId = (id) => versionIds[id]
  return { record, alerts }
}

/**
 * The listed entries raising alerts for these lines needs, read from the store: only those an active allow
 * rule covers (the rule is checked against the entry as it is) — the matches carry everything else.
 */
export async function entriesForRules(
  store: Store,
  entries: readonly JournalEntry[],
): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>()
  const keys = [...new Set(entries.flatMap((e) => (e.alerts ? [e.alerts.subject.key] : [])))]
  if (keys.length === 0) return found
  const ruled = new Set<string>()
  for (let i = 0; i < keys.length; i += 500)
    for (const rule of await store.alerts.rules({ status: 'active', subjectKeys: keys.slice(i, i + 500) }))
      ruled.add(rule.entityId)
  for (const e of entries) {
    const matches = e.alerts?.matches ?? (e.record.result as { matches?: AlertMatch[] }).matches ?? []
    for (const m of e.alerts ? matches : []) {
      if (!ruled.has(m.entityId) || found.has(m.entityId)) continue
      for (const v of e.record.versions) {
        const entity = await store.getEntity(v.versionId, m.entityId)
        if (entity) {
          found.set(m.entityId, entity)
          break
        }
      }
    }
  }
  return found
}

/**
 * Commits the journal lines not in the store yet, with their alerts, in one transaction; returns how many
 * went in. Records are keyed by id, so a retry or a replay of lines partly committed adds nothing twice.
 */
export async function commitEntries(store: Store, entries: readonly JournalEntry[]): Promise<number> {
  const ruled = await entriesForRules(store, entries)
  const items = entries.map((e) => pendingOf(e, (id) => ruled.get(id)))
  const present = new Set(await store.records.existing(items.map((i) => i.record.id)))
  const fresh = items.filter((i) => !present.has(i.record.id))
  if (fresh.length) await store.transaction((db) => commitRecordsIn(store, db, fresh))
  return fresh.length
}
