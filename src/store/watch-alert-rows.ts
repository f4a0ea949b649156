import type { Kysely, Transaction } from 'kysely'
import type { WatchAlert, WatchAlertKind } from '../model/watch-alert.js'
import type { Database, WatchAlertTable } from './schema.js'

/** Inserts alerts inside the caller's transaction, with the match changes that raised them. */
export async function insertWatchAlertsIn(
  trx: Transaction<Database>,
  alerts: readonly WatchAlert[],
): Promise<void> {
  for (let i = 0; i < alerts.length; i += 200) {
    await trx
      .insertInto('watch_alerts')
      .values(alerts.slice(i, i + 200).map(toRow))
      .execute()
  }
}

export function toRow(a: WatchAlert): WatchAlertTable {
  return {
    id: a.id,
    counterparty_id: a.counterpartyId,
    entity_id: a.entityId,
    list: a.list,
    source: a.source,
    score: a.score,
    countries: JSON.stringify(a.countries),
    kind: a.kind,
    status: a.status,
    created_at: a.createdAt,
    version_id: a.versionId,
    previous_version_id: a.previousVersionId ?? null,
    details: JSON.stringify(a.details),
  }
}

export function fromRow(r: WatchAlertTable): WatchAlert {
  const alert: WatchAlert = {
    id: r.id,
    counterpartyId: r.counterparty_id,
    entityId: r.entity_id,
    list: r.list,
    source: r.source,
    score: Number(r.score),
    countries: JSON.parse(r.countries) as string[],
    kind: r.kind as WatchAlertKind,
    status: r.status,
    createdAt: r.created_at,
    versionId: r.version_id,
    details: JSON.parse(r.details) as WatchAlert['details'],
  }
  if (r.previous_version_id) alert.previousVersionId = r.previous_version_id
  return alert
}

/** Alerts by id (for the webhook sender), in chunks that stay within the engines' parameter limits. */
export async function getWatchAlertsIn(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, WatchAlert>> {
  const out = new Map<string, WatchAlert>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('watch_alerts')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
    for (const r of rows) out.set(r.id, fromRow(r))
  }
  return out
}
