import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { AnswerRecord } from '../model/answer-record.js'
import { subjectKey } from '../review/subject-key.js'
import type { Database } from '../store/schema.js'
import type { Store } from '../store/store.js'
import type { BatchResult } from './batch-output.js'
import type { QueuedRow } from './batch-queue.js'
import type { Engine } from './engine-types.js'
import { answerRecord } from './record-answer.js'
import { raiseManyIn } from './review.js'
import { matchJson } from './screen-json.js'

/** Rows screened between two looks at the event loop (signals, lease renewals). */
const SLICE = 100

export interface ScreenedChunk {
  results: BatchResult[]
  records: AnswerRecord[]
  counts: { matched: number; bad: number }
}

/**
 * Screens a chunk's rows in order, one result per row, yielding to the event loop every few rows so lease
 * renewals and signals get through. Returns undefined when `interrupt` fires first (the chunk goes back).
 */
export async function screenChunk(
  engine: Engine,
  input: readonly QueuedRow[],
  searchOptions: SearchOptions,
  options: { record: boolean; caller: string; interrupt?: AbortSignal | undefined },
): Promise<ScreenedChunk | undefined> {
  const results: BatchResult[] = []
  const records: AnswerRecord[] = []
  const counts = { matched: 0, bad: 0 }
  for (const [i, row] of input.entries()) {
    if (i % SLICE === SLICE - 1) {
      await nextTurn()
      if (options.interrupt?.aborted) return undefined
    }
    if ('error' in row) {
      results.push({ id: row.id, error: row.error })
      counts.bad++
      continue
    }
    const matches = engine
      .screen(row.query, searchOptions)
      .matches.map((m) => matchJson(m, engine.entity(m.entityId)))
    results.push({ id: row.id, matches })
    if (matches.length) counts.matched++
    if (!options.record) continue
    records.push(
      answerRecord({
        kind: 'screen',
        engine,
        input: { query: row.query, options: searchOptions },
        settings: {
          threshold: searchOptions.threshold ?? engine.defaultThreshold,
          lists: searchOptions.lists ?? null,
        },
        result: { matches },
        attention: matches.length > 0,
        caller: options.caller,
      }),
    )
  }
  return { results, records, counts }
}

/**
 * Opens the chunk's alerts inside the transaction that completes it, so a worker killed at any moment leaves
 * either the chunk, its records and its alerts, or none of them. The subjects are locked up front in one
 * order: two chunks that share subjects cannot deadlock, nor both open the same alert.
 */
export async function raiseChunkAlertsIn(
  store: Store,
  trx: Kysely<Database>,
  engine: Engine,
  input: readonly QueuedRow[],
  chunk: ScreenedChunk,
  actor: string,
): Promise<void> {
  const keyed: Array<{ query: ScreenQuery; key: string; i: number }> = []
  for (const [i, row] of input.entries())
    if ('query' in row && chunk.results[i]?.matches?.length)
      keyed.push({ query: row.query, key: subjectKey(row.query), i })
  if (keyed.length === 0) return
  const recordOf = recordsByRow(input, chunk.records)
  await raiseManyIn(
    store,
    trx,
    keyed.map(({ query, key, i }) => {
      const recordId = recordOf.get(i)
      return {
        subject: { query, key },
        matches: chunk.results[i]!.matches!,
        entity: (id: string) => engine.entity(id),
        ...(recordId ? { recordId } : {}),
        actor,
      }
    }),
  )
}

/** Records are made for the good rows only, in order: row index → record id. */
function recordsByRow(input: readonly QueuedRow[], records: readonly AnswerRecord[]): Map<number, string> {
  const out = new Map<number, string>()
  if (records.length === 0) return out
  let r = 0
  for (const [i, row] of input.entries()) if ('query' in row) out.set(i, records[r++]!.id)
  return out
}
