import {
  changeLine,
  fmt,
  moveCounts,
  type ReportFilter,
  reportView,
  type Section,
  topCountries,
} from './report-view.js'
import type { ListDiff } from './types.js'

export interface MarkdownOptions extends ReportFilter {
  /** The command line that produced the report, printed under the title so anyone can re-run it. */
  command?: string
}

const cell = (v: string): string => v.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const row = (cells: readonly (string | number)[]): string =>
  `| ${cells.map((c) => (typeof c === 'number' ? fmt(c) : cell(c))).join(' | ')} |`
const head = (cells: readonly string[]): string[] => [row(cells), `|${cells.map(() => ' --- ').join('|')}|`]

/** The diff as a Markdown report for docs and change tickets. */
export function formatDiffMarkdown(diff: ListDiff, options: MarkdownOptions = {}): string {
  const { old: a, new: b, summary: s } = diff
  const out: string[] = [
    `# List changes: ${a.source} ${a.published ?? '?'} -> ${b.source} ${b.published ?? '?'}`,
    '',
  ]
  if (options.command) out.push('Produced by:', '', '```sh', options.command, '```', '')
  out.push(
    ...head(['', 'old', 'new']),
    row(['file or version', `\`${a.label}\``, `\`${b.label}\``]),
    row(['source', a.source, b.source]),
    row(['published', a.published ?? 'unknown', b.published ?? 'unknown']),
    row(['records', a.records, b.records]),
    row(['content sha256', `\`${a.contentHash.slice(0, 16)}\``, `\`${b.contentHash.slice(0, 16)}\``]),
    '',
    '## Summary',
    '',
    `- **${fmt(s.added)}** added, **${fmt(s.removed)}** removed (delisted), **${fmt(s.changed)}** changed, **${fmt(s.moved)}** moved between lists; ${fmt(s.unchanged)} unchanged (${fmt(s.cosmeticOnly)} of them with cosmetic edits only: case, punctuation, word order, legal form).`,
  )
  for (const m of moveCounts(diff.moved)) out.push(`- ${m.from} -> ${m.to} (${m.kind}): ${fmt(m.n)}`)
  if (diff.notCompared.length) {
    out.push(
      `- Not compared, because only one version carries them: ${diff.notCompared.map((n) => `${n.field} (${n.lists.join(', ')})`).join('; ')}.`,
    )
  }
  out.push(
    '',
    '## Per list',
    '',
    ...head(['list', 'old', 'new', 'added', 'removed', 'changed', 'moved in', 'moved out']),
  )
  for (const [list, c] of Object.entries(diff.byList)) {
    out.push(row([list, c.old, c.new, c.added, c.removed, c.changed, c.movedIn, c.movedOut]))
  }
  out.push(
    '',
    '## Per country (the 20 with most changes)',
    '',
    ...head(['country', 'added', 'removed', 'changed', 'moved']),
  )
  for (const [c, n] of topCountries(diff, 20)) out.push(row([c, n.added, n.removed, n.changed, n.moved]))

  const view = reportView(diff, options)
  const scope = [
    options.lists?.length ? `lists ${options.lists.join(', ')}` : '',
    options.countries?.length ? `countries ${options.countries.join(', ')}` : '',
  ].filter((x) => x)
  if (scope.length) out.push('', `Entries below: ${scope.join('; ')} only.`)
  section(
    out,
    'Moved between lists',
    view.moved,
    ['from', 'to', 'kind', 'name', 'countries', 'name before', 'recognised by'],
    (m) => [
      m.from,
      m.to,
      m.kind,
      m.new.name,
      m.new.countries.join(', '),
      m.old.name === m.new.name ? '' : m.old.name,
      m.matchedBy,
    ],
  )
  section(out, 'Removed', view.removed, ['list', 'countries', 'name', 'still listed on'], (e) => [
    e.list,
    e.countries.join(', '),
    e.name,
    e.stillListedOn.join(', '),
  ])
  section(out, 'Added', view.added, ['list', 'countries', 'name'], (e) => [
    e.list,
    e.countries.join(', '),
    e.name,
  ])
  section(out, 'Changed', view.changed, ['list', 'countries', 'name', 'changes'], (c) => [
    c.new.list,
    c.new.countries.join(', '),
    c.new.name,
    c.changes.map(changeLine).join('<br>'),
  ])
  return `${out.join('\n')}\n`
}

function section<T>(
  out: string[],
  title: string,
  s: Section<T>,
  columns: string[],
  cells: (x: T) => string[],
): void {
  out.push(
    '',
    `## ${title} (${fmt(s.total)}${s.shown.length < s.total ? `; the first ${fmt(s.shown.length)} shown` : ''})`,
    '',
  )
  if (s.total === 0) {
    out.push('None.')
    return
  }
  out.push(...head(columns))
  for (const x of s.shown) out.push(row(cells(x)))
}
