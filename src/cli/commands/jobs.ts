import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import { badInput, TcError } from '../../errors.js'
import { CSV_HEADER, formatResult } from '../../service/batch-output.js'
import { jobResults } from '../../service/batch-queue.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'

export function registerJobs(program: Command, deps: CliDeps, state: CliState): void {
  const jobs = program
    .command('jobs')
    .description('batch jobs on the shared queue: list, status, results, cancel, prune')
  const withStore = async <T>(db: string | undefined, use: (s: Store) => Promise<T>) => {
    const store = await deps.openStore(db === undefined ? {} : { db })
    try {
      return await use(store)
    } finally {
      await store.close()
    }
  }
  const dbOption = ['--db <url>', 'store: sqlite:PATH (default) or postgres://...'] as const

  jobs
    .command('list')
    .option(...dbOption)
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const list = await withStore(flags.db, (s) => s.jobs.list({ limit: 50 }))
      if (flags.json) deps.io.out(`${JSON.stringify(list, null, 2)}\n`)
      else
        for (const j of list)
          deps.io.out(`${j.id}\t${j.status}\t${j.totalRows} rows\t${j.createdAt}\t${j.caller}\n`)
    })

  jobs
    .command('status')
    .argument('<JOB_ID>')
    .option(...dbOption)
    .option('--json', 'print as JSON')
    .action(async (jobId: string, flags: { db?: string; json?: boolean }) => {
      const p = await withStore(flags.db, (s) => s.jobs.progress(jobId))
      if (!p) throw new TcError('TC_NOT_FOUND', `no batch job ${jobId}`, { field: 'JOB_ID' })
      if (flags.json) deps.io.out(`${JSON.stringify(p, null, 2)}\n`)
      else
        deps.io.out(
          `${p.job.id} ${p.job.status}: ${p.doneRows}/${p.job.totalRows} rows, ${p.doneChunks}/${p.job.totalChunks} chunks done, ${p.leasedChunks} in progress\n`,
        )
    })

  jobs
    .command('results')
    .argument('<JOB_ID>')
    .option(...dbOption)
    .option('--output <file>', 'write here (default: standard output); .csv writes CSV')
    .action(async (jobId: string, flags: { db?: string; output?: string }) => {
      const format = flags.output && /\.csv$/i.test(flags.output) ? 'csv' : 'jsonl'
      const out = flags.output ? createWriteStream(flags.output) : undefined
      const write = (line: string) => (out ? out.write(`${line}\n`) : deps.io.out(`${line}\n`))
      let matched = 0
      await withStore(flags.db, async (s) => {
        if (!(await s.jobs.get(jobId)))
          throw new TcError('TC_NOT_FOUND', `no batch job ${jobId}`, { field: 'JOB_ID' })
        if (format === 'csv') write(CSV_HEADER)
        for await (const r of jobResults(s, jobId)) {
          if (r.matches?.length) matched++
          write(formatResult(r, format))
        }
      })
      if (out) await new Promise<void>((resolve) => out.end(resolve))
      state.exitCode = matched ? 3 : 0
    })

  jobs
    .command('cancel')
    .argument('<JOB_ID>')
    .option(...dbOption)
    .action(async (jobId: string, flags: { db?: string }) => {
      await withStore(flags.db, async (s) => {
        if (!(await s.jobs.get(jobId)))
          throw new TcError('TC_NOT_FOUND', `no batch job ${jobId}`, { field: 'JOB_ID' })
        await s.jobs.cancel(jobId)
      })
      deps.io.out(`cancelled ${jobId}\n`)
    })

  jobs
    .command('prune')
    .description('remove finished and cancelled jobs (their chunks, input and results) older than N days')
    .option(...dbOption)
    .option('--older-than <days>', 'keep jobs created within this many days', '30')
    .action(async (flags: { db?: string; olderThan: string }) => {
      const days = Number(flags.olderThan)
      if (!/^\d+$/.test(flags.olderThan.trim()))
        throw badInput('--older-than', `must be a whole number of days, not "${flags.olderThan}"`)
      const before = new Date(deps.now().getTime() - days * 86_400_000).toISOString()
      const removed = await withStore(flags.db, (s) => s.jobs.prune(before))
      deps.io.out(`removed ${removed} finished jobs created before ${before.slice(0, 10)}\n`)
    })
}
