import type { Kysely } from 'kysely'
import type { RecordedChange } from '../changes/types.js'
import type { Database, ListChangeTable } from './schema.js'

/** A diff between two consecutive versions of a source, kept for the change feed and the review queue. */
export type ListChange = RecordedChange

/** Recorded list changes, newest first. */
export class ChangeRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  /** Records a change once; returns false when this pair of versions was recorded already. */
  async record(change: ListChange): Promise<boolean> {
    const r = await this.#db
      .insertInto('list_changes')
      .values({
        id: change.id,
        source: change.source,
        from_version_id: change.fromVersionId,
        to_version_id: change.toVersionId,
        created_at: change.createdAt,
        summary: JSON.stringify({ ...change.diff.summary, byList: change.diff.byList }),
        diff: JSON.stringify(change.diff),
      })
      .onConflict((oc) => oc.columns(['from_version_id', 'to_version_id']).doNothing())
      .executeTakeFirst()
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
  }

  async list(query: { source?: string; limit?: number } = {}): Promise<ListChange[]> {
    let q = this.#db
      .selectFrom('list_changes')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit ?? 20)
    if (query.source) q = q.where('source', '=', query.source)
    return (await q.execute()).map(fromRow)
  }

  async get(fromVersionId: string, toVersionId: string): Promise<ListChange | undefined> {
    const row = await this.#db
      .selectFrom('list_changes')
      .selectAll()
      .where('from_version_id', '=', fromVersionId)
      .where('to_version_id', '=', toVersionId)
      .executeTakeFirst()
    return row ? fromRow(row) : undefined
  }
}

const fromRow = (r: ListChangeTable): ListChange => ({
  id: r.id,
  source: r.source,
  fromVersionId: r.from_version_id,
  toVersionId: r.to_version_id,
  createdAt: r.created_at,
  diff: JSON.parse(r.diff) as RecordedChange['diff'],
})
