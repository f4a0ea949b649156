import type { Kysely } from 'kysely'
import type { BatchJob, BatchSettings, BatchStatus } from '../model/batch-job.js'
import type { BatchJobTable, Database } from './schema.js'

const PAGE = 1000

/** Batch jobs and their results, one result row per input row, read back in input order. */
export class BatchRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  async create(job: {
    id: string
    owner: string
    format: 'jsonl' | 'csv'
    fileName: string
    settings: BatchSettings
    total: number
  }): Promise<BatchJob> {
    const now = new Date().toISOString()
    const row: BatchJobTable = {
      id: job.id,
      owner: job.owner,
      status: 'running',
      format: job.format,
      file_name: job.fileName,
      settings: JSON.stringify(job.settings),
      total: job.total,
      done: 0,
      matched: 0,
      bad: 0,
      error: null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    }
    await this.#db.insertInto('batch_jobs').values(row).execute()
    return toJob(row)
  }

  async get(id: string): Promise<BatchJob | undefined> {
    const row = await this.#db.selectFrom('batch_jobs').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toJob(row) : undefined
  }

  /** Newest first; all owners when `owner` is absent. */
  async list(options: { owner?: string; limit?: number } = {}): Promise<BatchJob[]> {
    let q = this.#db
      .selectFrom('batch_jobs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 50)
    if (options.owner) q = q.where('owner', '=', options.owner)
    return (await q.execute()).map(toJob)
  }

  /** Stores the next results (JSON lines) and advances the progress counts in one transaction. */
  async appendResults(
    id: string,
    firstSeq: number,
    lines: readonly string[],
    counts: { matched: number; bad: number },
  ): Promise<void> {
    if (lines.length === 0) return
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .insertInto('batch_results')
        .values(lines.map((data, i) => ({ job_id: id, seq: firstSeq + i, data })))
        .execute()
      await trx
        .updateTable('batch_jobs')
        .set((eb) => ({
          done: eb('done', '+', lines.length),
          matched: eb('matched', '+', counts.matched),
          bad: eb('bad', '+', counts.bad),
          updated_at: new Date().toISOString(),
        }))
        .where('id', '=', id)
        .execute()
    })
  }

  async finish(
    id: string,
    status: Exclude<BatchStatus, 'running'>,
    error: string | null = null,
  ): Promise<void> {
    const now = new Date().toISOString()
    await this.#db
      .updateTable('batch_jobs')
      .set({ status, error, updated_at: now, finished_at: now })
      .where('id', '=', id)
      .execute()
  }

  /** The result lines in input order, paged so that a million-row job streams in constant memory. */
  async *results(id: string): AsyncGenerator<string> {
    let after = -1
    for (;;) {
      const page = await this.#db
        .selectFrom('batch_results')
        .select(['seq', 'data'])
        .where('job_id', '=', id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute()
      for (const row of page) yield row.data
      if (page.length < PAGE) return
      after = Number(page[page.length - 1]!.seq)
    }
  }

  /** Retention: removes jobs (and their results) created before the given time; returns how many. */
  async prune(before: string): Promise<number> {
    await this.#db
      .deleteFrom('batch_results')
      .where('job_id', 'in', (eb) =>
        eb.selectFrom('batch_jobs').select('id').where('created_at', '<', before),
      )
      .execute()
    const res = await this.#db.deleteFrom('batch_jobs').where('created_at', '<', before).executeTakeFirst()
    return Number(res.numDeletedRows)
  }
}

function toJob(r: BatchJobTable): BatchJob {
  return {
    id: r.id,
    owner: r.owner,
    status: r.status as BatchStatus,
    format: r.format as 'jsonl' | 'csv',
    fileName: r.file_name,
    settings: JSON.parse(r.settings) as BatchSettings,
    total: Number(r.total),
    done: Number(r.done),
    matched: Number(r.matched),
    bad: Number(r.bad),
    error: r.error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  }
}
