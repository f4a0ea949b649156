import type { Kysely } from 'kysely'
import type { WatchAlert, WatchAlertKind, WatchAlertStatus } from '../model/watch-alert.js'
import type { Database } from './schema.js'
import { fromRow } from './watch-alert-rows.js'

export interface WatchAlertQuery {
  status?: WatchAlertStatus
  kind?: WatchAlertKind
  source?: string
  list?: string
  counterpartyId?: string
  /** ISO date-time: alerts created at or after. */
  since?: string
  limit?: number
}

/** Alerts raised by monitoring, oldest first (the order a review queue works in). */
export class WatchAlertRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  async list(query: WatchAlertQuery = {}): Promise<WatchAlert[]> {
    let q = this.#db
      .selectFrom('watch_alerts')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .limit(query.limit ?? 1000)
    if (query.status) q = q.where('status', '=', query.status)
    if (query.kind) q = q.where('kind', '=', query.kind)
    if (query.source) q = q.where('source', '=', query.source)
    if (query.list) q = q.where('list', '=', query.list)
    if (query.counterpartyId) q = q.where('counterparty_id', '=', query.counterpartyId)
    if (query.since) q = q.where('created_at', '>=', query.since)
    return (await q.execute()).map(fromRow)
  }

  async get(id: string): Promise<WatchAlert | undefined> {
    const row = await this.#db.selectFrom('watch_alerts').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? fromRow(row) : undefined
  }

  /** How many alerts of each kind are in each status. */
  async counts(): Promise<Array<{ status: string; kind: WatchAlertKind; n: number }>> {
    const rows = await this.#db
      .selectFrom('watch_alerts')
      .select(['status', 'kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['status', 'kind'])
      .orderBy('status')
      .orderBy('kind')
      .execute()
    return rows.map((r) => ({ status: r.status, kind: r.kind as WatchAlertKind, n: Number(r.n) }))
  }
}
