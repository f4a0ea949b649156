import type { Kysely, Migration } from 'kysely'

/** Screening records (replayable answers) and the hash-chained audit log with its chain head. */
export const recordsAuditMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('answer_records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('caller', 'text', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('versions', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('result_hash', 'text', (c) => c.notNull())
      .addColumn('attention', 'integer', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('answer_records_created')
      .on('answer_records')
      .columns(['created_at'])
      .execute()
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute()
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute()
    // One row: the chain's last seq and hash, and the anchor left by pruning. Appenders lock it first.
    await db.schema
      .createTable('audit_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('anchor_seq', 'integer', (c) => c.notNull())
      .addColumn('anchor_hash', 'text', (c) => c.notNull())
      .execute()
    const genesis = '0'.repeat(64)
    await (
      db as Kysely<{
        audit_head: { id: number; seq: number; hash: string; anchor_seq: number; anchor_hash: string }
      }>
    )
      .insertInto('audit_head')
      .values({ id: 1, seq: 0, hash: genesis, anchor_seq: 0, anchor_hash: genesis })
      .execute()
  },
}
