import type { NameTable } from './name-table.js'

/**
 * The lookup structures that find candidate names without comparing the query with every name:
 * postings (token -> names, compressed rows), one-deletion keys for typos (symmetric delete), canonical
 * spellings for romanisation variants, and joined neighbour pairs for spacing ("Hik Vision" / "Hikvision").
 */
export interface CandidateIndex {
  /** Names of token t are postings[start[t] .. start[t+1]). */
  start: Int32Array
  postings: Int32Array
  /** Deletion key -> token ids whose key set contains it (tokens of four letters or more). */
  deletes: Map<string, number[]>
  /** Canonical spelling -> token ids. */
  canonical: Map<string, number[]>
  /** Two neighbouring tokens of a name written as one -> name ids. */
  joined: Map<string, number[]>
}

export function buildCandidateIndex(table: NameTable): CandidateIndex {
  const { names, vocabulary } = table
  const size = vocabulary.text.length
  const start = new Int32Array(size + 1)
  for (const n of names) for (const t of new Set(n.tokens)) start[t + 1]!++
  for (let t = 0; t < size; t++) start[t + 1]! += start[t]!
  const fill = start.slice(0, size)
  const postings = new Int32Array(start[size]!)
  names.forEach((n, i) => {
    for (const t of new Set(n.tokens)) postings[fill[t]!++] = i
  })
  const deletes = new Map<string, number[]>()
  const canonical = new Map<string, number[]>()
  vocabulary.text.forEach((token, t) => {
    push(canonical, vocabulary.canonical[t]!, t)
    if (token.length >= MIN_DELETE_LENGTH && !/\d/.test(token)) {
      for (const key of deletionKeys(token)) push(deletes, key, t)
    }
  })
  const joined = new Map<string, number[]>()
  names.forEach((n, i) => {
    for (let k = 0; k + 1 < n.tokens.length; k++) {
      push(joined, vocabulary.text[n.tokens[k]!]! + vocabulary.text[n.tokens[k + 1]!]!, i)
    }
  })
  return { start, postings, deletes, canonical, joined }
}

export const MIN_DELETE_LENGTH = 4

/** The token itself and each string with one character removed. */
export function deletionKeys(token: string): string[] {
  const keys = [token]
  for (let i = 0; i < token.length; i++) {
    const k = token.slice(0, i) + token.slice(i + 1)
    if (k !== keys[keys.length - 1]) keys.push(k)
  }
  return keys
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (list[list.length - 1] !== value) list.push(value)
}
