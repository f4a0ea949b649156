import { randomBytes } from 'node:crypto'
import { cpus, loadavg, totalmem } from 'node:os'
import pg from 'pg'
import { ensureBundled } from '../../src/service/bundled.js'
import { readDataset } from '../../src/sources/detect/read-dataset.js'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'

export const PG_ADMIN = process.env.TC_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A fresh database with the bundled lists (real CSL and UN snapshots) in force and an admin key. */
export async function benchDatabase(): Promise<{
  url: string
  store: KyselyStore
  key: string
  keyId: string
  drop: () => Promise<void>
}> {
  const name = `tc_bench_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(PG_ADMIN)
  url.pathname = `/${name}`
  const store = await openStore(url.toString())
  await ensureBundled(store, readDataset)
  const key = await store.keys.create({ name: 'bench', role: 'admin', actor: 'bench' })
  return {
    url: url.toString(),
    store,
    key: key.secret,
    keyId: key.key.id,
    drop: async () => {
      await store.close()
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN })
  await c.connect()
  await c.query(sql)
  await c.end()
}

/** Machine line for the results file. */
export function machine(): string {
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
}

export const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
