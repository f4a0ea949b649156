import type BetterSqlite from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/** Prepared statements kept per connection, the least recently used dropped first. */
const KEPT = 256

/**
 * The connection as Kysely sees it, keeping prepared statements by their SQL. Kysely prepares every query
 * afresh, and preparing costs more than running most of ours (a multi-row insert by far): the record
 * committer spent about a fifth of its time there. A statement still being iterated (a stream) is never
 * handed out twice: such a call gets a statement of its own.
 */
export function cachingStatements(database: BetterSqlite.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite.Statement>()
  return {
    close: () => {
      kept.clear()
      database.close()
    },
    prepare(sql: string) {
      const found = kept.get(sql)
      if (found?.busy) return database.prepare(sql)
      if (found) {
        kept.delete(sql)
        kept.set(sql, found)
        return found
      }
      const statement = database.prepare(sql)
      kept.set(sql, statement)
      if (kept.size > KEPT) kept.delete(kept.keys().next().value as string)
      return statement
    },
  }
}
