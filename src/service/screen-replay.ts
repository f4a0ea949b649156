import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { AnswerRecord } from '../model/answer-record.js'
import type { Engine } from './engine-types.js'
import type { ReplayKind } from './replay.js'
import { type MatchJson, matchJson } from './screen-json.js'

/** What a screening record keeps as its input: the query and the options that shaped the answer. */
export interface ScreenInput {
  query: ScreenQuery
  options: SearchOptions
}

/** The part of a screening answer that replay compares: the matches (data ages change by the day). */
export interface ScreenAnswer {
  matches: MatchJson[]
}

export function screenAnswer(engine: Engine, input: ScreenInput): ScreenAnswer {
  const { matches } = engine.screen(input.query, input.options)
  return { matches: matches.map((m) => matchJson(m, engine.entity(m.entityId))) }
}

export const screenReplay: ReplayKind = {
  recompute: (engine: Engine, record: AnswerRecord) => screenAnswer(engine, record.input as ScreenInput),
  compare: (recorded, replayed) =>
    compareMatches((recorded as ScreenAnswer).matches, (replayed as ScreenAnswer).matches),
}

export function compareMatches(before: readonly MatchJson[], after: readonly MatchJson[]): string[] {
  const out: string[] = []
  const old = new Map(before.map((m) => [m.entityId, m]))
  const now = new Map(after.map((m) => [m.entityId, m]))
  for (const [id, m] of old) {
    const n = now.get(id)
    if (!n) {
      out.push(`no longer matches ${m.source} ${m.name} [${id}] (was ${m.score})`)
      continue
    }
    if (n.source !== m.source) out.push(`${m.name} [${id}] moved from ${m.source} to ${n.source}`)
    if (n.score !== m.score) out.push(`${m.name} [${id}] score ${m.score} -> ${n.score}`)
    if (n.matchedName !== m.matchedName)
      out.push(`${m.name} [${id}] matched as "${n.matchedName}" instead of "${m.matchedName}"`)
    if (n.name !== m.name) out.push(`[${id}] listed name "${m.name}" -> "${n.name}"`)
  }
  for (const [id, n] of now)
    if (!old.has(id)) out.push(`new match ${n.source} ${n.name} [${id}] (${n.score})`)
  return out
}
