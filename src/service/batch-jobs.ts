import { Readable } from 'node:stream'
import { TcError } from '../errors.js'
import type { SearchOptions } from '../match/types.js'
import type { BatchJob, BatchSettings } from '../model/batch-job.js'
import type { ListCode } from '../model/entity.js'
import { newId } from '../model/ids.js'
import type { Store } from '../store/store.js'
import { type BatchFormat, type BatchRow, readBatch } from './batch-input.js'
import type { Engine } from './engine-types.js'
import { screenRows } from './screen-batch.js'

/** Results are written to the store in chunks: progress moves every CHUNK rows. */
const CHUNK = 100

export interface BatchUpload {
  owner: string
  fileName: string
  format: BatchFormat
  bytes: Uint8Array
  settings: BatchSettings
}

/**
 * Runs batch screening jobs in this process, with their progress and results in the store (so any instance
 * can report on them). Keeps the running jobs so a graceful shutdown can wait for them.
 */
export class BatchRunner {
  readonly #store: Store
  readonly #running = new Set<Promise<void>>()

  constructor(store: Store) {
    this.#store = store
  }

  /**
   * Reads the whole upload first (a file that cannot be read at all is refused here, before any job exists),
   * then creates the job and screens it in the background. Rows that are bad on their own get an error result.
   */
  async submit(engine: Engine, upload: BatchUpload): Promise<{ job: BatchJob; finished: Promise<void> }> {
    const rows: BatchRow[] = []
    for await (const row of readBatch(
      Readable.from([Buffer.from(upload.bytes)]),
      upload.format,
      upload.fileName,
    ))
      rows.push(row)
    if (rows.length === 0)
      throw new TcError('TC_BAD_FILE', 'has no rows to screen', { field: upload.fileName })
    const job = await this.#store.batches.create({
      id: newId('bat'),
      owner: upload.owner,
      format: upload.format,
      fileName: upload.fileName,
      settings: upload.settings,
      total: rows.length,
    })
    const finished = this.#run(engine, job.id, rows, searchOptions(upload.settings))
    this.#running.add(finished)
    void finished.finally(() => this.#running.delete(finished))
    return { job, finished }
  }

  /** Resolves when every running job has finished (for graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.#running])
  }

  get running(): number {
    return this.#running.size
  }

  async #run(engine: Engine, id: string, rows: BatchRow[], options: SearchOptions): Promise<void> {
    let seq = 0
    let lines: string[] = []
    let counts = { matched: 0, bad: 0 }
    const flush = async () => {
      await this.#store.batches.appendResults(id, seq, lines, counts)
      seq += lines.length
      lines = []
      counts = { matched: 0, bad: 0 }
    }
    try {
      for await (const result of screenRows(engine, rows, options)) {
        lines.push(JSON.stringify(result))
        if (result.error) counts.bad++
        else if (result.matches.length) counts.matched++
        if (lines.length >= CHUNK) await flush()
      }
      await flush()
      await this.#store.batches.finish(id, 'done')
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      await this.#store.batches.finish(id, 'failed', message.slice(0, 500)).catch(() => undefined)
    }
  }
}

function searchOptions(settings: BatchSettings): SearchOptions {
  const options: SearchOptions = {}
  if (settings.threshold !== undefined) options.threshold = settings.threshold
  if (settings.lists?.length) options.lists = settings.lists as ListCode[]
  return options
}
