import { afterAll, beforeAll } from 'vitest'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'
import { createTempDatabase } from '../support/postgres.js'
import { type CliProcess, startServe, startWorker, stop } from '../support/processes.js'
import { CSL_V1, UN } from './lists.js'

/** Short leases, so a killed worker's chunk moves on within seconds. */
export const LEASE_SECONDS = 3

export interface Cluster {
  db: string
  /** The test's own connection: it imports list versions and checks the tables, as another process would. */
  store: KyselyStore
  api: Array<{ proc: CliProcess; url: string }>
  workers: CliProcess[]
  keys: { admin: string; batch: string; batchId: string }
  versions: { v1: string; un: string }
}

/**
 * Two `serve` instances (no batch workers of their own) and two `worker` processes on one fresh PostgreSQL
 * database holding the first version of us_csl and a UN version; all stopped and dropped after the file.
 */
export function useCluster(): () => Cluster {
  let cluster: Cluster | undefined
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const temp = await createTempDatabase()
    drop = temp.drop
    const store = await openStore(temp.url)
    const v1 = (await store.importDataset(CSL_V1)).version.id
    const un = (await store.importDataset(UN)).version.id
    const admin = await store.keys.create({ name: 'scale admin', role: 'admin', actor: 'test' })
    const batch = await store.keys.create({ name: 'scale batch', role: 'screener', actor: 'test' })
    const serveFlags = ['--batch-workers', '0', '--rate-limit', '0', '--max-upload-mb', '64']
    const api = await Promise.all([startServe(temp.url, serveFlags), startServe(temp.url, serveFlags)])
    const lease = ['--lease-seconds', String(LEASE_SECONDS)]
    const workers = await Promise.all([startWorker(temp.url, lease), startWorker(temp.url, lease)])
    cluster = {
      db: temp.url,
      store,
      api,
      workers,
      keys: { admin: admin.secret, batch: batch.secret, batchId: batch.key.id },
      versions: { v1, un },
    }
  })
  afterAll(async () => {
    await Promise.all(
      [...(cluster?.workers ?? []), ...(cluster?.api ?? []).map((a) => a.proc)].map((p) => stop(p)),
    )
    await cluster?.store.close()
    await drop?.()
  })
  return () => {
    if (!cluster) throw new Error('cluster not started')
    return cluster
  }
}

/** The chunk a worker process holds now, if any (leases are owned by "host:pid:id"). */
export async function leaseOf(
  store: KyselyStore,
  pid: number,
  jobId?: string,
): Promise<{ jobId: string; seq: number } | undefined> {
  let q = store.db
    .selectFrom('batch_chunks')
    .select(['job_id', 'seq'])
    .where('status', '=', 'leased')
    .where('lease_owner', 'like', `%:${pid}:%`)
  if (jobId) q = q.where('job_id', '=', jobId)
  const row = await q.executeTakeFirst()
  return row ? { jobId: row.job_id, seq: Number(row.seq) } : undefined
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function until<T>(
  check: () => Promise<T | undefined> | T | undefined,
  ms = 60_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
