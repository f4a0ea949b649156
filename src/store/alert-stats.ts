import type { Kysely } from 'kysely'
import type { Decision } from '../model/alert.js'
import type { Database } from './schema.js'

/** Alerts that came into being in a period, by list and by how they started (raised, or suppressed by a rule). */
export interface RaisedCount {
  list: string
  /** The alert's first event: "raised", or "suppressed" when an allow rule held. */
  action: string
  count: number
}

/** One decision taken in a period, with when its alert was last opened (raised or re-opened) before it. */
export interface DecisionRow {
  alertId: string
  list: string
  decision: Decision
  decidedAt: string
  decidedBy: string
  openedAt: string
}

/** Bounds are ISO date-times: from inclusive, to exclusive. */
export async function raisedBetween(db: Kysely<Database>, from: string, to: string): Promise<RaisedCount[]> {
  const rows = await db
    .selectFrom('alert_events as e')
    .innerJoin('alerts as a', 'a.id', 'e.alert_id')
    .select(['a.list', 'e.action', (eb) => eb.fn.countAll<number>().as('n')])
    .where('e.seq', '=', 1)
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .groupBy(['a.list', 'e.action'])
    .orderBy('a.list')
    .orderBy('e.action')
    .execute()
  return rows.map((r) => ({ list: r.list, action: r.action, count: Number(r.n) }))
}

/** Every "decided" event in the period; escalations count, and a re-decided alert counts each time. */
export async function decisionsBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('alert_events as d')
    .innerJoin('alerts as a', 'a.id', 'd.alert_id')
    .select(['d.alert_id', 'd.at', 'd.actor', 'd.details', 'a.list', 'a.created_at'])
    .select((eb) =>
      eb
        .selectFrom('alert_events as o')
        .select((o) => o.fn.max('o.at').as('m'))
        .whereRef('o.alert_id', '=', 'd.alert_id')
        .whereRef('o.seq', '<', 'd.seq')
        .where('o.action', 'in', ['raised', 'reopened', 'confirmation-rejected'])
        .as('opened_at'),
    )
    .where('d.action', '=', 'decided')
    .where('d.at', '>=', from)
    .where('d.at', '<', to)
    .orderBy('d.at')
    .orderBy('d.alert_id')
    .execute()
  return rows.map((r) => ({
    alertId: r.alert_id,
    list: r.list,
    decision: (JSON.parse(r.details) as { decision: Decision }).decision,
    decidedAt: r.at,
    decidedBy: r.actor,
    openedAt: r.opened_at ?? r.created_at,
  }))
}
