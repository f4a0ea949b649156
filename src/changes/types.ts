import type { Entity, ListCode } from '../model/entity.js'
import type { FieldChange } from '../model/field-change.js'
import type { MoveKind } from './list-families.js'

export type { FieldChange }

/** One side of a diff: a stored version or a file read for the occasion. */
export interface DiffSide {
  /** What the user named: a file path or a stored version id. */
  label: string
  source: string
  published: string | undefined
  contentHash: string
  versionId?: string
  entities: readonly Entity[]
}

/** How an old and a new entry were recognised as the same party. */
export type MatchedBy = 'id' | 'name' | 'alias' | 'similar-name'

/** The summary of an entry in a diff: enough to read a report without loading the entity. */
export interface EntryRef {
  entityId: string
  list: ListCode
  sourceId: string
  name: string
  countries: string[]
}

export interface AddedEntry extends EntryRef {
  kind: 'listing'
}

export interface RemovedEntry extends EntryRef {
  kind: 'delisting'
  /** Lists of the new version that still hold a party of the same name and country. */
  stillListedOn: ListCode[]
}

export interface ChangedEntry {
  old: EntryRef
  new: EntryRef
  matchedBy: MatchedBy
  changes: FieldChange[]
}

export interface MovedEntry extends ChangedEntry {
  from: ListCode
  to: ListCode
  kind: MoveKind
}

export interface ListCounts {
  old: number
  new: number
  added: number
  removed: number
  changed: number
  movedIn: number
  movedOut: number
}

export interface CountryCounts {
  added: number
  removed: number
  changed: number
  moved: number
}

export interface DiffSideInfo {
  label: string
  source: string
  published: string | null
  contentHash: string
  versionId?: string
  records: number
}

export interface ListDiff {
  old: DiffSideInfo
  new: DiffSideInfo
  summary: {
    added: number
    removed: number
    changed: number
    moved: number
    unchanged: number
    /** Pairs whose only differences are cosmetic; counted in unchanged. */
    cosmeticOnly: number
  }
  /** Fields one side does not carry at all (e.g. dates of birth in the compact CSL JSON): not compared. */
  notCompared: Array<{ field: string; lists: string[] }>
  byList: Record<string, ListCounts>
  byCountry: Record<string, CountryCounts>
  added: AddedEntry[]
  removed: RemovedEntry[]
  changed: ChangedEntry[]
  moved: MovedEntry[]
}

export const entryRef = (e: Entity): EntryRef => ({
  entityId: e.id,
  list: e.list,
  sourceId: e.sourceId,
  name: e.name,
  countries: e.countries,
})

/** A diff between two consecutive stored versions of a source, as recorded for the change feed. */
export interface RecordedChange {
  id: string
  source: string
  fromVersionId: string
  toVersionId: string
  createdAt: string
  diff: ListDiff
}
