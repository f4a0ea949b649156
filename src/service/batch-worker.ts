import { hostname } from 'node:os'
import type { SearchOptions } from '../match/types.js'
import type { VersionRef } from '../model/answer-record.js'
import { newId } from '../model/ids.js'
import type { Store } from '../store/store.js'
import type { QueuedRow } from './batch-queue.js'
import type { Engine } from './engine-types.js'
import { raiseChunkAlertsIn, screenChunk } from './screen-chunk.js'

export interface ChunkEvent {
  jobId: string
  seq: number
  rows: number
  /** done: results committed; lost: another worker had taken the chunk over; returned: given back unfinished. */
  outcome: 'done' | 'lost' | 'returned'
  ms: number
}

export interface WorkerOptions {
  /** Identifies this worker in leases; unique per process. */
  owner?: string
  /** How long a lease lasts before another worker may take the chunk over. */
  leaseMs?: number
  /** Pause between polls when the queue is empty. */
  idleMs?: number
  /** Stop when aborted: the chunk in hand is finished first. */
  signal?: AbortSignal
  /** Stop at once when aborted: the chunk in hand goes back to the queue unfinished, for another worker. */
  interrupt?: AbortSignal
  /** Stop when the queue is empty instead of waiting for more work (in-process runs). */
  untilEmpty?: boolean
  /** Record each screened row as an answer (the default for persistent stores). */
  record?: boolean
  onChunk?: (event: ChunkEvent) => void
}

/** An engine over a pinned set of list versions; the worker keeps the last one since jobs rarely change it. */
export type EngineForVersions = (versions: readonly VersionRef[]) => Promise<Engine>

/**
 * Takes chunks from the queue until stopped: screens each row against the job's pinned versions and
 * completes the chunk with one result per row, its records and its alerts in one transaction. Any number of
 * these may run on any number of machines.
 */
export async function runWorker(
  store: Store,
  engineFor: EngineForVersions,
  options: WorkerOptions = {},
): Promise<{ chunks: number; rows: number }> {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${newId('w').slice(2)}`
  const leaseMs = options.leaseMs ?? 60_000
  const idleMs = options.idleMs ?? 500
  const stopping = () => options.signal?.aborted || options.interrupt?.aborted
  let chunks = 0
  let rows = 0
  while (!stopping()) {
    const lease = await store.jobs.claim(owner, leaseMs)
    if (!lease) {
      if (options.untilEmpty) break
      await sleep(idleMs, options.signal, options.interrupt)
      continue
    }
    const started = performance.now()
    const event = (outcome: ChunkEvent['outcome'], n: number) =>
      options.onChunk?.({
        jobId: lease.jobId,
        seq: lease.seq,
        rows: n,
        outcome,
        ms: performance.now() - started,
      })
    // A slow chunk keeps its lease alive; a killed worker stops renewing and loses it.
    const renew = setInterval(
      () => void store.jobs.renew(lease, leaseMs).catch(() => undefined),
      Math.max(50, leaseMs / 3),
    )
    try {
      const job = await store.jobs.get(lease.jobId)
      if (!job) continue
      const engine = await engineFor(job.versions)
      const input = lease.input as QueuedRow[]
      const chunk = await screenChunk(engine, input, job.options as SearchOptions, {
        record: options.record !== false && job.options.record !== false,
        caller: job.caller,
        interrupt: options.interrupt,
      })
      if (!chunk) {
        await store.jobs.release(lease)
        event('returned', input.length)
        break
      }
      const won = await store.jobs.complete(lease, {
        ...chunk,
        alsoIn: (trx) => raiseChunkAlertsIn(store, trx, engine, input, chunk, job.caller),
      })
      event(won ? 'done' : 'lost', chunk.results.length)
      if (won) {
        chunks++
        rows += chunk.results.length
      }
    } catch (e) {
      await store.jobs.release(lease).catch(() => undefined)
      throw e
    } finally {
      clearInterval(renew)
    }
  }
  return { chunks, rows }
}

/** Waits `ms`, or less when a signal aborts; leaves no listener behind (idle workers poll for hours). */
function sleep(ms: number, ...signals: Array<AbortSignal | undefined>): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      for (const signal of signals) signal?.removeEventListener('abort', wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    for (const signal of signals) signal?.addEventListener('abort', wake, { once: true })
  })
}
