import { parentPort, workerData } from 'node:worker_threads'
import { lowerThreadPriority } from '../ops/background-priority.js'
import { openSqliteStore } from '../store/sqlite/open-sqlite.js'
import { commitEntries, type JournalEntry } from './journal-entry.js'

/** What the answering thread sends: journal lines (already written) numbered from 1, or the close. */
export type ToCommitter =
  | { type: 'lines'; lines: string[]; lastSeq: number }
  | { type: 'flush' }
  | { type: 'close' }
/** What the committer reports: every line up to `seq` is in the store; a failed commit; closed. */
export type FromCommitter =
  | { type: 'committed'; seq: number }
  | { type: 'error'; message: string }
  | { type: 'closed'; seq: number }

const { file, maxBatch, retryMs } = workerData as { file: string; maxBatch: number; retryMs: number }
const port = parentPort!
// Commits are background work: on a busy machine the answering thread gets the core first (the records are
// safe in the journal meanwhile).
lowerThreadPriority()
const store = await openSqliteStore(file)
let queue: Array<{ line: string; seq: number }> = []
let committed = 0
let failures = 0
let timer: NodeJS.Timeout | undefined
let running: Promise<void> | undefined
let closing = false

port.on('message', (m: ToCommitter) => {
  if (m.type === 'lines') {
    const first = m.lastSeq - m.lines.length + 1
    for (const [i, line] of m.lines.entries()) queue.push({ line, seq: first + i })
    schedule()
  } else if (m.type === 'flush') {
    clearTimeout(timer)
    timer = undefined
    failures = 0
    schedule(0)
  } else {
    closing = true
    void close()
  }
})
port.postMessage({ type: 'committed', seq: 0 } satisfies FromCommitter)

function schedule(wait?: number): void {
  if (timer || running || closing) return
  // Lines arrive gathered (the answering thread sends them every few milliseconds): commit at once, and
  // back off while commits fail.
  const delay = wait ?? (failures ? retryMs * 2 ** Math.min(failures - 1, 8) : 0)
  timer = setTimeout(() => {
    timer = undefined
    running = commit().finally(() => {
      running = undefined
      if (queue.length) schedule()
    })
  }, delay)
}

/** Commits what is queued, in batches; a failed batch stays queued (records go in by id: no duplicates). */
async function commit(): Promise<void> {
  while (queue.length) {
    const batch = queue.slice(0, maxBatch)
    try {
      await commitEntries(
        store,
        batch.map((b) => JSON.parse(b.line) as JournalEntry),
      )
      queue = queue.slice(batch.length)
      committed = batch.at(-1)!.seq
      failures = 0
      port.postMessage({ type: 'committed', seq: committed } satisfies FromCommitter)
    } catch (e) {
      failures++
      port.postMessage({
        type: 'error',
        message: e instanceof Error ? e.message : String(e),
      } satisfies FromCommitter)
      return
    }
  }
}

async function close(): Promise<void> {
  clearTimeout(timer)
  await running
  await commit()
  await store.close()
  port.postMessage({ type: 'closed', seq: committed } satisfies FromCommitter)
}
