import { homedir } from 'node:os'
import { join } from 'node:path'
import { badInput } from '../errors.js'
import type { KyselyStore } from './kysely-store.js'
import { openPostgresStore } from './postgres/open-postgres.js'
import { openSqliteStore } from './sqlite/open-sqlite.js'

/** The embedded store's default file: $TRADECONTROLS_HOME or ~/.tradecontrols. */
export function defaultDbUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TRADECONTROLS_DB) return env.TRADECONTROLS_DB
  const home = env.TRADECONTROLS_HOME ?? join(homedir(), '.tradecontrols')
  return `sqlite:${join(home, 'tradecontrols.db')}`
}

/** `sqlite:PATH` (or a bare path) for the embedded store, `postgres://...` for the shared one. */
export async function openStore(url: string = defaultDbUrl()): Promise<KyselyStore> {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgresStore(url)
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url
  if (!path) throw badInput('--db', 'empty sqlite path; use sqlite:PATH or postgres://...')
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw badInput('--db', `unsupported store URL ${url}`)
  return openSqliteStore(path)
}
