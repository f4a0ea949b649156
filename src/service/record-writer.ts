import type { AnswerRecord } from '../model/answer-record.js'
import type { Store } from '../store/store.js'

/**
 * Group commit for recorded answers: records written while a commit is under way wait for the next one and go
 * in together, in one transaction. Each write resolves only once its record is committed, so an answer is
 * never returned before its record is durable; under load many answers share one commit.
 */
export class RecordWriter {
  readonly #store: Store
  readonly #maxBatch: number
  #queue: Array<{ record: AnswerRecord; done: (e?: unknown) => void }> = []
  #flushing: Promise<void> | undefined

  constructor(store: Store, maxBatch = 500) {
    this.#store = store
    this.#maxBatch = maxBatch
  }

  write(record: AnswerRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ record, done: (e) => (e === undefined ? resolve() : reject(e)) })
      this.#flushing ??= this.#flush()
    })
  }

  async #flush(): Promise<void> {
    // Let the requests that are ready in this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, this.#maxBatch)
      try {
        await this.#store.records.insertMany(batch.map((b) => b.record))
        for (const b of batch) b.done()
      } catch (e) {
        for (const b of batch) b.done(e)
      }
    }
    this.#flushing = undefined
  }
}
