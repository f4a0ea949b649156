import { type Kysely, sql } from 'kysely'
import type { AnswerRecord, VersionRef } from '../model/answer-record.js'
import type { BatchJob, ChunkLease, JobProgress, JobStatus, QueueDepth } from '../model/batch-job.js'
import { insertRecordsIn } from './record-repo.js'
import type { BatchJobTable, Database } from './schema.js'

/** Jobs are claimable while their input is still being added; total_chunks stays -1 until sealed. */
const UNSEALED = -1

/** What a worker hands in for a chunk it holds. */
export interface ChunkOutcome {
  /** One result per input row, in input order. */
  results: readonly unknown[]
  /** Answers recorded for the chunk's rows. */
  records?: readonly AnswerRecord[]
  counts?: { matched: number; bad: number }
  /** Further writes that must commit with the results or not at all (the chunk's alerts). */
  alsoIn?: (trx: Kysely<Database>) => Promise<void>
}

/**
 * The batch job queue. A chunk is leased by one worker at a time; a lease that expires (a killed worker)
 * makes the chunk claimable again, and only the current lease holder can complete it, so every row gets
 * exactly one result.
 */
export class JobRepo {
  readonly #db: Kysely<Database>
  readonly #postgres: boolean

  constructor(db: Kysely<Database>, kind: 'sqlite' | 'postgres') {
    this.#db = db
    this.#postgres = kind === 'postgres'
  }

  async create(
    job: Pick<BatchJob, 'id' | 'createdAt' | 'caller' | 'options' | 'versions'> & { label?: string },
  ): Promise<void> {
    await this.#db
      .insertInto('batch_jobs')
      .values({
        id: job.id,
        created_at: job.createdAt,
        caller: job.caller,
        status: 'queued',
        total_rows: 0,
        total_chunks: UNSEALED,
        options: JSON.stringify(job.options),
        versions: JSON.stringify(job.versions),
        finished_at: null,
        label: job.label ?? null,
      })
      .execute()
  }

  async addChunk(jobId: string, seq: number, rows: readonly unknown[]): Promise<void> {
    await this.#db
      .insertInto('batch_chunks')
      .values({
        job_id: jobId,
        seq,
        status: 'pending',
        row_count: rows.length,
        lease_owner: null,
        lease_expires_at: null,
        attempts: 0,
        input: JSON.stringify(rows),
        result: null,
        matched_rows: 0,
        bad_rows: 0,
        done_at: null,
      })
      .execute()
  }

  /** All input is in: from now on the job is done when its last chunk is. */
  async seal(jobId: string, totalRows: number, totalChunks: number, now = new Date()): Promise<void> {
    await this.#db
      .updateTable('batch_jobs')
      .set({ total_rows: totalRows, total_chunks: totalChunks })
      .where('id', '=', jobId)
      .execute()
    await this.#finishIfComplete(jobId, now)
  }

  /** Takes the oldest claimable chunk: pending, or leased by a worker whose lease ran out. */
  async claim(owner: string, leaseMs: number, now = Date.now()): Promise<ChunkLease | undefined> {
    let candidate = this.#db
      .selectFrom('batch_chunks')
      .select(['job_id', 'seq'])
      .where((eb) =>
        eb.or([
          eb('status', '=', 'pending'),
          eb.and([eb('status', '=', 'leased'), eb('lease_expires_at', '<', now)]),
        ]),
      )
      .orderBy('job_id')
      .orderBy('seq')
      .limit(1)
    // Concurrent workers skip each other's locked rows instead of queueing behind them.
    if (this.#postgres) candidate = candidate.forUpdate().skipLocked()
    const row = await this.#db
      .updateTable('batch_chunks')
      .set({
        status: 'leased',
        lease_owner: owner,
        lease_expires_at: now + leaseMs,
        attempts: sql`attempts + 1`,
      })
      .where((eb) => eb(eb.refTuple('job_id', 'seq'), 'in', candidate.$asTuple('job_id', 'seq')))
      .returning(['job_id', 'seq', 'attempts', 'input'])
      .executeTakeFirst()
    if (!row) return undefined
    await this.#db
      .updateTable('batch_jobs')
      .set({ status: 'running' })
      .where('id', '=', row.job_id)
      .where('status', '=', 'queued')
      .execute()
    return {
      jobId: row.job_id,
      seq: Number(row.seq),
      owner,
      attempts: Number(row.attempts),
      input: JSON.parse(row.input) as unknown[],
    }
  }

  /** Extends a lease while a long chunk is still being worked on. */
  async renew(lease: ChunkLease, leaseMs: number, now = Date.now()): Promise<boolean> {
    const r = await this.#db
      .updateTable('batch_chunks')
      .set({ lease_expires_at: now + leaseMs })
      .where('job_id', '=', lease.jobId)
      .where('seq', '=', lease.seq)
      .where('lease_owner', '=', lease.owner)
      .where('status', '=', 'leased')
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /**
   * Stores the chunk's results, records and `alsoIn` writes in one transaction if this worker still holds the
   * lease; false (and nothing written) when another worker took the chunk over.
   */
  async complete(lease: ChunkLease, outcome: ChunkOutcome, now = new Date()): Promise<boolean> {
    const counts = outcome.counts ?? { matched: 0, bad: 0 }
    const won = await this.#db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('batch_chunks')
        .set({
          status: 'done',
          result: JSON.stringify(outcome.results),
          lease_expires_at: null,
          matched_rows: counts.matched,
          bad_rows: counts.bad,
          done_at: now.getTime(),
        })
        .where('job_id', '=', lease.jobId)
        .where('seq', '=', lease.seq)
        .where('lease_owner', '=', lease.owner)
        .where('status', '=', 'leased')
        .executeTakeFirst()
      if (Number(r.numUpdatedRows) !== 1) return false
      await insertRecordsIn(trx, outcome.records ?? [])
      await outcome.alsoIn?.(trx)
      return true
    })
    if (won) await this.#finishIfComplete(lease.jobId, now)
    return won
  }

  /** Gives a chunk back unfinished (graceful shutdown): another worker takes it at once. */
  async release(lease: ChunkLease): Promise<void> {
    await this.#db
      .updateTable('batch_chunks')
      .set({ status: 'pending', lease_owner: null, lease_expires_at: null })
      .where('job_id', '=', lease.jobId)
      .where('seq', '=', lease.seq)
      .where('lease_owner', '=', lease.owner)
      .where('status', '=', 'leased')
      .execute()
  }

  async get(jobId: string): Promise<BatchJob | undefined> {
    const row = await this.#db.selectFrom('batch_jobs').selectAll().where('id', '=', jobId).executeTakeFirst()
    return row ? toJob(row) : undefined
  }

  /** Newest first; only one caller's jobs when `caller` is given. */
  async list(options: { caller?: string; limit?: number } = {}): Promise<BatchJob[]> {
    let q = this.#db
      .selectFrom('batch_jobs')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(options.limit ?? 20)
    if (options.caller) q = q.where('caller', '=', options.caller)
    return (await q.execute()).map(toJob)
  }

  /** Removes finished jobs (and their chunks) created before `before`; returns how many. */
  async prune(before: string): Promise<number> {
    const r = await this.#db
      .deleteFrom('batch_jobs')
      .where('created_at', '<', before)
      .where('status', 'in', ['done', 'cancelled'])
      .executeTakeFirst()
    return Number(r.numDeletedRows)
  }

  async progress(jobId: string): Promise<JobProgress | undefined> {
    const job = await this.get(jobId)
    if (!job) return undefined
    const rows = await this.#db
      .selectFrom('batch_chunks')
      .select([
        'status',
        (eb) => eb.fn.countAll<number>().as('chunks'),
        (eb) => eb.fn.sum<number>('row_count').as('rows'),
        (eb) => eb.fn.sum<number>('matched_rows').as('matched'),
        (eb) => eb.fn.sum<number>('bad_rows').as('bad'),
      ])
      .where('job_id', '=', jobId)
      .groupBy('status')
      .execute()
    const by = (s: string) => rows.find((r) => r.status === s)
    return {
      job,
      doneChunks: Number(by('done')?.chunks ?? 0),
      doneRows: Number(by('done')?.rows ?? 0),
      leasedChunks: Number(by('leased')?.chunks ?? 0),
      matchedRows: Number(by('done')?.matched ?? 0),
      badRows: Number(by('done')?.bad ?? 0),
    }
  }

  /** The results of one chunk, or undefined while it is not done. */
  async chunkResults(jobId: string, seq: number): Promise<unknown[] | undefined> {
    const row = await this.#db
      .selectFrom('batch_chunks')
      .select(['status', 'result'])
      .where('job_id', '=', jobId)
      .where('seq', '=', seq)
      .executeTakeFirst()
    return row?.status === 'done' && row.result ? (JSON.parse(row.result) as unknown[]) : undefined
  }

  /** The queue across all workers: chunks waiting and in hand, and rows completed in the last `windowMs`. */
  async depth(windowMs = 60_000, now = Date.now()): Promise<QueueDepth> {
    const open = await this.#db
      .selectFrom('batch_chunks')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['pending', 'leased'])
      .groupBy('status')
      .execute()
    const recent = await this.#db
      .selectFrom('batch_chunks')
      .select((eb) => eb.fn.sum<number>('row_count').as('rows'))
      .where('done_at', '>', now - windowMs)
      .executeTakeFirst()
    const count = (s: string) => Number(open.find((r) => r.status === s)?.n ?? 0)
    return {
      pendingChunks: count('pending'),
      leasedChunks: count('leased'),
      rowsPerSecond: Number(recent?.rows ?? 0) / (windowMs / 1000),
    }
  }

  async cancel(jobId: string, now = new Date()): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx
        .updateTable('batch_chunks')
        .set({ status: 'cancelled' })
        .where('job_id', '=', jobId)
        .where('status', '!=', 'done')
        .execute()
      await trx
        .updateTable('batch_jobs')
        .set({ status: 'cancelled', finished_at: now.toISOString() })
        .where('id', '=', jobId)
        .where('status', 'in', ['queued', 'running'])
        .execute()
    })
  }

  async #finishIfComplete(jobId: string, now: Date): Promise<void> {
    const open = this.#db
      .selectFrom('batch_chunks')
      .select('seq')
      .where('job_id', '=', jobId)
      .where('status', '!=', 'done')
    await this.#db
      .updateTable('batch_jobs')
      .set({ status: 'done', finished_at: now.toISOString() })
      .where('id', '=', jobId)
      .where('total_chunks', '!=', UNSEALED)
      .where('status', 'in', ['queued', 'running'])
      .where((eb) => eb.not(eb.exists(open)))
      .execute()
  }
}

function toJob(r: BatchJobTable): BatchJob {
  return {
    id: r.id,
    createdAt: r.created_at,
    caller: r.caller,
    status: r.status as JobStatus,
    totalRows: Number(r.total_rows),
    totalChunks: Number(r.total_chunks),
    options: JSON.parse(r.options) as Record<string, unknown>,
    versions: JSON.parse(r.versions) as VersionRef[],
    finishedAt: r.finished_at ?? undefined,
    label: r.label ?? undefined,
  }
}
