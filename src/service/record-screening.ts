import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { AnswerRecord } from '../model/answer-record.js'
import { subjectKey } from '../review/subject-key.js'
import { insertRecordsIn } from '../store/record-repo.js'
import type { Store } from '../store/store.js'
import type { Engine } from './engine-types.js'
import { type AnswerParts, answerDraft, hashed, type RecordDraft } from './record-answer.js'
import type { RecordSink } from './record-commit.js'
import { type RaiseInput, raiseAlertsIn } from './review.js'
import type { MatchJson } from './screen-json.js'

/** The record of one screening: its query, the options that shaped it (threshold resolved) and its matches. */
export function screeningRecord(...parts: Parameters<typeof screeningDraft>): AnswerRecord {
  return hashed(screeningDraft(...parts))
}

/** screeningRecord without its result hash: a journaling sink leaves that to its committer thread. */
export function screeningDraft(
  engine: Pick<Engine, 'data' | 'matcherVersion'>,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  matches: MatchJson[],
  caller: string,
  now: Date,
  recorded?: AnswerParts['recorded'],
): RecordDraft {
  return answerDraft({
    ...(recorded ? { recorded } : {}),
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

export interface Screened {
  query: ScreenQuery
  options: SearchOptions & { threshold: number }
  matches: MatchJson[]
}

/** The record of a screening and the alerts its matches raise (none for a clear answer). */
export function screeningParts(
  engine: Engine,
  screened: Screened,
  caller: string,
  now: Date,
): { record: RecordDraft; alerts: RaiseInput | undefined } {
  const record = screeningDraft(engine, screened.query, screened.options, screened.matches, caller, now)
  const alerts: RaiseInput | undefined = screened.matches.length
    ? {
        subject: { query: screened.query, key: subjectKey(screened.query) },
        matches: screened.matches,
        entity: (id) => engine.entity(id),
        recordId: record.id,
        actor: caller,
        now,
      }
    : undefined
  return { record, alerts }
}

/**
 * Records a screening and sends every match to the review queue (de-duplicated, allow rules applied);
 * returns the record id the answer carries. What POST /v1/screen and the MCP screen tool do.
 */
export async function recordScreening(
  store: Store,
  engine: Engine,
  screened: Screened,
  caller: string,
  now: Date,
  writer?: RecordSink,
): Promise<string> {
  const { record, alerts } = screeningParts(engine, screened, caller, now)
  if (writer) await writer.write(record, alerts)
  else
    await store.transaction(async (db) => {
      await insertRecordsIn(db, [hashed(record)])
      if (alerts) await raiseAlertsIn(store, db, alerts)
    })
  return record.id
}
