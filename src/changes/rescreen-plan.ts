import type { PairedDiff } from './diff-versions.js'
import type { ChangedEntry, MovedEntry, RemovedEntry } from './types.js'

/**
 * What a list change can do to monitored counterparties, by entity id. Only these entries need screening:
 * names of added and changed entries against every counterparty, and the matches counterparties hold on
 * removed and changed entries re-checked. Unchanged entries keep their matches as they are.
 */
export interface RescreenPlan {
  /** New-version ids whose matches are looked at: added, changed, moved, and re-identified entries. */
  touched: Set<string>
  /** Old-version ids whose stored matches are re-checked: removed, changed, moved, re-identified. */
  affected: Set<string>
  /** Old id -> new id for every entry in both versions. */
  idMap: Map<string, string>
  added: Set<string>
  removed: Map<string, RemovedEntry>
  /** Changed or moved entries by new id. */
  changed: Map<string, ChangedEntry | MovedEntry>
}

export function planRescreen({ diff, idMap }: PairedDiff): RescreenPlan {
  const touched = new Set<string>()
  const affected = new Set<string>()
  const changed = new Map<string, ChangedEntry | MovedEntry>()
  for (const e of diff.added) touched.add(e.entityId)
  for (const e of diff.removed) affected.add(e.entityId)
  for (const c of [...diff.changed, ...diff.moved]) {
    touched.add(c.new.entityId)
    affected.add(c.old.entityId)
    changed.set(c.new.entityId, c)
  }
  for (const [oldId, newId] of idMap) {
    if (oldId === newId) continue
    touched.add(newId)
    affected.add(oldId)
  }
  return {
    touched,
    affected,
    idMap,
    added: new Set(diff.added.map((e) => e.entityId)),
    removed: new Map(diff.removed.map((e) => [e.entityId, e])),
    changed,
  }
}

/** Share of the new version's entries the change touches (the delta screening's work, roughly). */
export const touchedShare = (plan: RescreenPlan, newRecords: number): number =>
  newRecords === 0 ? 0 : plan.touched.size / newRecords
