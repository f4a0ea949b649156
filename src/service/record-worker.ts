import { parentPort, workerData } from 'node:worker_threads'
import { backlogClass, lowerThreadPriority, setThreadClass } from '../ops/background-priority.js'
import { openSqliteStore } from '../store/sqlite/open-sqlite.js'
import { commitEntries, type JournalEntry } from './journal-entry.js'
import { entryOfLine, type ScreenLine } from './screen-line.js'

/**
 * What the answering thread sends: journal lines (already written) as the UTF-8 bytes it wrote, each ending
 * in a newline, the last one numbered `lastSeq` (lines are numbered from 1); or a flush, or the close.
 */
export type ToCommitter =
  | { type: 'lines'; bytes: Uint8Array<ArrayBuffer>; lastSeq: number }
  | { type: 'flush' }
  | { type: 'close' }
/**
 * What the committer reports: every line up to `seq` is in the store; a failed commit; closed; or the buffer
 * of a `lines` message given back once read, for the answering thread to fill again.
 */
export type FromCommitter =
  | { type: 'committed'; seq: number }
  | { type: 'error'; message: string }
  | { type: 'closed'; seq: number }
  | { type: 'spare'; buffer: ArrayBuffer }

const { file, maxBatch, retryMs } = workerData as { file: string; maxBatch: number; retryMs: number }
const port = parentPort!
// Commits are background work: on a busy machine the answering thread gets the core first (the records are
// safe in the journal meanwhile). Niced, and where Linux allows it in the idle class; back in the normal class
// while the backlog is large, so that a machine kept busy does not leave the commits ever further behind.
lowerThreadPriority()
let threadClass: 'idle' | 'normal' = setThreadClass('idle') ? 'idle' : 'normal'
const canIdle = threadClass === 'idle'
/** Lines waiting past which the committer leaves the idle class, and under which it returns. */
const BEHIND = { high: 20_000, low: 1_000 }
function adjustClass(): void {
  if (!canIdle) return
  const wanted = backlogClass(queue.length, threadClass, BEHIND.high, BEHIND.low)
  if (wanted !== threadClass && setThreadClass(wanted)) threadClass = wanted
}
const store = await openSqliteStore(file)
let queue: Array<{ line: string; seq: number }> = []
let committed = 0
let failures = 0
let timer: NodeJS.Timeout | undefined
let running: Promise<void> | undefined
let closing = false

port.on('message', (m: ToCommitter) => {
  if (m.type === 'lines') {
    const lines = linesOf(m.bytes)
    port.postMessage({ type: 'spare', buffer: m.bytes.buffer } satisfies FromCommitter, [m.bytes.buffer])
    const first = m.lastSeq - lines.length + 1
    for (const [i, line] of lines.entries()) queue.push({ line, seq: first + i })
    adjustClass()
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

/** The lines of newline-terminated UTF-8 bytes. */
function linesOf(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lines: string[] = []
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf(0x0a, at)
    lines.push(text.toString('utf8', at, end))
    at = end + 1
  }
  return lines
}

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
        batch.map((b) => entryOfLine(JSON.parse(b.line) as JournalEntry | ScreenLine)),
      )
      queue = queue.slice(batch.length)
      adjustClass()
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
