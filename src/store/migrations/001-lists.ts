import type { Kysely, Migration } from 'kysely'

/** List versions and their entities; written with the schema builder so one file serves both engines. */
export const listsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('list_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('published', 'text')
      .addColumn('retrieved', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('record_count', 'integer', (c) => c.notNull())
      .addColumn('issue_count', 'integer', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('list_versions_source').on('list_versions').columns(['source']).execute()
    await db.schema
      .createTable('entities')
      .addColumn('version_id', 'text', (c) => c.notNull().references('list_versions.id').onDelete('cascade'))
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('entities_pk', ['version_id', 'entity_id'])
      .execute()
    await db.schema.createIndex('entities_entity').on('entities').columns(['entity_id']).execute()
    await db.schema
      .createTable('relations')
      .addColumn('version_id', 'text', (c) => c.notNull().references('list_versions.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('relations_pk', ['version_id', 'seq'])
      .execute()
    await db.schema
      .createTable('row_issues')
      .addColumn('version_id', 'text', (c) => c.notNull().references('list_versions.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('row_issues_pk', ['version_id', 'seq'])
      .execute()
    await db.schema
      .createTable('active_versions')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('version_id', 'text', (c) => c.notNull().references('list_versions.id'))
      .addColumn('activated_at', 'text', (c) => c.notNull())
      .execute()
  },
}
