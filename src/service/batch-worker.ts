import { hostname } from 'node:os'
import type { SearchOptions } from '../match/types.js'
import type { AnswerRecord, VersionRef } from '../model/answer-record.js'
import { newId } from '../model/ids.js'
import { subjectKey } from '../review/subject-key.js'
import type { Store } from '../store/store.js'
import type { BatchResult } from './batch-output.js'
import type { QueuedRow } from './batch-queue.js'
import type { Engine } from './engine-types.js'
import { answerRecord } from './record-answer.js'
import { raiseAlerts } from './review.js'
import { matchJson } from './screen-json.js'

export interface WorkerOptions {
  /** Identifies this worker in leases; unique per process. */
  owner?: string
  /** How long a lease lasts before another worker may take the chunk over. */
  leaseMs?: number
  /** Pause between polls when the queue is empty. */
  idleMs?: number
  /** Stop when aborted: the chunk in hand is finished (or given back if it cannot be). */
  signal?: AbortSignal
  /** Stop when the queue is empty instead of waiting for more work (in-process runs). */
  untilEmpty?: boolean
  /** Record each screened row as an answer (the default for persistent stores). */
  record?: boolean
  onChunk?: (info: { jobId: string; seq: number; rows: number; won: boolean }) => void
}

/** An engine over a pinned set of list versions; the worker keeps the last one since jobs rarely change it. */
export type EngineForVersions = (versions: readonly VersionRef[]) => Promise<Engine>

/**
 * Takes chunks from the queue until stopped: screens each row against the job's pinned versions and
 * completes the chunk with one result per row. Any number of these may run on any number of machines.
 */
export async function runWorker(
  store: Store,
  engineFor: EngineForVersions,
  options: WorkerOptions = {},
): Promise<{ chunks: number; rows: number }> {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${newId('w').slice(2)}`
  const leaseMs = options.leaseMs ?? 60_000
  const idleMs = options.idleMs ?? 500
  let chunks = 0
  let rows = 0
  while (!options.signal?.aborted) {
    const lease = await store.jobs.claim(owner, leaseMs)
    if (!lease) {
      if (options.untilEmpty) break
      await sleep(idleMs, options.signal)
      continue
    }
    const job = await store.jobs.get(lease.jobId)
    if (!job) continue
    const engine = await engineFor(job.versions)
    // A slow chunk keeps its lease alive; a killed worker stops renewing and loses it.
    const renew = setInterval(
      () => void store.jobs.renew(lease, leaseMs).catch(() => undefined),
      Math.max(50, leaseMs / 3),
    )
    try {
      const { results, records } = screenChunk(
        engine,
        lease.input as QueuedRow[],
        job.options as SearchOptions,
        {
          record: options.record !== false && job.options.record !== false,
          caller: job.caller,
        },
      )
      const counts = {
        matched: results.filter((r) => r.matches?.length).length,
        bad: results.filter((r) => r.error).length,
      }
      const won = await store.jobs.complete(lease, results, records, counts)
      options.onChunk?.({ jobId: lease.jobId, seq: lease.seq, rows: results.length, won })
      if (won) {
        chunks++
        rows += results.length
        await raiseChunkAlerts(store, engine, lease.input as QueuedRow[], results, job.caller, records)
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

function screenChunk(
  engine: Engine,
  input: readonly QueuedRow[],
  searchOptions: SearchOptions,
  options: { record: boolean; caller: string },
): { results: BatchResult[]; records: AnswerRecord[] } {
  const results: BatchResult[] = []
  const records: AnswerRecord[] = []
  for (const row of input) {
    if ('error' in row) {
      results.push({ id: row.id, error: row.error })
      continue
    }
    const matches = engine
      .screen(row.query, searchOptions)
      .matches.map((m) => matchJson(m, engine.entity(m.entityId)))
    results.push({ id: row.id, matches })
    if (options.record) {
      records.push(
        answerRecord({
          kind: 'screen',
          engine,
          input: { query: row.query, options: searchOptions },
          settings: {
            threshold: searchOptions.threshold ?? engine.defaultThreshold,
            lists: searchOptions.lists ?? null,
          },
          result: { matches },
          attention: matches.length > 0,
          caller: options.caller,
        }),
      )
    }
  }
  return { results, records }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t)
        resolve()
      },
      { once: true },
    )
  })
}

/** Matches of a finished chunk open alerts, as in-process screening does (de-duplicated by subject and entry). */
async function raiseChunkAlerts(
  store: Store,
  engine: Engine,
  input: readonly QueuedRow[],
  results: readonly BatchResult[],
  actor: string,
  records: readonly AnswerRecord[],
): Promise<void> {
  let r = 0
  for (let i = 0; i < input.length; i++) {
    const row = input[i]!
    const result = results[i]!
    if ('error' in row) continue
    const record = records[r++]
    if (!result.matches?.length) continue
    await raiseAlerts(store, {
      subject: { query: row.query, key: subjectKey(row.query) },
      matches: result.matches,
      entity: (id) => engine.entity(id),
      ...(record ? { recordId: record.id } : {}),
      actor,
    })
  }
}

/** A job's options also carry what the faces need (format, record); the matcher gets only these. */
export function searchOptionsOf(options: Record<string, unknown>): SearchOptions {
  const out: SearchOptions = {}
  if (typeof options.threshold === 'number') out.threshold = options.threshold
  if (Array.isArray(options.lists) && options.lists.length)
    out.lists = options.lists as SearchOptions['lists'] & unknown[]
  return out
}
