import type { Command } from 'commander'
import { fmt } from '../../changes/report-view.js'
import { loadChangesConfig } from '../../service/changes/config.js'
import { importCounterparties } from '../../service/changes/import-counterparties.js'
import { readCounterparties } from '../../service/changes/read-counterparties.js'
import { type RescreenReport, rescreenSource } from '../../service/changes/rescreen.js'
import type { WatchOptions } from '../../service/changes/watch-context.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'
import { collect, parseThreshold } from '../options.js'
import { progressBar } from '../progress.js'
import { deliverNow } from './watch-deliver.js'
import { registerWatchStatus } from './watch-status.js'

interface StoreFlags {
  db?: string
  config?: string
  threshold?: string
}

/** `watch`: monitored counterparties, re-screened on every list change, with alerts and webhooks. */
export function registerWatch(program: Command, deps: CliDeps, state: CliState): Command {
  const watch = program
    .command('watch')
    .description('monitor saved counterparties: import, status, alerts, rescreen')
  watch
    .command('import')
    .description('add or update counterparties (CSV or JSONL with id,name,type,country,dob) and screen them')
    .argument('<FILE>', 'the counterparty file, in the columns of a screen batch')
    .option('--format <format>', 'jsonl or csv (default: from the file name)')
    .option('--replace', 'also stop monitoring counterparties that are not in the file')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--config <file>', 'settings file (webhooks, sources)')
    .option('--threshold <x>', 'report matches at or above this score (default: the matcher default)')
    .action(async (file: string, flags: StoreFlags & { format?: string; replace?: boolean }) => {
      const { counterparties, withoutId } = await readCounterparties(file, flags.format)
      await withWatchStore(deps, flags, async (store, options) => {
        const result = await importCounterparties(store, counterparties, {
          ...options,
          replace: Boolean(flags.replace),
        })
        if (result.removed.length)
          deps.io.out(`stopped monitoring ${fmt(result.removed.length)} counterparties not in the file\n`)
        deps.io.out(
          `imported ${fmt(counterparties.length)} counterparties from ${file}: ${fmt(result.added.length)} added, ${fmt(result.updated.length)} updated, ${fmt(result.unchanged)} unchanged\n`,
        )
        if (withoutId)
          deps.io.err(`warning: ${fmt(withoutId)} rows have no id; their line numbers are used as ids\n`)
        const screening = result.screening
        for (const r of screening.caughtUp) reportLine(deps, r)
        deps.io.out(
          `alerts: ${fmt(screening.alerts.new)} new, ${fmt(screening.alerts.cleared)} cleared, ${fmt(screening.alerts.changed)} changed${screening.alerts.new + screening.alerts.cleared + screening.alerts.changed ? ' (see `tradecontrols watch alerts`)' : ''}\n`,
        )
        await deliverNow(deps, store, flags.config)
        state.exitCode =
          screening.alerts.new + screening.alerts.cleared + screening.alerts.changed > 0 ? 3 : 0
      })
    })
  watch
    .command('rescreen')
    .description('bring monitoring up to the list versions in force: only what each change can affect')
    .option('--source <name>', 'only this source (repeatable)', collect, [])
    .option('--full', 'screen every counterparty against the whole version (a check; slower)')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--config <file>', 'settings file (webhooks, sources)')
    .option('--threshold <x>', 'report matches at or above this score (default: the matcher default)')
    .action(async (flags: StoreFlags & { source: string[]; full?: boolean }) => {
      await withWatchStore(deps, flags, async (store, options) => {
        let raised = 0
        const sources = flags.source.length
          ? flags.source
          : (await store.activeVersions()).map((v) => v.source)
        for (const source of sources) {
          const report = await rescreenSource(store, source, {
            ...options,
            mode: flags.full ? 'full' : 'delta',
          })
          reportLine(deps, report)
          raised += report.alerts.new + report.alerts.cleared + report.alerts.changed
        }
        await deliverNow(deps, store, flags.config)
        state.exitCode = raised > 0 ? 3 : 0
      })
    })
  registerWatchStatus(watch, deps, state)
  return watch
}

/** Opens the store and builds the monitoring options from the flags and the settings file. */
export async function withWatchStore(
  deps: CliDeps,
  flags: StoreFlags,
  work: (store: Store, options: WatchOptions) => Promise<void>,
): Promise<void> {
  const config = loadChangesConfig(flags.config)
  const threshold = flags.threshold === undefined ? undefined : parseThreshold(flags.threshold)
  const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
  const bar = progressBar(deps.io, 'screening')
  const options: WatchOptions = {
    factories: deps.factories,
    actor: deps.actor,
    now: () => deps.now(),
    endpoints: config.webhooks.map((w) => w.url),
    onProgress: (done, total) => bar.tick(done, total),
    ...(threshold === undefined ? {} : { threshold }),
  }
  try {
    await work(store, options)
  } finally {
    bar.done()
    await store.close()
  }
}

export function reportLine(deps: CliDeps, r: RescreenReport): void {
  const a = r.alerts
  if (r.mode === 'up-to-date') {
    deps.io.out(`${r.source}: up to date on ${r.toVersionId}\n`)
    return
  }
  const what = r.mode === 'first' ? 'first screening' : `${r.mode} from ${r.fromVersionId}`
  deps.io.out(
    `${r.source}: ${what} to ${r.toVersionId}: ${fmt(r.touchedEntries)} entries touched, ${fmt(r.screened)} of ${fmt(r.counterparties)} counterparties screened in ${Math.round(r.ms.screen)} ms; alerts ${fmt(a.new)} new, ${fmt(a.cleared)} cleared, ${fmt(a.changed)} changed\n`,
  )
}
