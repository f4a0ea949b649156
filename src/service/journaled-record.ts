import type { AnswerRecord } from '../model/answer-record.js'
import { journalDir, RecordJournal } from '../store/sqlite/record-journal.js'
import type { Store } from '../store/store.js'
import type { JournalEntry } from './journal-entry.js'
import { hashed } from './record-answer.js'
import { entryOfLine, type ScreenLine } from './screen-line.js'

/**
 * A recorded answer by id, from the store or, on the embedded store, from the record journal it waits in
 * until `serve` commits it (some hundred milliseconds): a replay asked for right after the answer finds it.
 */
export async function findRecord(store: Store, recordId: string): Promise<AnswerRecord | undefined> {
  const stored = await store.records.get(recordId)
  if (stored || !store.file) return stored
  const needle = JSON.stringify(recordId)
  for (const dir of RecordJournal.writers(journalDir(store.file))) {
    const { entries } = RecordJournal.readWriter(dir, (line) => line.includes(needle))
    const entry = (entries as Array<JournalEntry | ScreenLine>)
      .map(entryOfLine)
      .find((e) => e.record?.id === recordId)
    if (entry) return hashed(entry.record)
  }
  // Committed (and its segment deleted) between the two looks.
  return store.records.get(recordId)
}
