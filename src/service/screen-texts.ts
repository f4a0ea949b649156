import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { Engine } from './engine-types.js'
import type { ScreenJson } from './screen-json.js'
import { screenLine } from './screen-line.js'

/** A screening answer as JSON text, and its record as a journal line, with the record id both carry. */
export interface ScreenTexts {
  recordId: string
  /** The answer as `POST /v1/screen` sends it: ScreenJson with `recordId`. */
  body: string
  /** The record and its alerts as a short journal line (screen-line.ts): entryOfLine builds them out. */
  line: string
}

/**
 * The answer and its journal line serialised together: the matches, the bulk of both, are turned into JSON
 * once and joined into the answer and into the line. The line holds what the record is built from (the
 * committer builds it), so that the answering thread, before the answer leaves, does no more than that.
 */
export function screenTexts(
  engine: Engine,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  answer: ScreenJson,
  caller: string,
  now: Date,
): ScreenTexts {
  const matches = JSON.stringify(answer.matches)
  const { id, line } = screenLine(engine, query, options, matches, caller, now)
  return {
    recordId: id,
    body: `{"query":${JSON.stringify(answer.query)},"matches":${matches},"data":${JSON.stringify(answer.data)},"recordId":"${id}"}`,
    line,
  }
}
