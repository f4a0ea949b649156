import type {
  AddedEntry,
  ChangedEntry,
  EntryRef,
  FieldChange,
  ListDiff,
  MovedEntry,
  RemovedEntry,
} from './types.js'

/** Which entries a report spells out; the counts always cover the whole diff. */
export interface ReportFilter {
  /** Only entries on (or moving from or to) these lists. */
  lists?: readonly string[]
  /** Only entries with one of these countries. */
  countries?: readonly string[]
  /** At most this many entries per section; 0 for all. */
  limit?: number
}

export interface Section<T> {
  shown: T[]
  total: number
}

export interface ReportView {
  moved: Section<MovedEntry>
  removed: Section<RemovedEntry>
  added: Section<AddedEntry>
  changed: Section<ChangedEntry>
}

/** The entries a report shows, by country then name within each section, cut at the limit. */
export function reportView(diff: ListDiff, filter: ReportFilter = {}): ReportView {
  const onList = (l: string) => !filter.lists?.length || filter.lists.includes(l)
  const inCountry = (e: EntryRef) =>
    !filter.countries?.length || e.countries.some((c) => filter.countries?.includes(c))
  const limit = filter.limit ?? 0
  const cut = <T>(xs: T[]): Section<T> => ({ shown: limit > 0 ? xs.slice(0, limit) : xs, total: xs.length })
  return {
    moved: cut(
      diff.moved
        .filter((m) => (onList(m.from) || onList(m.to)) && inCountry(m.new))
        .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || byCountry(a.new, b.new)),
    ),
    removed: cut(diff.removed.filter((e) => onList(e.list) && inCountry(e)).sort(byCountry)),
    added: cut(diff.added.filter((e) => onList(e.list) && inCountry(e)).sort(byCountry)),
    changed: cut(
      diff.changed
        .filter((c) => onList(c.new.list) && inCountry(c.new))
        .sort((a, b) => byCountry(a.new, b.new)),
    ),
  }
}

const byCountry = (a: EntryRef, b: EntryRef): number =>
  a.list.localeCompare(b.list) ||
  (a.countries[0] ?? '~').localeCompare(b.countries[0] ?? '~') ||
  a.name.localeCompare(b.name)

/** "Huawei Technologies Co., Ltd. [CN]" */
export const entryLabel = (e: EntryRef): string =>
  `${e.name}${e.countries.length ? ` [${e.countries.join(', ')}]` : ''}`

/** One field change in one line: `licensePolicy: "Presumption of denial" -> "Case-by-case"`, `aliases: +X -Y`. */
export function changeLine(c: FieldChange): string {
  const mark = c.cosmetic ? ' (cosmetic)' : ''
  if (c.added || c.removed) {
    const parts = [
      ...(c.added ?? []).map((v) => `+${quote(v)}`),
      ...(c.removed ?? []).map((v) => `-${quote(v)}`),
    ]
    return `${c.field}: ${parts.join(' ')}${mark}`
  }
  return `${c.field}: ${c.old === undefined ? '(none)' : quote(c.old)} -> ${c.new === undefined ? '(none)' : quote(c.new)}${mark}`
}

const quote = (v: string): string => JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}...` : v)

/** The moved entries' headline: "UVL -> EL (escalation): 13". */
export function moveCounts(
  moved: readonly MovedEntry[],
): Array<{ from: string; to: string; kind: string; n: number }> {
  const counts = new Map<string, { from: string; to: string; kind: string; n: number }>()
  for (const m of moved) {
    const key = `${m.from}>${m.to}`
    const c = counts.get(key) ?? { from: m.from, to: m.to, kind: m.kind, n: 0 }
    c.n++
    counts.set(key, c)
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.from.localeCompare(b.from))
}

/** Countries ordered by how much changed there. */
export function topCountries(diff: ListDiff, n: number): Array<[string, ListDiff['byCountry'][string]]> {
  const total = (c: ListDiff['byCountry'][string]) => c.added + c.removed + c.changed + c.moved
  return Object.entries(diff.byCountry)
    .sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b))
    .slice(0, n)
}

export const fmt = (n: number): string => n.toLocaleString('en-US')
