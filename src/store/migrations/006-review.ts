import type { Kysely, Migration } from 'kysely'

/** The review queue: alerts (with an optimistic-lock version), their event history, and allow rules. */
export const reviewMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('alerts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('subject_key', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('assignee', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('alerts_status').on('alerts').columns(['status', 'created_at']).execute()
    await db.schema.createIndex('alerts_subject').on('alerts').columns(['subject_key', 'entity_id']).execute()
    await db.schema
      .createTable('alert_events')
      .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('alert_events_pk', ['alert_id', 'seq'])
      .execute()
    await db.schema
      .createTable('allow_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_key', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('allow_rules_subject')
      .on('allow_rules')
      .columns(['subject_key', 'entity_id'])
      .execute()
  },
}
