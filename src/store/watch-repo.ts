import type { Kysely } from 'kysely'
import type { Counterparty, WatchMatch, WatchState } from '../model/counterparty.js'
import type { WatchAlert } from '../model/watch-alert.js'
import type { AuditRepo } from './audit-repo.js'
import {
  counterpartyFromRow,
  matchFromRow,
  matchToRow,
  sameCounterparty,
  stateFromRow,
} from './counterparty-rows.js'
import { enqueueDeliveriesIn } from './delivery-repo.js'
import type { Database } from './schema.js'
import { insertWatchAlertsIn } from './watch-alert-rows.js'

const CHUNK = 200

/** The outcome of screening monitored counterparties against one version of one source. */
export interface WatchCommit {
  source: string
  /** Matches to write (insert or replace), keyed by counterparty, source and entity. */
  upserts: readonly WatchMatch[]
  /** Matches that no longer hold. */
  deletes: ReadonlyArray<{ counterpartyId: string; entityId: string }>
  alerts: readonly WatchAlert[]
  /** Webhook endpoints each alert is queued for. */
  endpoints: readonly string[]
  /** The version now screened, when the commit brings a source up to date. */
  state?: WatchState
  actor: string
  now: Date
}

/** Counterparties, their current matches, and which version of each source they were screened on. */
export class WatchRepo {
  readonly #db: Kysely<Database>
  readonly #audit: AuditRepo

  constructor(db: Kysely<Database>, audit: AuditRepo) {
    this.#db = db
    this.#audit = audit
  }

  /** Adds new counterparties and updates changed ones; returns the ids that need screening. */
  async upsertCounterparties(
    rows: readonly Counterparty[],
    now: Date,
  ): Promise<{ added: string[]; updated: string[]; unchanged: number }> {
    const at = now.toISOString()
    const added: string[] = []
    const updated: string[] = []
    await this.#db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK)
        const existing = new Map(
          (
            await trx
              .selectFrom('counterparties')
              .selectAll()
              .where(
                'id',
                'in',
                chunk.map((c) => c.id),
              )
              .execute()
          ).map((r) => [r.id, counterpartyFromRow(r)]),
        )
        const fresh = chunk.filter((c) => !existing.has(c.id))
        if (fresh.length)
          await trx
            .insertInto('counterparties')
            .values(fresh.map((c) => row(c, at, at)))
            .execute()
        for (const c of fresh) added.push(c.id)
        for (const c of chunk) {
          const old = existing.get(c.id)
          if (!old || sameCounterparty(old, c)) continue
          const { created_at: _, ...set } = row(c, at, at)
          await trx.updateTable('counterparties').set(set).where('id', '=', c.id).execute()
          updated.push(c.id)
        }
      }
    })
    return { added, updated, unchanged: rows.length - added.length - updated.length }
  }

  /** Removes counterparties (their matches go with them; their alerts stay as history). */
  async removeCounterparties(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.#db
        .deleteFrom('counterparties')
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute()
    }
  }

  async count(): Promise<number> {
    const r = await this.#db
      .selectFrom('counterparties')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(r.n)
  }

  /** One page of counterparties in id order; pass the last id to get the next page. */
  async page(afterId: string | undefined, limit: number): Promise<Counterparty[]> {
    let q = this.#db.selectFrom('counterparties').selectAll().orderBy('id').limit(limit)
    if (afterId !== undefined) q = q.where('id', '>', afterId)
    return (await q.execute()).map(counterpartyFromRow)
  }

  async byIds(ids: readonly string[]): Promise<Counterparty[]> {
    const out: Counterparty[] = []
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.#db
        .selectFrom('counterparties')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute()
      for (const r of rows) out.push(counterpartyFromRow(r))
    }
    return out
  }

  /** Current matches of one source, optionally only those of some entities or some counterparties. */
  async matches(
    source: string,
    filter: { entityIds?: readonly string[]; counterpartyIds?: readonly string[] } = {},
  ): Promise<WatchMatch[]> {
    const keys = filter.entityIds ?? filter.counterpartyIds
    const column = filter.entityIds ? 'entity_id' : 'counterparty_id'
    const base = this.#db.selectFrom('watch_matches').selectAll().where('source', '=', source)
    if (!keys) return (await base.orderBy('counterparty_id').orderBy('entity_id').execute()).map(matchFromRow)
    const out: WatchMatch[] = []
    for (let i = 0; i < keys.length; i += CHUNK) {
      for (const r of await base.where(column, 'in', keys.slice(i, i + CHUNK)).execute())
        out.push(matchFromRow(r))
    }
    return out
  }

  async matchCounts(): Promise<Record<string, number>> {
    const rows = await this.#db
      .selectFrom('watch_matches')
      .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('source')
      .execute()
    return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]))
  }

  async states(): Promise<WatchState[]> {
    return (await this.#db.selectFrom('watch_state').selectAll().orderBy('source').execute()).map(
      stateFromRow,
    )
  }

  /**
   * Writes a screening outcome in one transaction: matches, alerts, their webhook deliveries, the version
   * screened and an audit entry. A crash leaves either all of it or none, so alerts are raised once.
   */
  async commit(c: WatchCommit): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (let i = 0; i < c.deletes.length; i += CHUNK) {
        const part = c.deletes.slice(i, i + CHUNK)
        await trx
          .deleteFrom('watch_matches')
          .where('source', '=', c.source)
          .where((eb) =>
            eb.or(
              part.map((d) =>
                eb.and([eb('counterparty_id', '=', d.counterpartyId), eb('entity_id', '=', d.entityId)]),
              ),
            ),
          )
          .execute()
      }
      for (let i = 0; i < c.upserts.length; i += CHUNK) {
        await trx
          .insertInto('watch_matches')
          .values(c.upserts.slice(i, i + CHUNK).map(matchToRow))
          .onConflict((oc) =>
            oc.columns(['counterparty_id', 'source', 'entity_id']).doUpdateSet((eb) => ({
              list: eb.ref('excluded.list'),
              score: eb.ref('excluded.score'),
              version_id: eb.ref('excluded.version_id'),
              match: eb.ref('excluded.match'),
            })),
          )
          .execute()
      }
      await insertWatchAlertsIn(trx, c.alerts)
      await enqueueDeliveriesIn(trx, c.alerts, c.endpoints, c.now.getTime())
      if (c.state) {
        const s = {
          version_id: c.state.versionId,
          screened_at: c.state.screenedAt,
          settings: JSON.stringify(c.state.settings),
        }
        await trx
          .insertInto('watch_state')
          .values({ source: c.state.source, ...s })
          .onConflict((oc) => oc.column('source').doUpdateSet(s))
          .execute()
      }
      const kinds = { new: 0, cleared: 0, changed: 0 }
      for (const a of c.alerts) kinds[a.kind]++
      await this.#audit.appendIn(
        trx,
        {
          actor: c.actor,
          action: 'watch.screened',
          subject: c.source,
          details: {
            versionId: c.state?.versionId ?? null,
            matchesWritten: c.upserts.length,
            matchesCleared: c.deletes.length,
            alerts: kinds,
          },
        },
        c.now.toISOString(),
      )
    })
  }
}

const row = (c: Counterparty, createdAt: string, updatedAt: string) => ({
  id: c.id,
  name: c.name,
  type: c.type ?? null,
  country: c.country ?? null,
  dob: c.dob ?? null,
  created_at: createdAt,
  updated_at: updatedAt,
})
