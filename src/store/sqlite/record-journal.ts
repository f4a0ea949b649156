import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { type JournalSegment, openSegment, preferredKind } from './journal-segment.js'

/** The record journal directory of an embedded store file (not `-journal`: SQLite's own rollback journal). */
export const journalDir = (storeFile: string): string => `${storeFile}.records`

/**
 * An append-only journal of recorded answers, one writer (process) per subdirectory, in numbered segment
 * files of JSON lines. A line is written (into the OS's page cache, through a memory mapping or by write(2),
 * like a SQLite WAL commit at synchronous=NORMAL) before the answer leaves; segments are deleted once their lines are committed to
 * the store. What a crashed writer leaves behind is replayed by the next one (`orphans`, `readWriter`).
 */
export class RecordJournal {
  readonly dir: string
  readonly #kind: JournalSegment['kind']
  #segment = 0
  #current: JournalSegment

  private constructor(dir: string, kind: JournalSegment['kind']) {
    this.dir = dir
    this.#kind = kind
    mkdirSync(dir, { recursive: true })
    this.#current = openSegment(this.#path(0), 0, kind)
  }

  /** A fresh journal for this process under `root`, its segments mapped where possible (or `kind`). */
  static create(root: string, kind = preferredKind()): RecordJournal {
    return new RecordJournal(join(root, `w-${process.pid}-${randomBytes(4).toString('hex')}`), kind)
  }

  /** How segments are written: through a memory mapping, or by write(2) (journal-segment.ts). */
  get kind(): JournalSegment['kind'] {
    return this.#current.kind
  }

  /** Bytes the current segment still takes; more need a rotate first. */
  get room(): number {
    return this.#current.room
  }

  /** Appends lines already encoded (UTF-8, each ending in a newline); returns the segment's number. */
  append(bytes: Uint8Array, from = 0, to: number = bytes.length): number {
    this.#current.append(bytes, from, to)
    return this.#segment
  }

  /**
   * Starts a new segment with room for `bytes` or more; returns the number of the one closed (all lines so
   * far are in it or before).
   */
  rotate(bytes = 0): number {
    this.#current.close()
    const closed = this.#segment
    this.#segment++
    this.#current = openSegment(this.#path(this.#segment), bytes, this.#kind)
    return closed
  }

  /** Deletes the segments up to and including `segment`: their lines are committed. */
  release(segment: number): void {
    for (const name of readdirSync(this.dir)) {
      const n = segmentNumber(name)
      if (n !== undefined && n <= segment) unlinkSync(join(this.dir, name))
    }
  }

  /** Closes the journal; with `committed`, everything in it is in the store and the directory goes. */
  close(committed: boolean): void {
    this.#current.close()
    if (committed) rmSync(this.dir, { recursive: true, force: true })
  }

  #path(segment: number): string {
    return join(this.dir, `seg-${String(segment).padStart(8, '0')}.jsonl`)
  }

  /** Writer directories under `root` whose process is gone: their lines may not be in the store yet. */
  static orphans(root: string): string[] {
    if (!existsSync(root)) return []
    return readdirSync(root)
      .filter((name) => {
        const pid = /^w-(\d+)-/.exec(name)?.[1]
        return pid !== undefined && !alive(Number(pid))
      })
      .map((name) => join(root, name))
  }

  /** Deletes a crashed writer's directory once its lines are in the store. */
  static removeWriter(dir: string): void {
    rmSync(dir, { recursive: true, force: true })
  }

  /**
   * The lines a writer left, in order (those `keep` accepts, when given). A last line cut short by a crash
   * mid-write is dropped: its answer never left the process. A live writer's last line may be half-written
   * as it is read: it is dropped the same way.
   */
  static readWriter(dir: string, keep?: (line: string) => boolean): { entries: unknown[]; torn: number } {
    const entries: unknown[] = []
    let torn = 0
    const segments = present(() => readdirSync(dir), [])
      .filter((n) => segmentNumber(n) !== undefined)
      .sort()
    for (const name of segments) {
      // A live writer deletes the segments it committed: one gone since the listing holds nothing to read.
      const bytes = present(() => readFileSync(join(dir, name)), Buffer.alloc(0))
      // A mapped segment still written (or left by a crash) ends in the zero bytes it reserved; JSON text
      // holds no zero byte.
      const end = bytes.indexOf(0)
      const lines = bytes.toString('utf8', 0, end < 0 ? bytes.length : end).split('\n')
      for (const line of lines) {
        if (line === '' || (keep && !keep(line))) continue
        try {
          entries.push(JSON.parse(line))
        } catch {
          torn++
        }
      }
    }
    return { entries, torn }
  }

  /** Every writer directory under `root`, of live processes and of stopped ones. */
  static writers(root: string): string[] {
    if (!existsSync(root)) return []
    return readdirSync(root)
      .filter((name) => /^w-\d+-/.test(name))
      .map((name) => join(root, name))
  }
}

/** What `read` returns, or `absent` when the file or directory is gone (ENOENT). */
function present<T>(read: () => T, absent: T): T {
  try {
    return read()
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return absent
    throw e
  }
}

function segmentNumber(name: string): number | undefined {
  const m = /^seg-(\d+)\.jsonl$/.exec(name)
  return m ? Number(m[1]) : undefined
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
