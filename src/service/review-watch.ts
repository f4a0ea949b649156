import type { Kysely } from 'kysely'
import { type Alert, OPEN_STATUSES } from '../model/alert.js'
import type { Entity } from '../model/entity.js'
import { newId } from '../model/ids.js'
import type { WatchAlert } from '../model/watch-alert.js'
import { subjectKey } from '../review/subject-key.js'
import type { Database } from '../store/schema.js'
import type { Store } from '../store/store.js'
import { type RaiseInput, raiseManyIn } from './review.js'

const OPEN = new Set<string>(OPEN_STATUSES)

/**
 * Monitoring feeds the review queue: a new possible match of a saved counterparty is raised like a
 * screening match (de-duplicated, allow rules applied); a match cleared (delisted) or changed (e.g. moved
 * UVL -> EL) opens an alert of that kind, so a reviewer can release held orders or tighten restrictions.
 * Runs in the transaction that commits the watch outcome.
 */
export async function reviewWatchAlertsIn(
  store: Store,
  db: Kysely<Database>,
  alerts: readonly WatchAlert[],
  entity: (id: string) => Entity | undefined,
  actor: string,
): Promise<Alert[]> {
  const raised: Alert[] = []
  const fresh: RaiseInput[] = []
  for (const w of alerts) {
    const query = { name: w.details.counterpartyName }
    const subject = { counterpartyId: w.counterpartyId, query, key: subjectKey(query, w.counterpartyId) }
    const match = {
      source: w.list,
      entityId: w.entityId,
      name: w.details.entityName,
      matchedName: w.details.matchedName ?? w.details.entityName,
      score: w.score,
      countries: w.countries,
    }
    if (w.kind === 'new') {
      fresh.push({ subject, matches: [match], entity, actor, now: new Date(w.createdAt) })
      continue
    }
    const latest = await store.alerts.latestFor(subject.key, w.entityId, db)
    if (latest && OPEN.has(latest.alert.status) && latest.alert.kind === w.kind) continue
    const alert: Alert = {
      id: newId('alr'),
      createdAt: w.createdAt,
      updatedAt: w.createdAt,
      kind: w.kind,
      status: 'open',
      subject,
      entityId: w.entityId,
      list: w.list,
      entityName: match.name,
      matchedName: match.matchedName,
      score: w.score,
      countries: w.countries,
      versionId: w.versionId,
      note: w.details.reason,
    }
    await store.alerts.insert(
      alert,
      {
        alertId: alert.id,
        at: w.createdAt,
        actor,
        action: 'raised',
        details: { watchAlert: w.id, reason: w.details.reason },
      },
      db,
    )
    raised.push(alert)
  }
  // New matches of many counterparties: one read of their subjects' alerts and rules, not one per match.
  raised.push(...(await raiseManyIn(store, db, fresh)))
  return raised
}
