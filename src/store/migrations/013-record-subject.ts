import { type Kysely, type Migration, sql } from 'kysely'
import { recordSubjectKey } from '../record-subject.js'

/**
 * The subject of each screening record (the review queue's key for the party), so a counterparty's file
 * lists every screening, the clear ones too. Existing screening records are filled in from their query.
 */
export const recordSubjectMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('answer_records').addColumn('subject_key', 'text').execute()
    await db.schema
      .createIndex('answer_records_subject')
      .on('answer_records')
      .columns(['subject_key', 'created_at'])
      .execute()
    for (let after = ''; ; ) {
      const rows = await sql<{ id: string; input: string }>`
        SELECT id, input FROM answer_records WHERE kind = 'screen' AND id > ${after} ORDER BY id LIMIT 1000`.execute(
        db,
      )
      if (rows.rows.length === 0) break
      for (const row of rows.rows) {
        const key = recordSubjectKey('screen', JSON.parse(row.input))
        if (key) await sql`UPDATE answer_records SET subject_key = ${key} WHERE id = ${row.id}`.execute(db)
      }
      after = rows.rows.at(-1)!.id
    }
  },
}
