import type { Kysely, Migration } from 'kysely'

/** What the API and UI show per job: the uploaded file's name, and matched / bad row counts per chunk. */
export const batchCountsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('batch_jobs').addColumn('label', 'text').execute()
    await db.schema
      .alterTable('batch_chunks')
      .addColumn('matched_rows', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .alterTable('batch_chunks')
      .addColumn('bad_rows', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
  },
}
