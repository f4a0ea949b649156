import type { Migration, MigrationProvider } from 'kysely'
import { listsMigration } from './001-lists.js'
import { recordsAuditMigration } from './003-records-audit.js'

/** Migrations in order; names sort lexically, so keep the numeric prefix. */
const MIGRATIONS: Record<string, Migration> = {
  '001-lists': listsMigration,
  '003-records-audit': recordsAuditMigration,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
}
