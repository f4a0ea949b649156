import type { EntityType } from '../model/entity.js'
import { type CandidateIndex, type CandidateIndexArrays, candidateIndexArrays } from './candidate-index.js'
import { MATCHER_VERSION } from './defaults.js'
import type { IndexedName, NameTable } from './name-table.js'
import { Vocabulary } from './vocabulary.js'

/**
 * The normalised names of a matcher as plain arrays (structured-clonable; `v8.serialize` stores it compactly),
 * so that a process or a worker thread can skip normalisation: restoring takes a fraction of building. Valid
 * only for the same entities in the same order and the same MATCHER_VERSION; `restoreNameTable` checks both
 * the version and the entity count and returns undefined when they differ.
 */
export interface MatcherSnapshot {
  version: string
  entities: number
  /** The entity ids in order, to detect a snapshot of other data. */
  checksum: number
  types: EntityType[]
  vocabulary: { text: string[]; canonical: string[]; df: Int32Array }
  names: {
    entity: Int32Array
    name: Int32Array
    /** Tokens of name i are tokens[start[i] .. start[i+1]). */
    start: Int32Array
    tokens: Int32Array
    preference: Uint8Array
    folded: string[]
    forms: string[]
  }
  /** The candidate index (candidate-index.ts): rebuilding its hash tables would be most of a restore. */
  index: CandidateIndexArrays
}

export function snapshotNameTable(table: NameTable, index: CandidateIndex): MatcherSnapshot {
  const { names, vocabulary } = table
  const start = new Int32Array(names.length + 1)
  names.forEach((n, i) => {
    start[i + 1] = start[i]! + n.tokens.length
  })
  const tokens = new Int32Array(start[names.length]!)
  names.forEach((n, i) => {
    tokens.set(n.tokens, start[i]!)
  })
  return {
    version: MATCHER_VERSION,
    entities: table.entities.length,
    checksum: checksum(table.entities),
    types: [...table.types],
    vocabulary: {
      text: [...vocabulary.text],
      canonical: [...vocabulary.canonical],
      df: Int32Array.from(vocabulary.df),
    },
    names: {
      entity: Int32Array.from(names, (n) => n.entity),
      name: Int32Array.from(names, (n) => n.name),
      start,
      tokens,
      preference: Uint8Array.from(names, (n) => n.preference),
      folded: names.map((n) => n.folded),
      forms: names.map((n) => n.forms.join(' ')),
    },
    index: candidateIndexArrays(index),
  }
}

export function restoreNameTable(entities: NameTable['entities'], s: MatcherSnapshot): NameTable | undefined {
  if (s.version !== MATCHER_VERSION || s.entities !== entities.length || s.checksum !== checksum(entities)) {
    return undefined
  }
  const vocabulary = new Vocabulary()
  s.vocabulary.text.forEach((t, i) => {
    vocabulary.intern(t, s.vocabulary.canonical[i])
    vocabulary.df[i] = s.vocabulary.df[i]!
  })
  const names: IndexedName[] = Array.from(s.names.entity, (entity, i) => ({
    entity,
    name: s.names.name[i]!,
    tokens: s.names.tokens.subarray(s.names.start[i]!, s.names.start[i + 1]!),
    forms: s.names.forms[i] ? s.names.forms[i]!.split(' ') : [],
    folded: s.names.folded[i]!,
    preference: s.names.preference[i]!,
  }))
  vocabulary.finish(names.length)
  return { entities, types: [...s.types], names, vocabulary }
}

/** A cheap fingerprint of the entity ids in order (FNV-1a). */
function checksum(entities: NameTable['entities']): number {
  let h = 2166136261
  for (const e of entities)
    for (let i = 0; i < e.id.length; i++) h = Math.imul(h ^ e.id.charCodeAt(i), 16777619)
  return h >>> 0
}
