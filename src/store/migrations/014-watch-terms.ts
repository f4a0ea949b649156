import type { Kysely, Migration } from 'kysely'
import type { Database } from '../schema.js'
import { indexTerms } from '../watch-terms.js'

/**
 * The counterparty index of delta screening (store/watch-terms.ts): name terms per counterparty, keys per
 * term. Counterparties already monitored are indexed here, so the first delta after the upgrade finds them.
 * The keys come from changes/token-keys.ts; a change to how they are derived needs a migration that clears
 * both tables and indexes again, as this one does.
 */
export const watchTermsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('watch_terms')
      .addColumn('counterparty_id', 'text', (c) =>
        c.notNull().references('counterparties.id').onDelete('cascade'),
      )
      .addColumn('term', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_terms_pk', ['term', 'counterparty_id'])
      .execute()
    await db.schema
      .createIndex('watch_terms_counterparty')
      .on('watch_terms')
      .column('counterparty_id')
      .execute()
    await db.schema
      .createTable('watch_term_keys')
      .addColumn('key', 'integer', (c) => c.notNull())
      .addColumn('term', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('watch_term_keys_pk', ['key', 'term'])
      .execute()
    const store = db as Kysely<Database>
    for (let after = ''; ; ) {
      const page = await store
        .selectFrom('counterparties')
        .select(['id', 'name'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(5000)
        .execute()
      if (page.length === 0) break
      await indexTerms(store, page)
      after = page.at(-1)!.id
    }
  },
}
