import type { Kysely } from 'kysely'
import type { AnswerRecord } from '../model/answer-record.js'
import { insertRecordsIn } from '../store/record-repo.js'
import type { Database } from '../store/schema.js'
import type { Store } from '../store/store.js'
import type { RecordDraft } from './record-answer.js'
import { type RaiseInput, raiseManyIn } from './review.js'

/** A recorded answer and the alerts its matches raise, as one unit of writing. */
export interface PendingRecord {
  record: AnswerRecord
  alerts?: RaiseInput | undefined
}

/** Writes many recorded answers and the alerts of their matches in the caller's transaction. */
export async function commitRecordsIn(
  store: Store,
  db: Kysely<Database>,
  items: readonly PendingRecord[],
): Promise<void> {
  await insertRecordsIn(
    db,
    items.map((i) => i.record),
  )
  await raiseManyIn(
    store,
    db,
    items.flatMap((i) => (i.alerts ? [i.alerts] : [])),
  )
}

/** Where recorded answers go: committed before the answer leaves, or journaled first (embedded store). */
export interface RecordSink {
  /** Resolves once the record is durable (committed, or in the journal that recovery replays). */
  write(record: RecordDraft, alerts?: RaiseInput): Promise<void>
  /** Commits what is pending and releases the sink's resources. */
  close(): Promise<void>
}

/** A sink that also takes records already serialised as journal lines (a JournalEntry's JSON, or a ScreenLine). */
export interface LineSink extends RecordSink {
  writeLine(line: string): Promise<void>
}

export const takesLines = (sink: RecordSink): sink is LineSink => 'writeLine' in sink
