import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { RecordJournal } from '../store/sqlite/record-journal.js'
import type { Store } from '../store/store.js'
import { commitEntries, type JournalEntry, journalEntry } from './journal-entry.js'
import type { RecordDraft } from './record-answer.js'
import type { LineSink } from './record-commit.js'
import type { FromCommitter, ToCommitter } from './record-worker.js'
import type { RaiseInput } from './review.js'
import { entryOfLine, type ScreenLine } from './screen-line.js'

export interface JournaledOptions {
  /**
   * How long a record may wait in the journal before its commit starts (default 250 ms): larger commits cost
   * less per record (bench/record-overhead-http.ts --compare-commit-ms), and a replay finds a record still
   * in the journal (findRecord).
   */
  commitMs?: number
  /** Records per transaction. */
  maxBatch?: number
  /** A commit that failed (it is retried; the records stay in the journal meanwhile). */
  onError?: (message: string) => void
  /** The committer thread's script (tests point at the built one). */
  workerScript?: URL
  /** How journal segments are written (journal-segment.ts): mapped where possible, unless TC_JOURNAL=write. */
  journal?: 'mapped' | 'write'
}

/** Lines per journal segment: a segment is deleted once all its lines are committed. */
const SEGMENT_LINES = 5_000
/** Bytes of lines gathered for the committer before they go to it; a longer line gets a buffer of its own. */
const OUTBOX_BYTES = 1 << 20
/** Read buffers kept to be filled again. */
const SPARE_BUFFERS = 2

/**
 * Recording for one process on the embedded store. A record is appended to the journal (it survives a crash
 * of the process) and the answer leaves at once; a committer thread with its own connection moves the journal
 * into the store in batches, with the alerts, and the segments it committed are deleted. A SQLite commit
 * costs about as much as a screening; a journal line a copy into a mapped segment (or one write(2)), so the
 * answering thread stays free.
 * If the process dies, the next start replays what was not committed (`recoverJournals`).
 */
export class JournaledRecords implements LineSink {
  readonly #journal: RecordJournal
  readonly #worker: Worker
  readonly #onError: (message: string) => void
  readonly #commitMs: number
  /**
   * The lines written since the last post, as the bytes written: each line is encoded once, into this buffer,
   * and the buffer is handed over whole (transferred, not copied). The answering thread keeps no string of a
   * line past its request, so none lives long enough to be copied by the garbage collector (measured: a
   * tenth of recording's cost on that thread when the lines were kept as strings for the interval).
   */
  #outbox = Buffer.allocUnsafeSlow(OUTBOX_BYTES)
  #outboxUsed = 0
  /**
   * Buffers the committer gave back once read: the next outbox is one of these. A fresh buffer's pages are
   * faulted in as lines are written into it, and on a VM a fault costs tens of µs: paced at 1,000 a second,
   * 0.23 faults a line and a mean append of 25 µs (median 10) with fresh buffers; 0.01 and 15 µs (median 7)
   * with these.
   */
  #spares: ArrayBuffer[] = []
  #seq = 0
  #committed = 0
  /** Closed segments and the last line each holds. */
  #segments: Array<{ segment: number; lastSeq: number }> = []
  #segmentLines = 0
  /** A post is due (its timer is set). */
  #posting = false
  #closed: Promise<number> | undefined
  #failed: Error | undefined
  #exited = false

  constructor(storeFile: string, journalRoot: string, options: JournaledOptions = {}) {
    this.#journal = RecordJournal.create(journalRoot, options.journal)
    this.#onError = options.onError ?? (() => undefined)
    this.#commitMs = options.commitMs ?? 250
    this.#worker = new Worker(options.workerScript ?? committerScript(), {
      workerData: { file: storeFile, maxBatch: options.maxBatch ?? 500, retryMs: 20 },
    })
    this.#worker.on('exit', () => {
      this.#exited = true
    })
    this.#worker.on('message', (m: FromCommitter) => this.#onMessage(m))
    this.#worker.on('error', (e) => {
      this.#failed = e
      this.#onError(`the record committer stopped: ${e.message}`)
    })
    // The committer must not keep a process alive that has nothing else to do; close() waits for it.
    this.#worker.unref()
  }

  /** How the journal's segments are written: through a memory mapping, or by write(2). */
  get journalKind(): 'mapped' | 'write' {
    return this.#journal.kind
  }

  /** Buffers given back by the committer and not yet filled again. */
  get spareBuffers(): number {
    return this.#spares.length
  }

  /** Records written and not yet committed. */
  get pending(): number {
    return this.#seq - this.#committed
  }

  /**
   * Appends the record to the journal before returning, synchronously: a copy into the mapped segment (or a
   * write(2)), cheaper than handing it to the thread pool and waiting for the answer (bench/record-overhead.ts).
   */
  write(record: RecordDraft, alerts?: RaiseInput): Promise<void> {
    return this.writeLine(JSON.stringify(journalEntry(record, alerts)))
  }

  /** Appends a record serialised by the caller: JSON.stringify of a JournalEntry, or a ScreenLine's text. */
  writeLine(line: string): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the record journal is closed'))
    if (this.#failed) return Promise.reject(this.#failed)
    // At most three bytes per UTF-16 unit, and the newline.
    const room = line.length * 3 + 1
    if (this.#outboxUsed + room > this.#outbox.length) this.#post(room)
    const from = this.#outboxUsed
    const to = from + this.#outbox.write(line, from, 'utf8') + 1
    this.#outbox[to - 1] = 0x0a
    // A mapped segment has a fixed size: a line that does not fit starts the next one.
    if (this.#journal.room < to - from) this.#rotate(to - from)
    if (this.#failed) return Promise.reject(this.#failed)
    try {
      this.#journal.append(this.#outbox, from, to)
    } catch (e) {
      // Whatever part of the line reached the file ends its segment: the next lines start a clean one.
      this.#rotate()
      return Promise.reject(e)
    }
    this.#outboxUsed = to
    this.#seq++
    if (++this.#segmentLines >= SEGMENT_LINES) this.#rotate()
    if (!this.#posting) {
      this.#posting = true
      // The lines of `commitMs` go to the committer in one message: one commit for them all.
      setTimeout(() => {
        this.#posting = false
        this.#post()
      }, this.#commitMs).unref()
    }
    return Promise.resolve()
  }

  /** Resolves once everything written so far is committed. */
  async flush(): Promise<void> {
    const target = this.#seq
    this.#post()
    this.#worker.postMessage({ type: 'flush' } satisfies ToCommitter)
    while (this.#committed < target) {
      if (this.#failed) throw this.#failed
      await new Promise((r) => setTimeout(r, 2))
    }
  }

  close(): Promise<void> {
    this.#closed ??= new Promise<number>((resolve, reject) => {
      if (this.#exited) return resolve(this.#committed)
      this.#worker.ref()
      this.#post()
      this.#worker.once('exit', () => resolve(this.#committed))
      this.#worker.once('error', reject)
      this.#worker.postMessage({ type: 'close' } satisfies ToCommitter)
    })
    return this.#closed.then(
      (committed) => {
        // Anything not committed stays in the journal for the next start to replay.
        this.#journal.close(committed === this.#seq)
      },
      (e) => {
        this.#journal.close(false)
        throw e
      },
    )
  }

  /** Starts a new segment (with room for `bytes`); if even that fails, the journal is unusable and later writes fail. */
  #rotate(bytes = 0): void {
    try {
      this.#segments.push({ segment: this.#journal.rotate(bytes), lastSeq: this.#seq })
      this.#segmentLines = 0
    } catch (e) {
      this.#failed = e instanceof Error ? e : new Error(String(e))
    }
  }

  /** Hands the lines gathered so far to the committer; the next ones go to a fresh buffer of `room` bytes or more. */
  #post(room = 0): void {
    if (this.#outboxUsed === 0) {
      if (room > this.#outbox.length) this.#outbox = Buffer.allocUnsafeSlow(room)
      return
    }
    const bytes = new Uint8Array(this.#outbox.buffer, this.#outbox.byteOffset, this.#outboxUsed)
    this.#worker.postMessage({ type: 'lines', bytes, lastSeq: this.#seq } satisfies ToCommitter, [
      bytes.buffer,
    ])
    // Spares are all OUTBOX_BYTES long: one is taken only when the next line fits it (else it stays for later).
    const spare = room <= OUTBOX_BYTES ? this.#spares.pop() : undefined
    this.#outbox = spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(Math.max(OUTBOX_BYTES, room))
    this.#outboxUsed = 0
  }

  #onMessage(m: FromCommitter): void {
    if (m.type === 'error') {
      this.#onError(m.message)
      return
    }
    if (m.type === 'spare') {
      // Two in hand cover the buffer being filled while one is with the committer; larger ones (a long line's) go.
      if (m.buffer.byteLength === OUTBOX_BYTES && this.#spares.length < SPARE_BUFFERS)
        this.#spares.push(m.buffer)
      return
    }
    this.#committed = m.seq
    const done = this.#segments.filter((s) => s.lastSeq <= m.seq)
    if (done.length) {
      this.#journal.release(done.at(-1)!.segment)
      this.#segments = this.#segments.slice(done.length)
    }
    if (m.type === 'closed') void this.#worker.terminate()
  }
}

/** The committer beside this module: built JavaScript, or TypeScript when run from the sources (tsx). */
function committerScript(): URL {
  const js = new URL('./record-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(js))) return js
  return new URL('../../dist/service/record-worker.js', import.meta.url)
}

/**
 * Replays what crashed writers left in the journal of the store: records not in the store yet are
 * committed with their alerts. Returns how many records were recovered, and lines cut short by the crash.
 */
export async function recoverJournals(
  store: Store,
  journalRoot: string,
): Promise<{ recovered: number; torn: number }> {
  let recovered = 0
  let torn = 0
  for (const dir of RecordJournal.orphans(journalRoot)) {
    const read = RecordJournal.readWriter(dir)
    torn += read.torn
    const entries = (read.entries as Array<JournalEntry | ScreenLine>).map(entryOfLine)
    for (let i = 0; i < entries.length; i += 500)
      recovered += await commitEntries(store, entries.slice(i, i + 500))
    RecordJournal.removeWriter(dir)
  }
  return { recovered, torn }
}
