/**
 * Rows per second of a batch on the PostgreSQL job queue with 1 and with 2 `tradecontrols worker` processes.
 * `npm run build && npx tsx bench/scale/batch.ts [--rows 1000000] [--workers 1,2] [--no-record]`
 * Prints a Markdown section for bench/results/scale.md. Heavy: kept out of npm test.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { enqueueBatch } from '../../src/service/batch-queue.js'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { backendCpu, machineBusy, processCpuSeconds } from './cpu.js'
import { customers } from './customers.js'
import { benchDatabase, load, machine } from './setup.js'

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    workers: { type: 'string', default: '1,2' },
    'no-record': { type: 'boolean', default: false },
  },
})
const ROWS = Number(values.rows)
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tradecontrols.js')
const record = !values['no-record']

const db = await benchDatabase()
const refs = (await db.store.activeVersions()).map((v) => ({
  versionId: v.id,
  source: v.source,
  contentHash: v.contentHash,
}))
const records = (await db.store.activeVersions()).reduce((n, v) => n + v.recordCount, 0)
console.log(`## Batch on the job queue: ${ROWS.toLocaleString('en')} rows\n`)
console.log(`Machine: ${machine()}; load average before: ${load()}.`)
console.log(`Data: bundled snapshots (${records} records: ${refs.map((r) => r.source).join(', ')}).`)
console.log(`Answers recorded: ${record ? 'yes (one answer record per row, alerts for matches)' : 'no'}.\n`)
console.log(
  '| workers | enqueue | wall time | rows/s (wall) | rows/s (steady) | worker CPU s | PostgreSQL CPU s | cores busy | load after |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
const results: Record<number, number> = {}
try {
  for (const n of values.workers.split(',').map(Number)) {
    await reset(db.store)
    const t0 = performance.now()
    const job = await enqueueBatch(db.store, customers(ROWS), {
      caller: db.keyId,
      options: record ? {} : { record: false },
      versions: refs,
    })
    const enqueueS = (performance.now() - t0) / 1000
    const busy = machineBusy()
    const pg = backendCpu(db.store, new URL(db.url).pathname.slice(1))
    const started = performance.now()
    const procs = Array.from({ length: n }, () =>
      spawn(process.execPath, [BIN, 'worker', '--db', db.url, '--until-empty'], { stdio: 'ignore' }),
    )
    const cpu = new Map<number, number>()
    const sample = setInterval(() => {
      for (const p of procs) cpu.set(p.pid!, processCpuSeconds(p.pid!) ?? cpu.get(p.pid!) ?? 0)
    }, 500)
    while ((await db.store.jobs.get(job.jobId))?.status !== 'done')
      await new Promise((r) => setTimeout(r, 250))
    const wall = (performance.now() - started) / 1000
    const busyShare = busy()
    clearInterval(sample)
    await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on('exit', r)))))
    const pgCpu = await pg.stop()
    const steady = await steadyRate(db.store, job.jobId)
    const workerCpu = [...cpu.values()].map((s) => s.toFixed(0)).join(' + ')
    results[n] = ROWS / wall
    console.log(
      `| ${n} | ${enqueueS.toFixed(0)} s | ${wall.toFixed(0)} s | ${Math.round(ROWS / wall)} | ${Math.round(steady)} | ${workerCpu} | ${pgCpu.toFixed(0)} | ${Math.round(busyShare * 100)} % | ${load()} |`,
    )
  }
  if (results[1] && results[2])
    console.log(`\nRatio 2 workers / 1 worker (wall): ${(results[2] / results[1]).toFixed(2)}.`)
} finally {
  await db.drop()
}

/** Rows per second between the first and the last chunk committed: without process start-up and index build. */
async function steadyRate(store: KyselyStore, jobId: string): Promise<number> {
  const r = await store.db
    .selectFrom('batch_chunks')
    .select([
      (eb) => eb.fn.min<string>('done_at').as('first'),
      (eb) => eb.fn.max<string>('done_at').as('last'),
      (eb) => eb.fn.sum<string>('row_count').as('rows'),
      (eb) => eb.fn.countAll<string>().as('chunks'),
    ])
    .where('job_id', '=', jobId)
    .executeTakeFirstOrThrow()
  const rowsAfterFirst = Number(r.rows) * (1 - 1 / Number(r.chunks))
  return rowsAfterFirst / ((Number(r.last) - Number(r.first)) / 1000)
}

/** An empty queue and review queue before each run, so the runs start alike. */
async function reset(store: KyselyStore): Promise<void> {
  await sql`TRUNCATE batch_chunks, batch_jobs, answer_records, alert_events, alerts`.execute(store.db)
  await sql`VACUUM ANALYZE`.execute(store.db)
}
