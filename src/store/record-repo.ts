import type { Kysely } from 'kysely'
import type { AnswerKind, AnswerRecord, VersionRef } from '../model/answer-record.js'
import { recordSubjectKey } from './record-subject.js'
import type { AnswerRecordTable, Database } from './schema.js'

export interface RecordQuery {
  kind?: AnswerKind
  /** ISO date-time bounds on createdAt: from inclusive, to exclusive. */
  from?: string
  to?: string
  /** Only screenings of this subject (the review queue's key for a party). */
  subjectKey?: string
  limit?: number
}

/** Recorded answers. Written once, never updated. */
export class RecordRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  async insert(record: AnswerRecord): Promise<void> {
    await this.#db.insertInto('answer_records').values(toRow(record)).execute()
  }

  /** Many records in one transaction: a batch records every row without a commit per row. */
  async insertMany(records: readonly AnswerRecord[]): Promise<void> {
    if (records.length === 0) return
    await this.#db.transaction().execute((trx) => insertRecordsIn(trx, records))
  }

  /** Which of these ids are stored (a journal replay skips them). */
  async existing(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return []
    const rows = await this.#db
      .selectFrom('answer_records')
      .select('id')
      .where('id', 'in', [...ids])
      .execute()
    return rows.map((r) => r.id)
  }

  async get(id: string): Promise<AnswerRecord | undefined> {
    const row = await this.#db
      .selectFrom('answer_records')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? fromRow(row) : undefined
  }

  async list(query: RecordQuery = {}): Promise<AnswerRecord[]> {
    let q = this.#db
      .selectFrom('answer_records')
      .selectAll()
      .orderBy('created_at', 'desc')
      .limit(query.limit ?? 100)
    if (query.kind) q = q.where('kind', '=', query.kind)
    if (query.subjectKey) q = q.where('subject_key', '=', query.subjectKey)
    if (query.from) q = q.where('created_at', '>=', query.from)
    if (query.to) q = q.where('created_at', '<', query.to)
    return (await q.execute()).map(fromRow)
  }

  /** Counts per kind in a period, with how many needed attention. */
  async counts(
    from: string,
    to: string,
  ): Promise<Array<{ kind: AnswerKind; total: number; attention: number }>> {
    const rows = await this.#db
      .selectFrom('answer_records')
      .select([
        'kind',
        (eb) => eb.fn.countAll<number>().as('total'),
        (eb) => eb.fn.sum<number>('attention').as('attention'),
      ])
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .groupBy('kind')
      .orderBy('kind')
      .execute()
    return rows.map((r) => ({
      kind: r.kind as AnswerKind,
      total: Number(r.total),
      attention: Number(r.attention ?? 0),
    }))
  }
}

function toRow(r: AnswerRecord): AnswerRecordTable {
  return {
    id: r.id,
    kind: r.kind,
    created_at: r.createdAt,
    caller: r.caller,
    input: JSON.stringify(r.input),
    versions: JSON.stringify(r.versions),
    settings: JSON.stringify(r.settings),
    result: JSON.stringify(r.result),
    result_hash: r.resultHash,
    attention: r.attention ? 1 : 0,
    subject_key: recordSubjectKey(r.kind, r.input) ?? null,
  }
}

function fromRow(r: AnswerRecordTable): AnswerRecord {
  return {
    id: r.id,
    kind: r.kind as AnswerKind,
    createdAt: r.created_at,
    caller: r.caller,
    input: JSON.parse(r.input) as unknown,
    versions: JSON.parse(r.versions) as VersionRef[],
    settings: JSON.parse(r.settings) as Record<string, unknown>,
    result: JSON.parse(r.result) as unknown,
    resultHash: r.result_hash,
    attention: Number(r.attention) === 1,
  }
}

/** Inserts records inside the caller's transaction (a finished batch chunk and its records commit together). */
export async function insertRecordsIn(
  trx: Kysely<Database>,
  records: readonly AnswerRecord[],
): Promise<void> {
  for (let i = 0; i < records.length; i += 200) {
    await trx
      .insertInto('answer_records')
      .values(records.slice(i, i + 200).map(toRow))
      .execute()
  }
}
