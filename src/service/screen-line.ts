import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { VersionRef } from '../model/answer-record.js'
import { newId } from '../model/ids.js'
import { subjectKey } from '../review/subject-key.js'
import { VERSION } from '../version.js'
import type { Engine } from './engine-types.js'
import type { JournalEntry } from './journal-entry.js'
import { versionRefs } from './record-answer.js'
import { screeningDraft } from './record-screening.js'
import type { MatchJson } from './screen-json.js'

/**
 * A screening's journal line in its short form: what its record and alerts are built from, not the record.
 * The answering thread writes this (an id, a time, the query and the matches it serialised for the answer
 * anyway); the committer builds the record and its alerts from it with the functions that build them for
 * every other answer (`entryOfLine`), off the answering thread.
 */
export interface ScreenLine {
  screen: {
    id: string
    at: string
    caller: string
    query: ScreenQuery
    options: SearchOptions & { threshold: number }
    engine: { versions: VersionRef[]; matcher: string; version: string }
  }
  matches: MatchJson[]
}

/** The `engine` part of an engine's lines, serialised once: the same for every answer it gives. */
const engineTexts = new WeakMap<readonly unknown[], string>()
function engineText(engine: Pick<Engine, 'data' | 'matcherVersion'>): string {
  let text = engineTexts.get(engine.data)
  if (text === undefined) {
    const part: ScreenLine['screen']['engine'] = {
      versions: versionRefs(engine.data),
      matcher: engine.matcherVersion,
      version: VERSION,
    }
    text = JSON.stringify(part)
    engineTexts.set(engine.data, text)
  }
  return text
}

/** A screening's short journal line, around its matches already serialised (`matches`: JSON of MatchJson[]). */
export function screenLine(
  engine: Pick<Engine, 'data' | 'matcherVersion'>,
  query: ScreenQuery,
  options: SearchOptions & { threshold: number },
  matches: string,
  caller: string,
  now: Date,
): { id: string; line: string } {
  const id = newId('rec', now.getTime())
  const head = `{"screen":{"id":"${id}","at":"${now.toISOString()}","caller":${JSON.stringify(caller)}`
  const asked = `"query":${JSON.stringify(query)},"options":${JSON.stringify(options)}`
  return { id, line: `${head},${asked},"engine":${engineText(engine)}},"matches":${matches}}` }
}

/** The record and alerts a journal line stands for: a short screening line is built out; others are entries. */
export function entryOfLine(parsed: JournalEntry | ScreenLine): JournalEntry {
  if (!('screen' in parsed)) return parsed
  const { id, at, caller, query, options, engine } = parsed.screen
  const record = screeningDraft(
    { data: [], matcherVersion: engine.matcher },
    query,
    options,
    parsed.matches,
    caller,
    new Date(at),
    { id, versions: engine.versions, engineVersion: engine.version },
  )
  if (parsed.matches.length === 0) return { record }
  // As journalEntry writes a screening's alerts: the matches are the record's own.
  return { record, alerts: { subject: { query, key: subjectKey(query) }, actor: caller, now: at } }
}
