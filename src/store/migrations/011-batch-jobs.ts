import type { Kysely, Migration } from 'kysely'

/**
 * Batch screening jobs and their results, in the store so that any API instance can report progress and
 * serve the results (the app keeps no state of its own).
 */
export const batchJobsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('batch_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull())
      .addColumn('matched', 'integer', (c) => c.notNull())
      .addColumn('bad', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute()
    await db.schema
      .createIndex('batch_jobs_owner')
      .on('batch_jobs')
      .columns(['owner', 'created_at'])
      .execute()
    await db.schema
      .createTable('batch_results')
      .addColumn('job_id', 'text', (c) => c.notNull().references('batch_jobs.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('batch_results_pk', ['job_id', 'seq'])
      .execute()
  },
}
