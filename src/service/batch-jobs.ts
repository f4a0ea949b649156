import { Readable } from 'node:stream'
import { TcError } from '../errors.js'
import type { BatchJob } from '../model/batch-job.js'
import type { BatchJobView, BatchSettings, BatchUpload } from '../model/batch-job-view.js'
import type { ListCode } from '../model/entity.js'
import type { Store } from '../store/store.js'
import { type BatchFormat, type BatchRow, readBatch } from './batch-input.js'
import type { BatchResult } from './batch-output.js'
import { enqueueBatch, jobResults } from './batch-queue.js'
import { type EngineForVersions, runWorker } from './batch-worker.js'
import type { Engine } from './engine-types.js'
import { versionRefs } from './record-answer.js'

/** A job queued but never taken for this long is reported as stalled: no worker is running. */
const STALL_MS = 60_000

/**
 * Batch screening for an API instance, on the store's job queue: an upload becomes a job of chunks that this
 * instance's workers — and any `tradecontrols worker` on the same store — take, so progress and results are
 * visible from every instance and a job survives the instance that accepted it.
 */
export class BatchRunner {
  readonly #store: Store
  readonly #engineFor: EngineForVersions
  readonly #workers: number
  readonly #stop = new AbortController()
  #loops: Array<Promise<unknown>> | undefined
  readonly #mine = new Set<string>()

  constructor(store: Store, engineFor: EngineForVersions, options: { workers?: number } = {}) {
    this.#store = store
    this.#engineFor = engineFor
    this.#workers = options.workers ?? 1
  }

  /** Starts this instance's worker loops (once). */
  start(): void {
    if (this.#loops || this.#stop.signal.aborted) return
    this.#loops = Array.from({ length: this.#workers }, () =>
      runWorker(this.#store, this.#engineFor, { signal: this.#stop.signal, idleMs: 100 }).catch(
        () => undefined,
      ),
    )
  }

  /**
   * Reads the whole upload first (a file that cannot be read at all is refused here, before any job exists),
   * then queues it against the versions the given engine answers from. Bad rows get an error result in place.
   */
  async submit(engine: Engine, upload: BatchUpload): Promise<{ job: BatchJobView; finished: Promise<void> }> {
    const rows: BatchRow[] = []
    for await (const row of readBatch(
      Readable.from([Buffer.from(upload.bytes)]),
      upload.format,
      upload.fileName,
    ))
      rows.push(row)
    if (rows.length === 0)
      throw new TcError('TC_BAD_FILE', 'has no rows to screen', { field: upload.fileName })
    this.start()
    const options = { ...upload.settings, format: upload.format }
    const { jobId } = await enqueueBatch(this.#store, iterate(rows), {
      caller: upload.owner,
      options: options as Record<string, unknown>,
      versions: versionRefs(engine.data),
      label: upload.fileName,
    })
    this.#mine.add(jobId)
    const finished = this.#whenDone(jobId).finally(() => this.#mine.delete(jobId))
    const job = await this.view(jobId)
    return { job: job!, finished }
  }

  async view(id: string): Promise<BatchJobView | undefined> {
    const p = await this.#store.jobs.progress(id)
    if (!p) return undefined
    const { job } = p
    const open = job.status === 'queued' || job.status === 'running'
    const settings = job.options as BatchSettings & { format?: BatchFormat }
    return {
      id: job.id,
      owner: job.caller,
      status: open ? 'running' : job.status === 'done' ? 'done' : 'failed',
      format: settings.format ?? 'jsonl',
      fileName: job.label ?? 'upload',
      settings: pickSettings(settings),
      total: job.totalRows,
      done: p.doneRows,
      matched: p.matchedRows,
      bad: p.badRows,
      error: job.status === 'cancelled' ? 'cancelled' : null,
      createdAt: job.createdAt,
      updatedAt: job.finishedAt ?? job.createdAt,
      finishedAt: job.finishedAt ?? null,
      stalled:
        open &&
        p.leasedChunks === 0 &&
        p.doneChunks === 0 &&
        Date.now() - Date.parse(job.createdAt) > STALL_MS,
    }
  }

  async list(filter: { owner?: string } = {}): Promise<BatchJobView[]> {
    const jobs: BatchJob[] = await this.#store.jobs.list({
      limit: 50,
      ...(filter.owner ? { caller: filter.owner } : {}),
    })
    const views = await Promise.all(jobs.map((j) => this.view(j.id)))
    return views.filter((v): v is BatchJobView => v !== undefined)
  }

  results(id: string): AsyncGenerator<BatchResult> {
    return jobResults(this.#store, id)
  }

  /** Jobs accepted by this instance that are not finished yet. */
  get running(): number {
    return this.#mine.size
  }

  /** Graceful shutdown: the workers finish the chunk in hand; unfinished chunks stay queued for others. */
  async drain(): Promise<void> {
    this.#stop.abort()
    await Promise.allSettled(this.#loops ?? [])
  }

  async #whenDone(id: string): Promise<void> {
    while (!this.#stop.signal.aborted) {
      const job = await this.#store.jobs.get(id)
      if (!job || job.status === 'done' || job.status === 'cancelled') return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

function pickSettings(s: BatchSettings): BatchSettings {
  const out: BatchSettings = {}
  if (s.threshold !== undefined) out.threshold = s.threshold
  if (s.lists?.length) out.lists = s.lists as ListCode[]
  return out
}

async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}
