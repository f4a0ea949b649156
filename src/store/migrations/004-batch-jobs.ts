import type { Kysely, Migration } from 'kysely'

/** The batch job queue: jobs and their chunks, leased by workers (SKIP LOCKED on PostgreSQL). */
export const batchJobsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('batch_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('caller', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('total_rows', 'integer', (c) => c.notNull())
      .addColumn('total_chunks', 'integer', (c) => c.notNull())
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('versions', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute()
    await db.schema
      .createTable('batch_chunks')
      .addColumn('job_id', 'text', (c) => c.notNull().references('batch_jobs.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('row_count', 'integer', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      // epoch milliseconds: bigint, since PostgreSQL's integer is 32 bits
      .addColumn('lease_expires_at', 'bigint')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('result', 'text')
      .addPrimaryKeyConstraint('batch_chunks_pk', ['job_id', 'seq'])
      .execute()
    await db.schema
      .createIndex('batch_chunks_claim')
      .on('batch_chunks')
      .columns(['status', 'job_id', 'seq'])
      .execute()
  },
}
