import type { Migration, MigrationProvider } from 'kysely'
import { listsMigration } from './001-lists.js'
import { changesMigration } from './002-changes.js'
import { recordsAuditMigration } from './003-records-audit.js'
import { batchJobsMigration } from './004-batch-jobs.js'
import { batchCountsMigration } from './005-batch-counts.js'
import { reviewMigration } from './006-review.js'
import { settingsMigration } from './007-settings.js'
import { apiKeysMigration } from './010-api-keys.js'
import { chunkDoneAtMigration } from './012-chunk-done-at.js'
import { recordSubjectMigration } from './013-record-subject.js'
import { watchTermsMigration } from './014-watch-terms.js'

/** Migrations in order; names sort lexically, so keep the numeric prefix. */
const MIGRATIONS: Record<string, Migration> = {
  '001-lists': listsMigration,
  '002-changes': changesMigration,
  '003-records-audit': recordsAuditMigration,
  '004-batch-jobs': batchJobsMigration,
  '005-batch-counts': batchCountsMigration,
  '006-review': reviewMigration,
  '007-settings': settingsMigration,
  '010-api-keys': apiKeysMigration,
  '012-chunk-done-at': chunkDoneAtMigration,
  '013-record-subject': recordSubjectMigration,
  '014-watch-terms': watchTermsMigration,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
}
