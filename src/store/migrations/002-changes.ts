import type { Kysely, Migration } from 'kysely'

/**
 * Monitoring and list changes: the user's counterparties, their current matches per source, the alerts
 * raised when a list changes, the version each source was last screened on, recorded diffs (the change
 * feed) and the webhook outbox. Schema builder only, so one file serves SQLite and PostgreSQL.
 */
export const changesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('counterparties')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text')
      .addColumn('country', 'text')
      .addColumn('dob', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('watch_matches')
      .addColumn('counterparty_id', 'text', (c) =>
        c.notNull().references('counterparties.id').onDelete('cascade'),
      )
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('version_id', 'text', (c) => c.notNull())
      .addColumn('match', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_matches_pk', ['counterparty_id', 'source', 'entity_id'])
      .execute()
    await db.schema
      .createIndex('watch_matches_entity')
      .on('watch_matches')
      .columns(['source', 'entity_id'])
      .execute()
    await db.schema
      .createTable('watch_state')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('version_id', 'text', (c) => c.notNull())
      .addColumn('screened_at', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('watch_alerts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('counterparty_id', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version_id', 'text', (c) => c.notNull())
      .addColumn('previous_version_id', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('watch_alerts_status')
      .on('watch_alerts')
      .columns(['status', 'created_at'])
      .execute()
    await db.schema
      .createIndex('watch_alerts_counterparty')
      .on('watch_alerts')
      .columns(['counterparty_id'])
      .execute()
    await db.schema
      .createTable('list_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('from_version_id', 'text', (c) => c.notNull())
      .addColumn('to_version_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('diff', 'text', (c) => c.notNull())
      .addUniqueConstraint('list_changes_versions', ['from_version_id', 'to_version_id'])
      .execute()
    await db.schema
      .createIndex('list_changes_source')
      .on('list_changes')
      .columns(['source', 'created_at'])
      .execute()
    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('alert_id', 'text', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      // epoch milliseconds: bigint, since PostgreSQL's integer is 32 bits
      .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('lease_until', 'bigint')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .addUniqueConstraint('webhook_deliveries_alert_endpoint', ['alert_id', 'endpoint'])
      .execute()
    await db.schema
      .createIndex('webhook_deliveries_due')
      .on('webhook_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute()
  },
}
