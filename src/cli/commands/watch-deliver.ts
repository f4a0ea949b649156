import type { Command } from 'commander'
import { fmt } from '../../changes/report-view.js'
import { loadChangesConfig, webhookEndpoints } from '../../service/changes/config.js'
import { type DeliverReport, deliverDue } from '../../service/changes/deliver-webhooks.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

/** `watch deliver`: sends the webhook deliveries that are due (run it from cron, or after a receiver is back). */
export function registerWatchDeliver(watch: Command, deps: CliDeps, state: CliState): void {
  watch
    .command('deliver')
    .description('send due webhook deliveries (retried with backoff; dead letters after the last attempt)')
    .option(...DB_OPTION)
    .option('--config <file>', 'settings file with the webhooks')
    .action(async (flags: { db?: string; config?: string }) => {
      await withStore(deps, flags.db, async (store) => {
        const report = await deliverNow(deps, store, flags.config)
        const pending = (await store.deliveries.list({ status: 'pending' })).length
        const dead = (await store.deliveries.list({ status: 'dead' })).length
        deps.io.out(
          `webhooks: ${fmt(report?.delivered ?? 0)} delivered now, ${fmt(pending)} waiting to retry, ${fmt(dead)} dead letters\n`,
        )
        state.exitCode = pending + dead > 0 ? 3 : 0
      })
    })
}

/** One delivery pass with the configured webhooks; quiet when none are configured. */
export async function deliverNow(
  deps: CliDeps,
  store: Store,
  configPath: string | undefined,
): Promise<DeliverReport | undefined> {
  const config = loadChangesConfig(configPath)
  if (config.webhooks.length === 0) return undefined
  const report = await deliverDue(store, {
    endpoints: webhookEndpoints(config),
    maxAttempts: config.webhookMaxAttempts,
    baseDelayMs: config.webhookBaseDelayMs,
    now: () => deps.now().getTime(),
  })
  if (report.failed || report.dead) {
    deps.io.err(
      `warning: webhooks: ${report.failed} deliveries failed and will be retried, ${report.dead} dead-lettered\n`,
    )
  }
  return report
}
