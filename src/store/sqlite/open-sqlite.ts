import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { KyselyStore } from '../kysely-store.js'
import type { Database as Schema } from '../schema.js'
import { cachingStatements } from './statement-cache.js'

/** Opens (and creates) the embedded store at `path`; ":memory:" for tests. */
export async function openSqliteStore(path: string): Promise<KyselyStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const database = new Database(path)
  // WAL lets readers (another CLI, the server) read while an import writes; NORMAL is durable in WAL mode
  // at commit boundaries, which is what "a crash leaves the previous version whole" needs.
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  const store = new KyselyStore(
    new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) }),
    'sqlite',
  )
  if (path !== ':memory:') store.file = path
  await store.migrate()
  return store
}
