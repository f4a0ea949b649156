import type { Store } from '../store/store.js'
import { hashed, type RecordDraft } from './record-answer.js'
import { commitRecordsIn, type PendingRecord, type RecordSink } from './record-commit.js'
import type { RaiseInput } from './review.js'

interface Pending extends PendingRecord {
  done: (e?: unknown) => void
}

/**
 * Group commit for recorded answers and the alerts they raise: what is written while a commit is under way
 * waits for the next one and goes in together, in one transaction. Each write resolves only once its record
 * (and its alerts) are committed, so an answer is never returned before it is durable; under load many
 * answers share one commit instead of queueing for the store one by one.
 */
export class RecordWriter implements RecordSink {
  readonly #store: Store
  readonly #maxBatch: number
  #queue: Pending[] = []
  #flushing: Promise<void> | undefined

  constructor(store: Store, maxBatch = 500) {
    this.#store = store
    this.#maxBatch = maxBatch
  }

  /** Stores the record, then (in the same transaction) raises the alerts of its matches. */
  write(record: RecordDraft, alerts?: RaiseInput): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({
        record: hashed(record),
        alerts,
        done: (e) => (e === undefined ? resolve() : reject(e)),
      })
      this.#flushing ??= this.#flush()
    })
  }

  /** Every write is committed before it resolves: closing only waits for the commit under way. */
  async close(): Promise<void> {
    await this.#flushing
  }

  async #flush(): Promise<void> {
    // Let the requests that are ready in this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, this.#maxBatch)
      try {
        await this.#store.transaction((db) => commitRecordsIn(this.#store, db, batch))
        for (const b of batch) b.done()
      } catch (e) {
        for (const b of batch) b.done(e)
      }
    }
    this.#flushing = undefined
  }
}
