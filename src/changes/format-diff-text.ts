import {
  changeLine,
  entryLabel,
  fmt,
  moveCounts,
  type ReportFilter,
  reportView,
  type Section,
  topCountries,
} from './report-view.js'
import type { DiffSideInfo, ListDiff } from './types.js'

const side = (s: DiffSideInfo): string =>
  `${s.label} (${s.source}, published ${s.published ?? 'unknown'}, ${fmt(s.records)} records)`

/** The diff for a terminal: summary, counts per list, busiest countries, then the entries the filter selects. */
export function formatDiffText(diff: ListDiff, filter: ReportFilter = {}): string {
  const s = diff.summary
  const out: string[] = [
    `old: ${side(diff.old)}`,
    `new: ${side(diff.new)}`,
    `added ${fmt(s.added)}, removed ${fmt(s.removed)}, changed ${fmt(s.changed)}, moved ${fmt(s.moved)}, unchanged ${fmt(s.unchanged)} (${fmt(s.cosmeticOnly)} with cosmetic edits only)`,
  ]
  if (diff.notCompared.length) {
    out.push(
      `not compared (only one version carries them): ${diff.notCompared.map((n) => `${n.field} (${n.lists.join(', ')})`).join('; ')}`,
    )
  }
  out.push(
    '',
    `${'list'.padEnd(8)}${['old', 'new', 'added', 'removed', 'changed', 'in', 'out'].map((h) => h.padStart(8)).join('')}`,
  )
  for (const [list, c] of Object.entries(diff.byList)) {
    const cells = [c.old, c.new, c.added, c.removed, c.changed, c.movedIn, c.movedOut]
    out.push(`${list.padEnd(8)}${cells.map((n) => fmt(n).padStart(8)).join('')}`)
  }
  const countries = topCountries(diff, 10)
  if (countries.length) {
    out.push(
      '',
      `countries with most changes: ${countries.map(([c, n]) => `${c} +${n.added} -${n.removed} ~${n.changed} >${n.moved}`).join(', ')}`,
    )
  }
  for (const m of moveCounts(diff.moved)) out.push(`moved ${m.from} -> ${m.to} (${m.kind}): ${m.n}`)

  const view = reportView(diff, { limit: 20, ...filter })
  section(out, 'moved', view.moved, (m) => [
    `  ${m.from} -> ${m.to}  ${m.kind.padEnd(13)} ${entryLabel(m.new)}${m.old.name !== m.new.name ? ` (was "${m.old.name}")` : ''}`,
  ])
  section(out, 'removed', view.removed, (e) => [
    `  ${e.list.padEnd(7)} ${entryLabel(e)}${e.stillListedOn.length ? `  (still on ${e.stillListedOn.join(', ')})` : ''}`,
  ])
  section(out, 'added', view.added, (e) => [`  ${e.list.padEnd(7)} ${entryLabel(e)}`])
  section(out, 'changed', view.changed, (c) => [
    `  ${c.new.list.padEnd(7)} ${entryLabel(c.new)}`,
    ...c.changes.map((ch) => `      ${changeLine(ch)}`),
  ])
  return `${out.join('\n')}\n`
}

function section<T>(out: string[], title: string, s: Section<T>, lines: (x: T) => string[]): void {
  if (s.total === 0) return
  out.push(
    '',
    `${title} (${fmt(s.total)}${s.shown.length < s.total ? `, first ${s.shown.length} shown` : ''}):`,
  )
  for (const x of s.shown) out.push(...lines(x))
}
