import type { Kysely, Transaction } from 'kysely'
import type { Counterparty, WatchMatch, WatchState } from '../model/counterparty.js'
import type { AuditRepo } from './audit-repo.js'
import { counterpartyFromRow, matchFromRow, sameCounterparty, stateFromRow } from './counterparty-rows.js'
import type { Database } from './schema.js'
import { commitIn, type WatchCommit } from './watch-commit.js'
import { indexTerms, reachedBy, unindexTerms } from './watch-terms.js'

const CHUNK = 200
/** New and renamed counterparties indexed at a time (store/watch-terms.ts). */
const INDEX_BLOCK = 20_000

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
    // New and renamed counterparties are indexed in blocks: keys of a block go in in key order.
    const named: Counterparty[] = []
    const renamed: string[] = []
    const index = async (trx: Transaction<Database>) => {
      await unindexTerms(trx, renamed)
      // A counterparty given twice is indexed by its last name.
      await indexTerms(trx, [...new Map(named.map((c) => [c.id, c])).values()])
      named.length = 0
      renamed.length = 0
    }
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
        for (const c of fresh) {
          added.push(c.id)
          named.push(c)
        }
        for (const c of chunk) {
          const old = existing.get(c.id)
          if (!old || sameCounterparty(old, c)) continue
          const { created_at: _, ...set } = row(c, at, at)
          await trx.updateTable('counterparties').set(set).where('id', '=', c.id).execute()
          updated.push(c.id)
          if (old.name === c.name) continue
          named.push(c)
          renamed.push(c.id)
        }
        if (named.length >= INDEX_BLOCK) await index(trx)
      }
      await index(trx)
    })
    return { added, updated, unchanged: rows.length - added.length - updated.length }
  }

  /** Removes counterparties (their matches and index terms go with them; their alerts stay as history). */
  async removeCounterparties(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.#db
        .deleteFrom('counterparties')
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute()
    }
  }

  /** Counterparties whose names share one of `keys` (changes/token-keys.ts: entryKeys), in id order. */
  reachedBy(keys: readonly number[]): Promise<Counterparty[]> {
    return reachedBy(this.#db, keys)
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
  commit(c: WatchCommit): Promise<void> {
    return this.#db.transaction().execute((trx) => commitIn(trx, this.#audit, c))
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
