import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { AnswerRecord } from '../model/answer-record.js'
import { subjectKey } from '../review/subject-key.js'
import type { Store } from '../store/store.js'
import type { Engine } from './engine-types.js'
import { answerRecord } from './record-answer.js'
import { raiseAlerts } from './review.js'
import type { MatchJson } from './screen-json.js'

/** The record of one screening: its query, the options that shaped it (threshold resolved) and its matches. */
export function screeningRecord(
  engine: Engine,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  matches: MatchJson[],
  caller: string,
  now: Date,
): AnswerRecord {
  return answerRecord({
    kind: 'screen',
    engine,
    input: { query, options },
    settings: { threshold: options.threshold, lists: options.lists ?? null },
    result: { matches },
    attention: matches.length > 0,
    caller,
    now,
  })
}

/**
 * Records a screening and sends every match to the review queue (de-duplicated, allow rules applied);
 * returns the record id the answer carries. What `screen`, POST /v1/screen and the MCP tool all do.
 */
export async function recordScreening(
  store: Store,
  engine: Engine,
  screened: { query: ScreenQuery; options: SearchOptions & { threshold: number }; matches: MatchJson[] },
  caller: string,
  now: Date,
): Promise<string> {
  const record = screeningRecord(engine, screened.query, screened.options, screened.matches, caller, now)
  await store.records.insert(record)
  if (screened.matches.length)
    await raiseAlerts(store, {
      subject: { query: screened.query, key: subjectKey(screened.query) },
      matches: screened.matches,
      entity: (id) => engine.entity(id),
      recordId: record.id,
      actor: caller,
      now,
    })
  return record.id
}
