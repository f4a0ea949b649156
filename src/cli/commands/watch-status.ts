import type { Command } from 'commander'
import { fmt } from '../../changes/report-view.js'
import { badInput } from '../../errors.js'
import type { WatchAlertKind } from '../../model/watch-alert.js'
import type { CliDeps, CliState } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'
import { registerWatchDeliver } from './watch-deliver.js'

/** `watch status` and `watch alerts`: exit 3 while something needs attention (open alerts, a source behind). */
export function registerWatchStatus(watch: Command, deps: CliDeps, state: CliState): void {
  watch
    .command('status')
    .description('counterparties monitored, the version each source was screened on, open alerts, webhooks')
    .option(...DB_OPTION)
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      await withStore(deps, flags.db, async (store) => {
        const states = new Map((await store.watch.states()).map((s) => [s.source, s]))
        const matches = await store.watch.matchCounts()
        const sources = (await store.activeVersions()).map((v) => {
          const s = states.get(v.source)
          return {
            source: v.source,
            inForce: v.id,
            screenedOn: s?.versionId ?? null,
            upToDate: s?.versionId === v.id,
            matches: matches[v.source] ?? 0,
          }
        })
        const alerts = await store.watchAlerts.counts()
        const open = alerts.filter((a) => a.status === 'open').reduce((n, a) => n + a.n, 0)
        const webhooks = { pending: 0, delivered: 0, dead: 0 }
        for (const d of await store.deliveries.list({ limit: 1_000_000 })) webhooks[d.status]++
        const status = {
          counterparties: await store.watch.count(),
          sources,
          alerts,
          openAlerts: open,
          webhooks,
        }
        if (flags.json) deps.io.out(`${JSON.stringify(status, null, 2)}\n`)
        else {
          deps.io.out(`counterparties: ${fmt(status.counterparties)}\n`)
          for (const s of sources) {
            const where = s.upToDate
              ? 'up to date'
              : s.screenedOn
                ? `behind (screened on ${s.screenedOn}; run \`tradecontrols watch rescreen\`)`
                : 'not screened yet'
            deps.io.out(`${s.source.padEnd(10)} ${s.inForce}  ${where}, ${fmt(s.matches)} matches\n`)
          }
          const byKind = alerts.filter((a) => a.status === 'open').map((a) => `${a.kind} ${fmt(a.n)}`)
          deps.io.out(`open alerts: ${fmt(open)}${byKind.length ? ` (${byKind.join(', ')})` : ''}\n`)
          deps.io.out(
            `webhooks: ${fmt(webhooks.pending)} pending, ${fmt(webhooks.delivered)} delivered, ${fmt(webhooks.dead)} dead letters\n`,
          )
        }
        state.exitCode = open > 0 || webhooks.dead > 0 || sources.some((s) => !s.upToDate) ? 3 : 0
      })
    })
  watch
    .command('alerts')
    .description('alerts raised by list changes, oldest first')
    .option('--status <status>', 'open (default) or all', 'open')
    .option('--kind <kind>', 'new, cleared or changed')
    .option('--source <name>', 'only alerts from this list source')
    .option('--list <code>', 'only alerts on this list, e.g. EL')
    .option('--since <date>', 'only alerts raised on or after this date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many', '1000')
    .option(...DB_OPTION)
    .option('--json', 'print as JSON')
    .action(
      async (flags: {
        status: string
        kind?: string
        source?: string
        list?: string
        since?: string
        limit: string
        db?: string
        json?: boolean
      }) => {
        if (flags.kind && !['new', 'cleared', 'changed'].includes(flags.kind))
          throw badInput('--kind', `must be new, cleared or changed, not "${flags.kind}"`)
        if (flags.since && !/^\d{4}-\d{2}-\d{2}/.test(flags.since))
          throw badInput('--since', `must be a date YYYY-MM-DD, not "${flags.since}"`)
        const limit = Number(flags.limit)
        if (!Number.isInteger(limit) || limit < 1)
          throw badInput('--limit', `must be a whole number above 0, not "${flags.limit}"`)
        await withStore(deps, flags.db, async (store) => {
          const alerts = await store.watchAlerts.list({
            ...(flags.status === 'all' ? {} : { status: flags.status }),
            ...(flags.kind ? { kind: flags.kind as WatchAlertKind } : {}),
            ...(flags.source ? { source: flags.source } : {}),
            ...(flags.list ? { list: flags.list.toUpperCase() } : {}),
            ...(flags.since ? { since: flags.since } : {}),
            limit,
          })
          if (flags.json) deps.io.out(`${JSON.stringify({ alerts }, null, 2)}\n`)
          else {
            for (const a of alerts) {
              deps.io.out(
                `${a.createdAt.slice(0, 19)}  ${a.kind.padEnd(7)} ${a.counterpartyId}  "${a.details.counterpartyName}"  ${a.list} ${a.details.entityName} (${a.score})  ${a.details.reason}\n`,
              )
            }
            deps.io.out(`${fmt(alerts.length)} alerts\n`)
          }
          state.exitCode = alerts.length > 0 ? 3 : 0
        })
      },
    )
  registerWatchDeliver(watch, deps, state)
}
