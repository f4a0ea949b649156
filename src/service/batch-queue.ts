import type { SearchOptions } from '../match/types.js'
import type { VersionRef } from '../model/answer-record.js'
import { newId } from '../model/ids.js'
import type { Store } from '../store/store.js'
import type { BatchRow } from './batch-input.js'
import { type BatchResult, resultFor } from './batch-output.js'

/** Rows per chunk: big enough that claiming costs little next to screening, small enough to retry cheaply. */
export const DEFAULT_CHUNK_ROWS = 1000

/** A batch row as a chunk stores it: a query, or the error it was read with. */
export type QueuedRow =
  | { id: string; query: NonNullable<BatchRow['query']> }
  | { id: string; error: { field?: string; message: string } }

export function queuedRow(row: BatchRow): QueuedRow {
  if (!row.error) return { id: row.id, query: row.query }
  return { id: row.id, error: resultFor(row, undefined).error! }
}

/**
 * Splits a batch into chunks on the store's job queue. The job pins the list versions in force now, so every
 * chunk is screened against the same data whichever worker takes it and whenever.
 */
export async function enqueueBatch(
  store: Store,
  rows: AsyncIterable<BatchRow>,
  job: {
    caller: string
    options: SearchOptions | Record<string, unknown>
    versions: VersionRef[]
    chunkRows?: number
    now?: Date
    /** For people: the uploaded file's name. */
    label?: string
  },
): Promise<{ jobId: string; rows: number; chunks: number }> {
  const now = job.now ?? new Date()
  const jobId = newId('job', now.getTime())
  await store.jobs.create({
    id: jobId,
    createdAt: now.toISOString(),
    caller: job.caller,
    options: { ...job.options },
    versions: job.versions,
    ...(job.label ? { label: job.label } : {}),
  })
  const size = job.chunkRows ?? DEFAULT_CHUNK_ROWS
  let chunk: QueuedRow[] = []
  let total = 0
  let seq = 0
  for await (const row of rows) {
    chunk.push(queuedRow(row))
    total++
    if (chunk.length === size) {
      await store.jobs.addChunk(jobId, seq++, chunk)
      chunk = []
    }
  }
  if (chunk.length) await store.jobs.addChunk(jobId, seq++, chunk)
  await store.jobs.seal(jobId, total, seq)
  return { jobId, rows: total, chunks: seq }
}

/**
 * Streams a job's results in input order as chunks finish, whoever computes them. Ends when the job is
 * done; throws if it was cancelled.
 */
export async function* jobResults(
  store: Store,
  jobId: string,
  options: {
    pollMs?: number
    signal?: AbortSignal
    onProgress?: (doneRows: number, totalRows: number) => void
  } = {},
): AsyncGenerator<BatchResult> {
  const pollMs = options.pollMs ?? 200
  let seq = 0
  let emitted = 0
  for (;;) {
    options.signal?.throwIfAborted()
    const job = await store.jobs.get(jobId)
    if (!job) throw new Error(`no batch job ${jobId}`)
    if (job.status === 'cancelled') throw new Error(`batch job ${jobId} was cancelled`)
    let advanced = false
    for (;;) {
      if (job.totalChunks >= 0 && seq >= job.totalChunks) return
      const results = await store.jobs.chunkResults(jobId, seq)
      if (!results) break
      for (const r of results) yield r as BatchResult
      emitted += results.length
      seq++
      advanced = true
    }
    options.onProgress?.(emitted, job.totalRows)
    if (!advanced) await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}
