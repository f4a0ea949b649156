import type { Kysely, Transaction } from 'kysely'
import { sha256Hex } from '../model/ids.js'
import type { WatchAlert } from '../model/watch-alert.js'
import type { Database, WebhookDeliveryTable } from './schema.js'
import { getWatchAlertsIn } from './watch-alert-rows.js'

export type DeliveryStatus = 'pending' | 'delivered' | 'dead'

/** One alert to one webhook endpoint. The alert id is the idempotency key receivers deduplicate on. */
export interface Delivery {
  id: string
  alertId: string
  endpoint: string
  status: DeliveryStatus
  attempts: number
  nextAttemptAt: number
  lastError?: string
  createdAt: string
  deliveredAt?: string
}

/** The webhook outbox: rows are queued with their alert, in its transaction, and sent afterwards. */
export class DeliveryRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  /**
   * Takes up to `limit` deliveries that are due, leasing each for `leaseMs` so that two senders (two
   * instances on one PostgreSQL) never send the same one at the same time.
   */
  async claimDue(
    now: number,
    limit: number,
    leaseMs: number,
  ): Promise<Array<{ delivery: Delivery; alert: WatchAlert }>> {
    const due = await this.#db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_attempt_at')
      .orderBy('alert_id')
      .orderBy('endpoint')
      .limit(limit)
      .execute()
    const claimed: WebhookDeliveryTable[] = []
    for (const row of due) {
      const taken = await this.#db
        .updateTable('webhook_deliveries')
        .set({ lease_until: now + leaseMs })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .executeTakeFirst()
      if (Number(taken.numUpdatedRows) === 1) claimed.push(row)
    }
    const alerts = await getWatchAlertsIn(
      this.#db,
      claimed.map((r) => r.alert_id),
    )
    return claimed.flatMap((r) => {
      const alert = alerts.get(r.alert_id)
      return alert ? [{ delivery: fromRow(r), alert }] : []
    })
  }

  async markDelivered(id: string, at: string): Promise<void> {
    await this.#db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: 'delivered',
        delivered_at: at,
        lease_until: null,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .execute()
  }

  /** Records a failed attempt: retried at `retryAt`, or dead-lettered when `retryAt` is undefined. */
  async markFailed(id: string, error: string, retryAt: number | undefined): Promise<void> {
    await this.#db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        status: retryAt === undefined ? 'dead' : 'pending',
        last_error: error.slice(0, 500),
        lease_until: null,
        attempts: eb('attempts', '+', 1),
        ...(retryAt === undefined ? {} : { next_attempt_at: retryAt }),
      }))
      .where('id', '=', id)
      .execute()
  }

  async list(query: { status?: DeliveryStatus; limit?: number } = {}): Promise<Delivery[]> {
    let q = this.#db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .orderBy('created_at')
      .orderBy('alert_id')
      .orderBy('endpoint')
      .limit(query.limit ?? 1000)
    if (query.status) q = q.where('status', '=', query.status)
    return (await q.execute()).map(fromRow)
  }

  /** The soonest time a pending delivery is due, for a sender deciding how long to wait. */
  async nextDue(): Promise<number | undefined> {
    const row = await this.#db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.min('next_attempt_at').as('at'))
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return row?.at === null || row?.at === undefined ? undefined : Number(row.at)
  }
}

/** Queues every alert for every endpoint inside the transaction that raised the alerts. */
export async function enqueueDeliveriesIn(
  trx: Transaction<Database>,
  alerts: readonly WatchAlert[],
  endpoints: readonly string[],
  now: number,
): Promise<void> {
  const rows: WebhookDeliveryTable[] = alerts.flatMap((a) =>
    endpoints.map((endpoint) => ({
      id: `dlv_${sha256Hex(`${a.id}\n${endpoint}`).slice(0, 24)}`,
      alert_id: a.id,
      endpoint,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_error: null,
      created_at: new Date(now).toISOString(),
      delivered_at: null,
    })),
  )
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('webhook_deliveries')
      .values(rows.slice(i, i + 200))
      .execute()
  }
}

function fromRow(r: WebhookDeliveryTable): Delivery {
  const d: Delivery = {
    id: r.id,
    alertId: r.alert_id,
    endpoint: r.endpoint,
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: Number(r.next_attempt_at),
    createdAt: r.created_at,
  }
  if (r.last_error) d.lastError = r.last_error
  if (r.delivered_at) d.deliveredAt = r.delivered_at
  return d
}
