import type { Entity, ListCode } from '../model/entity.js'
import { compareEntities, isSubstantive } from './compare-entities.js'
import { ALL_FIELDS, type Coverage, comparable, type FieldName, fieldCoverage } from './entity-fields.js'
import { classifyMove } from './list-families.js'
import { nameKey } from './name-key.js'
import { compatible, pairEntities } from './pair-entities.js'
import { tally } from './tally.js'
import {
  type AddedEntry,
  type ChangedEntry,
  type DiffSide,
  type DiffSideInfo,
  entryRef,
  type ListDiff,
  type MovedEntry,
  type RemovedEntry,
} from './types.js'

/**
 * What changed between two versions of a list: entries added and removed, entries changed field by field,
 * and entries moved from one list to another (Unverified List -> Entity List). Fields that only one version
 * carries are not compared (the compact CSL JSON has no dates of birth; that is not a change of the party).
 */
export function diffVersions(before: DiffSide, after: DiffSide): ListDiff {
  return diffAndPair(before, after).diff
}

/** The diff and, for every entry recognised in both versions, its old id -> new id (re-keyed stored matches). */
export interface PairedDiff {
  diff: ListDiff
  idMap: Map<string, string>
}

export function diffAndPair(before: DiffSide, after: DiffSide): PairedDiff {
  const coverBefore = fieldCoverage(before.entities)
  const coverAfter = fieldCoverage(after.entities)
  const fieldsFor = memo((a: string, b: string) => comparable(coverBefore, a, coverAfter, b))

  const { pairs, removed, added } = pairEntities(before.entities, after.entities)
  const changed: ChangedEntry[] = []
  const moved: MovedEntry[] = []
  let unchanged = 0
  let cosmeticOnly = 0
  for (const p of pairs) {
    const changes = compareEntities(p.old, p.new, fieldsFor(p.old.list, p.new.list))
    const entry: ChangedEntry = {
      old: entryRef(p.old),
      new: entryRef(p.new),
      matchedBy: p.matchedBy,
      changes,
    }
    if (p.old.list !== p.new.list) {
      moved.push({ ...entry, from: p.old.list, to: p.new.list, kind: classifyMove(p.old.list, p.new.list) })
    } else if (isSubstantive(changes)) {
      changed.push(entry)
    } else {
      unchanged++
      if (changes.length > 0) cosmeticOnly++
    }
  }
  const stillOn = stillListed(after.entities)
  const addedEntries: AddedEntry[] = added.map((e) => ({ ...entryRef(e), kind: 'listing' }))
  const removedEntries: RemovedEntry[] = removed.map((e) => ({
    ...entryRef(e),
    kind: 'delisting',
    stillListedOn: stillOn(e),
  }))
  const { byList, byCountry } = tally(
    before.entities,
    after.entities,
    addedEntries,
    removedEntries,
    changed,
    moved,
  )
  const diff: ListDiff = {
    old: sideInfo(before),
    new: sideInfo(after),
    summary: {
      added: addedEntries.length,
      removed: removedEntries.length,
      changed: changed.length,
      moved: moved.length,
      unchanged,
      cosmeticOnly,
    },
    notCompared: notCompared(coverBefore, coverAfter),
    byList,
    byCountry,
    added: addedEntries.sort(byListName),
    removed: removedEntries.sort(byListName),
    changed: changed.sort((a, b) => byListName(a.new, b.new)),
    moved: moved.sort(
      (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || byListName(a.new, b.new),
    ),
  }
  return { diff, idMap: new Map(pairs.map((p) => [p.old.id, p.new.id])) }
}

/** True when the diff has anything a user should look at. */
export const hasChanges = (d: ListDiff): boolean =>
  d.summary.added + d.summary.removed + d.summary.changed + d.summary.moved > 0

/** For a removed entry: the lists of the new version that still name that party (a name and a country in common). */
function stillListed(entities: readonly Entity[]): (e: Entity) => ListCode[] {
  const byName = new Map<string, Entity[]>()
  for (const e of entities) {
    for (const k of new Set(e.names.map((n) => nameKey(n.value)))) {
      const list = byName.get(k)
      if (list) list.push(e)
      else byName.set(k, [e])
    }
  }
  return (e) => {
    const same = (byName.get(nameKey(e.name)) ?? []).filter((x) => compatible({ ...x, list: e.list }, e))
    return [...new Set(same.map((x) => x.list))].sort()
  }
}

function sideInfo(side: DiffSide): DiffSideInfo {
  const info: DiffSideInfo = {
    label: side.label,
    source: side.source,
    published: side.published ?? null,
    contentHash: side.contentHash,
    records: side.entities.length,
  }
  if (side.versionId) info.versionId = side.versionId
  return info
}

const byListName = (a: { list: string; name: string }, b: { list: string; name: string }): number =>
  a.list.localeCompare(b.list) || a.name.localeCompare(b.name)

function memo(f: (a: string, b: string) => FieldName[]): (a: string, b: string) => FieldName[] {
  const cache = new Map<string, FieldName[]>()
  return (a, b) => {
    const key = `${a}>${b}`
    const hit = cache.get(key)
    if (hit) return hit
    const v = f(a, b)
    cache.set(key, v)
    return v
  }
}

/** Per field, the lists (held by both versions) where one version carries it and the other does not. */
function notCompared(before: Coverage, after: Coverage): Array<{ field: FieldName; lists: string[] }> {
  const out: Array<{ field: FieldName; lists: string[] }> = []
  const lists = [...before.keys()].filter((l) => after.has(l)).sort()
  for (const field of ALL_FIELDS) {
    const missing = lists.filter((l) => {
      const x = before.get(l)?.get(field) ?? 0
      const y = after.get(l)?.get(field) ?? 0
      return (x > 0 || y > 0) && !comparable(before, l, after, l).includes(field)
    })
    if (missing.length) out.push({ field, lists: missing })
  }
  return out
}
