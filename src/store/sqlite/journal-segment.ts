import { closeSync, openSync, truncateSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'

/** One segment file of the record journal, appended to by its writer alone. */
export interface JournalSegment {
  /** How: through a memory mapping, or by write(2). */
  readonly kind: 'mapped' | 'write'
  /** Bytes that still fit (a mapped segment has a fixed size). */
  readonly room: number
  /** Appends lines already encoded (UTF-8, each ending in a newline). */
  append(bytes: Uint8Array, from: number, to: number): void
  /** Stops writing; the file keeps exactly the bytes appended. */
  close(): void
}

/** Bytes a mapped segment reserves unless a line needs more. */
export const MAPPED_SEGMENT_BYTES = 4 << 20

interface JournalMap {
  map(path: string, bytes: number): ArrayBuffer
  unmap(buffer: ArrayBuffer): void
}

/** The native mapping (native/journal-map, built at install), or undefined where it was not built. */
const journalMap: JournalMap | undefined = (() => {
  try {
    // The same path from src/store/sqlite (tsx) and dist/store/sqlite (built).
    return createRequire(import.meta.url)(
      '../../../native/journal-map/build/Release/journal_map.node',
    ) as JournalMap
  } catch {
    return undefined
  }
})()

/**
 * A new segment at `path` with room for `bytes` or more: mapped where the native mapping was built and
 * `kind` asks for it, else written with write(2). Both survive the process being killed: the bytes
 * are in the kernel's page cache once appended; the mapped one costs no system call per line (a write(2)
 * was most of what recording an answer cost the answering thread: bench/record-overhead.ts).
 */
export function openSegment(path: string, bytes: number, kind = preferredKind()): JournalSegment {
  if (journalMap && kind === 'mapped') return new MappedSegment(journalMap, path, bytes)
  return new WrittenSegment(path)
}

/** `mapped` unless TC_JOURNAL says `write` (to compare, or should a file system refuse mappings). */
export const preferredKind = (): JournalSegment['kind'] =>
  process.env.TC_JOURNAL === 'write' ? 'write' : 'mapped'

class MappedSegment implements JournalSegment {
  readonly kind = 'mapped'
  readonly #map: JournalMap
  readonly #path: string
  readonly #buffer: ArrayBuffer
  readonly #bytes: Uint8Array
  #used = 0

  constructor(map: JournalMap, path: string, bytes: number) {
    this.#map = map
    this.#path = path
    this.#buffer = map.map(path, Math.max(bytes, MAPPED_SEGMENT_BYTES))
    this.#bytes = new Uint8Array(this.#buffer)
  }

  get room(): number {
    return this.#bytes.length - this.#used
  }

  append(bytes: Uint8Array, from: number, to: number): void {
    if (to - from > this.room) throw new Error(`journal segment ${this.#path} is full`)
    // Everything but the last newline, then the newline: a reader takes a line as whole once its newline is
    // there (a copy cut short by a crash may have written its bytes in any order).
    this.#bytes.set(bytes.subarray(from, to - 1), this.#used)
    this.#bytes[this.#used + to - from - 1] = bytes[to - 1]!
    this.#used += to - from
  }

  close(): void {
    this.#map.unmap(this.#buffer)
    // The reserved, unwritten tail (zero bytes) goes: a closed segment holds its lines only.
    truncateSync(this.#path, this.#used)
  }
}

class WrittenSegment implements JournalSegment {
  readonly kind = 'write'
  readonly room = Number.POSITIVE_INFINITY
  readonly #fd: number

  constructor(path: string) {
    this.#fd = openSync(path, 'a')
  }

  append(bytes: Uint8Array, from: number, to: number): void {
    // One call for lines this size; a short write (rare) finishes the rest.
    for (let at = from; at < to; ) at += writeSync(this.#fd, bytes, at, to - at)
  }

  close(): void {
    closeSync(this.#fd)
  }
}
