import type { Command } from 'commander'
import type { ApiOptions } from '../../api/types.js'
import { badInput } from '../../errors.js'
import { eventLog, parseLogFormat } from '../../ops/event-log.js'
import { loadChangesConfig } from '../../service/changes/config.js'
import { EngineHolder } from '../../service/engine-holder.js'
import type { Engine } from '../../service/engine-types.js'
import { openRecordSink } from '../../service/open-record-sink.js'
import type { CliDeps, CliState } from '../io.js'

interface ServeFlags {
  port: string
  record: boolean
  recordCommitMs: string
  host: string
  db?: string
  rateLimit?: string
  maxUploadMb?: string
  logNames?: boolean
  requestLog: boolean
  web?: string
  batchWorkers: string
  metricsToken?: string
  logFormat: string
}

export function registerServe(program: Command, deps: CliDeps, state: CliState): void {
  program
    .command('serve')
    .description('serve the HTTP API, its OpenAPI reference and the web UI')
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on; 0.0.0.0 to accept other machines', '127.0.0.1')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--rate-limit <n>', 'requests per second per API key (0: no limit)', '200')
    .option('--max-upload-mb <n>', 'largest batch upload in MiB', '20')
    .option('--log-names', 'include screened names in the request log (off: names are personal data)')
    .option('--no-request-log', 'do not log one JSON line per request')
    .option('--web <dir>', 'serve the web UI from this folder (default: the built web/dist)')
    .option('--batch-workers <n>', 'batch chunks screened in this process at once (0: only by `worker`)', '1')
    .option('--no-record', 'do not record answers (no replay, and screenings raise no review-queue alerts)')
    .option(
      '--record-commit-ms <ms>',
      'embedded store: how long recorded answers gather in the journal before one commit',
      '250',
    )
    .option('--metrics-token <token>', 'bearer token for GET /metrics (default $TRADECONTROLS_METRICS_TOKEN)')
    .option(
      '--log-format <format>',
      'lifecycle messages on stderr: text or json (one object per line)',
      'text',
    )
    .action(async (flags: ServeFlags) => {
      // The HTTP app (hono, OpenAPI) takes a good part of a second to load: only `serve` pays for it.
      const [{ createApp }, { listen }, { defaultWebRoot }] = await Promise.all([
        import('../../api/app.js'),
        import('../../api/server.js'),
        import('../../api/web-root.js'),
      ])
      const port = wholeNumber('--port', flags.port, 65_535)
      const commitMs = wholeNumber('--record-commit-ms', flags.recordCommitMs, 600_000)
      const say = eventLog(deps.io.err, 'api', parseLogFormat(flags.logFormat), deps.now)
      const options: Partial<ApiOptions> = {
        record: flags.record,
        rateLimit: wholeNumber('--rate-limit', flags.rateLimit ?? '200', 1_000_000),
        maxUploadBytes: wholeNumber('--max-upload-mb', flags.maxUploadMb ?? '20', 1024) * 1024 * 1024,
        logNames: Boolean(flags.logNames),
        webRoot: flags.web ?? defaultWebRoot(),
        batchWorkers: wholeNumber('--batch-workers', flags.batchWorkers, 64),
        metricsToken: flags.metricsToken ?? process.env.TRADECONTROLS_METRICS_TOKEN,
        webhookUrls: loadChangesConfig().webhooks.map((w) => w.url),
      }
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      // Follows the versions in force: a list update (on any instance) switches this one too.
      const holder = new EngineHolder(store, deps.factories, {
        onSwitch: (next, previous) => {
          if (previous) say('switched', `switched to ${describe(next)}`, { data: versions(next) })
        },
        onError: (e) => {
          const message = e instanceof Error ? e.message : String(e)
          say('switch.failed', `could not load a new list version: ${message}`, { error: message })
        },
      })
      const { sink: records, ...replayed } = await openRecordSink(store, {
        record: flags.record,
        commitMs,
        onError: (message) =>
          say('records.failed', `could not commit recorded answers (kept in the journal): ${message}`, {
            error: message,
          }),
      })
      if (replayed.recovered || replayed.torn)
        say(
          'records.recovered',
          `recovered ${replayed.recovered} recorded answers from a stopped server's journal`,
          replayed,
        )
      const created = createApp({
        store,
        ...(records ? { records } : {}),
        factories: deps.factories,
        engine: (): Engine | undefined => (holder.ready ? holder.current() : undefined),
        now: () => deps.now(),
        log: flags.requestLog ? (entry) => deps.io.out(`${JSON.stringify(entry)}\n`) : () => undefined,
        logError: (e, requestId) => {
          const error = e instanceof Error ? (e.stack ?? e.message) : String(e)
          say('request.failed', `error in request ${requestId}: ${error}`, { requestId, error })
        },
        options,
      })
      const server = await listen(created, port, flags.host)
      say(
        'listening',
        `tradecontrols API on ${server.url}  (web UI ${server.url}/ui/, reference ${server.url}/docs)`,
        { url: server.url, pid: process.pid, store: store.kind },
      )
      if ((await store.keys.list()).length === 0)
        say('no-keys', 'no API key yet: create one with `tradecontrols keys create --role admin --name NAME`')
      const stop = deps.shutdownSignal()
      try {
        const started = await Promise.race([holder.start().then(() => true), stop.then(() => false)])
        if (started) {
          created.batches.start()
          say('ready', `ready: ${describe(holder.current())}`, { data: versions(holder.current()) })
        }
        const signal = await stop
        say('stopping', 'shutting down: finishing requests in flight and chunks in hand', { signal })
      } catch (e) {
        state.exitCode = 1
        throw e
      } finally {
        await server.close()
        await records?.close().catch((e) => {
          const message = e instanceof Error ? e.message : String(e)
          say('records.failed', `recorded answers left in the journal for the next start: ${message}`, {
            error: message,
          })
        })
        await holder.stop()
        await store.close()
        say('stopped', 'stopped')
      }
    })
}

function wholeNumber(flag: string, value: string, max: number): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || n > max)
    throw badInput(flag, `must be a whole number from 0 to ${max}, not "${value}"`)
  return n
}

function versions(engine: Engine): Array<{ source: string; versionId?: string; published?: string }> {
  return engine.data.map((d) => ({
    source: d.source,
    ...(d.versionId ? { versionId: d.versionId } : {}),
    ...(d.published ? { published: d.published } : {}),
  }))
}

function describe(engine: Engine): string {
  return (
    engine.data.map((d) => `${d.source} ${d.published ?? 'undated'} (${d.records} records)`).join(', ') ||
    'no list in force'
  )
}
