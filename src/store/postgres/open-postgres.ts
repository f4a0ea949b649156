import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { KyselyStore, VERSIONS_CHANNEL } from '../kysely-store.js'
import type { Database as Schema } from '../schema.js'
import { listen } from './listen.js'

/** Opens the multi-instance store on a PostgreSQL server; runs migrations under an advisory lock. */
export async function openPostgresStore(url: string, poolSize = 10): Promise<KyselyStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // An idle client whose server connection ends (restart, failover, pg_terminate_backend) emits 'error';
  // unhandled, that would kill the process. The pool drops the client and the next query reconnects.
  pool.on('error', (e) => process.emitWarning(`PostgreSQL idle client: ${e.message}`))
  const store = new KyselyStore(new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), 'postgres')
  store.subscribeVersions = (onChange) => listen(url, VERSIONS_CHANNEL, onChange)
  // Two instances starting together must not run the same migration twice.
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(727274)')
    await store.migrate()
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined)
    client.release()
  }
  return store
}
