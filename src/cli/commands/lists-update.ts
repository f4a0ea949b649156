import type { Command } from 'commander'
import { fmt } from '../../changes/report-view.js'
import { badInput } from '../../errors.js'
import { loadChangesConfig } from '../../service/changes/config.js'
import { type UpdateReport, updateSource } from '../../service/changes/update-source.js'
import { readDatasetFromFiles } from '../../sources/detect/read-dataset.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'
import { collect } from '../options.js'
import { progressBar } from '../progress.js'
import { reportLine, withWatchStore } from './watch.js'
import { deliverNow } from './watch-deliver.js'

interface UpdateFlags {
  source: string[]
  force?: boolean
  maxDrop?: string
  db?: string
  config?: string
}

/**
 * `lists update`: exit 0 when every source is current and nothing needs attention, 3 when monitoring raised
 * alerts, 2 when a version was refused (shrunken, unreadable, not the list asked for), 1 when a download
 * failed. Each source stands alone: one failing leaves the others updated.
 */
export function registerListsUpdate(lists: Command, deps: CliDeps, state: CliState): void {
  lists
    .command('update')
    .description('download the lists from their official URLs, check them, and put new versions in force')
    .option(
      '--source <name>',
      'only this source (repeatable): us_csl, ofac_sdn, un, uk_ofsi, eu',
      collect,
      [],
    )
    .option('--force', 'accept a version that shrinks more than --max-drop or has many unreadable rows')
    .option('--max-drop <share>', 'refuse a version that drops more than this share of a list (default 0.2)')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--config <file>', 'settings file: source URLs, max drop, webhooks')
    .action(async (flags: UpdateFlags) => {
      const config = loadChangesConfig(flags.config)
      const maxDrop = flags.maxDrop === undefined ? config.maxDrop : parseShare(flags.maxDrop)
      for (const s of flags.source)
        if (!config.sources[s])
          throw badInput(
            '--source',
            `unknown source "${s}" (configured: ${Object.keys(config.sources).join(', ')})`,
          )
      const sources = flags.source.length
        ? flags.source
        : Object.keys(config.sources).filter((s) => config.sources[s]?.enabled)
      const reports: UpdateReport[] = []
      await withWatchStore(deps, flags, async (store, options) => {
        for (const source of sources) {
          const bar = progressBar(deps.io, `${source} download`)
          const report = await updateSource(store, source, config.sources[source]!, {
            ...options,
            maxDrop,
            force: Boolean(flags.force),
            readFiles: readDatasetFromFiles,
            onPhase: (m) => deps.io.err(`${m}\n`),
            onDownload: (received, total) => bar.tick(received, total),
          })
          bar.done()
          reports.push(report)
          print(deps, report)
        }
        await deliverNow(deps, store, flags.config)
        if (reports.some((r) => r.status === 'updated')) await warmEngine(deps, store)
      })
      const alerts = reports.reduce(
        (n, r) =>
          n +
          (r.rescreen ? r.rescreen.alerts.new + r.rescreen.alerts.cleared + r.rescreen.alerts.changed : 0) +
          (r.endedRules?.filter((e) => e.reopened).length ?? 0),
        0,
      )
      state.exitCode = reports.some((r) => r.status === 'failed')
        ? 1
        : reports.some((r) => r.status === 'refused')
          ? 2
          : alerts > 0
            ? 3
            : 0
    })
}

/**
 * Builds the engine over the new versions once, so that its matcher snapshot is cached (see
 * service/matcher-cache.ts) and the first screening after an update starts as fast as any other.
 */
async function warmEngine(deps: CliDeps, store: Store): Promise<void> {
  try {
    await (await deps.engineForStore(store)).close()
  } catch (e) {
    // The update is done; only the next screening's start is slower.
    deps.io.err(
      `warning: could not prepare the index for the new versions: ${e instanceof Error ? e.message : e}\n`,
    )
  }
}

function print(deps: CliDeps, r: UpdateReport): void {
  if (r.status === 'refused' || r.status === 'failed') {
    deps.io.err(`error: ${r.problem}${r.status === 'refused' ? ' (the version in force is kept)' : ''}\n`)
    return
  }
  const v = r.version!
  if (r.status === 'unchanged') {
    deps.io.out(`${r.source}: unchanged, ${v.id} stays in force\n`)
    return
  }
  const s = r.summary
  const change = s
    ? `: ${fmt(s.added)} added, ${fmt(s.removed)} removed, ${fmt(s.changed)} changed, ${fmt(s.moved)} moved`
    : ' (first version)'
  deps.io.out(
    `${r.source}: updated to ${v.id} (published ${v.published ?? 'unknown'}, ${fmt(v.recordCount)} records)${change}\n`,
  )
  if (r.rescreen) reportLine(deps, r.rescreen)
  for (const e of r.endedRules ?? [])
    deps.io.out(
      `${r.source}: allow rule ${e.rule.id} ended: ${e.reason}${e.reopened ? `; alert ${e.reopened.id} reopened` : ''}\n`,
    )
}

function parseShare(value: string): number {
  const x = Number(value)
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1)
    throw badInput('--max-drop', `must be a share from 0 to 1, not "${value}"`)
  return x
}
