import type { ScreenQuery, SearchOptions } from '../match/types.js'
import { newId } from '../model/ids.js'
import { subjectKey } from '../review/subject-key.js'
import { VERSION } from '../version.js'
import type { DataInfo, Engine } from './engine-types.js'
import { versionRefs } from './record-answer.js'
import type { ScreenJson } from './screen-json.js'

/** A screening answer as JSON text, and its record as a journal line, with the record id both carry. */
export interface ScreenTexts {
  recordId: string
  /** The answer as `POST /v1/screen` sends it: ScreenJson with `recordId`. */
  body: string
  /** The record and its alerts, as JSON.stringify(journalEntry(screeningDraft(...), alerts)) writes them. */
  line: string
}

/** The versions of an engine's data as a record spells them: the same for every answer of that engine. */
const versionsText = new WeakMap<readonly DataInfo[], string>()

/**
 * The answer and its journal line serialised together: the matches (the bulk of both) and the query are
 * turned into JSON once and the texts are joined around them, instead of serialising the answer for the
 * client and the record for the journal, each whole (on the answering thread, before the answer leaves).
 * The line is the same JSON as the record and alerts `recordScreening` journals (a test holds them equal).
 */
export function screenTexts(
  engine: Pick<Engine, 'data' | 'matcherVersion'>,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  answer: ScreenJson,
  caller: string,
  now: Date,
): ScreenTexts {
  const recordId = newId('rec', now.getTime())
  const at = JSON.stringify(now.toISOString())
  const who = JSON.stringify(caller)
  const matches = JSON.stringify(answer.matches)
  const queryText = JSON.stringify(query)
  let versions = versionsText.get(engine.data)
  if (versions === undefined) {
    versions = JSON.stringify(versionRefs(engine.data))
    versionsText.set(engine.data, versions)
  }
  const settings = JSON.stringify({
    engine: VERSION,
    matcher: engine.matcherVersion,
    threshold: options.threshold,
    lists: options.lists ?? null,
  })
  const attention = answer.matches.length > 0
  const id = JSON.stringify(recordId)
  const record =
    `{"id":${id},"kind":"screen","createdAt":${at},"caller":${who},` +
    `"input":{"query":${queryText},"options":${JSON.stringify(options)}},"versions":${versions},` +
    `"settings":${settings},"result":{"matches":${matches}},"attention":${attention}}`
  // A screening's alerts are its own matches: the line names the subject and leaves them in the record.
  const alerts = attention
    ? `,"alerts":{"subject":{"query":${queryText},"key":${JSON.stringify(subjectKey(query))}},"actor":${who},"now":${at}}`
    : ''
  const answerQuery = answer.query === query ? queryText : JSON.stringify(answer.query)
  return {
    recordId,
    body: `{"query":${answerQuery},"matches":${matches},"data":${JSON.stringify(answer.data)},"recordId":${id}}`,
    line: `{"record":${record}${alerts}}`,
  }
}
