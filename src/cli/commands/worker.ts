import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { metricsAccess } from '../../ops/metrics-access.js'
import { serveMetrics } from '../../ops/metrics-server.js'
import { workerMetrics } from '../../ops/worker-metrics.js'
import { runWorker } from '../../service/batch-worker.js'
import { engineCache } from '../../service/engine-cache.js'
import type { CliDeps } from '../io.js'

interface WorkerFlags {
  db?: string
  leaseSeconds: string
  untilEmpty?: boolean
  metricsPort?: string
  metricsHost: string
  metricsToken?: string
}

export function registerWorker(program: Command, deps: CliDeps): void {
  program
    .command('worker')
    .description(
      'take batch chunks from the shared job queue until stopped (SIGTERM/SIGINT finish the chunk in hand; a second signal gives it back)',
    )
    .option('--db <url>', 'the shared store: postgres://... (or sqlite:PATH on one machine)')
    .option('--lease-seconds <n>', 'a chunk not finished within this time goes to another worker', '60')
    .option('--until-empty', 'exit when the queue is empty instead of waiting for more work')
    .option('--metrics-port <n>', 'serve Prometheus metrics at http://HOST:N/metrics')
    .option('--metrics-host <host>', 'address for --metrics-port', '127.0.0.1')
    .option('--metrics-token <token>', 'bearer token for /metrics (default $TRADECONTROLS_METRICS_TOKEN)')
    .action(async (flags: WorkerFlags) => {
      const leaseSeconds = Number(flags.leaseSeconds)
      if (!Number.isFinite(leaseSeconds) || leaseSeconds < 1)
        throw badInput('--lease-seconds', `must be a number of seconds ≥ 1, not "${flags.leaseSeconds}"`)
      const metricsPort = flags.metricsPort === undefined ? undefined : port(flags.metricsPort)
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      const stop = new AbortController()
      const interrupt = new AbortController()
      // The first signal finishes the chunk in hand; a second gives it back to the queue and stops at once.
      const onSignal = (signal: string) => {
        log(deps, { event: stop.signal.aborted ? 'interrupting' : 'stopping', signal })
        if (stop.signal.aborted) interrupt.abort()
        stop.abort()
      }
      process.on('SIGTERM', onSignal)
      process.on('SIGINT', onSignal)
      const metrics = workerMetrics(store)
      const token = flags.metricsToken ?? process.env.TRADECONTROLS_METRICS_TOKEN
      const server =
        metricsPort === undefined
          ? undefined
          : await serveMetrics(
              metrics.registry,
              metricsAccess(store.keys, token),
              metricsPort,
              flags.metricsHost,
            )
      try {
        log(deps, { event: 'started', store: store.kind, pid: process.pid, metrics: server?.url })
        const done = await runWorker(store, engineCache(store, deps.factories), {
          leaseMs: leaseSeconds * 1000,
          signal: stop.signal,
          interrupt: interrupt.signal,
          untilEmpty: flags.untilEmpty === true,
          onChunk: (c) => {
            metrics.onChunk(c)
            log(deps, {
              event: `chunk.${c.outcome}`,
              job: c.jobId,
              seq: c.seq,
              rows: c.rows,
              ms: Math.round(c.ms),
            })
          },
        })
        log(deps, { event: 'stopped', ...done })
      } finally {
        process.off('SIGTERM', onSignal)
        process.off('SIGINT', onSignal)
        await server?.close()
        await store.close()
      }
    })
}

function port(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || n > 65_535)
    throw badInput('--metrics-port', `must be a port number from 0 to 65535, not "${value}"`)
  return n
}

/** Structured log lines on stderr: one JSON object per event, never the screened names. */
function log(deps: CliDeps, fields: Record<string, unknown>): void {
  deps.io.err(`${JSON.stringify({ time: deps.now().toISOString(), component: 'worker', ...fields })}\n`)
}
