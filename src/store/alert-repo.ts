import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import { TcError } from '../errors.js'
import type { Alert, AlertEvent, AlertStatus, AllowRule } from '../model/alert.js'
import { type DecisionRow, decisionsBetween, type RaisedCount, raisedBetween } from './alert-stats.js'
import type { AlertEventTable, AlertTable, AllowRuleTable, Database } from './schema.js'

export interface AlertFilter {
  status?: readonly AlertStatus[]
  list?: string
  country?: string
  minScore?: number
  maxScore?: number
  /** ISO date-time: only alerts raised before it (age filter). */
  createdBefore?: string
  /** ISO date-time: only alerts raised at or after it. */
  createdFrom?: string
  assignee?: string
  subjectKey?: string
  entityId?: string
  limit?: number
  offset?: number
}

/** An alert with the version its row had when read; updates must present it (no lost updates). */
export interface VersionedAlert {
  alert: Alert
  version: number
}

/** The review queue. Every method takes the connection or transaction to run on, so actions compose. */
export class AlertRepo {
  readonly #db: Kysely<Database>
  readonly #postgres: boolean

  constructor(db: Kysely<Database>, kind: 'sqlite' | 'postgres' = 'sqlite') {
    this.#db = db
    this.#postgres = kind === 'postgres'
  }

  /**
   * Holds raisers of these subjects off until the transaction `db` ends, so two writers cannot both find no
   * open alert and both open one. PostgreSQL transaction-level advisory locks, taken in one global order
   * (no deadlock between two chunks sharing subjects); SQLite has a single writer and needs none.
   */
  async lockSubjects(keys: Iterable<string>, db: Kysely<Database>): Promise<void> {
    if (!this.#postgres) return
    const ids = [...new Set([...keys].map(subjectLockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    for (const id of ids) await sql`SELECT pg_advisory_xact_lock(${id.toString()}::bigint)`.execute(db)
  }

  async insert(alert: Alert, event: Omit<AlertEvent, 'seq'>, db: Kysely<Database> = this.#db): Promise<void> {
    await db.insertInto('alerts').values(toRow(alert, 1)).execute()
    await db
      .insertInto('alert_events')
      .values(eventRow({ ...event, seq: 1 }))
      .execute()
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<VersionedAlert | undefined> {
    const row = await db
      .selectFrom('alerts')
      .select(['data', 'version'])
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? { alert: JSON.parse(row.data) as Alert, version: Number(row.version) } : undefined
  }

  /** Writes the new state if nobody changed the alert since `version` was read; else TC_CONFLICT. */
  async update(
    next: Alert,
    version: number,
    event: Omit<AlertEvent, 'seq'>,
    db: Kysely<Database> = this.#db,
  ): Promise<number> {
    const r = await db
      .updateTable('alerts')
      .set(toRow(next, version + 1))
      .where('id', '=', next.id)
      .where('version', '=', version)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) {
      throw new TcError(
        'TC_CONFLICT',
        `alert ${next.id} was changed by someone else; reload it and try again`,
        { field: 'alert' },
      )
    }
    await db
      .insertInto('alert_events')
      .values(eventRow({ ...event, seq: version + 1 }))
      .execute()
    return version + 1
  }

  async list(filter: AlertFilter = {}, db: Kysely<Database> = this.#db): Promise<Alert[]> {
    const rows = await filtered(db, filter)
      .select('data')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .offset(filter.offset ?? 0)
      .execute()
    return rows.map((r) => JSON.parse(r.data) as Alert)
  }

  /** How many alerts the filter selects (limit and offset ignored). */
  async count(filter: AlertFilter = {}, db: Kysely<Database> = this.#db): Promise<number> {
    const row = await filtered(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  /** Alerts that started in a period, by list and first event (for period summaries). */
  raisedBetween(from: string, to: string): Promise<RaisedCount[]> {
    return raisedBetween(this.#db, from, to)
  }

  /** Decisions taken in a period, with when each alert was opened (for time to decision). */
  decisionsBetween(from: string, to: string): Promise<DecisionRow[]> {
    return decisionsBetween(this.#db, from, to)
  }

  async events(alertId: string, db: Kysely<Database> = this.#db): Promise<AlertEvent[]> {
    const rows = await db
      .selectFrom('alert_events')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('seq')
      .execute()
    return rows.map((r) => ({
      alertId: r.alert_id,
      seq: Number(r.seq),
      at: r.at,
      actor: r.actor,
      action: r.action,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }))
  }

  /** The newest alert for this subject and listed entry, whatever its status. */
  async latestFor(
    subjectKey: string,
    entityId: string,
    db: Kysely<Database> = this.#db,
  ): Promise<VersionedAlert | undefined> {
    const row = await db
      .selectFrom('alerts')
      .select(['data', 'version'])
      .where('subject_key', '=', subjectKey)
      .where('entity_id', '=', entityId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row ? { alert: JSON.parse(row.data) as Alert, version: Number(row.version) } : undefined
  }

  /** The latest alert of each (subject, entry) pair among these subjects, keyed `subjectKey + '\0' + entityId`. */
  async latestForSubjects(
    subjectKeys: readonly string[],
    db: Kysely<Database> = this.#db,
  ): Promise<Map<string, VersionedAlert>> {
    const latest = new Map<string, VersionedAlert & { order: string }>()
    const keys = [...new Set(subjectKeys)]
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await db
        .selectFrom('alerts')
        .select(['subject_key', 'entity_id', 'created_at', 'id', 'data', 'version'])
        .where('subject_key', 'in', keys.slice(i, i + 500))
        .execute()
      for (const row of rows) {
        const pair = `${row.subject_key}\0${row.entity_id}`
        // Same order as latestFor: created_at, then id.
        const order = `${row.created_at}\0${row.id}`
        const seen = latest.get(pair)
        if (seen && seen.order > order) continue
        latest.set(pair, { alert: JSON.parse(row.data) as Alert, version: Number(row.version), order })
      }
    }
    return new Map([...latest].map(([pair, { alert, version }]) => [pair, { alert, version }]))
  }

  async insertRule(rule: AllowRule, db: Kysely<Database> = this.#db): Promise<void> {
    await db.insertInto('allow_rules').values(ruleRow(rule)).execute()
  }

  async updateRule(rule: AllowRule, db: Kysely<Database> = this.#db): Promise<void> {
    await db.updateTable('allow_rules').set(ruleRow(rule)).where('id', '=', rule.id).execute()
  }

  async getRule(id: string, db: Kysely<Database> = this.#db): Promise<AllowRule | undefined> {
    const row = await db.selectFrom('allow_rules').select('data').where('id', '=', id).executeTakeFirst()
    return row ? (JSON.parse(row.data) as AllowRule) : undefined
  }

  async rules(
    filter: {
      status?: AllowRule['status']
      subjectKey?: string
      subjectKeys?: readonly string[]
      entityId?: string
      /** A page: rules after this id (ids sort by creation), at most `limit` of them. */
      afterId?: string
      limit?: number
    } = {},
    db: Kysely<Database> = this.#db,
  ): Promise<AllowRule[]> {
    let q = db.selectFrom('allow_rules').select('data').orderBy('id')
    if (filter.afterId) q = q.where('id', '>', filter.afterId)
    if (filter.limit !== undefined) q = q.limit(filter.limit)
    if (filter.status) q = q.where('status', '=', filter.status)
    if (filter.subjectKey) q = q.where('subject_key', '=', filter.subjectKey)
    if (filter.subjectKeys)
      q = q.where('subject_key', 'in', filter.subjectKeys.length ? [...filter.subjectKeys] : [''])
    if (filter.entityId) q = q.where('entity_id', '=', filter.entityId)
    return (await q.execute()).map((r) => JSON.parse(r.data) as AllowRule)
  }
}

function filtered(db: Kysely<Database>, filter: AlertFilter) {
  let q = db.selectFrom('alerts')
  if (filter.status?.length) q = q.where('status', 'in', [...filter.status])
  if (filter.list) q = q.where('list', '=', filter.list)
  if (filter.country) q = q.where('countries', 'like', `%"${filter.country.toUpperCase()}"%`)
  if (filter.minScore !== undefined) q = q.where('score', '>=', filter.minScore)
  if (filter.maxScore !== undefined) q = q.where('score', '<=', filter.maxScore)
  if (filter.createdBefore) q = q.where('created_at', '<', filter.createdBefore)
  if (filter.createdFrom) q = q.where('created_at', '>=', filter.createdFrom)
  if (filter.assignee) q = q.where('assignee', '=', filter.assignee)
  if (filter.subjectKey) q = q.where('subject_key', '=', filter.subjectKey)
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId)
  return q
}

function toRow(a: Alert, version: number): AlertTable {
  return {
    id: a.id,
    version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    kind: a.kind,
    status: a.status,
    subject_key: a.subject.key,
    entity_id: a.entityId,
    list: a.list,
    score: a.score,
    countries: JSON.stringify(a.countries),
    assignee: a.assignee ?? null,
    data: JSON.stringify(a),
  }
}

function eventRow(e: AlertEvent): AlertEventTable {
  return {
    alert_id: e.alertId,
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    details: JSON.stringify(e.details),
  }
}

function ruleRow(r: AllowRule): AllowRuleTable {
  return {
    id: r.id,
    subject_key: r.subjectKey,
    entity_id: r.entityId,
    status: r.status,
    expires_at: r.expiresAt ?? null,
    data: JSON.stringify(r),
  }
}

/** A 64-bit advisory-lock id per review subject (a hash collision only serialises two subjects). */
function subjectLockId(key: string): bigint {
  return createHash('sha256').update(`tradecontrols.alert:${key}`).digest().readBigInt64BE(0)
}
