import type { Entity } from '../model/entity.js'
import type {
  AddedEntry,
  ChangedEntry,
  CountryCounts,
  ListCounts,
  MovedEntry,
  RemovedEntry,
} from './types.js'

/** Entries without a country are counted under this key. */
export const NO_COUNTRY = '(none)'

/** Counts per list (before, after, and each kind of change) and per country (each kind of change). */
export function tally(
  before: readonly Entity[],
  after: readonly Entity[],
  added: readonly AddedEntry[],
  removed: readonly RemovedEntry[],
  changed: readonly ChangedEntry[],
  moved: readonly MovedEntry[],
): { byList: Record<string, ListCounts>; byCountry: Record<string, CountryCounts> } {
  const byList: Record<string, ListCounts> = {}
  const list = (code: string): ListCounts => {
    byList[code] ??= { old: 0, new: 0, added: 0, removed: 0, changed: 0, movedIn: 0, movedOut: 0 }
    return byList[code]
  }
  for (const e of before) list(e.list).old++
  for (const e of after) list(e.list).new++
  for (const e of added) list(e.list).added++
  for (const e of removed) list(e.list).removed++
  for (const e of changed) list(e.new.list).changed++
  for (const m of moved) {
    list(m.from).movedOut++
    list(m.to).movedIn++
  }

  const byCountry: Record<string, CountryCounts> = {}
  const count = (countries: readonly string[], kind: keyof CountryCounts) => {
    for (const c of countries.length ? countries : [NO_COUNTRY]) {
      byCountry[c] ??= { added: 0, removed: 0, changed: 0, moved: 0 }
      byCountry[c][kind]++
    }
  }
  for (const e of added) count(e.countries, 'added')
  for (const e of removed) count(e.countries, 'removed')
  for (const e of changed) count(e.new.countries, 'changed')
  for (const m of moved) count(m.new.countries, 'moved')
  return { byList: sortKeys(byList), byCountry: sortKeys(byCountry) }
}

const sortKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)))
