import type { Kysely, Migration } from 'kysely'

/** When each chunk was completed (epoch ms), so any instance can report the queue's rows per second. */
export const chunkDoneAtMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('batch_chunks').addColumn('done_at', 'bigint').execute()
    await db.schema.createIndex('batch_chunks_done_at').on('batch_chunks').column('done_at').execute()
  },
}
