/**
 * EarTables: the bundled EAR data (Country Chart, Country Groups, CCL, Part 740 catalogue) indexed by ISO-2
 * code and ECCN, with the CCL parsed once. Built from the parsed JSON the loader passes in; pure.
 */
import { TcError } from '../errors.js'
import { parseCclEntry } from './ccl-parse.js'
import type { CclEntry, UnreadRow } from './ccl-rule.js'
import { buildCountryIndex, foldName, isoByChartRow } from './country-index.js'
import type { RawEarData } from './raw-types.js'

export interface ChartRow {
  name: string
  marks: ReadonlySet<string>
  footnotes: readonly number[]
}

export interface CclReport {
  entries: number
  rows: number
  /** Rows read into rules (a row may hold two rules: "NP Column 1 AT Column 1"). */
  readRows: number
  /** Read rules whose paragraph scope is described in words, so the exporter must answer it. */
  describedScopes: number
  unreadRows: UnreadRow[]
  itarEntries: string[]
  allDestinationEntries: string[]
  atOnlyInferred: string[]
  unreadEntries: string[]
}

export interface EarTables {
  ecfrIssueDate: string
  chartRows: ReadonlyMap<string, ChartRow>
  embargoed: ReadonlyMap<string, { pointer: string; footnotes: readonly number[] }>
  footnotes: Readonly<Record<string, string>>
  groups: ReadonlyMap<string, ReadonlySet<string>>
  groupLabels: Readonly<Record<string, string>>
  countryIndex: ReadonlyMap<string, string>
  ccl: ReadonlyMap<string, CclEntry>
  cclReport: CclReport
  exceptions: ReadonlyMap<string, { citation: string; title: string }>
}

const refuse = (what: string): TcError => new TcError('TC_BAD_FILE', what, { field: 'data/ear' })

export function buildEarTables(raw: RawEarData): EarTables {
  const countryIndex = buildCountryIndex()
  const lookup = (name: string) => countryIndex.get(foldName(name))
  const byRow = isoByChartRow()
  const isoOfRow = (row: string): string => {
    const iso = byRow.get(row)
    if (!iso) throw refuse(`Country Chart row "${row}" has no ISO code`)
    return iso
  }

  const chartRows = new Map<string, ChartRow>()
  for (const [name, row] of Object.entries(raw.chart.countries))
    chartRows.set(isoOfRow(name), { name, marks: new Set(row.marks), footnotes: row.footnotes })
  const embargoed = new Map(Object.entries(raw.chart.embargoed).map(([name, e]) => [isoOfRow(name), e]))

  const groups = new Map<string, Set<string>>()
  for (const [group, members] of Object.entries(raw.groups.groups)) {
    for (const member of members) {
      const iso = lookup(member)
      if (!iso) throw refuse(`Country Group ${group} member "${member}" has no ISO code`)
      const set = groups.get(iso) ?? new Set<string>()
      set.add(group)
      groups.set(iso, set)
    }
  }

  const ccl = new Map<string, CclEntry>()
  const report: CclReport = {
    entries: 0,
    rows: 0,
    readRows: 0,
    describedScopes: 0,
    unreadRows: [],
    itarEntries: [],
    allDestinationEntries: [],
    atOnlyInferred: [],
    unreadEntries: [],
  }
  for (const rawEntry of raw.ccl.entries) {
    const entry = parseCclEntry(rawEntry, raw.chart, lookup)
    ccl.set(entry.eccn, entry)
    report.entries++
    report.rows += rawEntry.countryChart.length
    const unreadRowIndexes = new Set(entry.unread.map((u) => u.index))
    report.readRows += rawEntry.countryChart.filter((_, i) => !unreadRowIndexes.has(i)).length
    report.describedScopes += entry.rules.filter((r) => r.scope.kind === 'described').length
    report.unreadRows.push(...entry.unread.filter((u) => u.index >= 0))
    if (entry.kind === 'itar') report.itarEntries.push(entry.eccn)
    if (entry.kind === 'unread') report.unreadEntries.push(entry.eccn)
    if (entry.rules.some((r) => r.source === '738.3(a)(1)')) report.allDestinationEntries.push(entry.eccn)
    if (entry.rules.some((r) => r.source === 'reason-for-control')) report.atOnlyInferred.push(entry.eccn)
  }

  const exceptions = new Map<string, { citation: string; title: string }>()
  for (const e of raw.exceptions.exceptions)
    for (const symbol of e.symbols)
      exceptions.set(symbol, { citation: `15 CFR ${e.sectionNumber}`, title: e.title })

  return {
    ecfrIssueDate: raw.ccl.ecfrIssueDate,
    chartRows,
    embargoed,
    footnotes: raw.chart.footnotes,
    groups,
    groupLabels: raw.groups.labels,
    countryIndex,
    ccl,
    cclReport: report,
    exceptions,
  }
}
