import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { Engine } from './engine-types.js'
import { journalEntry } from './journal-entry.js'
import { screeningParts } from './record-screening.js'
import type { ScreenJson } from './screen-json.js'

/** A screening answer as JSON text, and its record as a journal line, with the record id both carry. */
export interface ScreenTexts {
  recordId: string
  /** The answer as `POST /v1/screen` sends it: ScreenJson with `recordId`. */
  body: string
  /** The record and its alerts, as JSON.stringify(journalEntry(screeningDraft(...), alerts)) writes them. */
  line: string
}

/**
 * The answer and its journal line serialised together: the matches, the bulk of both, are turned into JSON
 * once and joined into the answer and into the line, instead of serialising the answer for the client and the
 * record for the journal, each whole (on the answering thread, before the answer leaves). The rest of the
 * line is the record and alerts `recordScreening` journals, serialised as it does (a test holds them equal).
 */
export function screenTexts(
  engine: Engine,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  answer: ScreenJson,
  caller: string,
  now: Date,
): ScreenTexts {
  const { record, alerts } = screeningParts(engine, { query, options, matches: answer.matches }, caller, now)
  const entry = journalEntry(record, alerts)
  // `result` and `attention` close a record (answerDraft): the head is serialised, then they are appended.
  const { result: _, attention, ...head } = entry.record
  const matches = JSON.stringify(answer.matches)
  const id = JSON.stringify(record.id)
  const recordText = `${JSON.stringify(head).slice(0, -1)},"result":{"matches":${matches}},"attention":${attention}}`
  const alertsText = entry.alerts ? `,"alerts":${JSON.stringify(entry.alerts)}` : ''
  return {
    recordId: record.id,
    body: `{"query":${JSON.stringify(answer.query)},"matches":${matches},"data":${JSON.stringify(answer.data)},"recordId":${id}}`,
    line: `{"record":${recordText}${alertsText}}`,
  }
}
