import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { runWorker } from '../../service/batch-worker.js'
import { engineCache } from '../../service/engine-cache.js'
import type { CliDeps } from '../io.js'

export function registerWorker(program: Command, deps: CliDeps): void {
  program
    .command('worker')
    .description(
      'take batch chunks from the shared job queue until stopped (SIGTERM/SIGINT finish the chunk in hand)',
    )
    .option('--db <url>', 'the shared store: postgres://... (or sqlite:PATH on one machine)')
    .option('--lease-seconds <n>', 'a chunk not finished within this time goes to another worker', '60')
    .option('--until-empty', 'exit when the queue is empty instead of waiting for more work')
    .action(async (flags: { db?: string; leaseSeconds: string; untilEmpty?: boolean }) => {
      const leaseSeconds = Number(flags.leaseSeconds)
      if (!Number.isFinite(leaseSeconds) || leaseSeconds < 1)
        throw badInput('--lease-seconds', `must be a number of seconds ≥ 1, not "${flags.leaseSeconds}"`)
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      const stop = new AbortController()
      const onSignal = (signal: string) => {
        log(deps, { event: 'stopping', signal })
        stop.abort()
      }
      process.once('SIGTERM', onSignal)
      process.once('SIGINT', onSignal)
      try {
        log(deps, { event: 'started', store: store.kind, pid: process.pid })
        const done = await runWorker(store, engineCache(store, deps.factories), {
          leaseMs: leaseSeconds * 1000,
          signal: stop.signal,
          untilEmpty: flags.untilEmpty === true,
          onChunk: (c) =>
            log(deps, { event: c.won ? 'chunk.done' : 'chunk.lost', job: c.jobId, seq: c.seq, rows: c.rows }),
        })
        log(deps, { event: 'stopped', ...done })
      } finally {
        process.off('SIGTERM', onSignal)
        process.off('SIGINT', onSignal)
        await store.close()
      }
    })
}

/** Structured log lines on stderr: one JSON object per event, never the screened names. */
function log(deps: CliDeps, fields: Record<string, unknown>): void {
  deps.io.err(`${JSON.stringify({ time: deps.now().toISOString(), component: 'worker', ...fields })}\n`)
}
