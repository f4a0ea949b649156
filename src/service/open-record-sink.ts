import { journalDir } from '../store/sqlite/record-journal.js'
import type { Store } from '../store/store.js'
import { type JournaledOptions, JournaledRecords, recoverJournals } from './journaled-records.js'

/**
 * The record sink of a long-running process (serve): on the embedded store, answers are journaled and
 * committed by a thread of their own, after what a stopped process left in the journal is replayed; on
 * PostgreSQL (many instances) undefined: answers go in by group commit, each waiting for its own.
 */
export async function openRecordSink(
  store: Store,
  options: JournaledOptions & { record?: boolean } = {},
): Promise<{ sink?: JournaledRecords; recovered: number; torn: number }> {
  if (store.kind !== 'sqlite' || !store.file) return { recovered: 0, torn: 0 }
  const journal = journalDir(store.file)
  // A server that does not record still replays what an earlier one left: those answers were given.
  const { recovered, torn } = await recoverJournals(store, journal)
  if (options.record === false) return { recovered, torn }
  return { sink: new JournaledRecords(store.file, journal, options), recovered, torn }
}
