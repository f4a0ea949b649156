import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The server the tests use: CI starts PostgreSQL on 127.0.0.1:5432 with trust auth and a "test" database. */
export const PG_ADMIN_URL = process.env.TC_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A fresh, empty database per test file, so files can run in parallel; dropped by the returned function. */
export async function createTempDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tc_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}
