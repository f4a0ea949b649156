import { createHash, randomBytes } from 'node:crypto'
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import type { MatcherSnapshot } from '../match/snapshot.js'

/** Bumped when the file layout below changes; part of every key, so old files are never read. */
export const SNAPSHOT_FORMAT = 1

/**
 * Matcher snapshots kept on disk between processes, so that a CLI command or a restarted server restores the
 * index instead of building it. Any failure (missing, truncated, corrupt or unwritable) only costs the build.
 */
export interface MatcherCache {
  /** The snapshot stored under this key, or undefined when there is none or it cannot be trusted. */
  read(key: string): MatcherSnapshot | undefined
  /** Stores it atomically and prunes old entries; returns false when it could not be written. */
  write(key: string, snapshot: MatcherSnapshot): boolean
}

/** The key of a matcher over these versions: anything that changes the index changes the key. */
export function matcherCacheKey(
  matcherVersion: string,
  versions: ReadonlyArray<{ id: string; contentHash: string }>,
): string {
  const set = versions.map((v) => `${v.id}#${v.contentHash}`).sort()
  return createHash('sha256')
    .update(JSON.stringify([SNAPSHOT_FORMAT, matcherVersion, set]))
    .digest('hex')
    .slice(0, 32)
}

interface Header {
  format: number
  key: string
  bytes: number
  sha256: string
}

const PREFIX = 'matcher-'
const SUFFIX = '.snapshot'

/**
 * A cache directory of `matcher-<key>.snapshot` files: a JSON header line (format, key, payload length and
 * SHA-256) and the `v8.serialize`d snapshot. The digest costs ~15 ms for the bundled lists and turns a
 * damaged file into a rebuild rather than a wrong index. The `keep` most recently used entries survive.
 */
export function fileMatcherCache(dir: string, keep = 6): MatcherCache {
  const file = (key: string) => join(dir, `${PREFIX}${key}${SUFFIX}`)
  return {
    read(key) {
      try {
        const bytes = readFileSync(file(key))
        const eol = bytes.indexOf(0x0a)
        if (eol < 0) return undefined
        const header = JSON.parse(bytes.subarray(0, eol).toString('utf8')) as Partial<Header>
        const payload = bytes.subarray(eol + 1)
        if (
          header.format !== SNAPSHOT_FORMAT ||
          header.key !== key ||
          header.bytes !== payload.length ||
          header.sha256 !== createHash('sha256').update(payload).digest('hex')
        )
          return undefined
        const snapshot = deserialize(payload) as MatcherSnapshot
        // Used entries are the recent ones when pruning.
        const now = new Date()
        utimesSync(file(key), now, now)
        return snapshot
      } catch {
        return undefined
      }
    },
    write(key, snapshot) {
      const target = file(key)
      // Another process may write the same key at once: each writes its own temporary file, and the rename
      // replaces the entry whole, so a reader sees either the old file or a complete new one.
      const temporary = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
      try {
        mkdirSync(dir, { recursive: true })
        const payload = serialize(snapshot)
        const header: Header = {
          format: SNAPSHOT_FORMAT,
          key,
          bytes: payload.length,
          sha256: createHash('sha256').update(payload).digest('hex'),
        }
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]))
        renameSync(temporary, target)
      } catch {
        remove(temporary)
        return false
      }
      prune(dir, keep)
      return true
    },
  }
}

/** Removes all but the `keep` most recently used entries, and temporary files of crashed writers. */
function prune(dir: string, keep: number): void {
  try {
    const entries = readdirSync(dir)
      .filter((name) => name.startsWith(PREFIX))
      .map((name) => ({ path: join(dir, name), name, mtime: statSync(join(dir, name)).mtimeMs }))
    const stale = Date.now() - 3_600_000
    for (const e of entries) if (e.name.endsWith('.tmp') && e.mtime < stale) remove(e.path)
    const snapshots = entries.filter((e) => e.name.endsWith(SUFFIX)).sort((a, b) => b.mtime - a.mtime)
    for (const e of snapshots.slice(keep)) remove(e.path)
  } catch {
    // Another process pruning at the same time, or a directory we may not list: the next write prunes.
  }
}

function remove(path: string): void {
  try {
    unlinkSync(path)
  } catch {}
}
