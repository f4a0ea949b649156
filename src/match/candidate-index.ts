import type { BucketArrays } from './hash-buckets.js'
import { HashBuckets } from './hash-buckets.js'
import { hashSkipping, IntMultiMap, type MultiMapArrays } from './int-multimap.js'
import type { NameTable } from './name-table.js'

/**
 * The lookup structures that find candidate names without comparing the query with every name:
 * postings (token -> names, compressed rows), one- and two-deletion keys for typos (symmetric delete), canonical
 * spellings for romanisation variants, and joined neighbour pairs for spacing ("Hik Vision" / "Hikvision").
 * Keys are 32-bit string hashes; a collision only adds a candidate that scoring then rejects.
 */
export interface CandidateIndex {
  /** Names of token t are postings[start[t] .. start[t+1]). */
  start: Int32Array
  postings: Int32Array
  /** Hash of a deletion key -> token ids whose key set contains it (tokens of four letters or more). */
  deletes: IntMultiMap
  /**
   * Hash of a string with exactly two characters removed -> token ids (tokens of six letters or more, the
   * length from which two edits are allowed): finds a word with two typos ("Atrosbi" / "Astrosib").
   */
  deletes2: HashBuckets
  /** Hash of a canonical spelling -> token ids. */
  canonical: IntMultiMap
  /** Hash of two neighbouring tokens of a name written as one -> name ids. */
  joined: IntMultiMap
}

/** A CandidateIndex as plain arrays, to persist with a matcher snapshot: restoring it rehashes nothing. */
export interface CandidateIndexArrays {
  start: Int32Array
  postings: Int32Array
  deletes: MultiMapArrays
  deletes2: BucketArrays
  canonical: MultiMapArrays
  joined: MultiMapArrays
}

export function candidateIndexArrays(index: CandidateIndex): CandidateIndexArrays {
  const { start, postings, deletes, deletes2, canonical, joined } = index
  return {
    start,
    postings,
    deletes: deletes.arrays,
    deletes2: deletes2.arrays,
    canonical: canonical.arrays,
    joined: joined.arrays,
  }
}

export function restoreCandidateIndex(a: CandidateIndexArrays): CandidateIndex {
  return {
    start: a.start,
    postings: a.postings,
    deletes: IntMultiMap.restore(a.deletes),
    deletes2: HashBuckets.restore(a.deletes2),
    canonical: IntMultiMap.restore(a.canonical),
    joined: IntMultiMap.restore(a.joined),
  }
}

export const MIN_DELETE_LENGTH = 4
export const MIN_DOUBLE_DELETE_LENGTH = 6

export function buildCandidateIndex(table: NameTable): CandidateIndex {
  const { names, vocabulary } = table
  const size = vocabulary.text.length
  const start = new Int32Array(size + 1)
  const last = new Int32Array(size).fill(-1)
  names.forEach((n, i) => {
    for (const t of n.tokens) if (last[t] !== i) [last[t], start[t + 1]] = [i, start[t + 1]! + 1]
  })
  for (let t = 0; t < size; t++) start[t + 1]! += start[t]!
  const fill = start.slice(0, size)
  const postings = new Int32Array(start[size]!)
  last.fill(-1)
  names.forEach((n, i) => {
    for (const t of n.tokens) if (last[t] !== i) [last[t], postings[fill[t]!++]] = [i, i]
  })
  const deletes = new IntMultiMap(size * 8)
  const canonical = new IntMultiMap(size)
  vocabulary.text.forEach((token, t) => {
    canonical.add(hashSkipping(vocabulary.canonical[t]!), t)
    if (token.length >= MIN_DELETE_LENGTH && !/\d/.test(token)) {
      for (const key of deletionHashes(token, true)) deletes.add(key, t)
    }
  })
  const joined = new IntMultiMap(names.length * 2)
  names.forEach((n, i) => {
    for (let k = 0; k + 1 < n.tokens.length; k++) {
      joined.add(hashSkipping(vocabulary.text[n.tokens[k]!]! + vocabulary.text[n.tokens[k + 1]!]!), i)
    }
  })
  return {
    start,
    postings,
    deletes,
    deletes2: doubleDeletionIndex(vocabulary.text),
    canonical,
    joined,
  }
}

/** Hashes of the token and, with `deletions`, of each string with one character removed (no strings built). */
export function deletionHashes(token: string, deletions: boolean): number[] {
  const keys = [hashSkipping(token)]
  if (deletions) for (let i = 0; i < token.length; i++) keys.push(hashSkipping(token, i))
  return keys
}

/**
 * Hashes of each string with two characters removed, the first kept: two words whose first letters differ are
 * never two typos apart (token-similarity.ts takes an edit off the budget), so those keys are not needed.
 */
export function doubleDeletionHashes(token: string): number[] {
  const keys: number[] = []
  for (let i = 1; i < token.length; i++)
    for (let j = i + 1; j < token.length; j++) keys.push(hashSkipping(token, i, j))
  return keys
}

function doubleDeletionIndex(tokens: readonly string[]): HashBuckets {
  const long = (t: string) => t.length >= MIN_DOUBLE_DELETE_LENGTH && !/\d/.test(t)
  let count = 0
  for (const t of tokens) if (long(t)) count += ((t.length - 1) * (t.length - 2)) / 2
  const hashes = new Int32Array(count)
  const values = new Int32Array(count)
  let k = 0
  tokens.forEach((t, id) => {
    if (!long(t)) return
    for (let i = 1; i < t.length; i++)
      for (let j = i + 1; j < t.length; j++) {
        hashes[k] = hashSkipping(t, i, j)
        values[k++] = id
      }
  })
  return HashBuckets.build(hashes, values)
}
