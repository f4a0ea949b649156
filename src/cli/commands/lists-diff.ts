import type { Command } from 'commander'
import { diffVersions, hasChanges } from '../../changes/diff-versions.js'
import { formatDiffMarkdown } from '../../changes/format-diff-markdown.js'
import { formatDiffText } from '../../changes/format-diff-text.js'
import { badInput } from '../../errors.js'
import { loadDiffSide } from '../../service/changes/diff-side.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'

interface DiffFlags {
  db?: string
  json?: boolean
  markdown?: boolean
  lists?: string
  country?: string
  limit?: string
}

/**
 * `lists diff OLD NEW`: exit 0 when the versions hold the same parties with the same facts (cosmetic edits
 * aside), 3 when something was added, removed, changed or moved.
 */
export function registerListsDiff(lists: Command, deps: CliDeps, state: CliState): void {
  lists
    .command('diff')
    .description(
      'what changed between two versions: added, removed, changed field by field, moved between lists',
    )
    .argument(
      '<OLD>',
      'a list file or folder (any supported format), a stored version id, SOURCE or SOURCE~N',
    )
    .argument('<NEW>', 'the same kinds as OLD; the two may be of different formats')
    .option('--db <url>', 'store holding the versions: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print the whole diff as JSON')
    .option('--markdown', 'print a Markdown report')
    .option('--lists <codes>', 'spell out only entries on these lists, e.g. UVL,EL (counts cover all)')
    .option('--country <codes>', 'spell out only entries in these countries, e.g. CN')
    .option('--limit <n>', 'entries per section in text and Markdown (default 20 and all; 0 for all)')
    .action(async (oldArg: string, newArg: string, flags: DiffFlags) => {
      const limit = parseLimit(flags.limit)
      let store: Store | undefined
      const loaders = {
        readDataset: deps.factories.readDataset,
        store: async () => {
          store ??= await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
          return store
        },
      }
      try {
        const before = await loadDiffSide(oldArg, 'OLD', loaders)
        const after = await loadDiffSide(newArg, 'NEW', loaders)
        const diff = diffVersions(before, after)
        const filter = {
          ...(flags.lists ? { lists: codes(flags.lists) } : {}),
          ...(flags.country ? { countries: codes(flags.country) } : {}),
        }
        if (flags.json) deps.io.out(`${JSON.stringify(diff, null, 2)}\n`)
        else if (flags.markdown) {
          const command = ['tradecontrols', 'lists', 'diff', oldArg, newArg, ...echo(flags)].join(' ')
          deps.io.out(formatDiffMarkdown(diff, { ...filter, limit: limit ?? 0, command }))
        } else deps.io.out(formatDiffText(diff, { ...filter, ...(limit === undefined ? {} : { limit }) }))
        state.exitCode = hasChanges(diff) ? 3 : 0
      } finally {
        await (store as Store | undefined)?.close()
      }
    })
}

const codes = (value: string): string[] =>
  value
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c)

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw badInput('--limit', `must be a whole number (0 for all), not "${value}"`)
  return n
}

/** The report's own flags, to print the command that reproduces it. */
function echo(flags: DiffFlags): string[] {
  const out = ['--markdown']
  if (flags.lists) out.push('--lists', flags.lists)
  if (flags.country) out.push('--country', flags.country)
  if (flags.limit) out.push('--limit', flags.limit)
  return out
}
